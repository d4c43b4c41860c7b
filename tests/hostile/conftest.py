import datetime
from dataclasses import dataclass

import pytest
from django.core.cache import cache


@dataclass(frozen=True)
class Route:
    """A public address and what it does with ``?page=``."""

    name: str
    url: str
    paginated: bool = False

    def with_query(self, query: str) -> str:
        if not query:
            return self.url
        return f"{self.url}{'&' if '?' in self.url else '?'}{query}"


# Every public route, each with content to show (see ``site_with_content``).
ROUTES = [
    Route("home", "/"),
    Route("standard page", "/about-us/"),
    Route("FAQ", "/faq/", paginated=True),
    Route("FAQ topic", "/faq/topic/stroke/", paginated=True),
    Route("FAQ year", "/faq/asked/2017/", paginated=True),
    Route("FAQ month", "/faq/asked/2017/11/", paginated=True),
    Route("FAQ entry", "/faq/who-decides-where-stroke-units-go/"),
    Route("news", "/news/", paginated=True),
    Route("news topic", "/news/topic/stroke/", paginated=True),
    Route("news year", "/news/2018/", paginated=True),
    Route("news month", "/news/2018/01/", paginated=True),
    Route("news post", "/news/new-stroke-unit-opens/"),
    Route("RSS feed", "/news/feed/"),
    Route("Atom feed", "/news/feed/atom/"),
    Route("programmes", "/programmes/"),
    Route("programme", "/programmes/stroke/"),
    Route("search", "/search/"),
    Route("search results", "/search/?q=stroke", paginated=True),
    Route("search JSON", "/search/?q=stroke&format=json", paginated=True),
    Route("sitemap", "/sitemap.xml"),
    Route("robots.txt", "/robots.txt"),
]


@pytest.fixture
def site_with_content(about_page, stroke, cancer, make_entry, make_post, make_programme):
    """A question, a post and a programme on "stroke", so every route in ``ROUTES`` answers 200."""
    cache.clear()  # Wagtail caches site root paths; each test builds its own site
    make_entry("Who decides where stroke units go?", [stroke], datetime.date(2017, 11, 1))
    make_post("New stroke unit opens", [stroke], datetime.date(2018, 1, 12))
    make_programme("Stroke", stroke)
    return ROUTES


@pytest.fixture
def client(client):
    """The test client answering a server error with a 500, as a reader would get it, so one
    run of a table lists every request that failed rather than stopping at the first."""
    client.raise_request_exception = False
    return client
