import datetime

from django.db import IntegrityError, models, transaction
from django.db.models import F


class QueryLog(models.Model):
    """How often one query was searched on one day, and how many results it found.

    One row per query per day keeps the log small however busy the site is,
    and still says which questions people ask that the site cannot answer.
    """

    query_string = models.CharField(max_length=255)
    date = models.DateField()
    searches = models.PositiveIntegerField(default=0)
    searches_without_results = models.PositiveIntegerField(default=0)
    last_result_count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "search query log"
        verbose_name_plural = "search query logs"
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date"], name="site_search_one_row_a_day")
        ]
        indexes = [models.Index(fields=["date"], name="site_search_querylog_date")]

    def __str__(self):
        return f"{self.query_string} ({self.date:%Y-%m-%d})"

    @classmethod
    def record(
        cls,
        query_string: str,
        day: datetime.date,
        *,
        searches: int,
        without_results: int,
        last_result_count: int,
    ) -> None:
        """Add ``searches`` searches for the normalised ``query_string`` on ``day``, of which
        ``without_results`` found nothing; the latest found ``last_result_count`` results."""
        changes = {
            "searches": F("searches") + searches,
            "searches_without_results": F("searches_without_results") + without_results,
            "last_result_count": last_result_count,
        }
        if cls.objects.filter(query_string=query_string, date=day).update(**changes):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query_string=query_string,
                    date=day,
                    searches=searches,
                    searches_without_results=without_results,
                    last_result_count=last_result_count,
                )
        except IntegrityError:
            # Another worker created the day's row for this query a moment ago.
            cls.objects.filter(query_string=query_string, date=day).update(**changes)
