"""Work that only a change of content can change, done once per content generation.

The header menu, the footer, a listing's topic and month counts, which page an address
leads to, the view restrictions: each costs queries on every page, yet changes only when
something is published, withdrawn or saved. Kept in Django's cache under the content
generation (``core/models/content_generation.py``), which every such change advances, they
are fresh at once after a change and cost nothing in between.

The generation is read once a request, and what is kept is fetched from the cache once a
request too (``kept``): each request has its own small memo, opened when Django starts a
request and closed when it finishes (``CoreConfig.ready()`` connects them). Outside a
request (a management command, the admin's publish) nothing is kept: ``make()`` is called.
"""

from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

from .models import ContentGeneration

# Long: a change makes an entry stale through the generation, not through time.
KEEP_SECONDS = 24 * 60 * 60

T = TypeVar("T")

# A copy of the generation in a shared cache (Redis), so a page kept there is found with one
# round trip and no query. Short-lived, so that if the cache misses an advance (it was down),
# it reads the database again within seconds; every app server sees the same copy.
SHARED_GENERATION_KEY = "content-generation"
SHARED_GENERATION_SECONDS = 5
PER_PROCESS_BACKENDS = ("locmem.LocMemCache", "dummy.DummyCache")


class RequestMemo:
    """The generation a request is served in (read at most once) and what it fetched under it."""

    def __init__(self):
        self.generation: int | None = None
        self.values: dict[str, object] = {}


_memo: ContextVar[RequestMemo | None] = ContextVar("content_generation_memo", default=None)


def open_request_memo(sender=None, **kwargs) -> None:
    """``request_started`` receiver: a request starts with nothing read."""
    _memo.set(RequestMemo())


def close_request_memo(sender=None, **kwargs) -> None:
    """``request_finished`` receiver: what follows the request (a test, a command) reads afresh."""
    _memo.set(None)


def content_generation(request=None) -> int:
    """The generation this request is served in, read once (the page cache may have read it):
    from the shared cache's copy when there is one, so a request whose work is all kept asks
    the database nothing."""
    memo = _memo.get()
    generation = getattr(request, "content_generation", None)
    if generation is None and memo is not None:
        generation = memo.generation
    if generation is None and memo is not None and cache_is_shared():
        generation = generation_from_shared_cache(cache.get_many([SHARED_GENERATION_KEY]))
    if generation is None:
        generation = ContentGeneration.current()
    if memo is not None:
        memo.generation = generation
    if request is not None:
        request.content_generation = generation
    return generation


def cache_is_shared() -> bool:
    """Every app server reads the same cache (Redis): a generation kept there is theirs too.
    Per-process memory is not: an advance in one process would be unseen by the others."""
    return not settings.CACHES["default"]["BACKEND"].endswith(PER_PROCESS_BACKENDS)


def advance_generation() -> None:
    """Something readers could see has changed: every kept thing is stale, in every app server.
    The shared cache's copy follows once the change is committed, so no one can make a page
    of the new generation from the content as it was."""
    ContentGeneration.advance()
    memo = _memo.get()
    if memo is not None:  # the rest of this request (an admin view) sees the change too
        memo.generation = None
        memo.values.clear()
    if cache_is_shared():
        transaction.on_commit(copy_generation_to_cache)


def copy_generation_to_cache() -> None:
    """Set the shared copy to the database's generation, and again until they agree: two
    publishes at once could otherwise leave the earlier one's value last."""
    generation = ContentGeneration.current()
    for _ in range(3):
        cache.set(SHARED_GENERATION_KEY, generation, SHARED_GENERATION_SECONDS)
        latest = ContentGeneration.current()
        if latest == generation:
            return
        generation = latest


def generation_from_shared_cache(found: dict) -> int:
    """The generation from ``found`` (a ``get_many`` that asked for ``SHARED_GENERATION_KEY``),
    or from the database, then copied for the next request. ``add``: a copy an advance has set
    meanwhile is newer than what was read here, and stays."""
    generation = found.get(SHARED_GENERATION_KEY)
    if generation is None:
        generation = ContentGeneration.current()
        cache.add(SHARED_GENERATION_KEY, generation, SHARED_GENERATION_SECONDS)
    return generation


def note_generation(request, generation: int) -> None:
    """The page cache read the generation another way (from the shared cache): use it."""
    request.content_generation = generation
    memo = _memo.get()
    if memo is not None:
        memo.generation = generation


def cached(full_key: str, make: Callable[[], T], seconds: int = KEEP_SECONDS) -> T:
    """``make()``, or what it gave under ``full_key`` in Django's cache in the last ``seconds``.
    None is never taken for a kept value: what makes None is made each time."""
    value = cache.get(full_key)
    if value is None:
        value = make()
        cache.set(full_key, value, seconds)
    return value


def kept(key: str, make: Callable[[], T]) -> T:
    """``make()``, or what it gave earlier in this content generation; outside a request, always
    ``make()``. For work that is the same for every reader and every request."""
    memo = _memo.get()
    if memo is None:
        return make()
    if key not in memo.values:
        memo.values[key] = cached(f"generation:{content_generation()}:{key}", make)
    return memo.values[key]


def kept_for_generation(request, key: str, make: Callable[[], T]) -> T:
    """``make()``, or what it gave earlier in this content generation. A preview always makes
    its own: a draft's related pages or menus are not what the published page shows."""
    if getattr(request, "is_preview", False):
        return make()
    if request is not None:
        content_generation(request)  # the request's own, if the page cache read it
    if _memo.get() is None:  # a request made without Django's handler (RequestFactory)
        return cached(f"generation:{content_generation(request)}:{key}", make)
    return kept(key, make)


def kept_response(request, key: str, respond: Callable[[], HttpResponse]) -> HttpResponse:
    """``respond()``'s answer, or a copy of the one it gave earlier in this content generation:
    for a whole document every reader of an address is sent alike (the sitemap, a feed). Only a
    200 is kept; ``key`` must name everything the document depends on (its address)."""
    made = {}

    def make() -> tuple[bytes, list] | None:
        response = respond()
        if hasattr(response, "render"):
            response.render()
        made["response"] = response
        return (response.content, list(response.items())) if response.status_code == 200 else None

    kept = kept_for_generation(request, key, make)  # None is never kept: made afresh
    if "response" in made:
        return made["response"]
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response
