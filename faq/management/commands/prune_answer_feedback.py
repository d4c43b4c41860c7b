"""Forget readers' feedback older than the retention period.

A reader may write something personal into a comment however plainly the form
asks them not to, so answers to "Was this answer useful?" and their comments are
kept only for ``FEEDBACK_RETENTION_DAYS`` (a year by default). The scheduler runs
this daily; running it more often or twice does no harm.
"""

from wyhp_site.core.retention import PruneCommand

from ...models import AnswerFeedback


class Command(PruneCommand):
    help = "Delete readers' feedback on FAQ answers older than FEEDBACK_RETENTION_DAYS days."
    retention_setting = "FEEDBACK_RETENTION_DAYS"

    def prune(self, oldest_kept):
        removed, _ = AnswerFeedback.objects.filter(date__lt=oldest_kept).delete()
        return f"Kept feedback since {oldest_kept:%Y-%m-%d}: removed {removed} answers."
