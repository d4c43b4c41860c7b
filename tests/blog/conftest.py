import functools

import pytest
from wagtail.images.models import Image

from blog.models import PostKind
from tests.factories import ImageFactory, PersonFactory
from wyhp_site.core.models import Person


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Photos and renditions made by a test go to a throwaway folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def make_update(make_post):
    """A weekly update: ``make_post`` with that kind."""
    return functools.partial(make_post, kind=PostKind.WEEKLY_UPDATE)


@pytest.fixture
def photo(db) -> Image:
    return ImageFactory(title="Head and shoulders")


@pytest.fixture
def amira(photo) -> Person:
    return PersonFactory(
        name="Amira Hussain", role="Chief Executive Lead", organisation="The partnership", photo=photo
    )
