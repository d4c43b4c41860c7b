"""The page cache inside the app (wyhp_site/core/page_cache.py): whole public pages kept for
readers without cookies, fresh again after any change readers could see."""

import pytest
import redis
from django.core.cache import cache
from django.db import OperationalError
from django.test import Client

from wyhp_site.core.models import ContentGeneration, SiteSettings, StandardPage
from wyhp_site.settings.env import cache_config


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


def read(client, path):
    response = client.get(path)
    return response, response.content.decode()


def test_a_public_page_is_kept_and_sent_again_without_the_view(
    client, about_page, django_assert_max_num_queries
):
    client.get("/")  # the site's settings are made on the first page ever shown, a change in itself
    first, first_html = read(client, about_page.url)
    with django_assert_max_num_queries(1):  # the content generation, and nothing else
        second, second_html = read(client, about_page.url)

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.status_code == 200 and second_html == first_html
    assert "public" in second["Cache-Control"]  # the same headers as the page made
    assert not second.cookies


def test_each_address_is_kept_apart(client, make_entry):
    for number in range(30):
        make_entry(f"Question {number}?")
    first_page = client.get("/faq/").content.decode()
    second_page = client.get("/faq/?page=2").content.decode()

    assert "page 2 of 2" not in first_page and "page 2 of 2" in second_page
    assert client.get("/faq/?page=2")["X-Page-Cache"] == "hit"
    assert client.get("/faq/").content.decode() == first_page


def test_a_publish_makes_every_page_fresh(client, make_entry, faq_index):
    entry = make_entry("Will the stroke unit move?")
    assert "Will the stroke unit move?" in read(client, "/faq/")[1]
    assert read(client, "/")[0]["X-Page-Cache"] == "miss"

    entry.title = "Will the stroke unit move to Leeds?"
    entry.save_revision().publish()

    listing, html = read(client, "/faq/")
    assert listing["X-Page-Cache"] == "miss" and "Will the stroke unit move to Leeds?" in html
    assert read(client, entry.url)[1].count("move to Leeds?") >= 1


def test_an_unpublished_page_is_gone_at_once(client, make_entry):
    entry = make_entry("Will the stroke unit move?")
    client.get("/")
    assert client.get(entry.url).status_code == 200
    assert client.get(entry.url)["X-Page-Cache"] == "hit"

    entry.unpublish()

    assert client.get(entry.url).status_code == 404
    assert "Will the stroke unit move?" not in read(client, "/faq/")[1]


def test_a_deleted_page_is_gone_at_once(client, make_page):
    page = make_page("Board papers")
    assert client.get(page.url).status_code == 200

    page.delete()

    assert client.get("/board-papers/").status_code == 404


def test_saving_the_menus_makes_every_page_fresh(client, about_page):
    assert "Board papers" not in read(client, about_page.url)[1]
    site_settings = SiteSettings.for_site(about_page.get_site())
    site_settings.footer_links = [("link", {"text": "Board papers", "url": "https://example.org/board/"})]
    site_settings.save()

    assert "Board papers" in read(client, about_page.url)[1]


def test_a_snippet_edited_in_the_admin_shows_at_once(client, admin_client, make_entry, stroke):
    make_entry("Will the stroke unit move?", [stroke])
    assert "Stroke" in read(client, "/faq/")[1]

    response = admin_client.post(
        f"/admin/snippets/core/topic/edit/{stroke.pk}/",
        {"name": "Stroke care", "slug": stroke.slug, "description": ""},
    )
    assert response.status_code == 302

    assert "Stroke care" in read(client, "/faq/")[1]


def test_the_sitemap_is_kept_and_made_fresh_by_a_publish(client, make_entry):
    make_entry("Will the stroke unit move?", slug="stroke-unit")
    client.get("/sitemap.xml")
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "hit"

    make_entry("Where is the new hospital?", slug="new-hospital")

    assert "new-hospital" in read(client, "/sitemap.xml")[1]


@pytest.mark.parametrize(
    "path, headers",
    [
        ("/", {"HTTP_COOKIE": "sessionid=abc"}),  # anyone with a cookie, signed in or not
        ("/", {"HTTP_AUTHORIZATION": "Basic dXNlcjpwYXNz"}),
        ("/no-such-page/", {}),  # errors
        ("/search/?q=stroke", {}),  # searches: the view says no-store
        ("/health/live/", {}),  # not a page
    ],
)
def test_what_is_never_kept(client, home_page, path, headers):
    for _ in range(2):
        response = client.get(path, **headers)
        assert "X-Page-Cache" not in response


def test_a_restricted_page_is_never_kept(client, make_entry):
    entry = make_entry("Private question?", private=True)
    for _ in range(2):
        response = client.get(entry.url)
        assert "X-Page-Cache" not in response and "Private question?" not in response.content.decode()


def test_a_signed_in_editor_sees_their_own_page_not_the_kept_one(client, admin_client, about_page):
    read(client, about_page.url)
    response = admin_client.get(about_page.url)

    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_with_the_database_down_kept_pages_are_served_and_others_get_503(
    client, about_page, make_page, monkeypatch
):
    make_page("Board papers")
    read(client, about_page.url)

    def refused(*args):
        raise OperationalError("connection refused")

    monkeypatch.setattr(ContentGeneration, "current", refused)

    kept = client.get(about_page.url)
    assert kept.status_code == 200 and kept["X-Page-Cache"] == "hit"
    # The view itself meets the fault for a page never kept; the 503 comes from db_faults.
    monkeypatch.setattr(StandardPage, "serve", lambda page, request: refused())
    assert Client(raise_request_exception=False).get("/board-papers/").status_code == 503


def test_off_when_the_setting_is_zero(client, settings, about_page):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(about_page.url)
    assert "X-Page-Cache" not in client.get(about_page.url)


def test_with_redis_every_app_server_shares_the_kept_pages(client, settings, about_page):
    settings.CACHES = {"default": cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/14"})}
    cache.clear()
    client.get("/")
    client.get(about_page.url)

    # Another app server: its own connection to the same Redis finds the page there.
    other_server = redis.Redis.from_url("redis://127.0.0.1:6379/14")
    assert any(b"page:" in key for key in other_server.keys("*"))
    assert client.get(about_page.url)["X-Page-Cache"] == "hit"
    cache.clear()


def test_with_redis_a_kept_page_costs_no_query_and_a_publish_makes_it_fresh(
    client, settings, about_page, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.CACHES = {"default": cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/14"})}
    cache.clear()
    client.get("/")
    read(client, about_page.url)
    with django_assert_num_queries(0):  # the generation is read from Redis, beside the page
        kept, _ = read(client, about_page.url)
    assert kept["X-Page-Cache"] == "hit"

    # Redis's copy of the generation follows the publish once it is committed.
    with django_capture_on_commit_callbacks(execute=True):
        about_page.title = "About the partnership"
        about_page.save_revision().publish()

    fresh, html = read(client, about_page.url)
    assert fresh["X-Page-Cache"] == "miss" and "About the partnership" in html
    cache.clear()


def test_with_redis_a_lost_copy_of_the_generation_is_read_again(client, settings, about_page):
    settings.CACHES = {"default": cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/14"})}
    cache.clear()
    client.get("/")
    read(client, about_page.url)
    redis.Redis.from_url("redis://127.0.0.1:6379/14").flushdb()  # evicted, or Redis restarted
    about_page.title = "About the partnership"
    about_page.save_revision().publish()  # in the test's transaction: Redis never hears of it

    fresh, html = read(client, about_page.url)
    assert fresh["X-Page-Cache"] == "miss" and "About the partnership" in html
    assert read(client, about_page.url)[0]["X-Page-Cache"] == "hit"
    cache.clear()
