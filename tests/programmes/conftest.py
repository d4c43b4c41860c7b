import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Photos, renditions and documents uploaded by a test go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
