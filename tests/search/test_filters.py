"""Filtering by type and topic, with counts that match what each filter shows."""

import pytest
from bs4 import BeautifulSoup

from wyhp_site.search.engine import SiteSearch
from wyhp_site.search.result_types import PAGE, type_by_key


@pytest.fixture
def stroke_content(make_page, make_entry, make_post, make_programme, topics):
    """Stroke in every kind of page, on various topics."""
    stroke, cancer, carers = topics["stroke"], topics["cancer"], topics["unpaid-carers"]
    return {
        "faq_stroke": make_entry(
            "Where are the stroke units?",
            [stroke],
            short_answer="In three hospitals.",
            text="In three hospitals.",
        ),
        "faq_both": make_entry(
            "Does stroke care help carers?",
            [stroke, carers],
            short_answer="Stroke teams support carers.",
            text="Stroke teams support carers.",
        ),
        "faq_other": make_entry(
            "How do I find cancer screening?", [cancer], short_answer="Ask your GP.", text="Ask your GP."
        ),
        "news": make_post(
            "New stroke unit opens",
            [stroke],
            intro="A stroke unit for the south.",
            text="A stroke unit for the south.",
        ),
        "programme": make_programme(
            "Stroke programme", stroke, summary="Faster stroke care.", text="Faster stroke care.", leads=[]
        ),
        "page": make_page("About stroke services", "How stroke services work."),
    }


def filter_links(response) -> dict[str, str]:
    """Label (with its count) -> address, for every filter link; the current filter has no link."""
    nav = BeautifulSoup(response.content.decode(), "html.parser").select_one("nav.search-filters")
    return {" ".join(link.get_text().split()): link["href"] for link in nav.find_all("a")}


def current_filters(response) -> list[str]:
    nav = BeautifulSoup(response.content.decode(), "html.parser").select_one("nav.search-filters")
    return [" ".join(item.get_text().split()) for item in nav.select("[aria-current]")]


def titles(response) -> list[str]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [link.get_text() for link in page.select(".search-results__item h2 a")]


def test_the_type_of_a_result_comes_from_its_page_class(stroke_content):
    search = SiteSearch("stroke")
    types = {result.title: result.type for result in search.present(search.results[0:10])}

    assert types == {
        "Where are the stroke units?": type_by_key("faq"),
        "Does stroke care help carers?": type_by_key("faq"),
        "New stroke unit opens": type_by_key("news"),
        "Stroke programme": type_by_key("programme"),
        "About stroke services": PAGE,
    }
    assert {result_type.model_label for result_type in types.values()} == {
        "faq.FAQEntryPage",
        "blog.PostPage",
        "programmes.ProgrammePage",
        "wagtailcore.Page",
    }


def test_counts_per_type_and_topic_for_the_query(client, stroke_content):
    response = client.get("/search/?q=stroke")

    assert current_filters(response) == ["All results (5)", "All topics"]
    assert filter_links(response) == {
        "Questions and answers (2 results)": "/search/?q=stroke&type=faq",
        "News and weekly updates (1 result)": "/search/?q=stroke&type=news",
        "Programmes (1 result)": "/search/?q=stroke&type=programme",
        "Other pages (1 result)": "/search/?q=stroke&type=page",
        "Stroke (4 results)": "/search/?q=stroke&topic=stroke",
        "Unpaid carers (1 result)": "/search/?q=stroke&topic=unpaid-carers",
    }


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("/search/?q=stroke&type=faq", {"Where are the stroke units?", "Does stroke care help carers?"}),
        ("/search/?q=stroke&type=news", {"New stroke unit opens"}),
        ("/search/?q=stroke&type=programme", {"Stroke programme"}),
        ("/search/?q=stroke&type=page", {"About stroke services"}),
        (
            "/search/?q=stroke&topic=stroke",
            {
                "Where are the stroke units?",
                "Does stroke care help carers?",
                "New stroke unit opens",
                "Stroke programme",
            },
        ),
        ("/search/?q=stroke&topic=unpaid-carers", {"Does stroke care help carers?"}),
        ("/search/?q=stroke&type=faq&topic=unpaid-carers", {"Does stroke care help carers?"}),
    ],
)
def test_each_filter_shows_what_its_count_promised(client, stroke_content, address, expected):
    response = client.get(address)

    assert set(titles(response)) == expected
    assert f"{len(expected)} result{'s' if len(expected) != 1 else ''} for" in response.content.decode()


def test_with_a_topic_chosen_type_counts_cover_that_topic(client, stroke_content):
    response = client.get("/search/?q=stroke&topic=unpaid-carers")

    assert current_filters(response) == ["All results (1)", "Unpaid carers (1)"]
    assert "Questions and answers (1 result)" in filter_links(response)
    assert "News and weekly updates (1 result)" not in filter_links(response)


def test_with_a_type_chosen_topic_counts_cover_that_type(client, stroke_content):
    response = client.get("/search/?q=stroke&type=news")

    assert current_filters(response)[0] == "News and weekly updates (1)"
    assert "Stroke (1 result)" in filter_links(response)
    assert "Unpaid carers (1 result)" not in filter_links(response)


def test_filters_keep_the_query_and_say_what_is_shown(client, stroke_content):
    response = client.get("/search/?q=stroke&type=faq&topic=stroke")

    assert "2 results for &lsquo;stroke&rsquo; in questions and answers on the topic Stroke" in (
        response.content.decode()
    )
    assert filter_links(response)["All results (4 results)"] == "/search/?q=stroke&topic=stroke"
    assert filter_links(response)["All topics"] == "/search/?q=stroke&type=faq"


def test_a_type_with_no_results_for_the_query_is_not_offered(client, stroke_content):
    links = filter_links(client.get("/search/?q=cancer"))

    assert "Questions and answers (1 result)" in links
    assert not any(label.startswith(("News", "Programmes", "Other pages")) for label in links)
