"""An Atom feed of changed answers (``/faq/changes/feed/``), served by the FAQ index's route:
its published change notes, newest first, each the answer with the note and its date.

The notes are those of ``FAQIndexPage.entries`` (``FAQEntryPage.objects.readable()``), so a
withdrawn or private answer's notes leave the feed with it. As every route of the index, the
feed is filed in the shared cache under the index page, which publishing an answer or
correcting a note purges (``core/cache_purge.py``, ``faq/change_notes.py``).
"""

import datetime

from django.conf import settings
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from wyhp_site.core.feeds import IndexPageFeed

FEED_LENGTH = 20


class ChangedAnswersFeed(IndexPageFeed):
    feed_type = Atom1Feed

    def title(self, index) -> str:
        return f"Changes to answers: {index.title} - {settings.WAGTAIL_SITE_NAME}"

    def subtitle(self, index) -> str:
        return "Answers the partnership has updated, newest change first, with what changed."

    def link(self, index) -> str:
        return index.get_url(self.request)

    def feed_url(self, index) -> str:
        return self.request.build_absolute_uri(self.request.path)

    def author_name(self, index) -> str:
        return settings.WAGTAIL_SITE_NAME

    def items(self, index):
        return index.change_notes()[:FEED_LENGTH]

    def item_title(self, change) -> str:
        return change.entry.title

    def item_link(self, change) -> str:
        return change.entry.get_url(self.request)

    def item_guid(self, change) -> str:
        # One answer changes many times: each change is its own item, at its place in the history.
        return self.request.build_absolute_uri(f"{self.item_link(change)}#change-{change.pk}")

    item_guid_is_permalink = False

    def item_description(self, change) -> str:
        # Feed readers treat descriptions as HTML; the note is plain text.
        return escape(change.note)

    def item_pubdate(self, change) -> datetime.datetime:
        return change.published_at

    def item_updateddate(self, change) -> datetime.datetime:
        return change.published_at
