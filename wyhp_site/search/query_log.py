"""Every search is counted: ours for the no-results report, Wagtail's for its popular search terms."""

from wagtail.contrib.search_promotions.models import Query

from .models import QueryLog


def log_search(query: str, result_count: int) -> None:
    QueryLog.record(query, result_count)
    # Feeds Wagtail's "Search terms" report and the popular queries shown when promoting results.
    Query.get(query).add_hit()
