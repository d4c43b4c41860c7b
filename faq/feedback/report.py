"""The editors' reports on readers' feedback: every answer's yes and no counts and its
"not useful" rate over the dates chosen, and for one answer, its comments."""

import math
from urllib.parse import urlencode

from django.db.models import F, FloatField
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from ..models import AnswerFeedback, FAQEntryPage

PERIOD_FIELDS = ("date_from", "date_to")
EXPORT_FORMATS = SpreadsheetExportMixin.FORMATS


def not_useful_percent(rate: float | None) -> int | None:
    """A rate as a whole percentage, halves rounded up as the database rounds them."""
    return None if rate is None else math.floor(rate + 0.5)


def not_useful_rate(yes: int, no: int) -> float | None:
    """The share of readers who said No, as a percentage; None when nobody answered."""
    total = yes + no
    return 100 * no / total if total else None


def format_rate(rate: float | None) -> str:
    return "" if rate is None else f"{not_useful_percent(rate)}%"


def escape_formula(text: str) -> str:
    """A reader's comment as a spreadsheet shows it as text, never runs it as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class FeedbackPeriodFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label="Feedback given between", widget=DateRangePickerWidget)

    class Meta:
        model = AnswerFeedback
        fields = []


def period_query(request) -> str:
    """The dates chosen, as a query string that carries them from one report to the other."""
    chosen = {name: request.GET[name] for name in PERIOD_FIELDS if request.GET.get(name)}
    return f"?{urlencode(chosen)}" if chosen else ""


class FeedbackReportMixin:
    permission_policy = ModelPermissionPolicy(AnswerFeedback)
    permission_required = "view"
    filterset_class = FeedbackPeriodFilterSet
    header_icon = "comment"

    def get_filtered_queryset(self):
        return self.get_queryset()  # get_queryset filters the rows by date before counting them


class QuestionColumn(TitleColumn):
    """The question, linking to its comments over the same dates."""

    def get_link_url(self, instance, parent_context):
        url = reverse("faq_feedback_entry_report", args=[instance["entry"]])
        return url + period_query(parent_context["request"])


class RateColumn(Column):
    def get_value(self, instance):
        return format_rate(instance["not_useful_rate"])


class FeedbackReportView(FeedbackReportMixin, ReportView):
    """One row per answer that had feedback in the period; the least useful first."""

    page_title = "Answer feedback"
    index_url_name = "faq_feedback_report"
    index_results_url_name = "faq_feedback_report_results"
    is_searchable = True
    search_fields = ["entry__title"]
    search_backend_name = None  # feedback is not in the search index: filter it in the database
    default_ordering = ("-not_useful_rate", "-no", "entry__title")
    list_export = ["entry__title", "yes", "no", "not_useful_rate", "comments", "last_given"]
    export_headings = {
        "entry__title": "Question",
        "yes": "Useful",
        "no": "Not useful",
        "not_useful_rate": "Not useful (%)",
        "comments": "Comments",
        "last_given": "Last feedback",
    }
    custom_field_preprocess = {
        "not_useful_rate": dict.fromkeys(EXPORT_FORMATS, not_useful_percent),
    }
    export_filename = "answer-feedback"

    columns = [
        QuestionColumn("entry__title", label="Question", sort_key="entry__title"),
        NumberColumn("yes", label="Useful", sort_key="yes"),
        NumberColumn("no", label="Not useful", sort_key="no"),
        RateColumn("not_useful_rate", label="Not useful rate", sort_key="not_useful_rate"),
        NumberColumn("comments", label="Comments", sort_key="comments"),
        DateColumn("last_given", label="Last feedback", sort_key="last_given"),
    ]

    def get_queryset(self):
        rows = self.search_queryset(self.filter_queryset(AnswerFeedback.objects.all()))
        totals = rows.totals_by_entry().annotate(
            not_useful_rate=Cast(F("no"), FloatField()) * 100 / Cast(F("yes") + F("no"), FloatField())
        )
        return self.order_queryset(totals)


class CommentColumn(Column):
    cell_template_name = "faq/feedback/admin/comment_cell.html"


class EntryFeedbackView(FeedbackReportMixin, ReportView):
    """One answer: its counts over the period, then its comments, newest first."""

    page_title = "Answer feedback"
    index_url_name = "faq_feedback_entry_report"
    index_results_url_name = "faq_feedback_entry_report_results"
    results_template_name = "faq/feedback/admin/entry_report_results.html"
    default_ordering = ("-date", "-pk")
    columns = [
        DateColumn("date", label="Date", sort_key="date", width="15%"),
        CommentColumn("comment", label="Comment"),
    ]
    list_export = ["date", "comment"]
    export_headings = {"date": "Date", "comment": "Comment"}
    custom_field_preprocess = {"comment": dict.fromkeys(EXPORT_FORMATS, escape_formula)}
    no_results_message = "No comments in this period."

    def setup(self, request, *args, entry_id, **kwargs):
        super().setup(request, *args, **kwargs)
        self.entry = get_object_or_404(FAQEntryPage, pk=entry_id)

    def get_page_subtitle(self):
        return self.entry.title

    def get_filename(self):
        return f"answer-feedback-{self.entry.pk}"

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.entry.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.entry.pk])

    def get_breadcrumbs_items(self):
        report_url = reverse("faq_feedback_report") + period_query(self.request)
        report = {"url": report_url, "label": self.page_title}
        return [*self.breadcrumbs_items, report, {"url": "", "label": self.entry.title}]

    def period_rows(self):
        return self.filter_queryset(AnswerFeedback.objects.filter(entry=self.entry))

    def get_queryset(self):
        return self.order_queryset(self.period_rows().with_comments())

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        totals = self.period_rows().totals()
        context.update(
            entry=self.entry,
            totals=totals,
            not_useful_rate=format_rate(not_useful_rate(totals["yes"], totals["no"])),
        )
        return context
