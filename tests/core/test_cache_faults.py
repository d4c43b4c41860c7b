"""A stopped or hung Redis costs readers nothing: pages still answer, quickly, and the
outage is logged once."""

import logging
import time

import pytest
from django.core.cache import cache
from django.test import override_settings

from wyhp_site.core import cache_faults
from wyhp_site.settings.env import REDIS_TIMEOUT, cache_config


@pytest.fixture(autouse=True)
def no_outage_carried_over(monkeypatch):
    monkeypatch.setattr(cache_faults, "outage", cache_faults.CacheOutage())


def redis_at(port: int):
    return override_settings(
        CACHES={"default": cache_config(environ={"REDIS_URL": f"redis://127.0.0.1:{port}/0"})}
    )


def timed_get(client, path):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_pages_answer_while_redis_is_stopped_and_the_outage_is_logged_once(
    client, about_page, closed_port, caplog
):
    with redis_at(closed_port), caplog.at_level(logging.WARNING):
        answers = [timed_get(client, path) for path in ("/", "/about-us/", "/")]

    assert [response.status_code for response, _ in answers] == [200, 200, 200]
    assert [r.getMessage()[:17] for r in caplog.records if r.name == "wyhp_site.cache"] == [
        "Cache unavailable"
    ]


def test_a_hung_redis_costs_one_wait_then_nothing_until_it_is_tried_again(client, about_page, silent_port):
    with redis_at(silent_port):
        first, first_seconds = timed_get(client, "/")
        second, second_seconds = timed_get(client, "/about-us/")

    assert (first.status_code, second.status_code) == (200, 200)
    assert first_seconds < REDIS_TIMEOUT * 3  # one socket timeout, not one per cache read
    assert second_seconds < 1  # resting: Redis is not asked at all


def test_the_real_redis_is_used_when_it_answers():
    with override_settings(
        CACHES={"default": cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/15"})}
    ):
        cache.set("wyhp-cache-faults-test", "here", timeout=5)
        assert cache.get("wyhp-cache-faults-test") == "here"
        cache.delete("wyhp-cache-faults-test")
