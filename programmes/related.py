"""What a programme page lists beside its own content: the newest questions and posts on its topic.

The FAQ and news apps own their listings (``FAQEntryPage.objects.readable()`` and
``PostPage.objects.readable()``); this module only narrows them to one topic and
finds the index page whose topic route lists the rest.
"""

from dataclasses import dataclass

from django.http import HttpRequest
from wagtail.models import Page

from blog.models import NewsIndexPage, PostPage
from faq.models import FAQEntryPage, FAQIndexPage
from wyhp_site.core.index_pages import find_index_page
from wyhp_site.core.models import Topic

RELATED_LIMIT = 5


@dataclass(frozen=True)
class RelatedListing:
    """The newest items on a topic and where to read all of them.

    ``see_all_url`` is None when there is nothing to see or no public index
    page to see it on: the template then says so instead of linking nowhere.
    """

    items: list[Page]
    see_all_url: str | None


def topic_url(index_model: type[Page], topic: Topic, request: HttpRequest | None = None) -> str | None:
    """The address of ``topic``'s listing on the first live, public ``index_model`` page."""
    index = find_index_page(index_model)
    if index is None:
        return None
    index_url = index.get_url(request)
    if index_url is None:  # the index is not under any site's root page
        return None
    return index_url + index.reverse_subpage("topic", args=[topic.slug])


def related_questions(topic: Topic, request: HttpRequest | None = None) -> RelatedListing:
    # Current answers only: a historic one is found through the FAQ's own listings and search.
    entries = list(FAQEntryPage.objects.readable().current().filter(topics=topic)[:RELATED_LIMIT])
    return RelatedListing(entries, topic_url(FAQIndexPage, topic, request) if entries else None)


def related_posts(topic: Topic, request: HttpRequest | None = None) -> RelatedListing:
    posts = list(PostPage.objects.readable().filter(topics=topic)[:RELATED_LIMIT])
    return RelatedListing(posts, topic_url(NewsIndexPage, topic, request) if posts else None)
