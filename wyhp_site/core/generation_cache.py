"""Work that only a change of content can change, done once per content generation.

The header menu, the footer, a listing's topic and month counts: each costs queries on
every page, yet changes only when something is published, withdrawn or saved. Kept in
Django's cache under the content generation (``core/models/content_generation.py``),
which every such change advances, they are fresh at once after a change and cost
nothing in between. The generation is read once a request.
"""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

from .models import ContentGeneration

# Long: a change makes an entry stale through the generation, not through time.
KEEP_SECONDS = 24 * 60 * 60

T = TypeVar("T")


def content_generation(request) -> int:
    """The generation this request is served in, read once (the page cache may have read it)."""
    if not hasattr(request, "content_generation"):
        request.content_generation = ContentGeneration.current()
    return request.content_generation


def kept_for_generation(request, key: str, make: Callable[[], T]) -> T:
    """``make()``, or what it gave earlier in this content generation. A preview always makes
    its own: a draft's related pages or menus are not what the published page shows."""
    if getattr(request, "is_preview", False):
        return make()
    full_key = f"generation:{content_generation(request)}:{key}"
    value = cache.get(full_key)
    if value is None:
        value = make()
        cache.set(full_key, value, KEEP_SECONDS)
    return value
