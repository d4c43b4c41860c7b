"""The site under gunicorn, with production settings, while its PostgreSQL server stops or
hangs and comes back: pages answer 503 with Retry-After in time, static files, robots.txt and
the liveness check keep answering, no worker is killed, and pages come back by themselves.

The database is reached through a proxy (tests/core/breakable_proxy.py) the test breaks;
bench/db_outage.py does the same to a private PostgreSQL server it stops and pauses.
PostgreSQL only: CI's PostgreSQL pass runs it.
"""

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.served_site import ServedSite

from .breakable_proxy import BreakableProxy, needs_postgresql

pytestmark = [
    needs_postgresql,
    # gunicorn reads what the test writes, so it must be committed; the flush after each test
    # takes the root page the migrations made, which serialized_rollback puts back.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WORKERS = 2
CONNECT_TIMEOUT, STATEMENT_TIMEOUT, RETRY_AFTER = 1, 2, 4
# The longest a request may wait on a silent database (wyhp_site/core/db_waits.py)...
SILENT_DATABASE_LIMIT = CONNECT_TIMEOUT + STATEMENT_TIMEOUT
# ...well under gunicorn's, so a hung database never gets a worker killed.
GUNICORN_TIMEOUT = 8
FAST = 0.1  # seconds
PAGES = ["/", "/about-us/", "/no-such-page/"]
STILL_SERVED = ["/robots.txt", "/static/css/site.css", "/health/live/"]


@pytest.fixture
def site(about_page, serve_through_proxy):
    return serve_through_proxy(
        {
            "WEB_CONCURRENCY": str(WORKERS),
            "GUNICORN_TIMEOUT": str(GUNICORN_TIMEOUT),
            "DATABASE_CONNECT_TIMEOUT": str(CONNECT_TIMEOUT),
            "DATABASE_STATEMENT_TIMEOUT": str(STATEMENT_TIMEOUT),
            "DATABASE_RETRY_AFTER": str(RETRY_AFTER),
            "DATABASE_CONN_MAX_AGE": "60",
            "LOG_LEVEL": "WARNING",
        }
    )


def warm_up(site: ServedSite, proxy: BreakableProxy) -> set[int]:
    """Every worker has served pages and holds a pooled connection; returns the worker ids."""
    with ThreadPoolExecutor(WORKERS * 2) as pool:
        for _ in range(20):
            answers = list(pool.map(site.get, PAGES * WORKERS))
            assert {answer.status for answer in answers} <= {200, 404}, site.log()
            if proxy.open_connections >= WORKERS:
                break
    assert proxy.open_connections >= WORKERS, "not every worker reached the database"
    return site.worker_pids()


def assert_unavailable(answer, path: str) -> None:
    assert answer.status == 503, f"{path}: {answer.status}"
    assert answer.headers["retry-after"] == str(RETRY_AFTER)
    assert "Sorry, the service is unavailable" in answer.body
    assert "set-cookie" not in answer.headers
    assert "public" not in answer.headers["cache-control"]
    assert "no-store" in answer.headers["cache-control"]


def assert_still_served(site: ServedSite) -> None:
    for path in STILL_SERVED:
        answer = site.get(path)
        assert answer.status == 200, f"{path}: {answer.status}"
        assert answer.seconds < FAST, f"{path} took {answer.seconds:.3f} s"
    ready = site.get("/health/ready/")
    assert ready.status == 503
    assert json.loads(ready.body) == {"database": "unavailable", "cache": "ok"}
    assert ready.seconds < CONNECT_TIMEOUT + 0.5


def assert_every_page_fails_at_once(site: ServedSite, paths: list[str]) -> None:
    for path in paths:
        answer = site.get(path)
        assert_unavailable(answer, path)
        assert answer.seconds < FAST, f"{path} took {answer.seconds:.3f} s"
    assert_still_served(site)


def assert_recovered_by_itself(site: ServedSite, workers: set[int], outages: int) -> None:
    back = site.wait_for("/", 200, within=RETRY_AFTER + SILENT_DATABASE_LIMIT + 2)
    assert back.seconds < RETRY_AFTER + SILENT_DATABASE_LIMIT + 1
    # Each worker rests a few seconds after its own last failure: the other may come back later,
    # but within the same limit.
    for path in PAGES[:2]:
        again = site.wait_for(path, 200, within=RETRY_AFTER + SILENT_DATABASE_LIMIT + 2)
        assert again.seconds < RETRY_AFTER + SILENT_DATABASE_LIMIT + 1
    assert site.get("/health/ready/").status == 200
    assert site.worker_pids() == workers, "a worker was killed or restarted"
    log = site.log()
    assert "WORKER TIMEOUT" not in log
    assert "Traceback" not in log
    # Once per worker per outage, however many requests failed.
    assert 1 <= log.count("Database unavailable") <= WORKERS * outages, log
    assert "Database answering again" in log


def test_a_stopped_database_gets_503_at_once_and_the_site_recovers(site, proxy):
    workers = warm_up(site, proxy)

    proxy.stop_database()

    assert_every_page_fails_at_once(site, PAGES * 3)

    proxy.restore_database()

    assert_recovered_by_itself(site, workers, outages=1)


def test_a_hung_database_gets_503_in_time_without_killing_workers_and_the_site_recovers(site, proxy):
    workers = warm_up(site, proxy)

    proxy.hang_database()

    # Each worker waits out its pooled connection once, at the same time...
    with ThreadPoolExecutor(WORKERS * 2) as pool:
        first = list(pool.map(site.get, PAGES[:1] * WORKERS * 2))
    for answer in first:
        assert_unavailable(answer, "/")
        assert answer.seconds < SILENT_DATABASE_LIMIT + 1, f"took {answer.seconds:.3f} s"
    # ...then leaves the database alone for RETRY_AFTER seconds: every page fails at once.
    assert_every_page_fails_at_once(site, PAGES)

    proxy.restore_database()

    assert_recovered_by_itself(site, workers, outages=1)
