"""Forget searches older than the retention period.

What people type into a search box can identify them ("my mum at Airedale
ward 4"), so the counts behind the search reports are kept only for
``SEARCH_LOG_RETENTION_DAYS`` (a year by default). The scheduler runs this
daily; running it more often or twice does no harm.
"""

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from wyhp_site.core.retention import PruneCommand

from ...models import QueryLog


class Command(PruneCommand):
    help = (
        "Delete the search query log (ours and Wagtail's search-terms counts) older than "
        "SEARCH_LOG_RETENTION_DAYS days. Promoted results are kept."
    )
    retention_setting = "SEARCH_LOG_RETENTION_DAYS"

    def prune(self, oldest_kept):
        logs, _ = QueryLog.objects.filter(date__lt=oldest_kept).delete()
        hits, _ = QueryDailyHits.objects.filter(date__lt=oldest_kept).delete()
        # A query with no counts left and no promotion is just the words someone typed.
        Query.garbage_collect()
        return (
            f"Kept searches since {oldest_kept:%Y-%m-%d}: removed {logs} query log rows "
            f"and {hits} daily search-term counts."
        )
