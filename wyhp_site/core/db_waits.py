"""A time limit, kept by this process, on every wait for PostgreSQL.

PostgreSQL's ``statement_timeout`` ends a slow query on a server that is working. A hung
server (paused, swapping, stuck on storage) answers nothing, not even that, while the
kernel at its end still accepts connections and acknowledges what is sent, so libpq's
``connect_timeout`` (ignored in this non-blocking mode), TCP keepalives and
``tcp_user_timeout`` do not notice either. psycopg2 lets a wait callback do all its
waiting on the socket (the hook coroutine libraries use); this one gives up after
``DATABASE_CONNECT_TIMEOUT`` seconds while connecting, and after that plus
``DATABASE_STATEMENT_TIMEOUT`` for an answer, by which time a working server would have
cancelled the statement itself. Giving up raises ``OperationalError`` and psycopg2 closes
the connection.

A connection that fails or goes silent puts the database to rest (``db_outage``): for
``DATABASE_RETRY_AFTER`` seconds every wait fails at once.
"""

import select
import threading
import time
from contextlib import contextmanager

import psycopg2
from psycopg2 import extensions

from .db_outage import outage

_override = threading.local()


class DeadlineWait:
    """psycopg2 wait callback: ``connect_limit`` and ``answer_limit`` in seconds, None for no limit."""

    def __init__(self, connect_limit: float | None, answer_limit: float | None, rest_seconds: float):
        self.connect_limit = connect_limit
        self.answer_limit = answer_limit
        self.rest_seconds = rest_seconds

    def __call__(self, connection) -> None:
        resting_for = outage.resting_for()
        if resting_for:
            raise psycopg2.OperationalError(
                f"the database failed moments ago; not trying it again for {resting_for:.1f} s"
            )
        connecting = connection.status == extensions.STATUS_SETUP
        limit = self._limit(self.connect_limit if connecting else self.answer_limit)
        deadline = None if limit is None else time.monotonic() + limit
        try:
            self._wait(connection, deadline)
        except TimeoutError:
            outage.unreachable(self.rest_seconds)
            doing = "connecting" if connecting else "waiting for an answer"
            raise psycopg2.OperationalError(f"no word from the database in {limit:g} s {doing}") from None
        except (psycopg2.OperationalError, psycopg2.InterfaceError):
            outage.unreachable(self.rest_seconds)
            raise
        outage.answered()

    @staticmethod
    def _limit(configured: float | None) -> float | None:
        tighter = getattr(_override, "seconds", None)
        if tighter is None:
            return configured
        return tighter if configured is None else min(configured, tighter)

    @staticmethod
    def _wait(connection, deadline: float | None) -> None:
        while True:
            state = connection.poll()
            if state == extensions.POLL_OK:
                return
            events = select.POLLIN if state == extensions.POLL_READ else select.POLLOUT
            poller = select.poll()
            poller.register(connection.fileno(), events)
            if deadline is None:
                poller.poll()
                continue
            remaining_ms = (deadline - time.monotonic()) * 1000
            if remaining_ms <= 0 or not poller.poll(remaining_ms):
                raise TimeoutError


def install(connect_timeout: int, statement_timeout: int, retry_after: int) -> None:
    """Wait for PostgreSQL through a DeadlineWait from now on, in this whole process.
    A timeout of 0 means no limit, as it does for libpq and PostgreSQL."""
    connect_limit = connect_timeout or None
    answer_limit = statement_timeout + connect_timeout if statement_timeout else None
    extensions.set_wait_callback(DeadlineWait(connect_limit, answer_limit, retry_after))


@contextmanager
def limited_to(seconds: float):
    """Wait at most ``seconds`` for the database in this block (a health check's own limit)."""
    previous = getattr(_override, "seconds", None)
    _override.seconds = seconds
    try:
        yield
    finally:
        _override.seconds = previous
