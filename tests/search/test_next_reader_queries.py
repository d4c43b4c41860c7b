"""Between publishes, the reader after the first of a search asks the database a fixed handful
of queries, however much content there is: what the search found, its filter counts, the page
of results shown, its promotions, the glossary and the site are kept per content generation
for SEARCH_KEEP_MATCHES_SECONDS. Promotions and glossary terms changed in the admin show at once."""

import datetime
import types

from bs4 import BeautifulSoup
from django.core.cache.backends import locmem
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from tests.factories import GlossaryTermFactory
from tests.queries import next_reader_queries
from wyhp_site.core.roles import EDITORS
from wyhp_site.search.engine import KEEP_MATCHES_SECONDS

D = datetime.date
MOST_QUERIES = 10

ADDRESSES = [
    "/search/?q=stroke",
    "/search/?q=stroke&topic=stroke",
    "/search/?q=stroke&type=faq",
    "/search/?q=stroke&type=faq&topic=cancer",
    "/search/?q=stroke&page=2",
    "/search/?q=HASU rehabilitation",  # a glossary term, and pages with only some of the words
    "/search/?q=stroke&format=json",
]


def titles(response) -> list[str]:
    page = BeautifulSoup(response.content, "html.parser")
    return [" ".join(link.get_text().split()) for link in page.select(".search-results__item h2 a")]


def test_the_next_reader_of_a_search_costs_a_few_queries_and_no_more_with_more_content(
    client, make_page, make_entry, make_post, make_programme, topics, glossary
):
    stroke, cancer = topics["stroke"], topics["cancer"]

    def add(start, count):
        """Pages of every type, on two topics: more than one page of results."""
        for number in range(start, start + count):
            make_page(f"Stroke rehabilitation page {number}", "Rehabilitation after a stroke.")
            make_entry(f"Stroke question {number}?", [stroke, cancer], D(2018, 3, 1), text="Stroke care.")
            make_post(f"Stroke news {number}", [stroke], text="A new stroke unit.")
            make_programme(f"Stroke programme {number}", stroke, text="Stroke work.", leads=[])

    add(0, 3)
    SearchPromotion.objects.create(query=Query.get("stroke"), page=make_page("Promoted", "Read."))
    few = {address: next_reader_queries(client, address) for address in ADDRESSES}

    add(3, 12)
    many = {address: next_reader_queries(client, address) for address in ADDRESSES}

    assert few == many
    assert max(many.values()) <= MOST_QUERIES, many


def test_a_promotion_changed_in_the_admin_shows_in_the_next_search_at_once(client, member, make_page):
    hospital = make_page("Hospital parking", "Parking costs.")
    make_page("Parking rules", "Parking rules.")
    assert titles(client.get("/search/?q=parking")) == ["Parking rules", "Hospital parking"]
    client.force_login(member(EDITORS))

    response = client.post(
        reverse("wagtailsearchpromotions:add"),
        {
            "query_string": "parking",
            "editors_picks-TOTAL_FORMS": 1,
            "editors_picks-INITIAL_FORMS": 0,
            "editors_picks-MAX_NUM_FORMS": 1000,
            "editors_picks-0-DELETE": "",
            "editors_picks-0-ORDER": 0,
            "editors_picks-0-page": hospital.pk,
            "editors_picks-0-description": "What parking costs at each hospital.",
        },
    )
    assert response.status_code == 302
    promoted = client.get("/search/?q=parking")

    assert titles(promoted) == ["Hospital parking", "Parking rules"]
    assert "costs at each hospital." in promoted.content.decode()

    query = Query.get("parking")
    assert client.post(reverse("wagtailsearchpromotions:delete", args=[query.pk])).status_code == 302

    assert titles(client.get("/search/?q=parking")) == ["Parking rules", "Hospital parking"]


def test_a_glossary_term_added_in_the_admin_is_used_by_the_next_search_at_once(client, member, make_page):
    make_page("Primary care network news", "Practices working together.")
    assert titles(client.get("/search/?q=PCN")) == []
    client.force_login(member(EDITORS))

    response = client.post(
        "/admin/snippets/core/glossaryterm/add/",
        {"abbreviation": "PCN", "expansion": "primary care network", "definition": "GP practices together."},
    )
    assert response.status_code == 302
    found = client.get("/search/?q=PCN")

    assert titles(found) == ["Primary care network news"]
    assert "GP practices together." in found.content.decode()


def test_what_no_publish_reaches_is_kept_no_longer_than_its_minute(client, make_page, monkeypatch):
    """A glossary term added outside the admin (a script): no new content generation."""
    make_page("Primary care network news", "Practices working together.")
    assert titles(client.get("/search/?q=PCN")) == []
    GlossaryTermFactory(abbreviation="PCN", expansion="primary care network", definition="Practices.")

    later = locmem.time.time() + KEEP_MATCHES_SECONDS + 1
    monkeypatch.setattr(locmem, "time", types.SimpleNamespace(time=lambda: later))

    assert titles(client.get("/search/?q=PCN")) == ["Primary care network news"]
