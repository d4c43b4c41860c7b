import datetime
import html

import feedparser
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import PostKind

D = datetime.date


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


def test_rss_feed_lists_posts_newest_first_with_their_details(client, make_post, amira, stroke, make_update):
    make_post("Older", date=D(2025, 12, 5), kind=PostKind.NEWS, intro="The older one.")
    newer_post = make_update(
        "Newer", date=D(2026, 3, 6), author=amira, topics=[stroke], intro="Amira & the stroke <team>."
    )

    response, feed = parse(client, "/news/feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "News - West Yorkshire and Harrogate Health and Care Partnership"
    assert feed.feed.link == "http://testserver/news/"
    assert [entry.title for entry in feed.entries] == ["Newer", "Older"]
    newer = feed.entries[0]
    assert newer.link == f"http://testserver{newer_post.url}"
    # Readers show the description as HTML: the plain-text intro arrives escaped, and reads as written.
    assert newer.summary == "Amira &amp; the stroke &lt;team&gt;."
    assert html.unescape(newer.summary) == "Amira & the stroke <team>."
    assert newer.author == "Amira Hussain"
    assert [tag.term for tag in newer.tags] == ["Stroke"]
    assert newer.published_parsed[:3] == (2026, 3, 6)
    assert feed.entries[1].author == "West Yorkshire and Harrogate Health and Care Partnership"


def test_atom_feed_is_valid_and_ordered(client, make_update, amira):
    make_update("First", date=D(2026, 1, 9), author=amira)
    make_update("Second", date=D(2026, 2, 6))

    response, feed = parse(client, "/news/feed/atom/")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert [entry.title for entry in feed.entries] == ["Second", "First"]
    assert feed.entries[1].author == "Amira Hussain"
    assert feed.entries[0].published_parsed[:3] == (2026, 2, 6)
    assert feed.entries[0].id.startswith("http://testserver/news/")


def test_feeds_hold_the_twenty_newest_posts(client, make_update):
    for day in range(1, 26):
        make_update(f"Post {day:02d}", date=D(2026, 1, day))

    for path in ("/news/feed/", "/news/feed/atom/"):
        _, feed = parse(client, path)
        assert [entry.title for entry in feed.entries] == [f"Post {day:02d}" for day in range(25, 5, -1)], (
            path
        )


def test_feeds_leave_out_drafts_and_private_posts(client, make_update):
    make_update("Public post")
    make_update("Draft post", publish=False)
    make_update("Private post", private=True)

    for path in ("/news/feed/", "/news/feed/atom/"):
        _, feed = parse(client, path)
        assert [entry.title for entry in feed.entries] == ["Public post"], path


def alternate_links(response) -> dict[str, str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["type"]: link["href"] for link in soup.head.find_all("link", rel="alternate")}


def test_every_page_links_to_the_feeds(client, news_index, about_page, make_update):
    post = make_update("A post")
    expected = {"application/rss+xml": "/news/feed/", "application/atom+xml": "/news/feed/atom/"}

    for path in ("/", "/about-us/", "/news/", "/news/2026/", post.url, "/news/feed/nope/", "/no-such-page/"):
        assert alternate_links(client.get(path)) == expected, path


def test_feed_links_cost_no_queries_once_cached(client, rf, news_index):
    from blog.feed_links import feed_links_for_request

    client.get("/")  # fills the cache
    request = rf.get("/")
    request._wagtail_site = news_index.get_site()  # as page serving has already found it

    with CaptureQueriesContext(connection) as queries:
        links = feed_links_for_request(request)

    assert links["rss"] == "/news/feed/"
    assert len(queries) == 0


def test_pages_work_without_a_news_index(client, about_page):
    response = client.get("/about-us/")

    assert response.status_code == 200
    assert alternate_links(response) == {}


def test_feed_links_follow_the_news_index(client, news_index, about_page):
    assert alternate_links(client.get("/"))["application/rss+xml"] == "/news/feed/"

    news_index.slug = "updates"
    news_index.save_revision().publish()
    assert alternate_links(client.get("/"))["application/rss+xml"] == "/updates/feed/"

    news_index.unpublish()
    assert alternate_links(client.get("/")) == {}
