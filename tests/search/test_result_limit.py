"""A search shows at most engine.MAX_RESULTS pages, and says so when more matched.

The limit is lowered to 3 here so that a handful of pages reaches it.
"""

import pytest
from bs4 import BeautifulSoup

from wyhp_site.search import engine


@pytest.fixture(autouse=True)
def three_results_at_most(monkeypatch):
    monkeypatch.setattr(engine, "MAX_RESULTS", 3)


def page_text(response) -> str:
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text().split())


def result_titles(response) -> list[str]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [link.get_text() for link in page.select(".search-results__item h2 a")]


def filter_labels(response) -> list[str]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [" ".join(item.get_text().split()) for item in page.select(".search-filters__list li")]


def test_more_matches_than_the_limit_show_the_limit_and_say_there_are_more(client, make_page):
    for number in range(5):
        make_page(f"Stroke page {number}", "About stroke care.")

    response = client.get("/search/", {"q": "stroke"})
    data = client.get("/search/", {"q": "stroke", "format": "json"}).json()

    assert "More than 3 results for ‘stroke’" in page_text(response)
    assert "Add a word, or choose a type or topic" in page_text(response)
    assert len(result_titles(response)) == 3
    assert data["total"] == 3
    assert [result["title"] for result in data["results"]] == result_titles(response)


def test_filters_past_the_limit_are_offered_without_counts(client, make_page, make_entry):
    for number in range(3):
        make_page(f"Stroke page {number}", "About stroke care.")
    make_entry(
        "Where are the stroke units?", [], short_answer="In three hospitals.", text="In three hospitals."
    )

    labels = filter_labels(client.get("/search/", {"q": "stroke"}))

    assert "All results" in labels
    assert "Questions and answers" in labels
    assert not any("(" in label for label in labels)


def test_at_the_limit_the_count_is_exact(client, make_page):
    for number in range(3):
        make_page(f"Stroke page {number}", "About stroke care.")

    response = client.get("/search/", {"q": "stroke"})

    assert "3 results for ‘stroke’" in page_text(response)
    assert "More than" not in page_text(response)
    assert "All results (3)" in filter_labels(response)


def test_pages_with_every_word_take_the_places_first(client, make_page):
    for number in range(2):
        make_page(f"Stroke rehabilitation {number}", "Rehabilitation after a stroke.")
    for number in range(3):
        make_page(f"Stroke page {number}", "About stroke care.")

    response = client.get("/search/", {"q": "stroke rehabilitation"})
    titles = result_titles(response)

    assert sorted(titles[:2]) == ["Stroke rehabilitation 0", "Stroke rehabilitation 1"]
    assert titles[2].startswith("Stroke page")
    assert "More than 3 results" in page_text(response)
