"""What readers see of an answer's change notes: "Last updated" and the page history on the
answer, the "Updated" marker in every list of questions, and the dates search engines are told."""

import datetime

from bs4 import BeautifulSoup

from tests.faq.change_notes import publish_with_note, published_in_2024
from tests.faq.helpers import main_text
from tests.html import served_html
from tests.queries import queries_for
from tests.structured_data import items_of_type

D = datetime.date
FIGURES = "Figures updated for 2024/25."
CONTACTS = "Contact details changed."


def words(element) -> str:
    return " ".join(element.get_text().split())


def history(html: str) -> list[str]:
    section = BeautifulSoup(html, "html.parser").find(id="page-history")
    return [words(item) for item in section.find_all("li")]


def facts(html: str) -> list[str]:
    return [words(item) for item in BeautifulSoup(html, "html.parser").select(".faq-facts li")]


def date_modified(html: str, url: str) -> str:
    (faq_page,) = items_of_type(html, "FAQPage", url)
    return faq_page["mainEntity"][0]["acceptedAnswer"]["dateModified"]


def test_the_answer_says_when_it_was_last_updated_and_shows_its_history_newest_first(client, make_entry):
    entry = published_in_2024(make_entry("How many stroke units are there?"))
    publish_with_note(entry, CONTACTS, on=D(2024, 6, 1))
    entry = publish_with_note(entry, FIGURES, on=D(2025, 3, 3))

    html = served_html(client, entry.url)

    assert "Last updated 3 March 2025 (see all updates)" in facts(html)
    assert '<a href="#page-history">see all updates</a>' in html
    assert history(html) == [
        "3 March 2025: Figures updated for 2024/25.",
        "1 June 2024: Contact details changed.",
        "10 January 2024: First published.",
    ]
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find(id="page-history").find("h2").get_text(strip=True) == "Page history"
    # Reviewed in January 2024, updated since: search engines are told the same day as readers.
    assert date_modified(html, entry.full_url) == "2025-03-03"


def test_an_answer_never_changed_was_last_updated_when_first_published(client, make_entry):
    entry = published_in_2024(make_entry())

    html = served_html(client, entry.url)

    assert "Last updated 10 January 2024" in facts(html)
    assert "see all updates" not in html
    assert history(html) == ["10 January 2024: First published."]


def test_a_review_after_the_last_update_is_what_search_engines_are_told(client, make_entry):
    entry = publish_with_note(published_in_2024(make_entry()), FIGURES, on=D(2024, 3, 1))
    type(entry).objects.filter(pk=entry.pk).update(last_reviewed=D(2024, 9, 2))

    html = served_html(client, entry.url)

    assert "Last updated 1 March 2024 (see all updates)" in facts(html)
    assert date_modified(html, entry.full_url) == "2024-09-02"


def test_notes_and_questions_are_text_not_markup(client, make_entry):
    entry = publish_with_note(
        published_in_2024(make_entry()), "<script>alert(1)</script> & more", on=D(2024, 3, 1)
    )

    html = served_html(client, entry.url)

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def marker(html: str, title: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    link = soup.find("a", string=title)
    updated = link.find_parent("li").select_one(".faq-summary__updated")
    return words(updated) if updated else ""


def test_every_list_of_questions_shows_the_latest_change_note(
    client, home_page, faq_index, make_entry, make_programme, stroke
):
    make_programme("Stroke programme", stroke, slug="stroke")
    changed = publish_with_note(
        published_in_2024(make_entry("Where are the stroke units?")), FIGURES, on=D(2025, 3, 3)
    )
    make_entry("Who decides?")

    for address in ["/faq/", "/faq/topic/stroke/", "/faq/asked/2018/03/", "/", "/programmes/stroke/"]:
        html = served_html(client, address)
        assert marker(html, changed.title) == "Updated 3 March 2025: Figures updated for 2024/25.", address
        assert marker(html, "Who decides?") == "", address
    assert '<time datetime="2025-03-03">3 March 2025</time>' in served_html(client, "/faq/")

    results = served_html(client, "/search/?q=stroke+units")
    assert "Updated 3 March 2025" in main_text(results) and FIGURES in main_text(results)


def test_listing_queries_stay_the_same_however_many_answers_have_notes(client, make_entry):
    def add(count, start):
        for number in range(start, start + count):
            entry = published_in_2024(make_entry(f"Question {number}?"))
            publish_with_note(entry, f"Change number {number}.", on=D(2024, 3, 1))
            publish_with_note(entry, f"Another change to {number}.", on=D(2024, 4, 1))

    paths = ("/faq/", "/faq/topic/stroke/", "/faq/asked/2018/03/", "/")
    add(2, 0)
    client.get("/faq/")
    small = [queries_for(client, path) for path in paths]
    add(8, 2)
    large = [queries_for(client, path) for path in paths]

    assert small == large


def test_the_answer_page_queries_stay_the_same_however_long_its_history(client, make_entry):
    entry = publish_with_note(published_in_2024(make_entry()), "Change 0.", on=D(2024, 2, 1))
    client.get(entry.url)
    small = queries_for(client, entry.url)
    for number in range(1, 8):
        entry = publish_with_note(entry, f"Change {number}.", on=D(2024, 2, 1 + number))

    assert queries_for(client, entry.url) == small
    assert len(history(client.get(entry.url).content.decode())) == 9


def test_the_sitemap_gives_the_last_update(client, make_entry):
    entry = publish_with_note(published_in_2024(make_entry()), FIGURES, on=D(2025, 3, 3))

    sitemap = served_html(client, "/sitemap.xml")

    assert f"<loc>{entry.full_url}</loc><lastmod>2025-03-03</lastmod>" in sitemap.replace("\n", "").replace(
        " ", ""
    )
