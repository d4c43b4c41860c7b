"""The one definition of "the posts the public can see", and summaries built on it.

Listings, archives, topic pages, feeds, previous/next links and other apps'
pages (the home page, programme pages) all start from ``live_posts()``, so a
draft, a private post or a post waiting for its scheduled time never leaks
into any of them, and every caller gets the related rows it needs up front.
"""

from django.db.models import Count
from django.db.models.functions import TruncMonth

from wyhp_site.core.models import Topic


def live_posts():
    """Published posts outside any private section, newest first.

    Author and author photo come with each post, topics are prefetched, so a
    listing costs the same number of queries however many posts it shows.
    """
    from .models import PostPage

    return (
        PostPage.objects.live()
        .public()
        .select_related("author", "author__photo")
        .prefetch_related("topics")
        .order_by("-date", "-pk")
    )


def month_counts(posts) -> list[dict]:
    """``[{"month": date(2024, 3, 1), "count": 4}, ...]`` for ``posts``, newest month first."""
    return list(
        posts.prefetch_related(None)
        .select_related(None)
        .order_by()
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )


def archive_years(posts) -> list[dict]:
    """Month counts grouped by year, for the "browse by date" list, in one query."""
    years: list[dict] = []
    for row in month_counts(posts):
        month = row["month"]
        if not years or years[-1]["year"] != month.year:
            years.append({"year": month.year, "count": 0, "months": []})
        years[-1]["count"] += row["count"]
        years[-1]["months"].append(row)
    return years


def topics_with_counts(posts):
    """Topics that have at least one of ``posts``, each with ``post_count``, by name."""
    return (
        Topic.objects.filter(posts__in=posts.prefetch_related(None).select_related(None).values("pk"))
        .annotate(post_count=Count("posts"))
        .order_by("name")
    )
