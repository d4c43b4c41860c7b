import datetime
import re

from bs4 import BeautifulSoup

from tests.html import h1_texts, headings


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def result_items(response):
    return soup(response).select(".search-results__item")


def text_of(element) -> str:
    return " ".join(element.get_text(" ").split())


def result_links(response) -> list[str]:
    return [item.select_one("h2 a")["href"] for item in result_items(response)]


def test_empty_search_shows_the_form(client, home_page):
    response = client.get("/search/")

    assert response.status_code == 200
    assert h1_texts(response.content.decode()) == ["Search"]
    assert 'name="q"' in response.content.decode()
    assert "no-cache" not in response.get("Cache-Control", "")
    assert "noindex" not in response.content.decode()


def test_empty_search_offers_the_questions_by_topic(client, make_entry, topics):
    make_entry("Where are the stroke units?", [topics["stroke"]], short_answer="In three hospitals.")

    page = soup(client.get("/search/"))

    assert page.find("a", string="questions people have asked us")["href"] == "/faq/"
    assert page.find("a", string="Stroke")["href"] == "/faq/topic/stroke/"


def test_search_finds_a_page_and_says_how_many(client, about_page):
    response = client.get("/search/?q=partnership councils")
    html = response.content.decode()

    assert response.status_code == 200
    assert 'href="/about-us/"' in html
    assert "1 result for &lsquo;partnership councils&rsquo;" in html
    assert h1_texts(html) == ["Search results"]


def test_search_with_a_query_is_neither_cached_nor_indexed(client, home_page):
    response = client.get("/search/?q=stroke")

    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_each_result_shows_type_title_snippet_date_and_topics(client, make_entry, topics):
    make_entry(
        "Where are the stroke units?",
        [topics["stroke"], topics["cancer"]],
        datetime.date(2016, 11, 1),
        short_answer="There are specialist stroke units in three hospitals.",
        text="There are specialist stroke units in three hospitals.",
    )

    item = result_items(client.get("/search/?q=stroke units"))[0]

    assert item.select_one(".nhsuk-tag").get_text() == "Question"
    assert item.select_one("h2 a")["href"] == "/faq/where-are-the-stroke-units/"
    assert item.select_one("h2 a").get_text() == "Where are the stroke units?"
    assert [mark.get_text() for mark in item.select("p mark")][:2] == ["stroke", "units"]
    assert item.find("time")["datetime"] == "2016-11"
    assert "Asked November 2016" in text_of(item)
    assert "Topics: Cancer, Stroke" in text_of(item)


def test_an_estimated_date_asked_says_so(client, make_entry):
    make_entry(
        "When did the STP start?",
        [],
        datetime.date(2016, 3, 1),
        short_answer="In 2016.",
        estimate=True,
    )

    assert (
        result_items(client.get("/search/?q=STP"))[0].find("time").get_text()
        == "Asked March 2016 (estimated date)"
    )


def test_news_results_show_their_kind_and_date(client, make_post):
    make_post(
        "Stroke unit opens",
        (),
        datetime.date(2018, 1, 12),
        kind="weekly_update",
        intro="A new unit.",
    )

    item = result_items(client.get("/search/?q=stroke"))[0]

    assert item.select_one(".nhsuk-tag").get_text() == "Weekly update"
    assert item.find("time").get_text() == "Published 12 January 2018"


def test_ten_results_a_page_with_numbered_pagination(client, make_page):
    for number in range(23):
        make_page(f"Stroke page {number}", "About stroke.")

    first = client.get("/search/?q=stroke")
    last = client.get("/search/?q=stroke&page=3")

    assert "23 results for &lsquo;stroke&rsquo;" in first.content.decode()
    assert len(result_items(first)) == 10
    assert len(result_items(last)) == 3
    pagination = soup(first).select_one("nav.nhsuk-pagination")
    assert pagination["aria-label"] == "Results pages"
    assert pagination.select_one("a[rel=next]")["href"] == "?q=stroke&page=2"
    assert set(result_links(first)).isdisjoint(result_links(last))


def test_partial_matches_are_introduced(client, make_page):
    make_page("Stroke units", "Where they are.")
    make_page("Stroke", "Only one of the words.")

    response = client.get("/search/?q=stroke units")
    lists = soup(response).select("ul.search-results")

    assert [len(result_list.select("li.search-results__item")) for result_list in lists] == [1, 1]
    assert "contain some of your words, but not all of them" in response.content.decode()


def test_headings_never_skip_a_level(client, make_page, topics):
    make_page("Stroke units", "Where they are.")

    levels = [int(tag[1]) for tag, _ in headings(client.get("/search/?q=stroke").content.decode())]

    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_glossary_terms_in_the_query_are_explained(client, make_page, glossary):
    make_page("Our ICS", "About us.")

    inset = soup(client.get("/search/?q=what is an ICS")).select_one(".search-glossary")

    assert "ICS stands for integrated care system." in " ".join(inset.get_text().split())
    assert glossary["ICS"].definition in inset.get_text()


def test_content_cannot_inject_markup_through_the_snippet(client, make_page):
    make_page(
        "Safe page",
        "Type &lt;script&gt;alert('stroke')&lt;/script&gt; or &lt;mark&gt;stroke&lt;/mark&gt; as text.",
    )

    response = client.get("/search/", {"q": "stroke <script>"})
    snippet = result_items(response)[0].select_one(".search-results__snippet")

    assert snippet.find("script") is None
    assert [mark.get_text() for mark in snippet.find_all("mark")] == ["script", "stroke", "script", "stroke"]
    assert "<script>alert('stroke')</script>" in snippet.get_text()
    assert "<script>" not in response.content.decode().split("<main")[1].split("</main>")[0]


def test_nothing_found_suggests_other_ways(client, make_entry, topics):
    make_entry("Where are the stroke units?", [topics["stroke"]], short_answer="In three hospitals.")

    response = client.get("/search/?q=zebra crossings")
    page = soup(response)

    assert response.status_code == 200
    assert "0 results for &lsquo;zebra crossings&rsquo;" in response.content.decode()
    assert page.find("a", string="zebra")["href"] == "/search/?q=zebra"
    assert page.find("a", string="crossings")["href"] == "/search/?q=crossings"
    assert page.find("a", string="questions and answers")["href"] == "/faq/"
    assert page.find("a", string="Stroke")["href"] == "/faq/topic/stroke/"


def test_nothing_found_with_a_filter_offers_the_search_without_it(client, make_page, topics, make_entry):
    make_page("Stroke", "Stroke.")

    page = soup(client.get("/search/?q=stroke&type=faq"))

    assert page.find("a", string=re.compile("Search everything for"))["href"] == "/search/?q=stroke"
