"""The one shape of the daily commands that forget what is older than a retention setting
(``prune_search_log``, ``prune_answer_feedback``): a ``--days`` option overriding the
setting, a refusal of less than a day, and a line saying what went."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone


class PruneCommand(BaseCommand):
    retention_setting = ""  # the setting with the number of days to keep

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Keep this many days instead of {self.retention_setting}.",
        )

    def handle(self, *args, days=None, **options):
        days = getattr(settings, self.retention_setting) if days is None else days
        if days < 1:
            raise CommandError("The retention period must be at least one day.")
        self.stdout.write(self.prune(timezone.localdate() - datetime.timedelta(days=days)))

    def prune(self, oldest_kept: datetime.date) -> str:
        """Delete what is dated before ``oldest_kept``; say what went."""
        raise NotImplementedError
