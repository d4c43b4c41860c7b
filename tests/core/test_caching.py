"""Anonymous readers' pages are cacheable; publishing purges every page that shows the page."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, User
from django.http import HttpResponse
from django.urls import resolve
from wagtail.models import PageViewRestriction

from tests.frontend_cache import PURGED, site_urls
from wyhp_site.core.caching import is_public_response


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_an_anonymous_reader_gets_a_cacheable_page(client, about_page):
    response = client.get(about_page.url)

    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=60", "s-maxage=600"}


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


def test_publishing_a_question_purges_every_page_that_shows_it(
    purged, make_entry, make_programme, stroke, cancer
):
    programme = make_programme("Stroke programme", stroke)
    make_programme("Cancer programme", cancer)
    purged.clear()

    entry = make_entry("Where are the stroke units?", [stroke], datetime.date(2017, 11, 1))

    assert site_urls(
        entry.url,
        "/faq/",
        "/faq/topic/stroke/",
        "/faq/asked/2017/",
        "/faq/asked/2017/11/",
        "/",  # the home page lists FAQ topics with their counts
        programme.url,  # it lists the questions on its topic
    ) <= set(purged)
    assert site_urls("/programmes/cancer-programme/").isdisjoint(purged)


def test_withdrawing_a_post_purges_its_listings_and_feeds(purged, make_post, stroke):
    post = make_post("Stroke unit opens", [stroke], datetime.date(2026, 3, 6))
    purged.clear()

    post.unpublish()

    assert site_urls(
        "/news/", "/news/feed/", "/news/feed/atom/", "/news/topic/stroke/", "/news/2026/03/", "/"
    ) <= set(purged)


def test_without_a_front_end_cache_nothing_is_purged(make_entry, stroke):
    PURGED.clear()

    make_entry("Where are the stroke units?", [stroke], datetime.date(2017, 11, 1))

    assert PURGED == []
