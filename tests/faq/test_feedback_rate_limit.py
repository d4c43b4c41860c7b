"""Feedback from one address is limited in the shared cache, where the address is never kept
as it is: with the tests' own cache (per-process memory) and with a real Redis."""

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from faq.models import AnswerFeedback
from tests.faq.feedback import READER_ADDRESS, SITE, Reader
from wyhp_site.settings.env import cache_config

LIMIT = 3
REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.FEEDBACK_RATE_LIMIT = LIMIT
    settings.FEEDBACK_RATE_WINDOW_MINUTES = 10


@pytest.fixture
def entry(make_entry):
    return make_entry("Who decides where stroke units go?")


def answer_until_refused(reader, entry, times: int) -> list[int]:
    return [reader.answer(entry, "yes").status_code for _ in range(times)]


def assert_limited(client, entry):
    reader = Reader(client)
    statuses = answer_until_refused(reader, entry, LIMIT + 2)

    assert statuses == [200] * LIMIT + [429, 429]
    assert AnswerFeedback.objects.count() == LIMIT
    refused = reader.answer(entry, "no")
    assert refused["Retry-After"] == "600"
    assert "no-store" in refused["Cache-Control"]
    assert "Please try again in 10 minutes." in refused.content.decode()
    # Someone else is not held back by it.
    assert Reader(client, address="192.0.2.44").answer(entry, "yes").status_code == 200


def test_repeated_feedback_from_one_address_is_refused_with_429(client, entry):
    assert_limited(client, entry)


def test_every_post_counts_towards_the_limit_comments_and_spam_included(client, entry):
    reader = Reader(client)
    after_no = reader.answer(entry, "no")
    reader.comment(after_no, "Too vague.")
    reader.answer(entry, "yes", website="spam")

    assert reader.answer(entry, "yes").status_code == 429
    assert reader.comment(after_no, "Again").status_code == 429


def test_answers_on_different_questions_share_one_limit(client, entry, make_entry):
    other = make_entry("Another question?")
    reader = Reader(client)
    for _ in range(LIMIT):
        reader.answer(entry, "yes")

    assert reader.answer(other, "yes").status_code == 429


def forwarding(client, forwarded_for: str, address: str = READER_ADDRESS) -> Reader:
    """A reader whose posts say they were forwarded for ``forwarded_for``."""
    headers = {"HTTP_ORIGIN": SITE, "HTTP_X_FORWARDED_FOR": forwarded_for}
    return Reader(client, address=address, headers=headers)


def test_a_forwarded_address_is_not_believed_from_a_client(client, entry):
    for number in range(LIMIT):
        assert forwarding(client, f"198.51.100.{number}").answer(entry, "yes").status_code == 200

    assert forwarding(client, "198.51.100.99").answer(entry, "yes").status_code == 429


def test_behind_the_load_balancer_each_reader_is_counted_by_their_own_address(client, entry, settings):
    settings.TRUSTED_PROXY_ADDRESSES = ["10.0.0.0/8"]
    for _ in range(LIMIT):
        forwarding(client, READER_ADDRESS, address="10.0.0.5").answer(entry, "yes")

    assert forwarding(client, READER_ADDRESS, address="10.0.0.5").answer(entry, "yes").status_code == 429
    assert forwarding(client, "192.0.2.44", address="10.0.0.5").answer(entry, "yes").status_code == 200


@pytest.fixture
def real_redis():
    """The tests' cache swapped for Redis (database 13, emptied before and after)."""
    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        server.ping()
    except redis.ConnectionError:
        pytest.fail(f"These tests need Redis at {REDIS_URL} (apt-get install redis-server)", pytrace=False)
    server.flushdb()
    with override_settings(CACHES={"default": cache_config(environ={"REDIS_URL": REDIS_URL})}):
        yield server
        cache.close()
    server.flushdb()


def test_the_limit_holds_in_redis_shared_by_every_app_server(client, entry, real_redis):
    assert_limited(client, entry)

    assert real_redis.keys("*throttle*"), "the count is kept in Redis"


def test_the_address_is_kept_only_as_a_keyed_hash(client, entry, real_redis):
    Reader(client).answer(entry, "yes")

    stored = b" ".join(real_redis.keys("*") + [real_redis.get(key) or b"" for key in real_redis.keys("*")])
    assert stored, "something was counted"
    assert READER_ADDRESS.encode() not in stored
