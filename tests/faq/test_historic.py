"""Historic answers: kept for the record with a notice and a link to the current answer, left out
of the listings, counts, related lists and reviews unless asked for, and ranked last in search."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction

from faq.models import FAQEntryPage
from faq.reviews import has_news, reminder_for
from tests.faq.helpers import main_text
from tests.faq.test_admin import entry_form, error_text, listed_titles
from tests.queries import queries_for
from wyhp_site.core.roles import EDITORS
from wyhp_site.search.engine import SiteSearch

CCGS_CLOSED = "Clinical commissioning groups were closed in July 2022."
LONG_AGO = datetime.date(2017, 1, 9)


def mark_historic(entry, replaced_by=None, reason=CCGS_CLOSED):
    """``entry`` marked historic and published, as an editor would."""
    entry.historic, entry.historic_reason, entry.replaced_by = True, reason, replaced_by
    entry.save_revision().publish()
    entry.refresh_from_db()
    return entry


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def listed(response) -> list[str]:
    return [h.get_text(strip=True) for h in soup(response).select("main .faq-summary__question")]


def marked_historic(response) -> list[str]:
    """The questions in a list that carry the "Historic" tag."""
    items = soup(response).select("main li.faq-list__item, main li.search-results__item")
    return [
        item.select_one(".faq-summary__question").get_text(strip=True)
        for item in items
        if item.select_one(".faq-summary__historic .nhsuk-tag")
    ]


@pytest.fixture
def ccg_answers(make_entry, stroke):
    """A current answer, the historic one it replaced, and another current answer."""
    current = make_entry("What does the integrated care board do?", [stroke], datetime.date(2022, 7, 1))
    other = make_entry("Where are the stroke units?", [stroke], datetime.date(2018, 3, 1))
    old = make_entry(
        "What does my clinical commissioning group do?",
        [stroke],
        datetime.date(2016, 11, 1),
        reviewed=LONG_AGO,
    )
    return {"current": current, "other": other, "historic": mark_historic(old, replaced_by=current)}


# --- The editors' form ----------------------------------------------------------------


@pytest.fixture
def editor_client(client, member):
    client.force_login(member(EDITORS))
    return client


def historic_form(entry, *, action=None, **fields) -> dict:
    return entry_form(
        topics=list(entry.topics.all()),
        title=entry.title,
        slug=entry.slug,
        team=entry.owning_team,
        action=action,
        **fields,
    )


def test_an_editor_marks_an_answer_historic_with_a_reason_and_its_replacement(
    editor_client, make_entry, make_team, stroke
):
    team = make_team("Governance team")
    current = make_entry("What does the integrated care board do?", team=team)
    old = make_entry("What does my clinical commissioning group do?", team=team)
    form_page = editor_client.get(f"/admin/pages/{old.pk}/edit/").content.decode()

    response = editor_client.post(
        f"/admin/pages/{old.pk}/edit/",
        historic_form(old, historic="on", historic_reason=f"  {CCGS_CLOSED} ", replaced_by=current.pk),
    )

    assert "Historic answer" in form_page and "This answer is historic" in form_page
    assert response.status_code == 302
    # Editors write; a moderator publishes what they saved.
    saved = FAQEntryPage.objects.get(pk=old.pk).get_latest_revision_as_object()
    assert saved.historic and saved.replaced_by == current
    assert saved.historic_reason == CCGS_CLOSED


def refused(response) -> tuple[str, BeautifulSoup]:
    assert response.status_code == 200, "the form should have been shown again"
    return error_text(response), soup(response)


def test_an_answer_cannot_be_replaced_by_itself_and_what_was_typed_is_kept(editor_client, make_entry):
    entry = make_entry("What does my clinical commissioning group do?")

    errors, form = refused(
        editor_client.post(
            f"/admin/pages/{entry.pk}/edit/",
            historic_form(entry, historic="on", historic_reason=CCGS_CLOSED, replaced_by=entry.pk),
        )
    )

    assert "An answer cannot be replaced by itself." in errors
    assert form.find("input", {"name": "historic_reason"})["value"] == CCGS_CLOSED
    assert form.find("input", {"name": "historic"}).has_attr("checked")
    assert not FAQEntryPage.objects.get(pk=entry.pk).historic


def test_a_historic_answer_cannot_be_the_replacement(editor_client, ccg_answers):
    entry = ccg_answers["other"]

    errors, form = refused(
        editor_client.post(
            f"/admin/pages/{entry.pk}/edit/",
            historic_form(
                entry, historic="on", historic_reason="Moved.", replaced_by=ccg_answers["historic"].pk
            ),
        )
    )

    assert "“What does my clinical commissioning group do?” is a historic answer too." in errors
    assert form.find("input", {"name": "historic_reason"})["value"] == "Moved."
    assert not FAQEntryPage.objects.get(pk=entry.pk).historic


def test_an_answer_historic_answers_point_to_cannot_become_historic_itself(editor_client, ccg_answers):
    current, other = ccg_answers["current"], ccg_answers["other"]

    errors, _form = refused(
        editor_client.post(
            f"/admin/pages/{current.pk}/edit/",
            historic_form(current, historic="on", historic_reason="Replaced again.", replaced_by=other.pk),
        )
    )

    assert (
        "Historic answers send readers here for the current answer: "
        "“What does my clinical commissioning group do?”." in errors
    )
    assert not FAQEntryPage.objects.get(pk=current.pk).historic
    # Nor by any other way of saving: a chain of notices is never made.
    current.historic, current.replaced_by = True, other
    with pytest.raises(ValidationError):
        current.save_revision()


def test_a_current_answer_has_no_replacement_or_reason(editor_client, ccg_answers):
    entry = ccg_answers["other"]

    errors, form = refused(
        editor_client.post(
            f"/admin/pages/{entry.pk}/edit/",
            historic_form(entry, historic_reason="Old news.", replaced_by=ccg_answers["current"].pk),
        )
    )

    assert "Only a historic answer is replaced by another." in errors
    assert "Only a historic answer says why it is historic." in errors
    assert form.find("input", {"name": "historic_reason"})["value"] == "Old news."


def test_the_reason_is_one_short_sentence(editor_client, make_entry):
    entry = make_entry("What does my clinical commissioning group do?")

    errors, _form = refused(
        editor_client.post(
            f"/admin/pages/{entry.pk}/edit/", historic_form(entry, historic="on", historic_reason="x" * 251)
        )
    )

    assert "at most 250 characters" in errors


def test_the_faq_menu_lists_historic_answers(editor_client, ccg_answers):
    dashboard = editor_client.get("/admin/").content.decode()

    assert "/admin/faq_entries/?historic=true" in dashboard
    assert listed_titles(editor_client, "?historic=true") == {"What does my clinical commissioning group do?"}
    assert "(historic)" in error_text(editor_client.get("/admin/faq_entries/"))


# --- The historic answer's own page -------------------------------------------------------


def test_the_page_says_it_is_historic_why_and_links_to_the_current_answer(client, ccg_answers):
    historic, current = ccg_answers["historic"], ccg_answers["current"]

    response = client.get(historic.url)

    assert response.status_code == 200
    notice = soup(response).select_one("main .nhsuk-warning-callout")
    heading = notice.find("h2")
    assert " ".join(heading.get_text(" ").split()) == "Important: This is a historic answer"
    assert CCGS_CLOSED in notice.get_text()
    link = notice.find("a")
    assert (link["href"], link.get_text()) == (current.url, current.title)
    # At the top: straight after the question.
    assert soup(response).find("h1").find_next_sibling() == notice
    # Not the "may be out of date" warning: it was last checked years ago, but that is expected.
    assert "This answer may be out of date" not in main_text(response.content.decode())


@pytest.mark.parametrize("withdraw", ["unpublish", "delete", "make private"])
def test_a_replacement_readers_cannot_open_is_not_linked(client, ccg_answers, withdraw):
    historic, current = ccg_answers["historic"], ccg_answers["current"]
    if withdraw == "unpublish":
        current.unpublish()
    elif withdraw == "delete":
        current.delete()
    else:
        PageViewRestriction.objects.create(page=current, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(historic.url)

    assert response.status_code == 200
    notice = soup(response).select_one("main .nhsuk-warning-callout")
    assert CCGS_CLOSED in notice.get_text() and notice.find("a") is None


def test_an_answer_and_programme_pages_list_current_answers_as_related(
    client, ccg_answers, make_entry, make_programme, stroke
):
    picked_it = make_entry("Who pays for stroke care?", [stroke], related=[ccg_answers["historic"]])
    programme = make_programme("Stroke programme", stroke)

    for page in (picked_it, programme):
        text = main_text(client.get(page.url).content.decode())
        assert "Where are the stroke units?" in text, page.title
        assert "clinical commissioning group" not in text, page.title


# --- Listings and counts ------------------------------------------------------------------


def test_listings_leave_historic_answers_out_and_say_so(client, ccg_answers):
    response = client.get("/faq/")
    text = main_text(response.content.decode())

    assert listed(response) == ["What does the integrated care board do?", "Where are the stroke units?"]
    assert "2 questions, newest asked first." in text
    assert "1 historic answer, kept for the record but no longer current, is not listed." in text
    switch = soup(response).find("a", string="Show historic answers")
    assert switch["href"] == "/faq/?historic=show"
    # The side column counts what is listed: two on stroke, none asked in 2016.
    browse = " ".join(soup(response).select_one(".listing-browse").get_text().split())
    assert "Stroke (2 questions)" in browse
    assert "2016" not in browse
    assert listed(client.get("/faq/topic/stroke/")) == listed(response)


def test_the_switch_lists_historic_answers_marked_and_keeps_itself_in_the_order_links(client, ccg_answers):
    response = client.get("/faq/?historic=show")
    text = main_text(response.content.decode())

    assert response.status_code == 200
    assert listed(response) == [
        "What does the integrated care board do?",
        "Where are the stroke units?",
        "What does my clinical commissioning group do?",
    ]
    assert marked_historic(response) == ["What does my clinical commissioning group do?"]
    assert f"Historic {CCGS_CLOSED}" in text
    assert "3 questions, newest asked first." in text
    assert soup(response).find("a", string="Hide historic answers")["href"] == "/faq/"
    assert (
        soup(response).find("a", string="Show oldest asked first")["href"]
        == "/faq/?order=oldest&historic=show"
    )
    oldest = client.get("/faq/topic/stroke/?order=oldest&historic=show")
    assert listed(oldest)[0] == "What does my clinical commissioning group do?"
    assert (
        soup(oldest).find("a", string="Show newest asked first")["href"] == "/faq/topic/stroke/?historic=show"
    )


@pytest.mark.parametrize("value", ["", "yes", "SHOW", "1", "show%00", "show&historic=no", "%F0%9F%8F%A5"])
def test_any_other_switch_value_lists_current_answers(client, ccg_answers, value):
    response = client.get(f"/faq/?historic={value}")

    assert response.status_code in (200, 400)  # a control character is refused at the edge
    if response.status_code == 200:
        assert listed(response) == ["What does the integrated care board do?", "Where are the stroke units?"]


def test_a_month_of_historic_answers_only_is_empty_unless_asked_for(client, ccg_answers):
    empty = client.get("/faq/asked/2016/11/")
    shown = client.get("/faq/asked/2016/11/?historic=show")

    assert empty.status_code == 404
    assert "Every answer here is historic" in main_text(empty.content.decode())
    assert (
        soup(empty).find("a", string="Show historic answers")["href"] == "/faq/asked/2016/11/?historic=show"
    )
    assert shown.status_code == 200
    assert listed(shown) == ["What does my clinical commissioning group do?"]


def test_the_home_page_shows_and_counts_current_answers(client, home_page, ccg_answers):
    text = main_text(client.get("/").content.decode())

    assert "What does the integrated care board do?" in text
    assert "clinical commissioning group" not in text
    assert "Stroke (2 questions)" in text


# --- Reviews ------------------------------------------------------------------------------


def test_a_historic_answer_is_never_due_for_review(client, member, ccg_answers, make_team):
    team = make_team("Governance team")
    historic = ccg_answers["historic"]
    FAQEntryPage.objects.filter(pk=historic.pk).update(owning_team=team)
    today = timezone.localdate()
    historic.refresh_from_db()

    assert historic.review_due_on < today and not historic.review_due
    assert historic not in FAQEntryPage.objects.reviews_due(today)
    assert not has_news(reminder_for(team, today))
    client.force_login(member(EDITORS))
    report = client.get("/admin/reports/reviews-due/").content.decode()
    assert "What does my clinical commissioning group do?" not in report
    listing = client.get("/admin/faq_entries/?review_due=true").content.decode()
    assert "What does my clinical commissioning group do?" not in listing


# --- Search -------------------------------------------------------------------------------


def test_a_historic_answer_comes_after_current_ones_however_well_it_matches(make_entry):
    historic = make_entry(
        "Commissioning: who does the commissioning?",
        text="Commissioning, commissioning and more commissioning, by the clinical commissioning group.",
    )
    mark_historic(historic)
    make_entry("Who pays for hospital care?", text="The integrated care board now does the commissioning.")

    search = SiteSearch("commissioning")
    results = search.present(search.results[0:10])

    assert [result.title for result in results] == [
        "Who pays for hospital care?",
        "Commissioning: who does the commissioning?",
    ]


def test_historic_answers_go_last_in_each_kind_of_match_among_pages_of_every_type(make_entry, make_page):
    # Every word: two answers and a page; some of the words: an answer and a page.
    historic_all = make_entry(
        "Who does hospital commissioning?",
        text="Commissioning hospital care, by the clinical commissioning group.",
    )
    make_entry("Who pays for hospital care?", text="The care board does the commissioning for each hospital.")
    make_page("Commissioning hospital services", "How commissioning works for each hospital.")
    historic_some = make_entry("Commissioning", text="Commissioning, commissioning and more commissioning.")
    make_page("Our plans", "What we plan next year, and the commissioning it needs.")

    def ranked() -> list[tuple[str, bool]]:
        search = SiteSearch("hospital commissioning")
        return [(result.title, result.partial) for result in search.present(search.results[0:10])]

    before = ranked()
    mark_historic(historic_all)
    mark_historic(historic_some)
    after = ranked()

    moved = {historic_all.title, historic_some.title}
    expected = [
        result
        for partial in (False, True)
        for last in (False, True)
        for result in before
        if result[1] is partial and (result[0] in moved) is last
    ]
    assert len(before) == 5
    assert after == expected


def test_search_marks_historic_answers_on_the_page_and_in_json(client, make_entry):
    mark_historic(make_entry("What does my clinical commissioning group do?", text="It commissions care."))
    make_entry("What does the integrated care board do?", text="It commissions care now.")

    page = client.get("/search/", {"q": "commissions"})
    body = client.get("/search/", {"q": "commissions", "format": "json"}).json()

    assert marked_historic(page) == ["What does my clinical commissioning group do?"]
    assert "Historic" in main_text(page.content.decode())
    flags = [(result["title"], result["historic"]) for result in body["results"]]
    assert flags == [
        ("What does the integrated care board do?", False),
        ("What does my clinical commissioning group do?", True),
    ]


# --- Query counts -------------------------------------------------------------------------


def test_listings_and_historic_pages_cost_the_same_however_many_historic_answers(client, make_entry, stroke):
    current = make_entry("What does the integrated care board do?", [stroke])

    def add_historic(count: int, start: int):
        for number in range(start, start + count):
            old = make_entry(f"Old question {number}?", [stroke], datetime.date(2016, 11, 1))
            mark_historic(old, replaced_by=current)
        return old

    paths = [
        "/faq/",
        "/faq/?historic=show",
        "/faq/topic/stroke/?historic=show",
        "/faq/asked/2016/?historic=show",
    ]
    last = add_historic(2, 0)
    few = [queries_for(client, path) for path in [*paths, last.url]]
    last = add_historic(6, 2)
    many = [queries_for(client, path) for path in [*paths, last.url]]

    assert many == few


def test_a_historic_answer_whose_replacement_was_deleted_can_still_be_edited(editor_client, ccg_answers):
    historic = ccg_answers["historic"]
    ccg_answers["current"].delete()

    form_page = editor_client.get(f"/admin/pages/{historic.pk}/edit/")
    saved = editor_client.post(
        f"/admin/pages/{historic.pk}/edit/",
        historic_form(historic, historic="on", historic_reason=CCGS_CLOSED),
    )

    assert form_page.status_code == 200
    assert saved.status_code == 302
    assert FAQEntryPage.objects.get(pk=historic.pk).replaced_by is None
