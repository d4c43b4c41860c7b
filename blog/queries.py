"""The one definition of "the posts the public can see", and summaries built on it.

Listings, archives, topic pages, feeds, previous/next links and other apps'
pages (the home page, programme pages) all start from ``live_posts()``, so a
draft, a private post or a post waiting for its scheduled time never leaks
into any of them, and every caller gets the related rows it needs up front.
"""


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
