from django.db import models
from django.db.models import F


class ContentGeneration(models.Model):
    """A counter that every change readers could see advances: a publish, an unpublish, a move,
    a deletion, a settings or snippet save. What is cached from public pages (whole pages in
    ``core/page_cache.py``) is filed under the generation it was made in, so one advance makes
    all of it stale at once, in every app server, whichever cache backend holds it.

    One row. It lives in the database, not the cache: with per-process memory as the cache
    (the embedded default), a generation kept there would be advanced in one process only.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content generation"

    def __str__(self) -> str:
        return f"Content generation {self.value}"

    @classmethod
    def current(cls) -> int:
        value = cls.objects.filter(pk=1).values_list("value", flat=True).first()
        return value or 0

    @classmethod
    def advance(cls) -> None:
        if not cls.objects.filter(pk=1).update(value=F("value") + 1):
            cls.objects.get_or_create(pk=1, defaults={"value": 1})
