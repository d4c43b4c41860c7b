import datetime

from django import forms
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
from wyhp_site.core.public_pages import PublicPageQuerySet

from .. import structured_data
from ..blocks import AnswerBlock
from ..forms import FAQEntryPageForm, MonthYearWidget

NEWEST_FIRST = ("-date_asked", "title", "pk")
OLDEST_FIRST = ("date_asked", "title", "pk")

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

    def reviews_due(self, today: datetime.date, notice_days: int = REVIEW_NOTICE_DAYS):
        """Published entries overdue for review or due within ``notice_days`` of ``today``,
        soonest due first, with their owning team: what the owners' reminders and the
        editors' report list."""
        return (
            self.live()
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
    review_interval_months = models.PositiveSmallIntegerField(
        "Review every",
        choices=REVIEW_INTERVALS,
        default=DEFAULT_REVIEW_INTERVAL,
        help_text="How long after the last review the answer is due again. Shorten it for answers "
        "with figures or plans that change often.",
    )
    # Worked out on every save, so that what is due can be found in the database.
    review_due_on = models.DateField("Review due on", editable=False, db_index=True)

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
        InlinePanel(
            "related_question_links",
            heading="Related questions",
            label="Related question",
            max_num=5,
            help_text=(
                "Up to five, shown first under the answer. Questions sharing a topic fill any places left."
            ),
        ),
    ]
    objects = PageManager.from_queryset(FAQEntryQuerySet)()

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
        # An entry being previewed before its first save may have no date yet.
        return self.review_due_on is not None and self.review_due_on < timezone.localdate()

    @property
    def asked_text(self) -> str:
        """When the question was asked, as the site says it everywhere: "Asked June 2017", or
        "Asked June 2017 (estimated date)" when the month is a guess. Not "Asked about June
        2017", which reads like a question about June 2017 and is easily taken for exact."""
        asked = f"Asked {format_date(self.date_asked, 'F Y')}"
        return f"{asked} (estimated date)" if self.date_is_estimate else asked

    @property
    def updated_on(self) -> datetime.date | None:
        """The day the answer last changed for readers: for now, the day it was first published."""
        return timezone.localdate(self.first_published_at) if self.first_published_at else None

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
        candidates = FAQEntryPage.objects.readable().prefetch_related(None)
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
        context["faq_index"] = self.get_index_page()
        context["topics"] = list(self.topics.all())
        # Two or three queries, changed only by a publish somewhere in the FAQ.
        related_key = f"faq-related:{self.pk}"
        context["related_entries"] = kept_for_generation(request, related_key, self.related_entries)
        context["structured_data"] = structured_data.faq_page(self, request)
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
