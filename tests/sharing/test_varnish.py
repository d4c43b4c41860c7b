"""Behind the deployed Varnish (deploy/varnish/default.vcl), a preview is never kept: each
reader of the link gets the draft as it is now, and a withdrawn link stops at once."""

import pytest

from tests.core.varnish import serve_varnish
from wyhp_site.sharing.models import SharedPreviewLink

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def varnish(live_server, settings, tmp_path):
    served = serve_varnish([live_server.thread.port], tmp_path)
    settings.FRONTEND_CACHE_URL = served.url
    yield served
    served.stop()


def test_a_preview_is_never_kept_by_varnish(varnish, weekly_draft, comms_user):
    link, token = SharedPreviewLink.create(weekly_draft, comms_user)
    path = f"/share/{token}/"
    first = varnish.get(path)
    draft = weekly_draft.get_latest_revision_as_object()
    draft.title = "Weekly update: corrected"
    draft.save_revision()

    again = varnish.get(path)

    assert first.status == 200 and first.headers["x-cache"] != "HIT"
    assert again.headers["x-cache"] != "HIT"
    assert "Weekly update: corrected" in again.body
    link.revoke(comms_user)
    assert varnish.get(path).status == 410
