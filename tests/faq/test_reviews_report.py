"""Reports > Reviews due: answers overdue or due within 30 days, by owning team, for Editors and
Moderators, downloadable as CSV or Excel for one team or all."""

import csv
import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from openpyxl import load_workbook

from faq.models import FAQEntryPage
from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS

REPORT = "/admin/reports/reviews-due/"
SITE = "https://www.wyhpartnership.example"


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def answers(make_entry, make_team, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    finance = make_team("Finance team", contact_email="finance@partnership.example")
    stroke = make_team("Stroke programme", contact_email="stroke@partnership.example")
    made = {
        "finance_overdue": ("Finance, overdue?", finance, -10),
        "finance_soon": ("Finance, due soon?", finance, 5),
        "finance_later": ("Finance, due later?", finance, 60),
        "stroke_overdue": ("Stroke, overdue?", stroke, -400),
        "nobodys": ("Nobody's, overdue?", None, -1),
    }
    entries = {}
    for key, (question, team, days) in made.items():
        entry = make_entry(question, team=team)
        FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=days_from_today(days))
        entries[key] = FAQEntryPage.objects.get(pk=entry.pk)
    draft = make_entry("Finance draft, overdue?", team=finance, publish=False)
    FAQEntryPage.objects.filter(pk=draft.pk).update(review_due_on=days_from_today(-30))
    return {"finance": finance, "stroke": stroke, **entries}


def report_rows(client, query="") -> list[list[str]]:
    response = client.get(REPORT + query)
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    return [[" ".join(cell.get_text(" ").split()) for cell in row.find_all("td")] for row in rows]


def csv_rows(client, query="") -> list[list[str]]:
    response = client.get(REPORT + query + ("&" if query else "?") + "export=csv")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="faq-reviews-due.csv"'
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


@pytest.mark.parametrize("role", [EDITORS, MODERATORS])
def test_editors_and_moderators_reach_the_report_from_the_reports_menu(client, member, answers, role):
    client.force_login(member(role))

    assert REPORT in client.get("/admin/").content.decode()
    assert len(report_rows(client)) == 4


def test_other_roles_neither_see_nor_open_the_report(client, member, answers, django_user_model):
    client.force_login(member(COMMS))

    assert REPORT not in client.get("/admin/").content.decode()
    assert client.get(REPORT).status_code in (302, 403)
    assert client.get(REPORT + "?export=csv").status_code in (302, 403)
    client.logout()
    assert client.get(REPORT).status_code == 302  # to the sign-in page


def test_the_report_lists_answers_overdue_or_due_soon_by_team_with_unowned_ones_first(admin_client, answers):
    rows = report_rows(admin_client)

    assert [row[:2] for row in rows] == [
        ["No owning team yet", "Nobody's, overdue?"],
        ["Finance team", "Finance, overdue?"],
        ["Finance team", "Finance, due soon?"],
        ["Stroke programme", "Stroke, overdue?"],
    ]
    assert rows[1][2].endswith("(overdue)") and rows[2][2].endswith("(due soon)")
    assert rows[1][4] == "24 months (the usual)"


def test_each_question_links_to_its_edit_page(admin_client, answers):
    soup = BeautifulSoup(admin_client.get(REPORT).content, "html.parser")

    links = {a.get_text(strip=True): a["href"] for a in soup.select("table.listing td.title a")}

    assert links["Finance, overdue?"] == f"/admin/pages/{answers['finance_overdue'].pk}/edit/"


def test_the_report_narrows_to_one_team_unowned_answers_or_overdue_ones(admin_client, answers):
    finance = answers["finance"].pk

    assert [row[1] for row in report_rows(admin_client, f"?owning_team={finance}")] == [
        "Finance, overdue?",
        "Finance, due soon?",
    ]
    assert [row[1] for row in report_rows(admin_client, "?owning_team=null")] == ["Nobody's, overdue?"]
    assert [row[1] for row in report_rows(admin_client, f"?owning_team={finance}&state=due_soon")] == [
        "Finance, due soon?"
    ]
    assert len(report_rows(admin_client, "?state=overdue")) == 3


def test_the_filters_refresh_the_results_alone_as_wagtail_asks_for_them(admin_client, answers):
    response = admin_client.get(f"{REPORT}results/?owning_team={answers['stroke'].pk}")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("html") is None  # a fragment, not a page
    assert [a.get_text(strip=True) for a in soup.select("td.title a")] == ["Stroke, overdue?"]


def test_one_teams_reviews_download_as_csv_with_links_and_contact(admin_client, answers):
    rows = csv_rows(admin_client, f"?owning_team={answers['finance'].pk}")

    overdue, soon = answers["finance_overdue"], answers["finance_soon"]
    assert rows[0] == [
        "Owning team",
        "Team contact email",
        "Question",
        "Address",
        "Edit in the admin",
        "Answer last reviewed",
        "Review every (months)",
        "Review due on",
        "Review",
    ]
    assert rows[1:] == [finance_row(overdue, "Overdue"), finance_row(soon, "Due soon")]


def finance_row(entry, state) -> list[str]:
    return [
        "Finance team",
        "finance@partnership.example",
        entry.title,
        f"http://testserver{entry.url}",
        f"{SITE}/admin/pages/{entry.pk}/edit/",
        entry.last_reviewed.isoformat(),
        "24",
        entry.review_due_on.isoformat(),
        state,
    ]


def test_every_teams_reviews_download_as_an_excel_workbook(admin_client, answers):
    response = admin_client.get(REPORT + "?export=xlsx")

    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Owning team", "Team contact email", "Question")
    assert [row[2] for row in rows[1:]] == [
        "Nobody's, overdue?",
        "Finance, overdue?",
        "Finance, due soon?",
        "Stroke, overdue?",
    ]
    assert rows[4][7] == answers["stroke_overdue"].review_due_on


def test_text_that_looks_like_a_formula_downloads_as_text(admin_client, make_entry, make_team):
    team = make_team('=HYPERLINK("http://attacker.example","Click")')
    entry = make_entry("-1+1 is what?", team=team)
    FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=days_from_today(-1))

    [_, row] = csv_rows(admin_client)

    assert row[0] == '\'=HYPERLINK("http://attacker.example","Click")'
    assert row[2] == "'-1+1 is what?"


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?owning_team=abc", 200),
        ("?owning_team=999999", 200),
        ("?state=<script>alert(1)</script>", 200),
        ("?p=abc", 200),
        ("?p=99999", 200),
        ("?export=pdf", 200),
        ("?ordering=owning_team__contact_email", 200),
        ("?owning_team=1%00", 400),  # refused at the edge, as everywhere on the site
    ],
)
def test_odd_report_addresses_answer_without_error(admin_client, answers, query, status):
    response = admin_client.get(REPORT + query)

    assert response.status_code == status
    assert b"<script>alert(1)</script>" not in response.content


def test_the_reports_queries_do_not_grow_with_its_rows(admin_client, make_entry, make_team):
    def add_overdue(numbers):
        for number in numbers:
            entry = make_entry(f"Question {number}?", team=make_team(f"Team {number}"))
            FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=days_from_today(-number - 1))

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert len(report_rows(admin_client)) == FAQEntryPage.objects.count()
        return len(captured)

    add_overdue(range(3))
    admin_client.get(REPORT)
    small = count()
    add_overdue(range(3, 15))

    assert count() == small
