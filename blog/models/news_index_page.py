import datetime
from collections.abc import Callable

from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.dateformat import format as format_date
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from wyhp_site.core import converters  # noqa: F401  (registers <yyyy> and <mm> before the routes below)
from wyhp_site.core.models import Topic
from wyhp_site.core.pagination import paginate
from wyhp_site.core.roles import COMMS, SectionPageMixin

from ..feeds import AtomPostsFeed, RssPostsFeed
from ..queries import archive_years, live_posts, topics_with_counts
from .post_page import PostKind, PostPage

ALL_KINDS = "News and weekly updates"
KIND_PLURALS = {PostKind.WEEKLY_UPDATE: "Weekly updates", PostKind.NEWS: "News"}
NONE_OF_KIND = {
    PostKind.WEEKLY_UPDATE: "There are no weekly updates here.",
    PostKind.NEWS: "There is no news here.",
}


class NewsIndexPage(RoutablePageMixin, SectionPageMixin, Page):
    """/news/: every post, newest first, with archives by topic and date, and feeds.

    Comms may write posts beneath it (``section_roles``); Moderators publish them.
    """

    POSTS_PER_PAGE = 10
    FEED_LENGTH = 20

    intro = models.TextField(
        max_length=400, blank=True, help_text="A sentence under the heading: what readers will find here."
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    section_roles = (COMMS,)
    parent_page_types = ["core.HomePage"]
    subpage_types = ["blog.PostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "news index page"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def posts(self):
        """This index's public posts: ``live_posts()`` narrowed to its children."""
        return live_posts().child_of(self)

    def get_cached_paths(self) -> list[str]:
        """Every listing and feed here, which a front-end cache purges when a post is published."""
        routes = [("feed", []), ("atom_feed", [])]
        routes += [("topic", [slug]) for slug in Topic.objects.values_list("slug", flat=True)]
        # Drafts and withdrawn posts too: the month a post just left still lists it.
        months = list(PostPage.objects.child_of(self).order_by().dates("date", "month"))
        routes += [("year", [year]) for year in sorted({month.year for month in months})]
        routes += [("month", [month.year, month.month]) for month in months]
        return ["/", *(f"/{self.reverse_subpage(name, args=args)}" for name, args in routes)]

    # --- Listings -----------------------------------------------------------

    @path("", name="index")
    def index_view(self, request):
        return self.render_listing(
            request,
            self.posts(),
            describe=lambda kinds: self.title if kinds == ALL_KINDS else kinds,
            lede=self.intro,
            empty_message="Nothing has been published here yet.",
        )

    @path("topic/<slug:slug>/", name="topic")
    def topic_view(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        return self.render_listing(
            request,
            self.posts().filter(topics=topic),
            describe=lambda kinds: f"{topic.name}: {kinds.lower()}",
            lede=topic.description,
            empty_message=f"Nothing has been published about {topic.name.lower()} yet.",
            topic=topic,
        )

    @path("<yyyy:year>/", name="year")
    def year_view(self, request, year):
        start = datetime.date(year, 1, 1)
        return self.render_listing(
            request,
            self.posts().filter(date__year=start.year),
            describe=lambda kinds: f"{kinds} from {start.year}",
            empty_message=f"Nothing was published in {start.year}.",
            empty_is_missing=True,
            archive_year=start.year,
        )

    @path("<yyyy:year>/<mm:month>/", name="month")
    def month_view(self, request, year, month):
        start = datetime.date(year, month, 1)
        month_name = format_date(start, "F Y")
        return self.render_listing(
            request,
            self.posts().filter(date__year=start.year, date__month=start.month),
            describe=lambda kinds: f"{kinds} from {month_name}",
            empty_message=f"Nothing was published in {month_name}.",
            empty_is_missing=True,
            archive_year=start.year,
            archive_month=start,
        )

    def render_listing(
        self,
        request,
        posts,
        *,
        describe: Callable[[str], str],
        empty_message: str,
        lede: str = "",
        empty_is_missing: bool = False,
        **extra,
    ):
        """A page of ``posts``, filtered by ``?kind=``, with the topic and date navigation.

        ``describe`` turns "News and weekly updates", "Weekly updates" or
        "News" (as the filter says) into the heading. An unknown kind, or a
        date archive with nothing in it, is a 404 that still explains itself
        and offers the navigation.
        """
        kind = request.GET.get("kind", "")
        status, message = 200, ""
        if kind and kind not in PostKind.values:
            kind = ""
            status, message = 404, "There is no such kind of post. Choose weekly updates or news."
            posts = posts.none()
        elif kind:
            posts = posts.filter(kind=kind)
        page_obj = paginate(request, posts, self.POSTS_PER_PAGE)
        if status == 200 and not page_obj.object_list:
            status = 404 if empty_is_missing else 200
            message = NONE_OF_KIND[kind] if kind else empty_message

        all_posts = self.posts()
        context = {
            "heading": describe(KIND_PLURALS.get(kind, ALL_KINDS)),
            "lede": lede,
            "message": message,
            "posts": page_obj,
            "kind": kind,
            "kind_links": self._kind_links(request, kind),
            "archive_years": archive_years(all_posts),
            "topics": topics_with_counts(all_posts),
            **extra,
        }
        response = self.render(request, context_overrides=context)
        response.status_code = status
        return response

    def _kind_links(self, request, current: str) -> list[dict]:
        links = [{"label": "All", "url": request.path, "current": not current}]
        for value, label in KIND_PLURALS.items():
            links.append({"label": label, "url": f"{request.path}?kind={value}", "current": current == value})
        return links

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
