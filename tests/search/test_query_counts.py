"""The number of database queries a search costs does not grow with the number of results."""

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.queries import queries_for

ADDRESSES = [
    "/search/?q=stroke rehabilitation",  # every word and some words, type and topic counts
    "/search/?q=stroke&type=faq&topic=stroke",
    "/search/?q=stroke rehabilitation&format=json",
    "/search/?q=HASU rehabilitation",  # a glossary term
]


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
    few = [queries_for(client, address) for address in ADDRESSES]
    add(2)  # twice the results, still one page: every type and both kinds of match on it, as before
    many = [queries_for(client, address) for address in ADDRESSES]

    assert few == many
