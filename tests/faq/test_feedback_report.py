"""Editors and Moderators read what readers made of each answer: yes and no counts and the
"not useful" rate over the dates they choose, the comments, and spreadsheets of both."""

import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.factories import AnswerFeedbackFactory
from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS

REPORT_URL = "/admin/reports/answer-feedback/"
RTL_COMMENT = "لا يجيب عن سؤالي 🏥 — זה לא עונה"
JAN = datetime.date(2026, 1, 10)
FEB = datetime.date(2026, 2, 10)


def give(entry, day, yes=0, no=0, comments=()):
    for _ in range(yes):
        AnswerFeedbackFactory(entry=entry, useful=True, date=day)
    for _ in range(no - len(comments)):
        AnswerFeedbackFactory(entry=entry, useful=False, date=day)
    for comment in comments:
        AnswerFeedbackFactory(entry=entry, useful=False, date=day, comment=comment)


@pytest.fixture
def answers(make_entry):
    """Three answered questions: "units" mostly not useful, "funding" mostly useful (1 in 8 not,
    12.5%, shown as 13% as halves round up), and a third with feedback only in February."""
    units = make_entry("Who decides where stroke units go?")
    funding = make_entry("How is the partnership funded?")
    later = make_entry("What is an ICS?")
    give(units, JAN, yes=1, no=3, comments=["Too vague.", RTL_COMMENT])
    give(units, FEB, yes=2, no=1, comments=['=HYPERLINK("http://evil.example")'])
    give(funding, JAN, yes=7, no=1)
    give(later, FEB, yes=1)
    return {"units": units, "funding": funding, "later": later}


def rows(response) -> list[list[str]]:
    table = BeautifulSoup(response.content.decode(), "html.parser").select_one("table.listing")
    assert table is not None, "no table on the report"
    return [
        [" ".join(cell.get_text().split()) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    ]


def test_every_answered_question_with_its_counts_least_useful_first(admin_client, answers):
    response = admin_client.get(REPORT_URL)

    assert response.status_code == 200
    assert [row[:5] for row in rows(response)] == [
        ["Who decides where stroke units go?", "3", "4", "57%", "3"],
        ["How is the partnership funded?", "7", "1", "13%", "0"],
        ["What is an ICS?", "1", "0", "0%", "0"],
    ]


def test_the_counts_cover_the_dates_chosen(admin_client, answers):
    response = admin_client.get(REPORT_URL, {"date_from": "2026-01-01", "date_to": "2026-01-31"})

    assert [row[:5] for row in rows(response)] == [
        ["Who decides where stroke units go?", "1", "3", "75%", "2"],
        ["How is the partnership funded?", "7", "1", "13%", "0"],
    ]


def test_a_question_leads_to_its_comments_over_the_same_dates(admin_client, answers):
    response = admin_client.get(REPORT_URL, {"date_from": "2026-01-01", "date_to": "2026-01-31"})
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select("table.listing tbody a")}

    assert links["Who decides where stroke units go?"] == (
        f"{REPORT_URL}{answers['units'].pk}/?date_from=2026-01-01&date_to=2026-01-31"
    )


def test_the_report_can_be_sorted_and_searched(admin_client, answers):
    by_yes = admin_client.get(REPORT_URL, {"ordering": "-yes"})
    searched = admin_client.get(REPORT_URL, {"q": "funded"})

    assert [row[0] for row in rows(by_yes)][0] == "How is the partnership funded?"
    assert [row[0] for row in rows(searched)] == ["How is the partnership funded?"]


def test_the_report_downloads_as_csv(admin_client, answers):
    response = admin_client.get(
        REPORT_URL, {"export": "csv", "date_from": "2026-01-01", "date_to": "2026-01-31"}
    )

    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Question,Useful,Not useful,Not useful (%),Comments,Last feedback"
    assert lines[1:] == [
        "Who decides where stroke units go?,1,3,75,2,2026-01-10",
        "How is the partnership funded?,7,1,13,0,2026-01-10",
    ]


def test_an_answers_comments_and_counts_over_the_period(admin_client, answers):
    url = f"{REPORT_URL}{answers['units'].pk}/"

    everything = admin_client.get(url)
    january = admin_client.get(url, {"date_from": "2026-01-01", "date_to": "2026-01-31"})

    assert everything.status_code == 200
    text = " ".join(BeautifulSoup(january.content.decode(), "html.parser").get_text().split())
    assert "Useful: 1 · Not useful: 3 · Not useful rate: 75% · Comments: 2" in text
    assert sorted(row[1] for row in rows(january)) == sorted(["Too vague.", RTL_COMMENT])
    assert len(rows(everything)) == 3
    cell = BeautifulSoup(january.content.decode(), "html.parser").find("span", string=RTL_COMMENT)
    assert cell["dir"] == "auto", "right-to-left comments are shown in their own direction"


def test_an_answer_with_no_feedback_says_so(admin_client, make_entry):
    entry = make_entry("Nobody has answered this?")

    response = admin_client.get(f"{REPORT_URL}{entry.pk}/")

    text = " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text().split())
    assert "Not useful rate: no feedback" in text
    assert "No comments in this period." in text


@pytest.mark.parametrize("entry_id", ["999999", "99999999999999999999"])
def test_an_unknown_answer_is_not_found(admin_client, home_page, entry_id):
    assert admin_client.get(f"{REPORT_URL}{entry_id}/").status_code == 404


def test_comments_download_as_a_spreadsheet_with_every_script_intact(admin_client, answers):
    response = admin_client.get(f"{REPORT_URL}{answers['units'].pk}/", {"export": "xlsx"})

    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Date", "Comment"]
    assert sorted(row[1] for row in values[1:]) == sorted(
        ['\'=HYPERLINK("http://evil.example")', "Too vague.", RTL_COMMENT]
    )


def test_a_comment_that_looks_like_a_formula_is_written_to_csv_as_text(admin_client, answers):
    response = admin_client.get(f"{REPORT_URL}{answers['units'].pk}/", {"export": "csv"})

    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    assert RTL_COMMENT in text


@pytest.mark.parametrize(("group", "allowed"), [(EDITORS, True), (MODERATORS, True), (COMMS, False)])
def test_editors_and_moderators_read_the_reports_from_the_menu(client, member, answers, group, allowed):
    client.force_login(member(group))

    statuses = {client.get(url).status_code for url in [REPORT_URL, f"{REPORT_URL}{answers['units'].pk}/"]}
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert statuses == ({200} if allowed else {302})
    assert (REPORT_URL in dashboard) is allowed


def test_the_answers_edit_page_shows_its_feedback_and_links_to_it(admin_client, answers):
    entry = answers["units"]

    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[entry.pk])).content.decode()

    assert "Reader feedback: 3 useful, 4 not useful" in html
    assert f'href="{REPORT_URL}{entry.pk}/"' in html


def test_other_pages_edit_pages_show_no_feedback(admin_client, about_page):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[about_page.pk])).content.decode()

    assert "Reader feedback" not in html
