"""The news feeds' addresses for every page's <head>, without a query per page.

Base templates link the RSS and Atom feeds from every page, so looking up the
news index must cost nothing on a normal request: the answer is kept in the
cache, per site, and dropped whenever a news index is published, unpublished,
moved or deleted. The short timeout bounds how stale another process's
memory cache can be when the site runs without a shared cache.
"""

from django.core.cache import cache
from wagtail.models import Site

from wyhp_site.core.index_pages import find_index_page

CACHE_KEY = "blog:feed-links"
CACHE_TIMEOUT = 5 * 60


def feed_links_for_request(request) -> dict | None:
    """``{"title", "rss", "atom"}`` for the site serving ``request``, or None without a news index."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    links_by_site = cache.get(CACHE_KEY) or {}
    if site.pk not in links_by_site:
        links_by_site[site.pk] = _find_feed_links(site)
        cache.set(CACHE_KEY, links_by_site, CACHE_TIMEOUT)
    return links_by_site[site.pk]


def forget_feed_links(**kwargs) -> None:
    cache.delete(CACHE_KEY)


def _find_feed_links(site: Site) -> dict | None:
    from .models import NewsIndexPage

    index = find_index_page(NewsIndexPage, within=site.root_page)
    if index is None:
        return None
    url = index.get_url(current_site=site)
    if url is None:
        return None
    return {
        "title": index.feed_title,
        "rss": url + index.reverse_subpage("feed"),
        "atom": url + index.reverse_subpage("atom_feed"),
    }
