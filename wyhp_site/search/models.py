from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.search.utils import normalise_query_string


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
    def record(cls, query: str, result_count: int) -> None:
        """Count one search for ``query`` today, which found ``result_count`` results."""
        query_string = normalise_query_string(query)
        if not query_string:
            return
        today = timezone.localdate()
        changes = {
            "searches": F("searches") + 1,
            "searches_without_results": F("searches_without_results") + (0 if result_count else 1),
            "last_result_count": result_count,
        }
        if cls.objects.filter(query_string=query_string, date=today).update(**changes):
            return
        try:
            with transaction.atomic():
                cls.objects.create(
                    query_string=query_string,
                    date=today,
                    searches=1,
                    searches_without_results=0 if result_count else 1,
                    last_result_count=result_count,
                )
        except IntegrityError:
            # Someone else's identical search created today's row a moment ago.
            cls.objects.filter(query_string=query_string, date=today).update(**changes)
