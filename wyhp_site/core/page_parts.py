"""The parts of a page every reader of one address is shown alike, made once per content
generation: Wagtail's ``{% wagtailpagecache %}``, keyed on the content generation.

A page's head (title, description, canonical address, social and schema.org data) and its
body (header, trail, main content, footer) depend only on the published content, the
address asked for (its query string chooses a listing's page, order or filter) and the day
(an answer is "out of date" from the day its review falls due). Kept under those, a reader
after the first is sent them with one cache read each and none of the page's queries: the
page's context is read only when a part is made (``on_demand``).

Only a public Wagtail page's parts are kept: not a page behind a password or for a group (what
its readers see is theirs alone, whatever template Wagtail asks them to sign in with), not
the search page (what people type is not kept), nor "page not found" (any address can be
asked for).
Made afresh, never kept: a preview or a shared preview link (a draft), and a page answering
a form sent to it (its errors and what the reader typed). What differs per reader stays
outside the parts: the Wagtail user bar and the preview banner.
"""

import hashlib
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from django.utils import timezone
from wagtail.models import Page

from .public_pages import is_public

T = TypeVar("T")
KEPT_METHODS = ("GET", "HEAD")


def page_part_key(request, page, name: str) -> str | None:
    """The cache key for part ``name`` of ``page``, as ``request`` asks for it; None when the
    part must be made afresh. (A preview is always made afresh: ``kept_for_generation``.)"""
    if (
        request is None
        or not isinstance(page, Page)
        or request.method not in KEPT_METHODS
        or not is_public(page)
    ):
        return None
    # The scheme and host are part of the address: one deployment may serve several sites.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-part:{name}:{timezone.localdate().isoformat()}:{digest}"


def on_demand(make: Callable[[], T]) -> Callable[[], T]:
    """``make``, called the first time a template reads it and only then: a template calls a
    callable it finds in its context, so a value only a kept part shows costs nothing when
    that part is kept. Each later read gives the same value."""
    return cache(make)
