"""The number of database queries a search costs does not grow with the number of results."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

ADDRESSES = [
    "/search/?q=stroke rehabilitation",  # every word and some words, type and topic counts
    "/search/?q=stroke&type=faq&topic=stroke",
    "/search/?q=stroke rehabilitation&format=json",
    "/search/?q=HASU rehabilitation",  # a glossary term
]


def count_queries(client, address) -> int:
    client.get(address)  # warm the caches a running site keeps warm: site root paths, content types
    with CaptureQueriesContext(connection) as queries:
        response = client.get(address)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_the_results(
    client, make_page, make_entry, make_post, make_programme, topics, glossary
):
    stroke, carers = topics["stroke"], topics["unpaid-carers"]

    def add(number):
        """One result of each type, three with both words and one with only "stroke"."""
        make_page(f"Stroke rehabilitation page {number}", "Rehabilitation after a stroke.")
        make_entry(
            f"Stroke question {number}?",
            [stroke, carers],
            short_answer="About stroke rehabilitation.",
            text="About stroke rehabilitation.",
        )
        make_post(f"Stroke news {number}", [stroke], intro="A new stroke unit.", text="A new stroke unit.")
        make_programme(
            f"Stroke programme {number}",
            stroke,
            summary="Stroke rehabilitation care.",
            text="Stroke rehabilitation care.",
            leads=[],
        )

    SearchPromotion.objects.create(
        query=Query.get("stroke rehabilitation"), page=make_page("Promoted", "Read.")
    )
    add(1)
    few = [count_queries(client, address) for address in ADDRESSES]
    add(2)  # twice the results, still one page: every type and both kinds of match on it, as before
    many = [count_queries(client, address) for address in ADDRESSES]

    assert few == many
