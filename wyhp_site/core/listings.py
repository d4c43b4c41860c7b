"""One engine for the dated, topic-filtered listings: the FAQ's and the news.

An index page mixes in ``DatedTopicListingMixin`` and says what differs: which
pages it lists (``listing_items``), their date field, where the date archives
live (``/faq/asked/2018/03/`` or ``/news/2018/03/``), how many to a page, its
own query-string filter (``narrow_listing``) and its wording
(``describe_listing``). Everything else is here, once: the routes, paging, the
topic and date navigation, the trail, what an empty archive answers and the
addresses a front-end cache purges.

An empty year or month is a 404: the address names a period in which nothing
was published, so search engines should not keep it, but the page still says
so in words and offers the navigation. A topic with nothing yet is a 200 with
its message: the topic exists and things will be filed under it.
"""

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.urls import URLPattern
from django.urls import path as django_path
from django.utils.dateformat import format as format_date
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from . import converters  # noqa: F401  (registers <yyyy> and <mm> before the routes below)
from .generation_cache import kept_for_generation
from .models import Topic
from .page_parts import on_demand
from .pagination import paginate

ARCHIVE_ROUTES = ("year", "month")


def plain(items: QuerySet) -> QuerySet:
    """``items`` without ordering or related rows: for a subquery or a count."""
    return items.prefetch_related(None).select_related(None).order_by()


def topics_with_counts(items: QuerySet, topics_field: str = "topics") -> QuerySet:
    """The topics that have at least one of ``items``, by name, each with ``count``: how many."""
    relation = items.model._meta.get_field(topics_field).related_query_name()
    return (
        Topic.objects.filter(**{f"{relation}__in": plain(items).values("pk")})
        .annotate(count=Count(relation))
        .order_by("name")
    )


class ArchiveMonth(NamedTuple):
    month: datetime.date  # its first day
    count: int


@dataclass
class ArchiveYear:
    year: int
    count: int = 0
    months: list[ArchiveMonth] = field(default_factory=list)


def archive_with_counts(items: QuerySet, date_field: str) -> list[ArchiveYear]:
    """The years of ``items``, newest first, each with its months (newest first) and counts. One query."""
    rows = (
        plain(items)
        .annotate(month=TruncMonth(date_field))
        .values_list("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )
    years: dict[int, ArchiveYear] = {}
    for month, count in rows:
        archive_year = years.setdefault(month.year, ArchiveYear(month.year))
        archive_year.count += count
        archive_year.months.append(ArchiveMonth(month, count))
    return list(years.values())


@dataclass
class ListingView:
    """Which of an index's listings is asked for: everything, a topic, a year or a month."""

    items: QuerySet
    topic: Topic | None = None
    year: int | None = None
    month: datetime.date | None = None  # its first day

    @property
    def is_filtered(self) -> bool:
        return self.topic is not None or self.year is not None

    @property
    def is_archive(self) -> bool:
        return self.year is not None

    @property
    def period(self) -> str:
        """An archive's period in words: "March 2018" or "2018"."""
        return format_date(self.month, "F Y") if self.month else str(self.year)

    def choose(self, *, topic: Callable, period: Callable, everything: Callable):
        """What ``topic(topic)``, ``period(words)`` or ``everything()`` gives for this view,
        whichever it is: how an index words each kind of listing in one statement."""
        if self.topic is not None:
            return topic(self.topic)
        if self.is_archive:
            return period(self.period)
        return everything()


@dataclass
class Narrowed:
    """What an index's own filter (``?order=``, ``?kind=``) made of a view's items.

    ``missing`` is why the address shows nothing at all (an unknown filter value):
    the page answers 404 with it.
    """

    items: QuerySet
    context: dict = field(default_factory=dict)
    missing: str = ""


class DatedTopicListingMixin(RoutablePageMixin):
    """Routes and rendering for an index page listing dated pages filed under topics.

    Such an index is a section's front page: one of it, directly under the home page.
    """

    parent_page_types = ["core.HomePage"]
    max_count_per_parent = 1

    listing_date_field: str  # on the listed pages
    listing_topics_field = "topics"  # their many-to-many to Topic
    listing_archive_prefix = ""  # before <yyyy>/ and <yyyy>/<mm>/, e.g. "asked/"
    listing_per_page = 10

    # --- What each index says -------------------------------------------------

    def listing_items(self) -> QuerySet:
        """This index's published, public pages: the one queryset every view here filters."""
        raise NotImplementedError

    def listing_navigation_items(self) -> QuerySet:
        """What the topic and date navigation counts: ``listing_items()`` unless the index lists
        fewer by default than a reader may ask for (the FAQ's historic answers)."""
        return self.listing_items()

    def narrow_listing(self, request, view: ListingView) -> Narrowed:
        """The index's own query-string filter and ordering of ``view.items``."""
        return Narrowed(view.items)

    def describe_listing(self, view: ListingView, page_obj, narrowed: Narrowed) -> dict:
        """Headings, titles and messages for the template."""
        return {}

    def listing_structured_data(self, request, page_obj) -> dict | None:
        """schema.org data for the page of items shown (base.html writes it out), or None."""
        return None

    # --- Routes -------------------------------------------------------------------

    @classmethod
    def get_subpage_urls(cls):
        routes = super().get_subpage_urls()
        if not cls.listing_archive_prefix:
            return routes
        return tuple(cls._prefixed(route) if route.name in ARCHIVE_ROUTES else route for route in routes)

    @classmethod
    def _prefixed(cls, route: URLPattern) -> URLPattern:
        return django_path(cls.listing_archive_prefix + route.pattern._route, route.callback, name=route.name)

    @path("")
    def index_route(self, request):
        return self.render_listing(request, ListingView(self.listing_items()))

    @path("topic/<slug:slug>/", name="topic")
    def topic_view(self, request, slug):
        # Few, and changed only by a snippet save, which advances the content generation.
        topics = kept_for_generation(
            request, "topics-by-slug", lambda: {t.slug: t for t in Topic.objects.all()}
        )
        if slug not in topics:
            raise Http404("No such topic.")
        topic = topics[slug]
        items = self.listing_items().filter(**{self.listing_topics_field: topic})
        return self.render_listing(request, ListingView(items, topic=topic))

    @path("<yyyy:year>/", name="year")
    def year_view(self, request, year):
        items = self.listing_items().filter(**{f"{self.listing_date_field}__year": year})
        return self.render_listing(request, ListingView(items, year=year))

    @path("<yyyy:year>/<mm:month>/", name="month")
    def month_view(self, request, year, month):
        date_field = self.listing_date_field
        items = self.listing_items().filter(**{f"{date_field}__year": year, f"{date_field}__month": month})
        view = ListingView(items, year=year, month=datetime.date(year, month, 1))
        return self.render_listing(request, view)

    # --- Rendering ------------------------------------------------------------

    def render_listing(self, request, view: ListingView):
        """The listing, asking the database only for what is not kept: its count and wording
        are kept per content generation and address, and the items, navigation and schema.org
        data are read only when the page's kept parts are made (``core/page_parts.py``)."""
        narrowed = self.narrow_listing(request, view)
        total, described = self.listing_summary(request, view, narrowed)
        page_obj = paginate(request, narrowed.items, self.listing_per_page, count=total)
        navigation = on_demand(
            lambda: kept_for_generation(request, f"listing-navigation:{self.pk}", self.listing_navigation)
        )
        context = {
            "listing": view,
            "items": page_obj,
            "is_filtered": view.is_filtered,
            "current_topic": view.topic,
            "current_year": view.year,
            "current_month": view.month,
            "trail": on_demand(lambda: self.listing_trail(request, view)),
            "structured_data": on_demand(lambda: self.listing_structured_data(request, page_obj)),
            "topics": on_demand(lambda: navigation()[0]),
            "archive": on_demand(lambda: navigation()[1]),
            **narrowed.context,
            **described,
        }
        response = self.render(request, context_overrides=context)
        if narrowed.missing or (view.is_archive and not total):
            response.status_code = 404
        return response

    def listing_summary(self, request, view: ListingView, narrowed: Narrowed) -> tuple[int, dict]:
        """How many items the address lists, and its headings and messages
        (``describe_listing``): kept per content generation for each address. A page number
        past the last is a 404, found when this is made."""

        def summarise() -> tuple[int, dict]:
            page_obj = paginate(request, narrowed.items, self.listing_per_page)
            return page_obj.paginator.count, self.describe_listing(view, page_obj, narrowed)

        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        return kept_for_generation(request, f"listing-summary:{self.pk}:{address}", summarise)

    def listing_navigation(self) -> tuple[list, list[ArchiveYear]]:
        """Every topic and every month with something listed, and how many: the side column."""
        items = self.listing_navigation_items()
        return list(topics_with_counts(items, self.listing_topics_field)), archive_with_counts(
            items, self.listing_date_field
        )

    def listing_trail(self, request, view: ListingView) -> list[tuple[str, str]] | None:
        """The crumbs after this index in a filtered view's trail (the view itself is never one);
        None for the unfiltered listing, whose trail ends above the index."""
        if view.month is not None:
            return [(str(view.year), self.get_url(request) + self.reverse_subpage("year", args=[view.year]))]
        return [] if view.is_filtered else None
