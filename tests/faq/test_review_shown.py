"""Wherever an answer appears, readers see when it was last reviewed and, once a review is
due, a warning that says how long ago it was checked."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.dateformat import format as format_date

from faq.review_age import add_months
from tests.faq.helpers import main_text
from tests.html import served_html

STALE = "Stale stroke question?"
FRESH = "Fresh stroke question?"
WARNING = "May be out of date"

PLACES = {
    "FAQ listing": "/faq/",
    "FAQ topic": "/faq/topic/stroke/",
    "FAQ month": "/faq/asked/2018/03/",
    "programme page": "/programmes/stroke/",
    "home page": "/",
    "search results": "/search/?q=stroke",
}


@pytest.fixture
def stale_and_fresh(make_entry, make_programme, stroke):
    """A question last checked four years and three months ago, one checked today, and a
    programme page on their topic."""
    checked = add_months(timezone.localdate(), -51)
    make_entry(STALE, [stroke], datetime.date(2018, 3, 1), reviewed=checked)
    make_entry(FRESH, [stroke], datetime.date(2018, 3, 1))
    make_programme("Stroke", stroke)
    return checked


def item_text(html: str, question: str) -> str:
    """The words of the list item that links to ``question``."""
    link = BeautifulSoup(html, "html.parser").find("main").find("a", string=question)
    assert link is not None, f"{question} is not listed"
    return " ".join(link.find_parent("li").get_text(" ").split())


@pytest.mark.parametrize("path", PLACES.values(), ids=PLACES.keys())
def test_every_list_of_questions_shows_the_last_review_and_warns_when_it_is_due(
    client, stale_and_fresh, path
):
    html = served_html(client, path)
    stale, fresh = item_text(html, STALE), item_text(html, FRESH)

    assert f"Last reviewed {format_date(stale_and_fresh, 'F Y')}" in stale
    assert f"{WARNING} This answer was last checked over four years ago." in stale
    assert f"Last reviewed {format_date(timezone.localdate(), 'F Y')}" in fresh
    assert WARNING not in fresh
    assert main_text(html).count(WARNING) == 1


def test_the_warning_is_a_labelled_tag_and_the_dates_are_machine_readable(client, stale_and_fresh):
    soup = BeautifulSoup(served_html(client, "/faq/"), "html.parser")
    item = soup.find("a", string=STALE).find_parent("li")

    assert item.select_one(".nhsuk-tag").get_text() == WARNING
    assert [time["datetime"] for time in item.find_all("time")] == ["2018-03", stale_and_fresh.isoformat()]


def test_search_json_says_when_each_answer_was_last_reviewed_and_whether_a_review_is_due(
    client, stale_and_fresh
):
    results = client.get("/search/", {"q": "stroke question", "format": "json"}).json()["results"]
    by_title = {result["title"]: result for result in results}

    assert by_title[STALE]["last_reviewed"] == stale_and_fresh.isoformat()
    assert by_title[STALE]["review_due"] is True
    assert by_title[FRESH]["last_reviewed"] == timezone.localdate().isoformat()
    assert by_title[FRESH]["review_due"] is False


def test_only_questions_carry_review_fields_in_the_search_json(client, stale_and_fresh):
    results = client.get("/search/", {"q": "stroke", "format": "json"}).json()["results"]
    programme = next(result for result in results if result["type"] == "programme")

    assert "last_reviewed" not in programme and "review_due" not in programme


def test_the_entry_page_warning_says_how_long_ago_the_answer_was_checked(client, make_entry):
    checked = add_months(timezone.localdate(), -31)  # two years and seven months
    entry = make_entry(date_asked=datetime.date(2016, 11, 1), reviewed=checked)

    text = main_text(served_html(client, entry.url))

    assert (
        f"We last checked this answer in {format_date(checked, 'F Y')}, over two and a half years ago."
        in text
    )
    assert "more than two years ago" not in text
