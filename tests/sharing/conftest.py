import pytest

from blog.models import PostKind
from wyhp_site.sharing.models import SharedPreviewLink


@pytest.fixture
def weekly_draft(make_post):
    """A weekly update written but never published."""
    return make_post(
        "Weekly update: 4 December", kind=PostKind.WEEKLY_UPDATE, text="First draft words.", publish=False
    )


@pytest.fixture
def share(comms_user):
    """A preview link to ``page`` and its token: ``share(page, days=7)``."""

    def make(page, days=7, user=None):
        return SharedPreviewLink.create(page, user or comms_user, days)

    return make
