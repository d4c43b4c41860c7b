"""The editors' report: what people searched for and found nothing."""

from django.db.models import Max, Sum
from django_filters import DateFromToRangeFilter
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import QueryLog


class NoResultsFilterSet(WagtailFilterSet):
    date = DateFromToRangeFilter(label="Searched between", widget=DateRangePickerWidget)

    class Meta:
        model = QueryLog
        fields = []


class NoResultsReportView(ReportView):
    """The most frequent searches that found nothing: the questions to answer next."""

    page_title = "Searches with no results"
    header_icon = "search"
    index_url_name = "site_search_no_results"
    index_results_url_name = "site_search_no_results_results"
    permission_policy = ModelPermissionPolicy(QueryLog)
    permission_required = "view"
    filterset_class = NoResultsFilterSet
    is_searchable = True
    search_fields = ["query_string"]
    search_backend_name = None  # the log is not in the search index: filter it in the database
    default_ordering = ("-no_results", "query_string")
    columns = [
        Column("query_string", label="Search words", sort_key="query_string"),
        NumberColumn("no_results", label="Searches with no results", sort_key="no_results"),
        NumberColumn("searches", label="All searches", sort_key="searches"),
        DateColumn("last_searched", label="Last searched", sort_key="last_searched"),
    ]
    list_export = ["query_string", "no_results", "searches", "last_searched"]
    export_headings = {
        "query_string": "Search words",
        "no_results": "Searches with no results",
        "searches": "All searches",
        "last_searched": "Last searched",
    }

    def get_queryset(self):
        # Filter and search the daily rows first, so the totals cover the dates chosen.
        rows = self.search_queryset(self.filter_queryset(QueryLog.objects.all()))
        totals = (
            rows.values("query_string")
            .annotate(
                no_results=Sum("searches_without_results"),
                searches=Sum("searches"),
                last_searched=Max("date"),
            )
            .filter(no_results__gt=0)
        )
        return self.order_queryset(totals)
