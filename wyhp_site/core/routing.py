"""Which page an address leads to, worked out once per content generation.

Wagtail finds the page for ``/faq/asked/2018/03/`` by walking the tree from the site's root,
one query a level, then one for the specific page, two more for its view restrictions, and
one for the site itself: half a page's queries, the same for every reader until something
is published, moved or withdrawn, or a page is made private (each advances the content
generation). Here the site, the page reached and its view restrictions are kept under the
generation (``generation_cache.py``) and handed to Wagtail's own ``serve`` view through the
attributes it caches them in (``request._wagtail_site``, ``request._wagtail_route_for_request``),
so Wagtail's routing, its view-restriction check and every hook still run as they would.

A page is kept under its own address, with the pages above it. A later address below it
(a listing's ``topic/stroke/``, a child) starts from the longest kept address above it and
calls that page's ``route`` with the rest, exactly as Wagtail's walk would on reaching it,
unless a page above it has routes of its own (a listing) that take the address first, as
Wagtail's walk would let them: then the walk starts from the root. An address that leads
nowhere is not kept.
"""

import functools
import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve

from .generation_cache import KEEP_SECONDS, content_generation, kept


@dataclass
class KeptPage:
    page: Page  # specific, with the pages above it on ``_cached_parent_obj``
    view_restrictions: list[PageViewRestriction]


class KeptRoutesMiddleware:
    """Fills in Wagtail's route for its ``serve`` view from the pages kept per generation."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and not hasattr(request, "_wagtail_route_for_request"):
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            site = kept_site(request)
            request._wagtail_site = site
            request._wagtail_route_for_request = kept_route(request, site, path) if site else None


def kept_site(request) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    return kept(f"site:{hostname}:{request.get_port()}", lambda: Site._find_for_request(request))


def kept_route(request, site: Site, path: str):
    """Wagtail's ``RouteResult`` for ``path`` on ``site``, or None (a 404)."""
    components = [component for component in path.split("/") if component]
    generation = content_generation(request)
    keys = [route_key(generation, site, components[:length]) for length in range(len(components) + 1)]
    found = cache.get_many(keys)
    start, consumed = None, 0
    for length in range(len(components), -1, -1):  # the longest kept address first
        kept_page = found.get(keys[length])
        if kept_page is not None and no_route_above_takes(kept_page.page, components, length):
            start, consumed = kept_page, length
            break
    page = with_restrictions(start) if start is not None else site.root_page.localized.specific
    try:
        result = page.route(request, components[consumed:])
    except Http404:
        return None
    if start is None or result[0] is not page:
        keep(generation, site, result[0])
    return result


def route_key(generation: int, site: Site, components: list[str]) -> str:
    address = hashlib.sha256("/".join(components).encode()).hexdigest()  # a key of fixed length
    return f"generation:{generation}:route:{site.pk}:{address}"


def pages_above(page: Page) -> list[Page]:
    """The pages Wagtail's walk passed through to reach ``page``, nearest first, up to the
    site's root (the one with none above); empty if ``page`` was not reached by a walk."""
    above, parent = [], getattr(page, "_cached_parent_obj", None)
    while parent is not None:
        above.append(parent)
        parent = getattr(parent, "_cached_parent_obj", None)
    return above


def no_route_above_takes(page: Page, components: list[str], depth_below_root: int) -> bool:
    """Whether Wagtail's walk for ``components`` reaches ``page`` (kept at
    ``components[:depth_below_root]``): no page above it with routes of its own (a listing)
    takes the rest of the address first, as ``RoutablePageMixin.route`` would."""
    for steps_up, page_above in enumerate(pages_above(page), start=1):
        if isinstance(page_above, RoutablePageMixin) and page_above.live:
            rest = components[depth_below_root - steps_up :]
            try:
                page_above.resolve_subpage("/" + "".join(f"{part}/" for part in rest))
            except Http404:
                continue
            return False
    return True


def keep(generation: int, site: Site, page: Page) -> None:
    """Keep ``page``, reached by a walk from the root of ``site``, under its own address."""
    above = pages_above(page)
    if page.pk != site.root_page_id and (not above or above[-1].pk != site.root_page_id):
        return  # not reached by a walk from this site's root
    components = [walked.slug for walked in reversed([page, *above][:-1])]
    kept_page = KeptPage(page, list(Page.get_view_restrictions(page)))
    cache.set(route_key(generation, site, components), kept_page, KEEP_SECONDS)
    with_restrictions(kept_page)  # Wagtail's check of this request needs no queries of its own


def with_restrictions(kept_page: KeptPage) -> Page:
    """The kept page, answering Wagtail's view-restriction check (its ``on_serve_page`` hook)
    from what was kept rather than with two queries."""
    page = kept_page.page
    page.get_view_restrictions = functools.partial(list, kept_page.view_restrictions)  # picklable
    return page
