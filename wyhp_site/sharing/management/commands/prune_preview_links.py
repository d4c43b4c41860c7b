"""Forget preview links that stopped working more than ``PREVIEW_LINK_RETENTION_DAYS`` ago.

A link that expired or was withdrawn opens nothing, but it stays in its page's list for a
while so editors can see what they shared; the page's history keeps the record of it. The
scheduler runs this daily; running it more often or twice does no harm.
"""

import datetime

from django.utils import timezone

from wyhp_site.core.retention import PruneCommand

from ...models import SharedPreviewLink


class Command(PruneCommand):
    help = (
        "Delete preview links that expired or were withdrawn more than PREVIEW_LINK_RETENTION_DAYS days ago."
    )
    retention_setting = "PREVIEW_LINK_RETENTION_DAYS"

    def prune(self, oldest_kept):
        start_of_day = timezone.make_aware(datetime.datetime.combine(oldest_kept, datetime.time.min))
        deleted, _ = SharedPreviewLink.objects.finished_before(start_of_day).delete()
        return f"Kept preview links that worked on or after {oldest_kept:%Y-%m-%d}: removed {deleted}."
