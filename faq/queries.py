"""The FAQ's queryset of live entries, built here once and reused by the listings
(``wyhp_site/core/listings.py`` does the topics, archives and paging), the admin
filters and other apps (a programme page lists its topic's questions).
"""

import datetime

from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone

from wyhp_site.core.models import Topic

NEWEST_FIRST = ("-date_asked", "title", "pk")
OLDEST_FIRST = ("date_asked", "title", "pk")

# An answer not checked for this long may have been overtaken by events.
REVIEW_INTERVAL_YEARS = 2


def live_entries() -> QuerySet:
    """Every published FAQ entry the public may read, newest asked first, topics prefetched."""
    from .models import FAQEntryPage

    return (
        FAQEntryPage.objects.live()
        .public()
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))
        .order_by(*NEWEST_FIRST)
    )


def review_cutoff(today: datetime.date | None = None) -> datetime.date:
    """Answers last reviewed before this date are due for review."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - REVIEW_INTERVAL_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - REVIEW_INTERVAL_YEARS, day=28)


def related_entries(entry, limit: int = 5) -> list:
    """Hand-picked related questions first, in the editor's order, then others
    sharing the most topics with ``entry``; never ``entry`` itself. Two queries
    (three when hand-picked questions leave room for more)."""
    picked_ids = [
        pk for pk in entry.related_question_links.values_list("question_id", flat=True) if pk != entry.pk
    ]
    candidates = live_entries().prefetch_related(None)
    picked_by_id = {page.pk: page for page in candidates.filter(pk__in=picked_ids)}
    related = [picked_by_id[pk] for pk in dict.fromkeys(picked_ids) if pk in picked_by_id][:limit]
    if len(related) < limit:
        topic_ids = [topic.pk for topic in entry.topics.all()]
        if topic_ids:
            # Filtering on topics before counting them counts only the shared ones.
            sharing = (
                candidates.filter(topics__in=topic_ids)
                .exclude(pk__in=[entry.pk, *picked_ids])
                .annotate(shared_topics=Count("topics"))
                .order_by("-shared_topics", *NEWEST_FIRST)
            )
            related += list(sharing[: limit - len(related)])
    return related
