"""A database fault, wherever a request meets it, answers 503 with Retry-After and the friendly
page, shared with no one and setting no cookie, and an outage is logged once, not per request.

The faults here are raised by views and middleware; tests/core/test_database_outage.py meets
real ones, from a PostgreSQL server that stops and hangs under gunicorn.
"""

import logging

import pytest
from django.db import OperationalError
from django.test import Client, modify_settings, override_settings

from wyhp_site.core.db_outage import DatabaseOutage, outage

from .failing_urls import CONNECTION_REFUSED

pytestmark = pytest.mark.urls("tests.core.failing_urls")


class SessionStoreGone:
    """Middleware that meets the fault before any view runs, as loading a session does."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError(CONNECTION_REFUSED)


@pytest.fixture(autouse=True)
def no_outage_before_or_after():
    outage.answered()
    yield
    outage.answered()


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def assert_friendly_503(response) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "<h1>Sorry, the service is unavailable</h1>" in response.content.decode()
    assert {"no-store", "private"} <= cache_control(response)
    assert "public" not in cache_control(response)
    assert not response.cookies


# No `db` fixture: pytest-django refuses any query, so these prove the 503 needs no database.
def test_a_view_that_meets_a_database_fault_answers_503_with_retry_after(client):
    assert_friendly_503(client.get("/database-gone/"))


def test_middleware_that_meets_a_database_fault_answers_503_too():
    client = Client(raise_request_exception=False)
    with modify_settings(MIDDLEWARE={"append": f"{__name__}.SessionStoreGone"}):
        assert_friendly_503(client.get("/"))


def test_a_503_sets_no_cookie_even_when_a_page_had_asked_for_one(client):
    response = client.get("/form-then-database-gone/")

    assert_friendly_503(response)
    assert "Set-Cookie" not in str(response.serialize_headers())


def test_other_errors_still_answer_500():
    response = Client(raise_request_exception=False).get("/real-bug/")

    assert response.status_code == 500
    assert "Retry-After" not in response


@override_settings(DATABASE_RETRY_AFTER=30)
def test_retry_after_follows_the_setting(client):
    assert client.get("/database-gone/")["Retry-After"] == "30"


def test_an_outage_is_logged_once_when_it_starts_and_once_when_it_ends(client, caplog):
    caplog.set_level(logging.WARNING)
    for _ in range(3):
        client.get("/database-gone/")
    Client(raise_request_exception=False).get("/database-gone/")

    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1, [record.getMessage() for record in errors]
    assert errors[0].name == "wyhp_site.database"
    assert "GET /database-gone/" in errors[0].getMessage()
    assert "Connection refused" in errors[0].getMessage()
    assert errors[0].exc_info is None  # one line, no traceback

    caplog.clear()
    outage.answered()  # what a connection, or an answer from PostgreSQL, reports

    [ended] = caplog.records
    assert ended.levelname == "WARNING"
    assert ended.getMessage().startswith("Database answering again after ")
    assert ended.getMessage().endswith("; 4 requests were answered 503")

    caplog.clear()
    client.get("/database-gone/")

    assert [record.levelname for record in caplog.records] == ["ERROR"]  # a new outage


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_an_unreachable_database_is_left_alone_for_the_retry_window():
    clock = FakeClock()
    record = DatabaseOutage(clock=clock)
    assert record.resting_for() == 0

    record.unreachable(rest_seconds=5)
    clock.now += 3

    assert record.resting_for() == pytest.approx(2)
    clock.now += 2.5
    assert record.resting_for() == 0  # the next request tries the database again


def test_an_answer_ends_the_rest_at_once():
    record = DatabaseOutage(clock=FakeClock())
    record.unreachable(rest_seconds=5)

    record.answered()

    assert record.resting_for() == 0
    assert not record.ongoing
