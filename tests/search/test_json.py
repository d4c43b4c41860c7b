"""format=json: the documented shape, and the same results in the same order as the page."""

import datetime

from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion


def html_results(response) -> list[tuple[str, str]]:
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return [(link.get_text(), link["href"]) for link in page.select(".search-results__item h2 a")]


def test_json_has_exactly_the_documented_shape(client, make_entry, make_page):
    make_entry(
        "Where are the stroke units?",
        [],
        datetime.date(2016, 11, 1),
        short_answer="In three hospitals.",
        text="In three hospitals.",
    )
    make_page("Stroke", "Our stroke services.")

    response = client.get("/search/", {"q": "stroke", "format": "json"})
    body = response.json()

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert set(body) == {"query", "total", "page", "results"}
    assert (body["query"], body["total"], body["page"]) == ("stroke", 2, 1)
    every_result = {"title", "url", "type", "snippet", "date"}
    for result in body["results"]:
        # A question also says when its answer was last reviewed, whether a review is due and
        # whether it is historic.
        question = every_result | {"last_reviewed", "review_due", "historic"}
        assert set(result) == (question if result["type"] == "faq" else every_result)
        assert all(isinstance(result[key], str) for key in ("title", "url", "type", "snippet"))
    by_type = {result["type"]: result for result in body["results"]}
    assert by_type["faq"]["date"] == "2016-11-01"
    assert by_type["faq"]["last_reviewed"] == timezone.localdate().isoformat()
    assert by_type["faq"]["review_due"] is False
    assert by_type["faq"]["url"] == "/faq/where-are-the-stroke-units/"
    assert by_type["page"]["date"] is None
    assert "<mark>stroke</mark>" in by_type["page"]["snippet"]


def test_json_matches_the_page_result_for_result(client, make_page, make_entry, make_post):
    for number in range(12):
        make_page(f"Stroke page {number}", "stroke " * (number + 1))
    make_entry("Stroke units?", [], short_answer="Three of them.", text="Three of them.")
    make_post("Stroke news", intro="A stroke unit opens.", text="A stroke unit opens.")
    SearchPromotion.objects.create(query=Query.get("stroke"), page=make_page("Promoted", "Read me."))

    for page_number in (1, 2):
        parameters = {"q": "stroke", "page": page_number}
        page = client.get("/search/", parameters)
        data = client.get("/search/", {**parameters, "format": "json"}).json()

        assert [(result["title"], result["url"]) for result in data["results"]] == html_results(page)
        assert data["page"] == page_number
        assert data["total"] == 15
        assert "15 results for" in page.content.decode()


def test_json_with_no_query_is_empty(client, home_page):
    assert client.get("/search/?format=json").json() == {"query": "", "total": 0, "page": 1, "results": []}


def test_json_results_are_not_cached(client, home_page):
    response = client.get("/search/?q=stroke&format=json")

    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"


def test_json_snippets_escape_page_text(client, make_page):
    make_page("Markup", "Write &lt;b&gt;stroke&lt;/b&gt; in bold.")

    snippet = client.get("/search/?q=stroke&format=json").json()["results"][0]["snippet"]

    assert snippet == "Write &lt;b&gt;<mark>stroke</mark>&lt;/b&gt; in bold."
