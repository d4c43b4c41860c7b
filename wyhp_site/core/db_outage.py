"""One process's record of a database outage: logged once when it starts and once when the
database answers again, however many requests fail in between; and, after the database stopped
answering, a short rest during which this process does not try it at all, so that each request
fails at once instead of waiting out the timeouts again (``db_waits`` enforces the rest).

The record is per process: each gunicorn worker logs an outage, and rests, on its own.
"""

import logging
import threading
import time

logger = logging.getLogger("wyhp_site.database")


class DatabaseOutage:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._started_at: float | None = None  # None while the database answers
        self._failed_requests = 0
        self._resting_until = 0.0

    @property
    def ongoing(self) -> bool:
        return self._started_at is not None

    def request_failed(self, error: Exception, request) -> None:
        """A request met a database error; the first of an outage is logged, the rest counted."""
        with self._lock:
            self._failed_requests += 1
            if self._started_at is not None:
                return
            self._started_at = self._clock()
        logger.error(
            "Database unavailable; answering 503 until it answers again. First failure, on %s %s: %s: %s",
            request.method,
            request.path,
            type(error).__name__,
            " ".join(str(error).split()),  # one line: libpq adds hints on lines of their own
        )

    def unreachable(self, rest_seconds: float) -> None:
        """The database did not answer, or dropped the connection: leave it alone for a while."""
        with self._lock:
            self._resting_until = self._clock() + rest_seconds

    def resting_for(self) -> float:
        """Seconds left before the database may be tried again; 0 when it may be tried now."""
        return max(0.0, self._resting_until - self._clock())

    def answered(self) -> None:
        """The database answered: the outage, if there was one, is over."""
        if self._started_at is None and not self._resting_until:
            return  # the common case, on every query: no lock taken
        with self._lock:
            started_at, failed = self._started_at, self._failed_requests
            self._started_at, self._failed_requests, self._resting_until = None, 0, 0.0
        if started_at is not None:
            logger.warning(
                "Database answering again after %.1f s; %d requests were answered 503",
                self._clock() - started_at,
                failed,
            )


outage = DatabaseOutage()


def connection_made(sender, **kwargs) -> None:
    """connection_created receiver: a database that accepts a connection answers again."""
    outage.answered()
