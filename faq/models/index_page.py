import datetime

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dateformat import format as format_date
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from wyhp_site.core import converters  # noqa: F401  (registers <yyyy> and <mm> before the routes below)
from wyhp_site.core.models import Topic
from wyhp_site.core.pagination import paginate
from wyhp_site.core.roles import EDITORS, SectionPageMixin

from ..queries import NEWEST_FIRST, OLDEST_FIRST, archive_with_counts, live_entries, topics_with_counts

ORDERINGS = {"newest": NEWEST_FIRST, "oldest": OLDEST_FIRST}
DEFAULT_DESCRIPTION = (
    "Questions the public have asked the partnership and our answers, "
    "listed by the month each was asked and by topic."
)


def count_of_questions(count: int) -> str:
    if count == 0:
        return "No questions"
    return f"{count} question{'s' if count != 1 else ''}"


class FAQIndexPage(RoutablePageMixin, SectionPageMixin, Page):
    """Every question, newest asked first, with views by topic and by month asked."""

    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two under the heading: what these questions are and who answers them.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    section_roles = (EDITORS,)
    parent_page_types = ["core.HomePage"]
    subpage_types = ["faq.FAQEntryPage"]
    max_count_per_parent = 1

    PER_PAGE = 25

    class Meta:
        verbose_name = "FAQ index page"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro or DEFAULT_DESCRIPTION

    @property
    def entries(self):
        """This FAQ's published, public entries: the one queryset every view here filters."""
        return live_entries().descendant_of(self)

    def get_cached_paths(self) -> list[str]:
        """Every listing here, which a front-end cache purges when an entry is published."""
        routes = [("topic", [slug]) for slug in Topic.objects.values_list("slug", flat=True)]
        # Drafts and withdrawn entries too: the month an entry just left still lists it.
        from .entry_page import FAQEntryPage  # it sits below this page in the tree

        months = list(FAQEntryPage.objects.descendant_of(self).order_by().dates("date_asked", "month"))
        routes += [("year", [year]) for year in sorted({month.year for month in months})]
        routes += [("month", [month.year, month.month]) for month in months]
        return ["/", *(f"/{self.reverse_subpage(name, args=args)}" for name, args in routes)]

    # --- Routes ----------------------------------------------------------
    @path("")
    def index_route(self, request):
        return self.render_listing(request, self.entries)

    @path("topic/<slug:slug>/", name="topic")
    def topic_view(self, request, slug):
        topic = get_object_or_404(Topic, slug=slug)
        entries = self.entries.filter(topics=topic)
        return self.render_listing(
            request,
            entries,
            heading=lambda count: f"{topic.name}: {count_of_questions(count).lower()}",
            title=f"{topic.name}: questions and answers",
            description=topic.description,
            filter_context={"current_topic": topic},
            empty_message=f"No questions on {topic.name} have been answered here yet.",
        )

    @path("asked/<yyyy:year>/", name="year")
    def year_view(self, request, year):
        start = datetime.date(year, 1, 1)
        self.refuse_future(start)
        entries = self.entries.filter(date_asked__gte=start, date_asked__lt=start.replace(year=year + 1))
        return self.render_listing(
            request,
            entries,
            heading=lambda count: f"{count_of_questions(count)} asked in {year}",
            title=f"Questions asked in {year}",
            filter_context={"current_year": year},
            empty_message=f"No questions asked in {year} are answered here.",
        )

    @path("asked/<yyyy:year>/<mm:month>/", name="month")
    def month_view(self, request, year, month):
        start = datetime.date(year, month, 1)
        self.refuse_future(start)
        next_month = (start + datetime.timedelta(days=32)).replace(day=1)
        entries = self.entries.filter(date_asked__gte=start, date_asked__lt=next_month)
        month_name = format_date(start, "F Y")
        return self.render_listing(
            request,
            entries,
            heading=lambda count: f"{count_of_questions(count)} asked in {month_name}",
            title=f"Questions asked in {month_name}",
            filter_context={"current_year": year, "current_month": start},
            empty_message=f"No questions asked in {month_name} are answered here.",
            crumbs=[(str(year), self.get_url(request) + self.reverse_subpage("year", args=[year]))],
        )

    @staticmethod
    def refuse_future(start: datetime.date) -> None:
        # No question can have been asked in a month that has not begun.
        if start > timezone.localdate():
            raise Http404("That date is in the future.")

    # --- Rendering -------------------------------------------------------
    def render_listing(
        self,
        request,
        entries,
        *,
        heading=None,
        title=None,
        description="",
        filter_context=None,
        empty_message="No questions have been answered here yet.",
        crumbs=(),
    ):
        order = request.GET.get("order", "newest")
        if order not in ORDERINGS:
            order = "newest"
        page_obj = paginate(request, entries.order_by(*ORDERINGS[order]), self.PER_PAGE)
        total = page_obj.paginator.count
        all_entries = self.entries
        heading_text = heading(total) if heading else self.title
        context = {
            "entries": page_obj,
            "total": total,
            "order": order,
            "is_filtered": heading is not None,
            "heading": heading_text,
            "listing_title": title or self.title,
            "listing_description": description,
            "listing_meta_description": description or f"{heading_text}, with the partnership's answers.",
            "empty_message": empty_message,
            "extra_crumbs": list(crumbs),
            "topic_counts": topics_with_counts(all_entries),
            "archive": archive_with_counts(all_entries),
            **(filter_context or {}),
        }
        return self.render(request, context_overrides=context)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            topics = topics_with_counts(self.entries)
            urls += [{"location": base + self.reverse_subpage("topic", args=[t.slug])} for t in topics]
        return urls
