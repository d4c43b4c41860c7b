import datetime
from collections.abc import Iterable

from django.db import models
from django.db.models import Count, Max, Q
from django.utils import timezone

# Long enough for a sentence or two about what was missing; short enough that nobody
# is drawn into writing their medical history into a box nobody replies to.
COMMENT_MAX_LENGTH = 500


class AnswerFeedbackQuerySet(models.QuerySet):
    def in_period(self, since: datetime.date | None = None, until: datetime.date | None = None):
        """Feedback given on or after ``since`` and before ``until`` (either may be open)."""
        rows = self
        if since is not None:
            rows = rows.filter(date__gte=since)
        if until is not None:
            rows = rows.filter(date__lt=until)
        return rows

    def with_comments(self):
        return self.exclude(comment="")

    def totals(self) -> dict:
        """Yes, no and comments among these rows: ``{"yes": 3, "no": 1, "comments": 1, ...}``."""
        return self.aggregate(**TOTALS)

    def totals_by_entry(self):
        """One row per entry: its id, question and the ``totals`` of its feedback here."""
        return self.values("entry", "entry__title").annotate(**TOTALS, last_given=Max("date"))


TOTALS = {
    "yes": Count("pk", filter=Q(useful=True)),
    "no": Count("pk", filter=Q(useful=False)),
    "comments": Count("pk", filter=~Q(comment="")),
}


def not_useful_rate(yes: int, no: int) -> int | None:
    """The share of answers that said "No", as a whole percentage; None with no answers."""
    total = yes + no
    return round(100 * no / total) if total else None


class AnswerFeedback(models.Model):
    """One reader's answer to "Was this answer useful?" under an FAQ entry.

    Nothing about the reader is kept: no address, no session, and only the day, so a
    row cannot be matched to a line of a server's access log by its time.
    """

    entry = models.ForeignKey("faq.FAQEntryPage", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=COMMENT_MAX_LENGTH)
    date = models.DateField(default=timezone.localdate)

    objects = AnswerFeedbackQuerySet.as_manager()

    class Meta:
        verbose_name = "answer feedback"
        verbose_name_plural = "answer feedback"
        indexes = [
            models.Index(fields=["entry", "date"], name="faq_feedback_entry_date"),
            models.Index(fields=["date"], name="faq_feedback_date"),
        ]

    def __str__(self):
        return f"{'Useful' if self.useful else 'Not useful'}: {self.entry_id} ({self.date:%Y-%m-%d})"


def new_comments(entries: Iterable, since: datetime.date, until: datetime.date | None = None) -> dict:
    """Readers' comments on ``entries`` given on or after ``since`` and before ``until``
    (today unless given, so that weekly runs never send a comment twice or miss one),
    oldest first: ``{entry: [AnswerFeedback, ...]}``, leaving out entries with none.
    One query."""
    by_id = {entry.pk: entry for entry in entries}
    until = until or timezone.localdate()
    rows = (
        AnswerFeedback.objects.filter(entry__in=list(by_id))
        .in_period(since, until)
        .with_comments()
        .order_by("date", "pk")
    )
    comments: dict = {}
    for row in rows:
        row.entry = by_id[row.entry_id]  # saves a query per comment for whoever reads row.entry
        comments.setdefault(row.entry, []).append(row)
    return comments
