"""Every search is logged with what it found; editors see which searches found nothing.

Counts are written in batches after the responses (``query_log``): each test writes them
with ``flush_searches()`` where the site would a little later."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS
from wyhp_site.search.models import QueryLog
from wyhp_site.search.query_log import flush_searches

REPORT_URL = "/admin/reports/searches-with-no-results/"


def test_each_search_is_logged_with_its_number_of_results(client, make_page):
    make_page("Stroke units", "Units.")

    client.get("/search/?q=Stroke")
    client.get("/search/?q=stroke ")
    client.get("/search/?q=zebra")
    flush_searches()

    stroke = QueryLog.objects.get(query_string="stroke", date=timezone.localdate())
    zebra = QueryLog.objects.get(query_string="zebra")
    assert (stroke.searches, stroke.searches_without_results, stroke.last_result_count) == (2, 0, 1)
    assert (zebra.searches, zebra.searches_without_results, zebra.last_result_count) == (1, 1, 0)
    # Wagtail's own popular search terms count them too.
    assert Query.objects.get(query_string="stroke").hits == 2


def test_json_searches_are_logged_too(client, home_page):
    client.get("/search/?q=parking&format=json")
    flush_searches()

    assert QueryLog.objects.get(query_string="parking").searches_without_results == 1


def test_later_pages_and_empty_or_broken_searches_are_not_logged(client, make_page):
    for number in range(11):
        make_page(f"Stroke {number}", "Stroke.")

    client.get("/search/?q=stroke")
    client.get("/search/?q=stroke&page=2")
    client.get("/search/?q=stroke&page=99")
    client.get("/search/")
    client.get("/search/?q=stroke&type=nonsense")
    flush_searches()

    assert list(QueryLog.objects.values_list("query_string", "searches")) == [("stroke", 1)]


def test_log_keeps_one_row_a_day_per_query(client, home_page):
    QueryLog.objects.create(
        query_string="parking", date=datetime.date(2020, 1, 1), searches=4, searches_without_results=4
    )

    client.get("/search/?q=parking")
    client.get("/search/?q=PARKING")
    flush_searches()

    assert list(QueryLog.objects.order_by("date").values_list("date", "searches")) == [
        (datetime.date(2020, 1, 1), 4),
        (timezone.localdate(), 2),
    ]


def log(query, day, searches, without_results):
    QueryLog.objects.create(
        query_string=query,
        date=day,
        searches=searches,
        searches_without_results=without_results,
        last_result_count=0 if without_results else 3,
    )


@pytest.fixture
def search_history(db):
    log("parking", datetime.date(2026, 1, 5), 3, 3)
    log("parking", datetime.date(2026, 1, 6), 4, 4)
    log("dentist", datetime.date(2026, 1, 6), 5, 5)
    log("dentist", datetime.date(2026, 2, 1), 2, 2)
    log("stroke", datetime.date(2026, 1, 6), 50, 0)
    log("covid", datetime.date(2026, 1, 6), 10, 1)


def report_rows(response) -> list[list[str]]:
    table = BeautifulSoup(response.content.decode(), "html.parser").select_one("table.listing")
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    ]


def user_in(django_user_model, group_name):
    user = django_user_model.objects.create_user(username=group_name.lower(), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_report_lists_the_most_frequent_searches_that_found_nothing(admin_client, search_history):
    rows = report_rows(admin_client.get(REPORT_URL))

    assert [row[:3] for row in rows] == [["dentist", "7", "7"], ["parking", "7", "7"], ["covid", "1", "10"]]


def test_report_covers_the_dates_chosen(admin_client, search_history):
    response = admin_client.get(REPORT_URL, {"date_from": "2026-01-06", "date_to": "2026-01-31"})

    assert [row[:2] for row in report_rows(response)] == [["dentist", "5"], ["parking", "4"], ["covid", "1"]]


def test_report_exports_to_a_spreadsheet(admin_client, search_history):
    response = admin_client.get(REPORT_URL, {"export": "csv"})

    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Search words,Searches with no results,All searches,Last searched"
    assert lines[1].startswith("dentist,7,7,")


@pytest.mark.parametrize(("group", "allowed"), [(EDITORS, True), (MODERATORS, True), (COMMS, False)])
def test_editors_and_moderators_can_read_the_report_from_the_menu(
    client, django_user_model, search_history, group, allowed
):
    client.force_login(user_in(django_user_model, group))

    report = client.get(REPORT_URL)
    dashboard = client.get(reverse("wagtailadmin_home"))

    assert (report.status_code == 200) is allowed
    assert (REPORT_URL in dashboard.content.decode()) is allowed
