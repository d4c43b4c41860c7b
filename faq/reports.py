"""Reports > Reviews due: published answers overdue for review or due within the notice period,
by owning team, to read in the admin or download (CSV or Excel) for one team or all.

Who may see it follows the page tree, as the roles do: anyone who may edit or publish FAQ
pages (Editors, Moderators, administrators), and only the answers they may edit.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.functional import cached_property
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from wyhp_site.core.models import Team
from wyhp_site.core.spreadsheets import SAFE_VALUE_PREPROCESS

from .models import FAQEntryPage
from .models.entry_page import REVIEW_NOTICE_DAYS
from .permissions import may_work_on_faq, pages_user_may_edit
from .reviews import NO_TEAM, ReviewDue

OVERDUE, DUE_SOON = "overdue", "due_soon"


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return may_work_on_faq(request.user)


def readable_date(value) -> str:
    return format_date(value, "j M Y")


def due(review: ReviewDue) -> str:
    return f"{readable_date(review.due_on)} ({review.state.lower()})"


def last_reviewed(review: ReviewDue) -> str:
    return readable_date(review.entry.last_reviewed)


def interval(review: ReviewDue) -> str:
    return review.entry.get_review_interval_months_display()


class ReviewsDueFilterSet(WagtailFilterSet):
    owning_team = django_filters.ModelChoiceFilter(
        label="Owning team",
        queryset=Team.objects.order_by("name"),
        empty_label="All teams",
        null_label=NO_TEAM,
    )
    state = django_filters.ChoiceFilter(
        label="Review",
        choices=[(OVERDUE, "Overdue"), (DUE_SOON, f"Due within {REVIEW_NOTICE_DAYS} days")],
        empty_label="Overdue or due soon",
        method="filter_state",
    )

    class Meta:
        model = FAQEntryPage
        fields = []

    def filter_state(self, queryset, name, value):
        today = timezone.localdate()
        if value == OVERDUE:
            return queryset.filter(review_due_on__lt=today)
        if value == DUE_SOON:
            return queryset.filter(review_due_on__gte=today)
        return queryset


class ReviewsDueReport(ReportView):
    page_title = "Reviews due"
    header_icon = "history"
    index_url_name = "faq_reviews_due"
    index_results_url_name = "faq_reviews_due_results"
    filterset_class = ReviewsDueFilterSet
    any_permission_required = None  # checked in dispatch, against the page tree
    export_filename = "faq-reviews-due"
    custom_value_preprocess = SAFE_VALUE_PREPROCESS
    verbose_name_plural = "answers due for review"
    columns = [
        Column("team_name", label="Owning team", width="18%"),
        TitleColumn(
            "question",
            label="Question",
            get_url=lambda review: reverse("wagtailadmin_pages:edit", args=[review.entry.pk]),
        ),
        Column("due", label="Review due", accessor=due, width="18%"),
        Column("last_reviewed", label="Last reviewed", accessor=last_reviewed),
        Column("interval", label="Review every", accessor=interval),
    ]
    list_export = [
        "team_name",
        "team_email",
        "question",
        "public_url",
        "edit_url",
        "entry.last_reviewed",
        "entry.review_interval_months",
        "due_on",
        "state",
    ]
    export_headings = {
        "team_name": "Owning team",
        "team_email": "Team contact email",
        "question": "Question",
        "public_url": "Address",
        "edit_url": "Edit in the admin",
        "entry.last_reviewed": "Answer last reviewed",
        "entry.review_interval_months": "Review every (months)",
        "due_on": "Review due on",
        "state": "Review",
    }

    def dispatch(self, request, *args, **kwargs):
        if not may_work_on_faq(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def today(self):
        return timezone.localdate()

    def get_base_queryset(self):
        editable = FAQEntryPage.objects.filter(pk__in=pages_user_may_edit(self.request.user).values("pk"))
        # Answers nobody owns first: nobody will be reminded about them.
        return editable.reviews_due(self.today).order_by(
            F("owning_team__name").asc(nulls_first=True), "review_due_on", "title", "pk"
        )

    def rows(self, entries) -> list[ReviewDue]:
        return [ReviewDue(entry, self.today) for entry in entries]

    def get_table(self, object_list):
        return super().get_table(self.rows(object_list))

    def decorate_paginated_queryset(self, object_list):
        return self.rows(object_list)
