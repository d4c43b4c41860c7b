"""Every search is counted: ours for the no-results report, Wagtail's for its popular search terms.

Counting one search costs four writes (our row for the query and day, Wagtail's query and its
daily hits), more than finding the results of a rare word. So a worker keeps the counts in
memory and writes them together, in one transaction, once the oldest has waited
``FLUSH_SECONDS`` or ``FLUSH_QUERIES`` different queries are waiting: after the next
response the worker sends, of any page (Django's ``request_finished``), so no reader waits
for them, and when the worker exits. Counts of the same query add up, so a burst of the same
search is one write.

A write that fails (the database away) keeps the counts for the next try, ``FLUSH_SECONDS``
later. A worker killed outright loses at most ``FLUSH_SECONDS`` of its counts, and a worker
never keeps more than ``MAX_KEPT_QUERIES`` different queries (the rest of an outage's
searches are not counted).
"""

import logging
import threading
import time
from dataclasses import dataclass
from datetime import date

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .models import QueryLog

FLUSH_SECONDS = 30
FLUSH_QUERIES = 200
MAX_KEPT_QUERIES = 10_000

logger = logging.getLogger(__name__)


@dataclass
class SearchCount:
    """The searches for one query on one day that are not written yet."""

    searches: int = 0
    without_results: int = 0
    last_result_count: int = 0

    def add(self, other: "SearchCount") -> None:
        self.searches += other.searches
        self.without_results += other.without_results
        self.last_result_count = other.last_result_count


class PendingSearches:
    """This worker's counts not written yet, by (normalised query, day)."""

    def __init__(self):
        self._counts: dict[tuple[str, date], SearchCount] = {}
        self._lock = threading.Lock()
        self._oldest = 0.0  # time.monotonic() when the oldest waiting count came

    def add(self, query: str, result_count: int) -> None:
        query_string = normalise_query_string(query)
        if query_string:
            count = SearchCount(1, 0 if result_count else 1, result_count)
            self._merge({(query_string, timezone.localdate()): count})

    def _merge(self, counts: dict[tuple[str, date], SearchCount]) -> None:
        with self._lock:
            if not self._counts:
                self._oldest = time.monotonic()
            for key, count in counts.items():
                if key in self._counts:
                    self._counts[key].add(count)
                elif len(self._counts) < MAX_KEPT_QUERIES:
                    self._counts[key] = count

    def __len__(self):
        return len(self._counts)

    def is_due(self) -> bool:
        return bool(self._counts) and (
            len(self._counts) >= FLUSH_QUERIES or time.monotonic() - self._oldest >= FLUSH_SECONDS
        )

    def discard(self) -> None:
        with self._lock:
            self._counts = {}

    def flush(self) -> int:
        """Write every waiting count; how many queries were written (0 if the write failed)."""
        with self._lock:
            counts, self._counts = self._counts, {}
        if not counts:
            return 0
        try:
            with transaction.atomic():
                for (query_string, day), count in counts.items():
                    _write(query_string, day, count)
        except Exception as error:  # noqa: BLE001 - counting must never fail a response or a worker's exit
            # The error's class only: its message may quote what someone typed.
            logger.warning(
                "Search counts not written (%s); %d queries kept to try again",
                type(error).__name__,
                len(counts),
            )
            self._merge(counts)
            return 0
        return len(counts)


def _write(query_string: str, day: date, count: SearchCount) -> None:
    QueryLog.record(
        query_string,
        day,
        searches=count.searches,
        without_results=count.without_results,
        last_result_count=count.last_result_count,
    )
    # Wagtail's "Search terms" report and the popular queries shown when promoting results.
    hits, _created = QueryDailyHits.objects.get_or_create(query=Query.get(query_string), date=day)
    QueryDailyHits.objects.filter(pk=hits.pk).update(hits=F("hits") + count.searches)


pending_searches = PendingSearches()


def log_search(query: str, result_count: int) -> None:
    """Count one search; written with the next flush."""
    pending_searches.add(query, result_count)


def flush_searches() -> int:
    """Write the waiting counts now (at exit, and for tests)."""
    return pending_searches.flush()


def flush_when_due(**_kwargs) -> None:
    """``request_finished``: the response has gone; write the counts if it is time."""
    if pending_searches.is_due():
        pending_searches.flush()
