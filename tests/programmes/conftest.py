import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Photos, renditions and documents uploaded by a test go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def make_document(db):
    def make(title, filename, content=b"A board paper."):
        # The admin's upload form records the size; so does this.
        return Document.objects.create(
            title=title, file=ContentFile(content, name=filename), file_size=len(content)
        )

    return make
