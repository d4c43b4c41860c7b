"""RSS 2.0 and Atom feeds of the newest posts, served by the news index's routes.

The posts come from ``NewsIndexPage.feed_posts()``, that is from
``PostPage.objects.readable()``: a feed reader sees exactly what the listing shows.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape

from wyhp_site.core.feeds import IndexPageFeed


class RssPostsFeed(IndexPageFeed):
    feed_type = Rss201rev2Feed

    def title(self, index) -> str:
        return index.feed_title

    def link(self, index) -> str:
        return index.get_url(self.request)

    def feed_url(self, index) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def description(self, index) -> str:
        return index.intro or f"Weekly updates and news from the {settings.WAGTAIL_SITE_NAME}."

    def author_name(self, index) -> str:
        return settings.WAGTAIL_SITE_NAME

    def items(self, index):
        return index.feed_posts()

    def item_title(self, post) -> str:
        return post.title

    def item_link(self, post) -> str:
        return post.get_url(self.request)

    def item_description(self, post) -> str:
        # Feed readers treat descriptions as HTML; the intro is plain text.
        return escape(post.intro)

    def item_author_name(self, post) -> str:
        return post.author_name

    def item_categories(self, post) -> list[str]:
        return [topic.name for topic in post.topics.all()]

    def item_pubdate(self, post) -> datetime.datetime:
        """The post's date; on the day it first went live, the moment it did."""
        first_published = post.first_published_at
        if first_published and timezone.localdate(first_published) == post.date:
            return first_published
        return timezone.make_aware(datetime.datetime.combine(post.date, datetime.time()))

    def item_updateddate(self, post) -> datetime.datetime:
        pubdate = self.item_pubdate(post)
        return max(pubdate, post.last_published_at) if post.last_published_at else pubdate


class AtomPostsFeed(RssPostsFeed):
    feed_type = Atom1Feed

    def subtitle(self, index) -> str:
        return self.description(index)
