import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from wyhp_site.core.content_dates import date_problem
from wyhp_site.core.index_pages import parent_index_page
from wyhp_site.core.models import Topic

from ..blocks import AnswerBlock
from ..forms import FAQEntryPageForm, MonthYearWidget

NEWEST_FIRST = ("-date_asked", "title", "pk")
OLDEST_FIRST = ("date_asked", "title", "pk")

# An answer not checked for this long may have been overtaken by events.
REVIEW_INTERVAL_YEARS = 2


def review_cutoff(today: datetime.date | None = None) -> datetime.date:
    """Answers last reviewed before this date are due for review."""
    today = today or timezone.localdate()
    try:
        return today.replace(year=today.year - REVIEW_INTERVAL_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year - REVIEW_INTERVAL_YEARS, day=28)


class FAQEntryQuerySet(PageQuerySet):
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
        help_text='Tick when the month is not known for sure. The page then says "Asked about …".',
    )
    last_reviewed = models.DateField(
        "Answer last reviewed",
        help_text="When someone last checked this answer was still right. Due again after two years.",
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            heading="Question",
            help_text="The question in the words it was asked, ending with a question mark.",
        ),
        FieldPanel("short_answer"),
        FieldPanel("answer"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("date_asked", widget=MonthYearWidget),
                FieldPanel("date_is_estimate"),
                FieldPanel("last_reviewed"),
            ],
            heading="Dates",
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

    def get_meta_description(self) -> str:
        return self.search_description or self.short_answer

    @property
    def review_due(self) -> bool:
        return self.last_reviewed < review_cutoff()

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
        context["related_entries"] = self.related_entries()
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
