"""Forget searches older than the retention period.

What people type into a search box can identify them ("my mum at Airedale
ward 4"), so the counts behind the search reports are kept only for
``SEARCH_LOG_RETENTION_DAYS`` (a year by default). The scheduler runs this
daily; running it more often or twice does no harm.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from ...models import QueryLog


class Command(BaseCommand):
    help = (
        "Delete the search query log (ours and Wagtail's search-terms counts) older than "
        "SEARCH_LOG_RETENTION_DAYS days. Promoted results are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep this many days instead of SEARCH_LOG_RETENTION_DAYS.",
        )

    def handle(self, *args, days=None, **options):
        days = settings.SEARCH_LOG_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("The retention period must be at least one day.")
        oldest_kept = timezone.localdate() - datetime.timedelta(days=days)
        logs, _ = QueryLog.objects.filter(date__lt=oldest_kept).delete()
        hits, _ = QueryDailyHits.objects.filter(date__lt=oldest_kept).delete()
        # A query with no counts left and no promotion is just the words someone typed.
        Query.garbage_collect()
        self.stdout.write(
            f"Kept searches since {oldest_kept:%Y-%m-%d}: removed {logs} query log rows "
            f"and {hits} daily search-term counts."
        )
