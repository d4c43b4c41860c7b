"""Between publishes, each page type costs one query, however much content there is: what only
a change of content can change is kept per content generation (which page an address leads
to, the restricted sections, the page's head and body, a listing's count, feeds, the sitemap),
with the page cache off, so these are the pages' own queries. The one left reads the content
generation: with Redis it is read from Redis's copy (test_page_cache.py)."""

import datetime

import pytest

from tests.queries import next_reader_queries

D = datetime.date
ONE_QUERY = 1  # the content generation


@pytest.fixture
def site_with_content(make_entry, make_post, make_programme, topics, home_page):
    """One of each page type; ``add(n)`` adds ``n`` more questions and posts."""

    def add(count, start):
        for number in range(start, start + count):
            make_entry(
                f"Question {number}?", [topics["stroke"], topics["cancer"]], D(2018, 1 + number % 12, 1)
            )
            make_post(f"Update {number}", [topics["stroke"]], D(2026, 1 + number % 9, 1 + number % 27))

    add(2, 0)
    make_programme("Stroke", topics["stroke"])
    return add


def addresses(entry_url, post_url):
    return [
        "/",
        "/faq/",
        "/faq/topic/stroke/",
        "/faq/asked/2018/03/",
        entry_url,
        "/news/",
        "/news/topic/stroke/",
        post_url,
        "/programmes/stroke/",
        "/news/feed/",
        "/sitemap.xml",
    ]


def test_every_page_type_costs_one_query_and_no_more_with_more_content(
    client, site_with_content, make_entry, make_post, topics
):
    entry = make_entry("Will the stroke unit move?", [topics["stroke"]], D(2018, 3, 1))
    post = make_post("This week", [topics["stroke"]], D(2026, 3, 6))
    paths = addresses(entry.url, post.url)
    few = {path: next_reader_queries(client, path) for path in paths}

    site_with_content(30, 2)
    many = {path: next_reader_queries(client, path) for path in paths}

    assert few == many
    assert set(many.values()) == {ONE_QUERY}, many
