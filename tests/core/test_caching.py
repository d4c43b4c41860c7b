"""Anonymous readers' pages are cacheable, filed under surrogate keys; publishing purges, with one
request to the front-end cache, the keys of every page that shows the page, before and after."""

import datetime
import logging

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpResponse
from django.urls import resolve
from wagtail.models import PageViewRestriction

from wyhp_site.core.cache_purge import MAX_KEYS_HEADER, key_headers
from wyhp_site.core.caching import is_public_response

D = datetime.date


def keys(*pages, sitemap=True) -> set[str]:
    return {f"page-{page.pk}" for page in pages} | ({"sitemap"} if sitemap else set())


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_an_anonymous_reader_gets_a_cacheable_page(client, about_page):
    response = client.get(about_page.url)

    assert response.status_code == 200
    assert cache_control(response) == {
        "public",
        "max-age=60",
        "s-maxage=600",
        "stale-while-revalidate=60",
        "stale-if-error=86400",
    }


@pytest.mark.parametrize("address", ["/sitemap.xml", "/robots.txt", "/"])
def test_sitemap_robots_and_home_are_cacheable(client, home_page, address):
    assert "public" in cache_control(client.get(address))


def test_a_signed_in_editor_gets_no_shared_copy(client, about_page):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "x"))

    assert "public" not in cache_control(client.get(about_page.url))


def test_a_private_page_is_never_cached(client, about_page):
    PageViewRestriction.objects.create(page=about_page, restriction_type="password", password="secret")

    response = client.get(about_page.url)

    assert "public" not in cache_control(response)
    assert "no-cache" in cache_control(response)


def test_an_answer_that_sets_a_cookie_is_not_shared(rf, about_page):
    request = rf.get(about_page.url)
    request.user = AnonymousUser()
    request.resolver_match = resolve(about_page.url)
    response = HttpResponse("The page.")
    assert is_public_response(request, response)

    response.set_cookie("seen-alert", "1")

    assert not is_public_response(request, response)


def test_search_results_and_missing_pages_are_not_shared(client, home_page):
    assert "public" not in cache_control(client.get("/search/", {"q": "stroke"}))
    assert "public" not in cache_control(client.get("/no-such-page/"))


def test_a_page_is_filed_under_its_key_on_every_route_and_query_string(client, cache, faq_index, make_entry):
    entry = make_entry("Where are the stroke units?")

    # Every answer is also filed under "site", which a change to every page (the menus) purges.
    assert client.get(entry.url)["Surrogate-Key"] == f"page-{entry.pk} site"
    for address in ["/faq/", "/faq/topic/stroke/?page=1", "/faq/asked/2018/03/", "/faq/?order=oldest"]:
        assert client.get(address)["Surrogate-Key"] == f"page-{faq_index.pk} site", address
    assert client.get("/sitemap.xml")["Surrogate-Key"] == "sitemap site"
    assert not client.get("/robots.txt").has_header("Surrogate-Key")


def test_without_a_front_end_cache_pages_carry_no_keys_and_nothing_is_purged(client, about_page, make_entry):
    assert not client.get(about_page.url).has_header("Surrogate-Key")

    make_entry("Where are the stroke units?")  # no cache to reach: nothing is tried, nothing fails


def test_publishing_a_question_purges_every_page_that_shows_it_in_one_request_after_commit(
    cache, committed, faq_index, home_page, make_entry, make_programme, stroke, cancer
):
    programme = make_programme("Stroke programme", stroke)
    make_programme("Cancer programme", cancer)
    same_topic = make_entry("What happens after a stroke?", [stroke])

    with committed():
        entry = make_entry("Where are the stroke units?", [stroke], D(2017, 11, 1))
        assert cache.purges == [], "purged before the new version could be read"

    assert cache.purges == [keys(entry, faq_index, home_page, programme, same_topic)]


def test_republishing_a_question_purges_the_answers_that_picked_it(
    cache, committed, make_entry, stroke, cancer
):
    entry = make_entry("Where are the stroke units?", [stroke])
    picked_it = make_entry("Who runs cancer care?", [cancer], related=[entry])

    with committed():
        entry.save_revision().publish()

    assert keys(picked_it) <= cache.purges[0]


def test_moving_a_question_to_another_topic_purges_the_old_topics_pages_too(
    cache, committed, make_entry, make_programme, stroke, cancer
):
    stroke_programme = make_programme("Stroke programme", stroke)
    cancer_programme = make_programme("Cancer programme", cancer)
    on_stroke = make_entry("What happens after a stroke?", [stroke])
    entry = make_entry("Where are the stroke units?", [stroke])

    entry.topics = [cancer]
    with committed():
        entry.save_revision().publish()

    assert len(cache.purges) == 1
    assert keys(entry, stroke_programme, cancer_programme, on_stroke) <= cache.purges[0]


def test_withdrawing_a_post_purges_its_index_with_the_feeds_and_the_home_page(
    cache, committed, news_index, home_page, make_post, stroke
):
    post = make_post("Stroke unit opens", [stroke], D(2026, 3, 6))

    with committed():
        post.unpublish()

    assert cache.purges == [keys(post, news_index, home_page)]


def test_deleting_a_published_page_purges_it_and_what_showed_it(
    cache, committed, faq_index, home_page, make_entry
):
    entry = make_entry("Where are the stroke units?")
    draft = make_entry("Still a draft?", publish=False)

    with committed():
        draft.delete()
        entry.delete()

    assert cache.purges == [keys(entry, faq_index, home_page)]


def test_saving_a_draft_purges_nothing(cache, committed, make_entry):
    entry = make_entry("Where are the stroke units?")

    entry.title = "Where are the hyper-acute stroke units?"
    with committed():
        entry.save_revision()

    assert cache.purges == []


def test_a_cache_that_cannot_be_reached_does_not_stop_a_publish(
    settings, committed, make_entry, closed_port, caplog
):
    settings.FRONTEND_CACHE_URL = f"http://127.0.0.1:{closed_port}/"

    with caplog.at_level(logging.ERROR, logger="wyhp_site.core.cache_purge"), committed():
        entry = make_entry("Where are the stroke units?")

    assert entry.live
    assert "Could not purge the front-end cache" in caplog.text


def test_keys_that_would_not_fit_one_header_are_sent_in_several():
    many = [f"page-{n}" for n in range(2000)]

    headers = key_headers(many)

    assert len(headers) > 1
    assert all(len(header) <= MAX_KEYS_HEADER for header in headers)
    assert [key for header in headers for key in header.split()] == many
    assert key_headers(["page-1", "sitemap"]) == ["page-1 sitemap"]
