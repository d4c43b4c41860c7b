"""The shared cache, as deployed: Debian's Varnish running deploy/varnish/default.vcl in front of
the site (pytest-django's live server, on SQLite or PostgreSQL). Readers get cached pages;
one purge per publish makes every page showing the published one fresh at once, whatever
query string it was read with; editors, the admin and other sites' clients are never served
a shared copy, and no one outside the ACL can purge.
"""

import datetime
import gzip
import http.client

import pytest
from django.contrib.auth.models import User

from blog.models import NewsIndexPage
from faq.models import FAQIndexPage
from wyhp_site.core.models import SiteSettings

from .varnish import cached, fresh, serve_varnish

pytestmark = [
    # The live server reads what the test writes, so it must be committed; the flush after
    # each test takes the root page the migrations made, which serialized_rollback puts back.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

D = datetime.date


@pytest.fixture
def varnish(live_server, settings, tmp_path):
    served = serve_varnish([live_server.thread.port], tmp_path)
    settings.FRONTEND_CACHE_URL = served.url
    yield served
    served.stop()


@pytest.fixture
def few_per_page(monkeypatch):
    """Listings two to a page, so that a handful of pages has a page 2."""
    monkeypatch.setattr(FAQIndexPage, "listing_per_page", 2)
    monkeypatch.setattr(NewsIndexPage, "listing_per_page", 2)


def test_one_purge_makes_every_page_showing_an_edited_question_fresh(
    varnish, few_per_page, make_entry, make_programme, about_page, stroke, cancer
):
    stroke_programme = make_programme("Stroke programme", stroke)
    cancer_programme = make_programme("Cancer programme", cancer)
    entry = make_entry(
        "Where are the stroke units?", [stroke], D(2017, 11, 1), short_answer="In five hospitals."
    )
    picked_it = make_entry("What happens after a stroke?", [stroke], D(2017, 12, 1), related=[entry])
    make_entry("How long are cancer waits?", [cancer], D(2017, 10, 1))
    make_entry("Is cancer screening changing?", [cancer], D(2018, 3, 1))
    make_entry("Who runs the cancer alliance?", [cancer], D(2018, 4, 1))
    old, new = "Where are the stroke units?", "Where are the hyper-acute stroke units?"
    shows_it = {
        entry.url: old,
        "/faq/?page=2": old,  # newest first, two to a page
        "/faq/?order=oldest": old,
        "/faq/topic/stroke/": old,
        "/faq/asked/2017/11/": old,
        stroke_programme.url: old,
        picked_it.url: old,  # under its related questions
    }
    will_show_it = [cancer_programme.url, "/faq/topic/cancer/?page=2"]  # newest first, two to a page
    changed = ["/faq/", "/", "/sitemap.xml"]  # counts and dates
    before = {path: cached(varnish, path) for path in [*shows_it, *will_show_it, *changed, about_page.url]}
    for path, title in shows_it.items():
        assert title in before[path], path
    requests_before = varnish.client_requests()

    # The editor retitles the question and moves it from the stroke topic to the cancer one.
    entry.title = new
    entry.topics = [cancer]
    entry.save_revision().publish()

    assert varnish.client_requests() == requests_before + 1, "one purge request per publish"
    assert new in fresh(varnish, entry.url)
    for path in ["/faq/?page=2", "/faq/?order=oldest", "/faq/asked/2017/11/", picked_it.url]:
        page = fresh(varnish, path)
        assert new in page and old not in page, path
    for path in ["/faq/topic/stroke/", stroke_programme.url]:
        assert old not in fresh(varnish, path) and new not in before[path], path
    for path in will_show_it:
        assert new in fresh(varnish, path) and new not in before[path], path
    for path in changed:
        fresh(varnish, path)
    assert varnish.get(about_page.url).headers["x-cache"] == "HIT", "a page not showing it was purged too"


def test_one_purge_puts_a_new_post_in_every_listing_feed_and_the_sitemap(
    varnish, few_per_page, make_post, make_programme, stroke
):
    programme = make_programme("Stroke programme", stroke)
    make_post("January news", [stroke], D(2026, 1, 9))
    make_post("February news", [stroke], D(2026, 2, 6))
    make_post("Last week's news", [stroke], D(2026, 2, 27))
    reads = [
        "/news/",
        "/news/?page=2",  # what page 1 had last moves to page 2
        "/news/?kind=news",
        "/news/topic/stroke/",
        "/news/2026/",
        "/news/feed/",
        "/news/feed/atom/",
        "/",
        programme.url,
        "/sitemap.xml",
    ]
    before = {path: cached(varnish, path) for path in reads}
    assert "February news" not in before["/news/?page=2"]

    post = make_post("Stroke unit opens", [stroke], D(2026, 3, 6))

    for path in reads:
        page = fresh(varnish, path)
        expected = post.full_url if path == "/sitemap.xml" else "Stroke unit opens"
        if path == "/news/?page=2":
            expected = "February news"
        assert expected in page and page != before[path], path


def test_a_withdrawn_question_leaves_the_cache_with_its_listings(varnish, make_entry, stroke):
    entry = make_entry("Where are the stroke units?", [stroke], D(2017, 11, 1))
    other = make_entry("What happens after a stroke?", [stroke], D(2017, 12, 1))
    for path in [entry.url, "/faq/", other.url]:
        assert "Where are the stroke units?" in cached(varnish, path)

    entry.unpublish()

    assert varnish.get(entry.url).status == 404
    for path in ["/faq/", other.url]:
        assert "Where are the stroke units?" not in fresh(varnish, path)


def test_a_deleted_question_leaves_the_cache(varnish, make_entry, stroke):
    entry = make_entry("Where are the stroke units?", [stroke], D(2017, 11, 1))
    cached(varnish, entry.url)
    cached(varnish, "/faq/")

    entry.delete()

    assert varnish.get(entry.url).status == 404
    assert "Where are the stroke units?" not in fresh(varnish, "/faq/")


def test_pages_are_compressed_and_other_cookies_do_not_stop_sharing(varnish, about_page):
    cached(varnish, about_page.url)

    answer = varnish.get(about_page.url, {"Accept-Encoding": "gzip", "Cookie": "_ga=GA1.1.1; theme=dark"})

    assert answer.headers["x-cache"] == "HIT"
    assert answer.headers["content-encoding"] == "gzip"
    assert "surrogate-key" not in answer.headers and "xkey" not in answer.headers
    connection = http.client.HTTPConnection("127.0.0.1", varnish.port)
    connection.request("GET", about_page.url, headers={"Accept-Encoding": "gzip"})
    assert b"We are a partnership" in gzip.decompress(connection.getresponse().read())
    connection.close()


def test_a_signed_in_editor_and_the_admin_always_reach_the_site(varnish, client, about_page):
    cached(varnish, about_page.url)
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "x"))
    session = f"sessionid={client.cookies['sessionid'].value}"

    page = varnish.get(about_page.url, {"Cookie": session})
    admin = varnish.get("/admin/", {"Cookie": session})

    assert page.headers["x-cache"] == "PASS"
    assert "public" not in page.headers.get("cache-control", "")
    assert admin.status == 200 and admin.headers["x-cache"] == "PASS"
    assert "Dashboard" in admin.body


def test_answers_the_site_does_not_mark_public_are_not_kept(varnish, home_page):
    for path in ["/no-such-page/", "/search/?q=stroke"]:
        varnish.get(path)
        assert varnish.get(path).headers["x-cache"] != "HIT", path


def test_only_the_allowed_addresses_may_purge(varnish, about_page):
    cached(varnish, about_page.url)
    key = f"page-{about_page.pk}"

    refused = varnish.purge(key, source_address=("127.0.0.2", 0))

    assert refused.status == 403
    assert varnish.get(about_page.url).headers["x-cache"] == "HIT"
    assert varnish.purge(key).status == 200
    assert varnish.get(about_page.url).headers["x-cache"] == "MISS"


def test_saving_the_menus_purges_every_page_at_once(varnish, make_entry, about_page, stroke):
    entry = make_entry("Where are the stroke units?", [stroke], D(2017, 11, 1))
    paths = [about_page.url, "/faq/", entry.url, "/sitemap.xml"]
    for path in paths:
        cached(varnish, path)

    site_settings = SiteSettings.for_site(about_page.get_site())
    site_settings.footer_links = [("link", {"text": "Contact us", "email": "contact@example.org"})]
    site_settings.save()

    for path in paths[:3]:
        assert 'href="mailto:contact@example.org"' in fresh(varnish, path), path
    fresh(varnish, "/sitemap.xml")


def test_publishing_and_withdrawing_a_site_alert_purge_every_page_at_once(
    varnish, make_alert, make_entry, about_page, stroke
):
    entry = make_entry("Where are the stroke units?", [stroke], D(2017, 11, 1))
    paths = [about_page.url, "/faq/", entry.url]
    for path in paths:
        cached(varnish, path)

    alert = make_alert("Our offices are closed on Monday.")

    for path in paths:
        assert "Our offices are closed on Monday." in fresh(varnish, path), path
        cached(varnish, path)

    alert.unpublish()

    for path in paths:
        assert "Our offices are closed on Monday." not in fresh(varnish, path), path
