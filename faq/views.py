"""The editors' list of FAQ entries in the admin, with the filters they work from:
topic, owning team, year asked, estimated dates, entries with no topic or owner yet,
answers due for review, short answers to rewrite (those the importer cut from the answer),
historic answers."""

import django_filters
from django.db.models import Min, Q
from django.forms import CheckboxSelectMultiple, RadioSelect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from wagtail.admin.ui.tables import Column, RelatedObjectsColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.choose_parent import ChooseParentView
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from wyhp_site.core.models import Team, Topic
from wyhp_site.core.spreadsheets import SAFE_VALUE_PREPROCESS

from .models import FAQEntryPage
from .permissions import may_add_faq_entries, may_work_on_faq

YES_NO = [("true", "Yes"), ("false", "No")]


def years_asked(request=None):
    """Every year from the oldest question to this one, newest first."""
    first = FAQEntryPage.objects.aggregate(first=Min("date_asked"))["first"]
    this_year = timezone.localdate().year
    start = first.year if first else this_year
    return [(str(year), str(year)) for year in range(this_year, start - 1, -1)]


class YesNoFilter(django_filters.ChoiceFilter):
    """A yes / no / either choice whose meaning is given by ``yes_q``."""

    def __init__(self, *args, yes_q, **kwargs):
        self.yes_q = yes_q
        kwargs.setdefault("choices", YES_NO)
        kwargs.setdefault("empty_label", "Any")
        kwargs.setdefault("widget", RadioSelect)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        q = self.yes_q() if callable(self.yes_q) else self.yes_q
        if value == "true":
            return qs.filter(q)
        if value == "false":
            return qs.exclude(q)
        return qs


class FAQEntryFilterSet(PageFilterSet):
    topic = django_filters.ModelMultipleChoiceFilter(
        label="Topic",
        queryset=Topic.objects.order_by("name"),
        widget=CheckboxSelectMultiple,
        method="filter_topics",
    )
    owning_team = django_filters.ModelMultipleChoiceFilter(
        label="Owning team",
        queryset=Team.objects.order_by("name"),
        widget=CheckboxSelectMultiple,
    )
    year_asked = django_filters.ChoiceFilter(
        label="Year asked",
        choices=years_asked,
        empty_label="Any year",
        field_name="date_asked__year",
    )
    date_is_estimate = YesNoFilter(
        label="Date asked is an estimate",
        yes_q=Q(date_is_estimate=True),
    )
    no_topic = YesNoFilter(
        label="No topic yet",
        yes_q=Q(topics__isnull=True),
    )
    no_owner = YesNoFilter(
        label="No owning team yet",
        yes_q=Q(owning_team__isnull=True),
    )
    review_due = YesNoFilter(
        label="Review due (past its review date)",
        # A historic answer is kept as it was: never due.
        yes_q=lambda: Q(review_due_on__lt=timezone.localdate(), historic=False),
    )
    short_answer_needs_rewrite = YesNoFilter(
        label="Short answer to rewrite",
        yes_q=Q(short_answer_needs_rewrite=True),
    )
    historic = YesNoFilter(
        label="Historic answer",
        yes_q=Q(historic=True),
    )

    class Meta:
        model = FAQEntryPage
        fields = []

    def filter_topics(self, queryset, name, value):
        if not value:
            return queryset
        # A subquery rather than a join: an entry on two chosen topics is listed once.
        tagged = FAQEntryPage.topics.through.objects.filter(topic__in=value).values("faqentrypage_id")
        return queryset.filter(pk__in=tagged)


class FAQEntryIndexView(IndexView):
    default_ordering = "-date_asked"
    template_name = "faq/admin/entry_index.html"  # its bulk actions bar adds the FAQ's own
    custom_value_preprocess = SAFE_VALUE_PREPROCESS

    # Wagtail asks whether the user may add or change pages anywhere; here it must be in the FAQ,
    # so that Comms get neither the listing nor an "Add FAQ entry" button that is then refused.
    def user_has_any_permission(self, permissions):
        return may_work_on_faq(self.request.user) and super().user_has_any_permission(permissions)

    def user_has_permission(self, permission):
        if permission == "add":
            return may_add_faq_entries(self.request.user)
        return super().user_has_permission(permission)

    @cached_property
    def way_back(self) -> str:
        """This listing as the editor sees it, filters and all (also when the filters redraw the
        table from the "results" address): where Publish and Submit return an entry's editor."""
        query = self.request.GET.urlencode()
        return f"{self.index_url}?{query}" if query else self.index_url

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "actions_next_url": self.way_back}

    def get_add_url(self):
        url = super().get_add_url()
        return f"{url}?{urlencode({'next': self.way_back})}" if url else url

    def get_valid_orderings(self):
        dates = ["date_asked", "-date_asked", "last_reviewed", "-last_reviewed"]
        return [*super().get_valid_orderings(), *dates]

    def annotate_queryset(self, pages):
        return (
            super()
            .annotate_queryset(pages)
            .select_related("owning_team", for_specific_subqueries=True)
            .prefetch_related("topics", for_specific_subqueries=True)
        )


class EntryTitleColumn(PageTitleColumn):
    """The question, linking to its editor with the way back to the listing as ``next``."""

    cell_template_name = "faq/admin/entry_title_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        edit = reverse("wagtailadmin_pages:edit", args=[instance.pk])
        context["edit_url"] = f"{edit}?{urlencode({'next': context['actions_next_url']})}"
        return context


class DateAskedColumn(Column):
    def get_value(self, instance):
        month = instance.date_asked.strftime("%b %Y")
        return f"About {month}" if instance.date_is_estimate else month


class LastReviewedColumn(Column):
    def get_value(self, instance):
        reviewed = instance.last_reviewed
        value = f"{reviewed.day} {reviewed:%b %Y}"
        if instance.historic:
            return f"{value} (historic)"
        return f"{value} (review due)" if instance.review_due else value


class FAQChooseParentView(ChooseParentView):
    """Straight on to the new entry's form (there is one FAQ), keeping the way back."""

    def get(self, request, *args, **kwargs):
        return self.keeping_next(super().get(request, *args, **kwargs))

    def form_valid(self, form):
        return self.keeping_next(super().form_valid(form))

    def keeping_next(self, response):
        next_url = get_valid_next_url_from_request(self.request)
        if next_url and response.status_code == 302:
            response["Location"] = f"{response['Location']}?{urlencode({'next': next_url})}"
        return response


class FAQEntryListingViewSet(PageListingViewSet):
    model = FAQEntryPage
    index_view_class = FAQEntryIndexView
    choose_parent_view_class = FAQChooseParentView
    icon = "help"
    menu_label = "FAQ entries"
    name = "faq_entries"
    add_to_admin_menu = False  # the FAQ submenu links here, with its filters preset
    filterset_class = FAQEntryFilterSet
    columns = [
        BulkActionsColumn("bulk_actions"),
        EntryTitleColumn("title", label="Question", sort_key="title", classname="title"),
        DateAskedColumn("date_asked", label="Asked", sort_key="date_asked", width="12%"),
        RelatedObjectsColumn("topics", label="Topics", width="16%"),
        Column("owning_team", label="Owning team", width="14%"),
        LastReviewedColumn("last_reviewed", label="Last reviewed", sort_key="last_reviewed", width="12%"),
        PageStatusColumn("status", label="Status", sort_key="live", width="10%"),
    ]
    list_export = [
        "title",
        "full_url",
        "date_asked",
        "date_is_estimate",
        "owning_team",
        "last_reviewed",
        "review_due_on",
        "live",
    ]
    export_headings = {
        "title": "Question",
        "full_url": "Address",
        "date_asked": "Date asked",
        "date_is_estimate": "Date is an estimate",
        "owning_team": "Owning team",
        "last_reviewed": "Answer last reviewed",
        "review_due_on": "Review due on",
        "live": "Published",
    }
