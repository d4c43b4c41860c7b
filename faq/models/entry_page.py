import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.dateformat import format as format_date
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from wyhp_site.core.content_dates import add_months, date_problem, start_of_day
from wyhp_site.core.generation_cache import kept_for_generation
from wyhp_site.core.index_pages import parent_index_page
from wyhp_site.core.models import Topic
from wyhp_site.core.page_parts import on_demand
from wyhp_site.core.public_pages import PublicPageQuerySet

from .. import structured_data
from ..blocks import AnswerBlock
from ..forms import FAQEntryPageForm, MonthYearWidget
from ..historic import historic_problems, readable_replacement
from ..panels import ChangeHistoryPanel
from .change_note import CHANGE_NOTE_MAX_LENGTH

NEWEST_FIRST = ("-date_asked", "title", "pk")
OLDEST_FIRST = ("date_asked", "title", "pk")
# A historic answer's reason is one sentence in its notice and in lists of questions.
HISTORIC_REASON_MAX_LENGTH = 250

# How long an answer may go unchecked before it is due for review: the usual two years, or
# less for answers that date quickly (figures, waiting times, plans with deadlines).
REVIEW_INTERVALS = [
    (3, "3 months"),
    (6, "6 months"),
    (12, "12 months"),
    (18, "18 months"),
    (24, "24 months (the usual)"),
]
DEFAULT_REVIEW_INTERVAL = 24
# Owners hear about reviews coming up this many days ahead (the weekly reminder, the report).
REVIEW_NOTICE_DAYS = 30


def sitemap_lastmod(day: datetime.date | None) -> datetime.datetime | None:
    """``day`` as a sitemap ``lastmod``. The sitemap shows days, but Wagtail finds the newest
    of its pages' lastmods, and other pages give a moment: a date cannot be compared with one."""
    return start_of_day(day) if day else None


class FAQEntryQuerySet(PublicPageQuerySet):
    def readable(self):
        """Every published entry the public may read, newest asked first, topics prefetched:
        the one queryset the listings, the admin filters and other apps (a programme page
        lists its topic's questions) start from."""
        return (
            self.live()
            .public()
            .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("name")))
            .order_by(*NEWEST_FIRST)
        )

    def current(self):
        """Entries that are not historic: what the FAQ lists by default, the home page, programme
        pages and related questions show (``faq/historic.py``)."""
        return self.filter(historic=False)

    def reviews_due(self, today: datetime.date, notice_days: int = REVIEW_NOTICE_DAYS):
        """Published, current entries overdue for review or due within ``notice_days`` of
        ``today``, soonest due first, with their owning team: what the owners' reminders and
        the editors' report list. A historic answer is kept as it was, so it is never due."""
        return (
            self.live()
            .current()
            .filter(review_due_on__lte=today + datetime.timedelta(days=notice_days))
            .select_related("owning_team")
            .order_by("review_due_on", "title", "pk")
        )

    def may_list_as_related(self, entry: "FAQEntryPage"):
        """Published entries whose related questions may include ``entry``: those that picked
        it, and those sharing a topic with it, from which ``related_entries`` fills up."""
        topic_ids = [topic.pk for topic in entry.topics.all()]
        return (
            self.live()
            .filter(Q(related_question_links__question=entry) | Q(topics__in=topic_ids))
            .exclude(pk=entry.pk)
            .distinct()
        )


class FAQEntryPage(Page):
    """One question from the public and the partnership's answer. The title is the question."""

    short_answer = models.TextField(
        max_length=300,
        help_text=(
            "One or two plain sentences that answer the question. Shown in lists of questions, "
            "in search engines' results and under the question."
        ),
    )
    short_answer_needs_rewrite = models.BooleanField(
        "Short answer to rewrite",
        default=False,
        help_text=(
            "Ticked on answers imported from the old website, whose short answer was cut from the "
            "full answer rather than written. Cleared when you change the short answer."
        ),
    )
    answer = StreamField(AnswerBlock(), help_text="The full answer.")
    topics = ParentalManyToManyField(
        "core.Topic",
        related_name="faq_entries",
        blank=True,
        help_text="At least one, before the answer is published.",
    )
    date_asked = models.DateField(
        help_text="The month the question was asked. Questions are listed by this date.",
        db_index=True,
    )
    date_is_estimate = models.BooleanField(
        "The date asked is an estimate",
        default=False,
        help_text='Tick when the month is not known for sure. The page then says "Asked … (estimated date)".',
    )
    # Not "owner": Wagtail's pages already have one (the user who created the page).
    owning_team = models.ForeignKey(
        "core.Team",
        # A team that still owns answers cannot be deleted: its answers would quietly stop
        # getting reminders. The admin says which answers to give another team first.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="faq_entries",
        verbose_name="owning team",
        help_text="The team that keeps this answer right and is reminded when it is due for review. "
        "Needed before publishing.",
    )
    last_reviewed = models.DateField(
        "Answer last reviewed",
        help_text="When someone last checked this answer was still right.",
    )
    # Set by "Reviewed: still correct" (faq/review_actions.py) and when an editor changes the date.
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name="answer last reviewed by",
    )
    review_interval_months = models.PositiveSmallIntegerField(
        "Review every",
        choices=REVIEW_INTERVALS,
        default=DEFAULT_REVIEW_INTERVAL,
        help_text="How long after the last review the answer is due again. Shorten it for answers "
        "with figures or plans that change often.",
    )
    # Worked out on every save, so that what is due can be found in the database.
    review_due_on = models.DateField("Review due on", editable=False, db_index=True)
    change_note = models.CharField(
        "Change note",
        max_length=CHANGE_NOTE_MAX_LENGTH,
        blank=True,
        help_text=(
            "Optional, and public: what changed for readers, in a short sentence such as "
            "“Figures updated for 2024/25”. Shown with the date on the answer's page, in the "
            "FAQ listings and in the feed of changed answers once you publish. Leave it empty for "
            "typo fixes and rewording. Not for an answer's first publication."
        ),
    )
    # The newest recorded change note and when it was published (``faq/change_notes.py`` keeps
    # them), so that every list of questions and the sitemap can say when an answer was last
    # updated without a query for each.
    latest_change_note = models.CharField(max_length=CHANGE_NOTE_MAX_LENGTH, blank=True, editable=False)
    latest_change_at = models.DateTimeField(null=True, blank=True, editable=False)
    historic = models.BooleanField(
        "This answer is historic",
        default=False,
        help_text="Tick when the answer describes how things were (organisations, plans or rules that "
        "have since changed) and is kept for the record. Readers see a notice at the top of it; it leaves "
        "the FAQ's lists unless readers ask for historic answers, is never due for review, and comes "
        "after current answers in search results.",
    )
    historic_reason = models.CharField(
        "Why it is historic",
        max_length=HISTORIC_REASON_MAX_LENGTH,
        blank=True,
        help_text='One sentence for the notice, for example "Clinical commissioning groups were closed '
        'in July 2022."',
    )
    replaced_by = models.ForeignKey(
        "faq.FAQEntryPage",
        # Deleting the current answer leaves the historic one with its notice but no link.
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name="replaced by",
        help_text="The current answer readers should read instead, if there is one. The notice links "
        "to it while it is published.",
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            heading="Question",
            help_text="The question in the words it was asked, ending with a question mark.",
        ),
        FieldPanel("short_answer"),
        FieldPanel("short_answer_needs_rewrite"),
        FieldPanel("answer"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("date_asked", widget=MonthYearWidget), FieldPanel("date_is_estimate")],
            heading="Date asked",
        ),
        MultiFieldPanel(
            [
                # A plain list: every role that edits or approves answers can choose from it.
                FieldPanel("owning_team", widget=forms.Select),
                FieldPanel("last_reviewed"),
                FieldPanel("review_interval_months"),
            ],
            heading="Owner and review",
        ),
        MultiFieldPanel(
            [FieldPanel("historic"), FieldPanel("historic_reason"), FieldPanel("replaced_by")],
            heading="Historic answer",
            help_text="For answers about bodies or plans that no longer exist, such as clinical "
            "commissioning groups. The page stays at its address with a notice; nothing is deleted.",
        ),
        InlinePanel(
            "related_question_links",
            heading="Related questions",
            label="Related question",
            max_num=5,
            help_text=(
                "Up to five, shown first under the answer. Questions sharing a topic fill any places left."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("change_note"), ChangeHistoryPanel()],
            heading="Change note",
        ),
    ]
    objects = PageManager.from_queryset(FAQEntryQuerySet)()
    # A copy is a new answer: it has no change notes of its own.
    exclude_fields_in_copy = ["change_note", "latest_change_note", "latest_change_at"]

    search_fields = Page.search_fields + [
        index.SearchField("short_answer"),
        index.SearchField("answer"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date_asked"),
    ]

    base_form_class = FAQEntryPageForm
    parent_page_types = ["faq.FAQIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "FAQ entry"
        verbose_name_plural = "FAQ entries"

    def clean(self):
        super().clean()
        today = timezone.localdate()
        errors = {}
        if self.date_asked:
            self.date_asked = self.date_asked.replace(day=1)
            errors["date_asked"] = date_problem(
                self.date_asked,
                latest=today.replace(day=1),
                too_late="The date asked cannot be in the future.",
            )
        if self.last_reviewed:
            errors["last_reviewed"] = date_problem(
                self.last_reviewed,
                latest=today,
                too_late="The date the answer was last reviewed cannot be in the future.",
            )
            if not errors["last_reviewed"] and self.date_asked and self.last_reviewed < self.date_asked:
                errors["last_reviewed"] = "An answer cannot have been reviewed before the question was asked."
        errors.update(historic_problems(self))
        errors = {field: message for field, message in errors.items() if message}
        if errors:
            raise ValidationError(errors)
        # Only once the dates are sound: a year 9999 has no date two years on.
        self.set_review_due_on()

    def set_review_due_on(self) -> None:
        if self.last_reviewed:
            self.review_due_on = add_months(self.last_reviewed, self.review_interval_months)

    def save(self, *args, **kwargs):
        self.set_review_due_on()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"last_reviewed", "review_interval_months"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "review_due_on"}
        return super().save(*args, **kwargs)

    def get_meta_description(self) -> str:
        return self.search_description or self.short_answer

    @property
    def review_due(self) -> bool:
        # An entry being previewed before its first save may have no date yet. A historic answer
        # is kept as it was: readers are told so by its notice, not that it may be out of date.
        if self.historic or self.review_due_on is None:
            return False
        return self.review_due_on < timezone.localdate()

    @property
    def asked_text(self) -> str:
        """When the question was asked, as the site says it everywhere: "Asked June 2017", or
        "Asked June 2017 (estimated date)" when the month is a guess. Not "Asked about June
        2017", which reads like a question about June 2017 and is easily taken for exact."""
        asked = f"Asked {format_date(self.date_asked, 'F Y')}"
        return f"{asked} (estimated date)" if self.date_is_estimate else asked

    def with_content_json(self, content):
        """The page as a revision has it, keeping its latest change note from the page itself:
        that belongs to the page's history, not to the revision (which may be older)."""
        page = super().with_content_json(content)
        page.latest_change_note = self.latest_change_note
        page.latest_change_at = self.latest_change_at
        return page

    @property
    def first_published_on(self) -> datetime.date | None:
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

    @property
    def updated_on(self) -> datetime.date | None:
        """The day the answer last changed for readers: its latest change note's, or the day it
        was first published when it has none."""
        if self.latest_change_at:
            return timezone.localdate(self.latest_change_at)
        return self.first_published_on

    @property
    def modified_on(self) -> datetime.date | None:
        """The day the answer was last changed or checked, whichever is later: what search engines
        are told (structured data, sitemap). Republishing to fix a typo does not move it."""
        return max(filter(None, (self.last_reviewed, self.updated_on)), default=None)

    def get_sitemap_urls(self, request=None):
        return [{"location": self.get_full_url(request), "lastmod": sitemap_lastmod(self.modified_on)}]

    def get_index_page(self):
        from .index_page import FAQIndexPage  # it imports this module

        return parent_index_page(self, FAQIndexPage)

    def related_entries(self, limit: int = 5) -> list["FAQEntryPage"]:
        """Hand-picked related questions first, in the editor's order, then others sharing
        the most topics with this one; never this one itself. Two queries (three when
        hand-picked questions leave room for more)."""
        picked_ids = [
            pk for pk in self.related_question_links.values_list("question_id", flat=True) if pk != self.pk
        ]
        # Readers are pointed at current answers only; a historic one has its own notice.
        candidates = FAQEntryPage.objects.readable().current().prefetch_related(None)
        picked_by_id = {page.pk: page for page in candidates.filter(pk__in=picked_ids)}
        related = [picked_by_id[pk] for pk in dict.fromkeys(picked_ids) if pk in picked_by_id][:limit]
        if len(related) < limit:
            topic_ids = [topic.pk for topic in self.topics.all()]
            if topic_ids:
                # Filtering on topics before counting them counts only the shared ones.
                sharing = (
                    candidates.filter(topics__in=topic_ids)
                    .exclude(pk__in=[self.pk, *picked_ids])
                    .annotate(shared_topics=Count("topics"))
                    .order_by("-shared_topics", *NEWEST_FIRST)
                )
                related += list(sharing[: limit - len(related)])
        return related

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each read only when the page's kept parts are made (core/page_parts.py).
        context["faq_index"] = on_demand(self.get_index_page)
        context["topics"] = on_demand(lambda: list(self.topics.all()))
        context["change_history"] = on_demand(
            lambda: list(self.change_notes.newest_first()) if self.pk else []
        )
        # Two or three queries, changed only by a publish somewhere in the FAQ: kept, as the
        # lists of other answers that show them are.
        related_key = f"faq-related:{self.pk}"
        context["related_entries"] = on_demand(
            lambda: kept_for_generation(request, related_key, self.related_entries)
        )
        context["structured_data"] = on_demand(lambda: structured_data.faq_page(self, request))
        context["replacement"] = on_demand(lambda: readable_replacement(self) if self.historic else None)
        return context


class FAQRelatedQuestion(Orderable):
    """A question an editor has picked to show under another's answer."""

    page = ParentalKey(FAQEntryPage, on_delete=models.CASCADE, related_name="related_question_links")
    question = models.ForeignKey(
        FAQEntryPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="related question",
    )

    panels = [FieldPanel("question")]

    def clean(self):
        super().clean()
        if self.page_id and self.question_id == self.page_id:
            raise ValidationError({"question": "A question cannot be related to itself."})
