import pytest

from tests.html import h1_texts


def test_empty_search_shows_the_form(client, home_page):
    response = client.get("/search/")

    assert response.status_code == 200
    assert h1_texts(response.content.decode()) == ["Search"]
    assert 'name="q"' in response.content.decode()


def test_search_finds_a_page_and_says_how_many(client, about_page):
    response = client.get("/search/?q=partnership councils")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'href="/about-us/"' in html
    assert "1 result for &lsquo;partnership councils&rsquo;" in html


def test_search_with_a_query_is_neither_cached_nor_indexed(client, home_page):
    response = client.get("/search/?q=stroke")

    assert "no-cache" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "a" * 5000,
        'stroke & | ! :* ( ) "unclosed',
        "'; DROP TABLE wagtailcore_page; --",
        "🏥 emoji",
        "\x00\x07bell",
    ],
)
def test_awkward_queries_answer_normally(client, home_page, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert "result" in response.content.decode()
