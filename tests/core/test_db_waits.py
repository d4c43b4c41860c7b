"""Every wait for PostgreSQL has a limit kept by this process: a hung server is given up on
while connecting and mid-conversation, then left alone for a while; a working server still
cancels a slow statement itself. PostgreSQL only: CI's PostgreSQL pass runs it.
"""

import time

import psycopg2
import pytest
from django.conf import settings
from psycopg2 import extensions

from wyhp_site.core.db_outage import outage
from wyhp_site.core.db_waits import DeadlineWait, limited_to

from .breakable_proxy import BreakableProxy

DATABASE = settings.DATABASES["default"]
pytestmark = pytest.mark.skipif(
    DATABASE["ENGINE"] != "django.db.backends.postgresql",
    reason="waits on a PostgreSQL server; runs in CI's PostgreSQL pass",
)

CONNECT_LIMIT, ANSWER_LIMIT, REST = 1, 2, 1.5
MARGIN = 0.5


@pytest.fixture
def deadline_waits():
    previous = extensions.get_wait_callback()
    outage.answered()
    extensions.set_wait_callback(DeadlineWait(CONNECT_LIMIT, ANSWER_LIMIT, rest_seconds=REST))
    yield
    extensions.set_wait_callback(previous)
    outage.answered()


@pytest.fixture
def proxy():
    proxy = BreakableProxy((DATABASE["HOST"] or "127.0.0.1", int(DATABASE["PORT"] or 5432))).start()
    yield proxy
    proxy.close()


def connect(proxy: BreakableProxy, **options):
    return psycopg2.connect(
        host="127.0.0.1",
        port=proxy.port,
        dbname="postgres",
        user=DATABASE["USER"],
        password=DATABASE["PASSWORD"] or None,
        **options,
    )


def timed(action) -> tuple[Exception | None, float]:
    started = time.monotonic()
    try:
        action()
    except psycopg2.Error as error:
        return error, time.monotonic() - started
    return None, time.monotonic() - started


def test_a_hung_server_is_given_up_on_while_connecting(deadline_waits, proxy):
    proxy.hang_database()

    error, seconds = timed(lambda: connect(proxy))

    assert isinstance(error, psycopg2.OperationalError)
    assert "no word from the database in 1 s connecting" in str(error)
    assert CONNECT_LIMIT <= seconds < CONNECT_LIMIT + MARGIN


def test_a_server_that_hangs_mid_conversation_is_given_up_on(deadline_waits, proxy):
    connection = connect(proxy)
    proxy.hang_database()

    error, seconds = timed(lambda: connection.cursor().execute("SELECT 1"))

    assert isinstance(error, psycopg2.OperationalError)
    assert "waiting for an answer" in str(error)
    assert ANSWER_LIMIT <= seconds < ANSWER_LIMIT + MARGIN
    assert connection.closed


def test_after_giving_up_the_database_is_left_alone_then_tried_again(deadline_waits, proxy):
    proxy.hang_database()
    timed(lambda: connect(proxy))

    error, seconds = timed(lambda: connect(proxy))

    assert "not trying it again" in str(error)
    assert seconds < 0.05

    proxy.restore_database()
    time.sleep(REST)

    connect(proxy).cursor().execute("SELECT 1")
    assert not outage.ongoing
    assert outage.resting_for() == 0


def test_a_health_check_may_wait_less(deadline_waits, proxy):
    proxy.hang_database()

    with limited_to(0.3):
        error, seconds = timed(lambda: connect(proxy))

    assert isinstance(error, psycopg2.OperationalError)
    assert 0.3 <= seconds < 0.3 + MARGIN


def test_a_working_server_cancels_a_slow_statement_itself(deadline_waits, proxy):
    connection = connect(proxy, options="-c statement_timeout=300")
    cursor = connection.cursor()

    error, seconds = timed(lambda: cursor.execute("SELECT pg_sleep(5)"))

    assert isinstance(error, psycopg2.errors.QueryCanceled)
    assert seconds < ANSWER_LIMIT  # the server's limit, not ours
    connection.rollback()
    cursor.execute("SELECT 1")  # the connection is still good...
    assert outage.resting_for() == 0  # ...and the database is not left alone
