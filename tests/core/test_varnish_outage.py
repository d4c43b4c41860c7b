"""Varnish (deploy/varnish/default.vcl) in front of gunicorn with production settings, while the
database or the app server itself fails: a page read before the outage is still served, stale,
well past its s-maxage; a page never read gets the app's own 503; and once the database is
back, Varnish fetches fresh copies by itself.

The database is reached through the breakable proxy, as in test_database_outage.py.
PostgreSQL only: CI's PostgreSQL pass runs it.
"""

import time

import pytest

from .breakable_proxy import needs_postgresql
from .varnish import cached, serve_varnish

pytestmark = [
    needs_postgresql,
    # gunicorn reads what the test writes, so it must be committed (see test_database_outage.py).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# Copies go stale within seconds, so that the test sees Varnish serve them past both.
SHARED_MAX_AGE, STALE_WHILE_REVALIDATE = 1, 1
RETRY_AFTER = 3


@pytest.fixture
def site(about_page, serve_through_proxy):
    return serve_through_proxy(
        {
            "WEB_CONCURRENCY": "2",
            "DATABASE_CONNECT_TIMEOUT": "1",
            "DATABASE_STATEMENT_TIMEOUT": "2",
            "DATABASE_RETRY_AFTER": str(RETRY_AFTER),
            "PAGE_CACHE_SHARED_MAX_AGE": str(SHARED_MAX_AGE),
            "PAGE_CACHE_STALE_WHILE_REVALIDATE": str(STALE_WHILE_REVALIDATE),
        }
    )


@pytest.fixture
def varnish(site, tmp_path):
    served = serve_varnish([site.port], tmp_path / "varnish")
    yield served
    served.stop()


def wait_until_stale() -> None:
    """Past s-maxage and stale-while-revalidate: while all is well, only a fresh copy would do."""
    time.sleep(SHARED_MAX_AGE + STALE_WHILE_REVALIDATE + 1)


def test_a_page_read_before_the_database_stopped_is_still_served_and_another_gets_the_503(
    site, varnish, proxy, about_page
):
    kept = cached(varnish, about_page.url)
    wait_until_stale()

    proxy.stop_database()

    for _ in range(3):
        stale = varnish.get(about_page.url)
        assert stale.status == 200, site.log()
        assert stale.headers["x-cache"] == "HIT-STALE"
        assert stale.body == kept
    never_read = varnish.get("/")
    assert never_read.status == 503
    assert never_read.headers["retry-after"] == str(RETRY_AFTER)
    assert "Sorry, the service is unavailable" in never_read.body  # the app's own page, not Varnish's

    proxy.restore_database()

    # The copy kept from before is older than this; a copy fetched since is younger.
    deadline = time.monotonic() + RETRY_AFTER + 5
    while (
        int((answer := varnish.get(about_page.url)).headers["age"]) > SHARED_MAX_AGE + STALE_WHILE_REVALIDATE
    ):
        assert answer.status == 200
        assert time.monotonic() < deadline, "Varnish never fetched a fresh copy"
        time.sleep(0.2)
    assert answer.status == 200
    assert varnish.get("/").status == 200


def test_a_page_is_still_served_while_the_app_server_is_down(site, varnish, about_page):
    kept = cached(varnish, about_page.url)
    wait_until_stale()

    site.stop()

    stale = varnish.get(about_page.url)
    assert stale.status == 200
    assert stale.body == kept
    assert varnish.get("/").status == 503
