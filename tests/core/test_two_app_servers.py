"""Two app servers, one site, as docker-compose.yml runs it: two gunicorns with production
settings sharing the PostgreSQL database and Redis (cache and sessions), behind one Varnish
running deploy/varnish/default.vcl. A moderator signs in on one, is known to the other, and
publishes through the first; readers of either server and of Varnish get the new version.

PostgreSQL only (CI's PostgreSQL pass): two servers sharing an SQLite file is not how the
site is run. Redis is the one on this machine (CI's too), in a database of its own.
"""

import re
from urllib.parse import urlencode

import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from bench.served_site import ServedSite, free_port, request

from .breakable_proxy import needs_postgresql, served_database_url
from .varnish import cached, serve_varnish

pytestmark = [
    needs_postgresql,
    # The servers read what the test writes, so it must be committed (see test_database_outage.py).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REDIS_URL = "redis://127.0.0.1:6379/12"
PASSWORD = "correct horse battery staple"  # noqa: S105 - a test account's
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def shared_redis():
    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def servers(about_page, shared_redis, tmp_path):
    """web1 and web2, and Varnish in front of both, which either purges after a publish."""
    varnish_port = free_port()
    env = {
        "REDIS_URL": REDIS_URL,
        "FRONTEND_CACHE_URL": f"http://127.0.0.1:{varnish_port}/",
        "REQUIRE_TWO_FACTOR": "false",
        "WEB_CONCURRENCY": "1",
    }
    web1, web2 = (
        ServedSite(served_database_url(), tmp_path / f"{name}.log", env) for name in ("web1", "web2")
    )
    started = []
    try:
        for site in (web1, web2):
            started.append(site.start())
        varnish = serve_varnish([web1.port, web2.port], tmp_path / "varnish", port=varnish_port)
        yield web1, web2, varnish
        varnish.stop()
    finally:
        for site in started:
            site.stop()


def sign_in(site: ServedSite, username: str) -> dict[str, str]:
    """Sign in to the admin on ``site`` as a browser would; the headers that carry the session."""
    form = site.get("/admin/login/")
    csrf = form.cookies["csrftoken"]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.body)[1]
    fields = {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
    headers = {**FORM, "Cookie": f"csrftoken={csrf}"}
    signed_in = request(site.port, "POST", "/admin/login/", headers, urlencode(fields).encode())
    assert signed_in.status == 302, signed_in.body
    return {"Cookie": f"csrftoken={csrf}; sessionid={signed_in.cookies['sessionid']}", "X-CSRFToken": token}


def publish(site: ServedSite, page, session: dict[str, str]) -> None:
    """Publish ``page``'s latest revision with the admin's bulk "Publish" action on ``site``."""
    address = f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}"
    confirm = request(site.port, "GET", address, session)
    assert confirm.status == 200, confirm.body
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm.body)[1]
    body = urlencode({"csrfmiddlewaretoken": token}).encode()
    published = request(site.port, "POST", address, {**session, **FORM}, body)
    assert published.status == 302, published.body


def test_a_page_published_through_one_server_is_read_through_the_other_and_through_varnish(
    servers, about_page, shared_redis, django_user_model
):
    web1, web2, varnish = servers
    moderator = django_user_model.objects.create_superuser("moderator", "moderator@example.org")
    # Hashed as production settings expect (the tests' own hasher is a quicker, weaker one).
    moderator.password = PBKDF2PasswordHasher().encode(PASSWORD, "saltysaltysalty")
    moderator.save()
    about_page.title = "About the partnership"
    about_page.save_revision()  # a draft, waiting for a moderator
    assert "About us" in cached(varnish, about_page.url)
    assert "About us" in web2.get(about_page.url).body

    session = sign_in(web1, "moderator")

    assert request(web2.port, "GET", "/admin/", session).status == 200, "web2 does not know the session"
    assert any(b"sessions" in key for key in shared_redis.scan_iter()), "sessions are not read through Redis"

    publish(web1, about_page, session)

    assert "About the partnership" in web2.get(about_page.url).body
    through_varnish = varnish.get(about_page.url)
    assert through_varnish.headers["x-cache"] == "MISS"
    assert "About the partnership" in through_varnish.body
