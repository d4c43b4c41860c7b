"""Health checks for a load balancer: liveness needs nothing, readiness reports the database and
the cache and answers in time when either is down; neither is cached or sets a cookie. robots.txt
needs no database either.

Readiness with the database stopped or hung is in tests/core/test_database_outage.py.
"""

import json
import time
from concurrent.futures import ThreadPoolExecutor

from django.db import connections
from django.test import override_settings

from wyhp_site.settings.env import REDIS_TIMEOUT, cache_config


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def assert_private_and_cookieless(response) -> None:
    assert {"no-store", "private"} <= cache_control(response)
    assert "public" not in cache_control(response)
    assert not response.cookies


# No `db` fixture: pytest-django refuses any query, so a pass proves no query was made.
def test_liveness_needs_no_database(client):
    response = client.get("/health/live/")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert_private_and_cookieless(response)


def test_robots_txt_needs_no_database(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_readiness_reports_a_working_database_and_cache(client, db):
    response = client.get("/health/ready/")

    assert response.status_code == 200
    assert json.loads(response.content) == {"database": "ok", "cache": "ok"}
    assert_private_and_cookieless(response)


@override_settings(SECURE_SSL_REDIRECT=True)
def test_health_checks_answer_over_plain_http_where_pages_redirect_to_https(client, db):
    assert client.get("/robots.txt").status_code == 301
    assert client.get("/health/live/").status_code == 200
    assert client.get("/health/ready/").status_code == 200


def readiness_with_redis_at(client, port: int):
    """The readiness answer and how long it took; fails, rather than hangs, past the limit."""

    def ask():
        try:
            return client.get("/health/ready/")
        finally:
            connections.close_all()  # this thread's own connection

    redis = cache_config(environ={"REDIS_URL": f"redis://127.0.0.1:{port}/0"})
    pool = ThreadPoolExecutor(1)
    try:
        with override_settings(CACHES={"default": redis}):
            started = time.monotonic()
            response = pool.submit(ask).result(timeout=REDIS_TIMEOUT + 1)
            return response, time.monotonic() - started
    finally:
        pool.shutdown(wait=False)


def test_readiness_reports_a_stopped_redis_at_once(client, db, closed_port):
    response, seconds = readiness_with_redis_at(client, closed_port)

    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "unavailable"}
    assert seconds < REDIS_TIMEOUT


def test_readiness_gives_up_on_a_hung_redis_in_time(client, db, silent_port):
    response, seconds = readiness_with_redis_at(client, silent_port)

    assert response.status_code == 503
    assert json.loads(response.content)["cache"] == "unavailable"
    assert seconds < REDIS_TIMEOUT + 1
