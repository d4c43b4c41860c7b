"""Which page an address leads to is kept per content generation (wyhp_site/core/routing.py):
readers still reach only what they may read, at the address it has now."""

import pytest
from wagtail.models import PageViewRestriction

from tests.queries import next_reader_queries


@pytest.fixture(params=[0, 600], ids=["page cache off", "page cache on"])
def page_cache(request, settings):
    settings.PAGE_CACHE_SECONDS = request.param


def text(response) -> str:
    return response.content.decode()


def test_a_page_made_private_after_its_address_was_kept_asks_for_the_password(client, page_cache, about_page):
    for _ in range(2):  # the address, its page and its restrictions (none) are kept
        assert client.get(about_page.url).status_code == 200

    PageViewRestriction.objects.create(
        page=about_page,
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )

    html = text(client.get(about_page.url))
    assert 'name="password"' in html and "X-Page-Cache" not in client.get(about_page.url)


def test_a_page_made_public_again_is_read_at_once(client, page_cache, about_page):
    restriction = PageViewRestriction.objects.create(
        page=about_page, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(about_page.url).status_code == 302  # to the sign-in page, every time
    assert client.get(about_page.url).status_code == 302

    restriction.delete()

    assert client.get(about_page.url).status_code == 200


def test_a_question_below_a_private_section_stays_private_however_it_is_reached(
    client, page_cache, make_entry, faq_index
):
    entry = make_entry("Will the stroke unit move?")
    client.get(faq_index.url)  # the FAQ's address is kept; the question is reached from it
    assert "Will the stroke unit move?" in text(client.get(entry.url))
    PageViewRestriction.objects.create(page=faq_index, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(entry.url).status_code == 302
    assert client.get(faq_index.url).status_code == 302


def test_a_private_question_leaves_the_listings_at_once(client, page_cache, make_entry, faq_index):
    entry = make_entry("Will the stroke unit move?")
    assert "Will the stroke unit move?" in text(client.get("/faq/"))

    PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.LOGIN)

    assert "Will the stroke unit move?" not in text(client.get("/faq/"))
    assert "Will the stroke unit move?" not in text(client.get("/"))


def test_a_renamed_page_answers_at_its_new_address_only(client, page_cache, about_page):
    old_url = about_page.url
    assert client.get(old_url).status_code == 200

    about_page.slug = "about-the-partnership"
    about_page.save_revision().publish()

    assert client.get(old_url).status_code == 404
    assert client.get("/about-the-partnership/").status_code == 200


def test_a_listing_route_and_a_question_both_answer_below_a_kept_index(
    client, page_cache, make_entry, topics, faq_index
):
    entry = make_entry("Will the stroke unit move?", topics=[topics["stroke"]])
    client.get("/faq/")
    client.get(entry.url)

    assert "Will the stroke unit move?" in text(client.get("/faq/topic/stroke/"))
    assert "Will the stroke unit move?" in text(client.get(entry.url))
    assert client.get("/faq/no-such-question/").status_code == 404
    assert client.get(entry.url + "more/").status_code == 404


def test_the_next_reader_of_a_page_costs_few_queries(client, about_page):
    assert next_reader_queries(client, about_page.url) <= 4
