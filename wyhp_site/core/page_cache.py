"""Whole public pages kept in Django's cache, for a site with no CDN or Varnish in front.

What a reader without cookies is sent for a public page (the pages
``PublicCacheHeadersMiddleware`` marks ``public``: never for signed-in users, restricted
pages, searches with a query, errors or responses setting a cookie) is kept for
``PAGE_CACHE_SECONDS`` and sent again without touching the view. The cache is
Django's: per-process memory on the embedded default, Redis when ``REDIS_URL`` is set.

Every entry is filed under the content generation it was made in
(``ContentGeneration``); a publish, unpublish, move, deletion or settings or snippet
save advances it (``advance_on_content_change``), so every page is fresh at once
after a change. With Redis, a copy of the generation is kept there beside the pages
(``generation_cache.py``), so a kept page costs one round trip to Redis and no query; with
per-process memory, each request reads the generation from the database (one small query),
since a copy in one process's memory would not see another's publish. When the database is
down, the last generation this process saw is used, so the pages it kept are still
served (200) while pages it never kept get the database-fault 503.
"""

import contextlib
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.urls import Resolver404, resolve

from .cache_purge import purge_whole_site
from .generation_cache import (
    SHARED_GENERATION_KEY,
    advance_generation,
    cache_is_shared,
    content_generation,
    generation_from_shared_cache,
    note_generation,
)

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
# The public views (core/caching.py) whose work is worth keeping: robots.txt is made
# without the database, so it is cheaper made than looked up.
KEPT_VIEWS = {"wagtail_serve", "sitemap"}
REFUSED_DIRECTIVES = {"private", "no-store", "no-cache"}


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.last_generation: int | None = None  # this process's, for when the database is down

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_anonymous_get(request):
            return self.get_response(request)
        key = cache_key(request)
        generation, kept = self.generation_and_kept(request, key)
        if generation is None:  # no database, and this process has not seen one yet
            return self.get_response(request)
        if kept is not None and kept[0] == generation:
            return thawed(kept[1])
        # Only a miss asks which view answers: a kept entry was a kept view's.
        if view_name(request.path_info) not in KEPT_VIEWS:
            return self.get_response(request)
        response = self.get_response(request)
        if is_shareable(response):
            cache.set(key, (generation, frozen(response)), settings.PAGE_CACHE_SECONDS)
            response[HEADER] = "miss"
        return response

    def generation_and_kept(self, request, key: str) -> tuple[int | None, tuple | None]:
        """The content generation and what is kept for this address, in one cache round trip
        when the cache is shared (its copy of the generation beside the page). With per-process
        memory the generation is read from the database: a copy there would miss the advances
        other processes make."""
        if cache_is_shared():
            found = cache.get_many([SHARED_GENERATION_KEY, key])
            if SHARED_GENERATION_KEY in found:
                note_generation(request, found[SHARED_GENERATION_KEY])
                self.last_generation = found[SHARED_GENERATION_KEY]
                return self.last_generation, found.get(key)
            kept = found.get(key)
        else:
            kept = cache.get(key)
        # On a fault the request goes on, and the view meets it and answers 503.
        with contextlib.suppress(DatabaseError):
            if cache_is_shared():
                self.last_generation = generation_from_shared_cache({})
                note_generation(request, self.last_generation)
            else:
                self.last_generation = content_generation(request)
        return self.last_generation, kept


def is_anonymous_get(request) -> bool:
    """A GET that carries no cookie and no credentials: the same page for everyone who sends it."""
    return (
        request.method == "GET"
        and not request.META.get("HTTP_COOKIE")
        and not request.META.get("HTTP_AUTHORIZATION")
    )


def view_name(path: str) -> str | None:
    try:
        return resolve(path).url_name
    except Resolver404:
        return None


def is_shareable(response) -> bool:
    """What ``PublicCacheHeadersMiddleware`` marked public, and nothing made private since."""
    directives = {part.strip().split("=")[0].lower() for part in response.get("Cache-Control", "").split(",")}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in directives
        and not directives & REFUSED_DIRECTIVES
    )


def cache_key(request) -> str:
    """One entry an address, holding the generation it was made in: a page from an earlier one
    is never sent, and is replaced by the next page made."""
    # The scheme and host are part of the address: one deployment may serve several sites.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return f"page:{hashlib.sha256(address.encode()).hexdigest()}"


def frozen(response) -> tuple:
    return response.status_code, bytes(response.content), list(response.items())


def thawed(kept: tuple) -> HttpResponse:
    status, content, headers = kept
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    return response


def advance_on_content_change(sender=None, **kwargs) -> None:
    """Signal receiver: something readers could see has changed."""
    try:
        advance_generation()
    except DatabaseError:  # the change itself then failed too; nothing to make stale
        logger.warning("Could not advance the content generation", exc_info=True)


def change_on_every_page(sender=None, created=False, **kwargs) -> None:
    """Signal receiver and hook: something every page shows has changed (site settings, a
    snippet). Kept pages here start afresh, and the shared cache in front is purged whole.
    Settings are made empty on the first page ever shown: a change only once saved."""
    if created:
        return
    advance_on_content_change()
    purge_whole_site()


def view_restrictions_changed(sender=None, **kwargs) -> None:
    """Signal receiver: a page made private, public again, or given another password or group.
    The page and every listing of it change, so every cache starts afresh."""
    advance_on_content_change()
    purge_whole_site()


def change_on_every_page_if_live(sender, instance, **kwargs) -> None:
    """Signal receiver for a site alert published (not merely scheduled: Wagtail sends
    ``published`` then too) or deleted while it was live."""
    if instance.live:
        change_on_every_page()
