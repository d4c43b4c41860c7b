"""Odd input gets an answer and a message, never a server error."""

import pytest
from bs4 import BeautifulSoup

from wyhp_site.search.query import MAX_QUERY_LENGTH


def error_message(response) -> str:
    summary = BeautifulSoup(response.content.decode(), "html.parser").select_one(".nhsuk-error-summary")
    return " ".join(summary.get_text().split()) if summary else ""


@pytest.mark.parametrize(
    "query",
    [
        "a" * 5000,
        "stroke " * 300,
        'stroke & | ! :* ( ) "unclosed',
        "stroke:* & !units | (care <-> 'x')",
        "'; DROP TABLE wagtailcore_page; --",
        '" OR 1=1 --',
        "NEAR(stroke units) AND NOT care*",
        "🏥 emoji 👩🏽‍⚕️",
        "%00%27",
        "   ",
    ],
)
@pytest.mark.parametrize("output", ["html", "json"])
def test_awkward_queries_answer_normally(client, make_page, query, output):
    make_page("Stroke units", "Units for stroke care.")

    response = client.get("/search/", {"q": query, "format": output})

    assert response.status_code == 200
    if output == "html":
        assert "result" in response.content.decode() or 'name="q"' in response.content.decode()
    else:
        assert set(response.json()) == {"query", "total", "page", "results"}


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%FF%FEstroke",
        "q=%ED%A0%80stroke",
        "q=%E0%A4%A",
        "q=%",
        "q[]=stroke",
        "&&=&q==",
    ],
)
def test_broken_encodings_in_the_address_answer_normally(client, make_page, query_string):
    make_page("Stroke units", "Units for stroke care.")

    assert client.get(f"/search/?{query_string}").status_code in {200, 404}
    assert client.get(f"/search/?{query_string}&format=json").status_code in {200, 404}


def test_a_very_long_query_is_cut_and_the_reader_told(client, make_page):
    make_page("Stroke units", "Units for stroke care.")

    response = client.get("/search/", {"q": "stroke units " + "x" * 2000})

    assert response.status_code == 200
    assert f"first {MAX_QUERY_LENGTH} characters" in response.content.decode()
    assert (
        len(client.get("/search/", {"q": "y" * 5000, "format": "json"}).json()["query"]) == MAX_QUERY_LENGTH
    )


def test_syntax_characters_still_find_the_words(client, make_page):
    make_page("Stroke units", "Units for stroke care.")

    data = client.get("/search/", {"q": "stroke:* & (units)", "format": "json"}).json()

    assert [result["title"] for result in data["results"]] == ["Stroke units"]


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "2", "1.5", "9" * 50])
def test_a_page_number_that_does_not_exist_is_a_404_with_a_message(client, make_page, page):
    make_page("Stroke units", "Units for stroke care.")

    response = client.get("/search/", {"q": "stroke", "page": page})
    data = client.get("/search/", {"q": "stroke", "page": page, "format": "json"})

    assert response.status_code == 404
    assert "There is no page" in error_message(response) or "not a whole number" in error_message(response)
    assert 'name="q"' in response.content.decode()
    assert data.status_code == 404
    assert data.json()["error"]


@pytest.mark.parametrize("result_type", ["blog", "FAQ", "<script>", "x" * 500])
def test_an_unknown_type_is_a_400_with_a_message(client, make_page, result_type):
    response = client.get("/search/", {"q": "stroke", "type": result_type})

    assert response.status_code == 400
    assert "There is no type of result called" in error_message(response)
    assert "<script>" not in response.content.decode().split("<main")[1]
    assert BeautifulSoup(response.content.decode(), "html.parser").find(
        "a", string="Search everything for ‘stroke’"
    )
    assert client.get("/search/", {"q": "stroke", "type": result_type, "format": "json"}).status_code == 400


@pytest.mark.parametrize("topic", ["no-such-topic", "../../etc", "x" * 500, "stroke'--"])
def test_an_unknown_topic_is_a_404_with_a_message(client, make_page, topic):
    response = client.get("/search/", {"q": "stroke", "topic": topic})

    assert response.status_code == 404
    assert "There is no topic called" in error_message(response)
    assert "noindex" in response["X-Robots-Tag"]
    assert client.get("/search/", {"q": "stroke", "topic": topic, "format": "json"}).status_code == 404


def test_repeated_parameters_use_the_last(client, make_page):
    make_page("Stroke units", "Units for stroke care.")

    response = client.get("/search/?q=cancer&q=stroke&format=json&format=json")

    assert response.json()["query"] == "stroke"
