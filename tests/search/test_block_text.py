"""What a StreamField's blocks give the search index and its snippets: the words readers
see on the page, in a shape that still reads as text."""

from bs4 import BeautifulSoup

from tests.factories import paragraph

TABLE = {
    "table_caption": "Stroke beds by trust",
    "data": [["Trust", "Beds"], ["Leeds", "200"], ["Bradford", None]],
    "table_header_choice": "row",
    "first_row_is_table_header": True,
}
BOARD = {
    "heading": "Members of the stroke board",
    "heading_level": "h2",
    "items": [{"name": "Dr Asha Patel", "description": "GP and clinical chair", "url": ""}],
}


def snippets(client, query) -> list[str]:
    """The snippet under each question found (in the place of its short answer)."""
    page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [" ".join(snippet.get_text().split()) for snippet in page.select(".faq-summary__answer")]


def test_table_rows_read_as_sentences_in_a_snippet(client, make_entry):
    make_entry("How many stroke beds?", answer=[("table", TABLE)], short_answer="It depends on the trust.")

    assert snippets(client, "Leeds") == [
        "It depends on the trust. Stroke beds by trust Trust; Beds. Leeds; 200. Bradford."
    ]


def test_a_people_lists_heading_level_is_neither_found_nor_shown(client, make_entry):
    make_entry("Who sits on the board?", answer=[("people_list", BOARD)], short_answer="Clinicians.")

    assert snippets(client, "clinical chair") == [
        "Clinicians. Members of the stroke board Dr Asha Patel GP and clinical chair"
    ]
    assert snippets(client, "subsection section heading") == []


def result_snippets(client, query) -> list[str]:
    page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [" ".join(snippet.get_text().split()) for snippet in page.select(".search-results__snippet")]


def test_a_snippet_shows_what_is_published_now(client, make_page):
    """Snippet text is kept between searches, until something is published."""
    page = make_page("Hospital parking", "Parking costs four pounds a day.")
    assert result_snippets(client, "parking") == ["Parking costs four pounds a day."]

    page.body = paragraph("Parking is free for blue badge holders.")
    page.save_revision().publish()

    assert result_snippets(client, "parking") == ["Parking is free for blue badge holders."]
