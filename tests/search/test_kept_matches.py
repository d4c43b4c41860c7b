"""The pages a search found are kept for the same search a short while, within one content
generation: what readers find still changes at once with every publish and promotion."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from wyhp_site.search.engine import KEEP_MATCHES_SECONDS


def titles(client, query) -> list[str]:
    page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return [" ".join(link.get_text().split()) for link in page.select(".search-results__item h2 a")]


def test_the_same_search_again_does_not_search_the_index_again(client, make_page):
    make_page("Hospital parking", "Parking costs.")
    client.get("/search/?q=parking")

    with CaptureQueriesContext(connection) as queries:
        client.get("/search/?q=parking&format=json")

    assert KEEP_MATCHES_SECONDS > 0
    assert not [query for query in queries.captured_queries if "wagtailsearch_indexentry" in query["sql"]]


def test_a_published_page_is_found_at_once(client, make_page):
    assert titles(client, "parking") == []

    parking = make_page("Hospital parking", "Parking costs.")
    assert titles(client, "parking") == ["Hospital parking"]

    parking.unpublish()
    assert titles(client, "parking") == []


def test_a_new_promotion_is_shown_at_once_and_once(client, make_page):
    hospital = make_page("Hospital parking", "Parking costs.")
    make_page("Parking rules", "Parking rules.")
    assert titles(client, "parking") == ["Parking rules", "Hospital parking"]

    SearchPromotion.objects.create(query=Query.get("parking"), page=hospital, description="Costs.")

    assert titles(client, "parking") == ["Hospital parking", "Parking rules"]
