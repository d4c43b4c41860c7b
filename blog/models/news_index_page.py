from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index

from wyhp_site.core.listings import DatedTopicListingMixin, ListingView, Narrowed
from wyhp_site.core.roles import COMMS, SectionPageMixin

from ..feeds import AtomPostsFeed, RssPostsFeed
from .post_page import PostKind, PostPage

ALL_KINDS = "News and weekly updates"
KIND_PLURALS = {PostKind.WEEKLY_UPDATE: "Weekly updates", PostKind.NEWS: "News"}
NONE_OF_KIND = {
    PostKind.WEEKLY_UPDATE: "There are no weekly updates here.",
    PostKind.NEWS: "There is no news here.",
}
NO_SUCH_KIND = "There is no such kind of post. Choose weekly updates or news."


class NewsIndexPage(DatedTopicListingMixin, SectionPageMixin, Page):
    """/news/: every post, newest first, with archives by topic and date
    (``/news/2026/03/``), ``?kind=`` to show one kind alone, and feeds.

    Comms may write posts beneath it (``section_roles``); Moderators publish them.
    """

    FEED_LENGTH = 20
    listing_date_field = "date"
    listing_per_page = 10

    intro = models.TextField(
        max_length=400, blank=True, help_text="A sentence under the heading: what readers will find here."
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    section_roles = (COMMS,)
    subpage_types = ["blog.PostPage"]

    class Meta:
        verbose_name = "news index page"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def posts(self):
        """This index's public posts: ``PostPage.objects.readable()`` narrowed to its children."""
        return PostPage.objects.readable().child_of(self)

    def listing_items(self):
        return self.posts()

    def narrow_listing(self, request, view: ListingView) -> Narrowed:
        """``?kind=`` shows weekly updates or news alone; any other kind is a 404 that says why."""
        kind = request.GET.get("kind", "")
        if kind and kind not in PostKind.values:
            return Narrowed(view.items.none(), self._kind_context(request, ""), missing=NO_SUCH_KIND)
        items = view.items.filter(kind=kind) if kind else view.items
        return Narrowed(items, self._kind_context(request, kind))

    @staticmethod
    def _kind_context(request, current: str) -> dict:
        links = [{"label": "All", "url": request.path, "current": not current}]
        for value, label in KIND_PLURALS.items():
            links.append({"label": label, "url": f"{request.path}?kind={value}", "current": current == value})
        return {"kind": current, "kind_links": links}

    def describe_listing(self, view: ListingView, page_obj, narrowed: Narrowed) -> dict:
        kind = narrowed.context["kind"]
        kinds = KIND_PLURALS.get(kind, ALL_KINDS)
        heading, lede, empty_message = view.choose(
            topic=lambda topic: (
                f"{topic.name}: {kinds.lower()}",
                topic.description,
                f"Nothing has been published about {topic.name.lower()} yet.",
            ),
            period=lambda period: (f"{kinds} from {period}", "", f"Nothing was published in {period}."),
            everything=lambda: (
                self.title if kind == "" else kinds,
                self.intro,
                "Nothing has been published here yet.",
            ),
        )
        message = narrowed.missing
        if not message and not page_obj.object_list:
            message = NONE_OF_KIND[kind] if kind else empty_message
        return {"heading": heading, "lede": lede, "message": message}

    # --- Feeds --------------------------------------------------------------

    @path("feed/", name="feed")
    def rss_feed(self, request):
        return RssPostsFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomPostsFeed(self)(request)

    def feed_posts(self):
        return self.posts()[: self.FEED_LENGTH]

    @property
    def feed_title(self) -> str:
        return f"{self.title} - {settings.WAGTAIL_SITE_NAME}"
