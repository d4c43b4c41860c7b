import datetime

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.models import Page
from wagtail.search import index

from wyhp_site.core.listings import DatedTopicListingMixin, ListingView, Narrowed
from wyhp_site.core.models import Topic
from wyhp_site.core.roles import EDITORS, SectionPageMixin
from wyhp_site.core.structured_data import item_list

from ..changes_feed import ChangedAnswersFeed
from ..historic import historic_switch
from .change_note import ChangeNote
from .entry_page import NEWEST_FIRST, OLDEST_FIRST, FAQEntryPage, sitemap_lastmod

ORDERINGS = {"newest": NEWEST_FIRST, "oldest": OLDEST_FIRST}
DEFAULT_DESCRIPTION = (
    "Questions the public have asked the partnership and our answers, "
    "listed by the month each was asked and by topic."
)


def count_of_questions(count: int) -> str:
    if count == 0:
        return "No questions"
    return f"{count} question{'s' if count != 1 else ''}"


def estimates_note(items, total: int) -> str:
    """After an archive's heading, how many of its questions' dates are guesses: " (18 dates
    estimated)". Each such question says so in the list too."""
    estimated = items.filter(date_is_estimate=True).count() if total else 0
    return f" ({estimated} date{'s' if estimated != 1 else ''} estimated)" if estimated else ""


class FAQIndexPage(DatedTopicListingMixin, SectionPageMixin, Page):
    """Every current question, newest asked first, with views by topic and by month asked
    (``/faq/asked/2018/03/``); ``?order=oldest`` turns any of them round and ``?historic=show``
    lists historic answers too (``faq/historic.py``)."""

    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two under the heading: what these questions are and who answers them.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    section_roles = (EDITORS,)
    subpage_types = ["faq.FAQEntryPage"]

    listing_date_field = "date_asked"
    listing_archive_prefix = "asked/"
    listing_per_page = 25

    class Meta:
        verbose_name = "FAQ index page"

    def get_meta_description(self) -> str:
        return self.search_description or self.intro or DEFAULT_DESCRIPTION

    @property
    def entries(self):
        """This FAQ's published, public entries, historic ones included: the one queryset every
        view here filters."""
        return FAQEntryPage.objects.readable().descendant_of(self)

    def listing_items(self):
        return self.entries

    def change_notes(self):
        """The change notes of this FAQ's readable answers, newest first, each with its answer."""
        readable = self.entries.prefetch_related(None).order_by().values("pk")
        return ChangeNote.objects.filter(entry__in=readable).select_related("entry").newest_first()

    @path("changes/feed/", name="changes_feed")
    def changes_feed(self, request):
        return ChangedAnswersFeed(self)(request)

    def listing_navigation_items(self):
        # The topic and month counts are of what the listings show unless asked for more.
        return self.entries.current()

    def narrow_listing(self, request, view: ListingView) -> Narrowed:
        order = request.GET.get("order", "newest")
        if order not in ORDERINGS:
            order = "newest"
        switch = historic_switch(request, view.items, order)
        items = switch.pop("items").order_by(*ORDERINGS[order])
        return Narrowed(items, {"order": order, **switch})

    def describe_listing(self, view: ListingView, page_obj, narrowed: Narrowed) -> dict:
        total = page_obj.paginator.count
        questions = count_of_questions(total)
        heading, title, description, empty_message = view.choose(
            topic=lambda topic: (
                f"{topic.name}: {questions.lower()}",
                f"{topic.name}: questions and answers",
                topic.description,
                f"No questions on {topic.name} have been answered here yet.",
            ),
            period=lambda period: (
                f"{questions} asked in {period}{estimates_note(narrowed.items, total)}",
                f"Questions asked in {period}",
                "",
                f"No questions asked in {period} are answered here.",
            ),
            everything=lambda: (self.title, self.title, "", "No questions have been answered here yet."),
        )
        if not total and narrowed.context["historic_count"]() and not narrowed.context["show_historic"]:
            empty_message = "Every answer here is historic: kept for the record, but no longer current."
        return {
            "total": total,
            "heading": heading,
            "listing_title": title,
            "listing_description": description,
            "listing_meta_description": description or f"{heading}, with the partnership's answers.",
            "empty_message": empty_message,
        }

    def listing_structured_data(self, request, page_obj) -> dict | None:
        # Not an FAQPage: each question is marked up on its own page only (faq/structured_data.py).
        return item_list(page_obj, request)

    def get_sitemap_urls(self, request=None):
        """This page, then each topic's listing, last modified when the latest of the answers it
        lists was (historic answers are not listed unless asked for)."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        latest: dict[Topic, datetime.date] = {}
        for entry in self.entries.current().defer_streamfields():
            for topic in entry.topics.all():  # prefetched
                latest[topic] = max(latest.get(topic, entry.modified_on), entry.modified_on)
        for topic in sorted(latest, key=lambda topic: topic.name):
            location = base + self.reverse_subpage("topic", args=[topic.slug])
            urls.append({"location": location, "lastmod": sitemap_lastmod(latest[topic])})
        return urls
