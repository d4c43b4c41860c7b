from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views_admin import NoResultsReportView


@hooks.register("register_admin_urls")
def register_no_results_report_urls():
    return [
        path(
            "reports/searches-with-no-results/", NoResultsReportView.as_view(), name="site_search_no_results"
        ),
        path(
            "reports/searches-with-no-results/results/",
            NoResultsReportView.as_view(results_only=True),
            name="site_search_no_results_results",
        ),
    ]


class NoResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("site_search.view_querylog")


@hooks.register("register_reports_menu_item")
def register_no_results_report_menu_item():
    return NoResultsMenuItem(
        "Searches with no results",
        reverse("site_search_no_results"),
        name="searches-with-no-results",
        icon_name="search",
        order=1310,
    )
