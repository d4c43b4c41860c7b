"""``/share/<token>/``: the latest draft of one page, for whoever holds its link.

The draft is rendered by Wagtail's own preview (``serve_preview`` in the page's default preview
mode) on this request, so no route, session or page cache is involved: the answer is marked
``no-store, private`` (neither the page cache, Varnish nor a browser keeps it), ``noindex``, sends
no referrer (the token is in the address) and sets no cookie. Links inside the draft are the
public addresses of the pages they name: nothing here leads to another draft.

An unknown token is a 404 and counts against the client address (a keyed hash of it, in the
shared cache); past ``PREVIEW_LINK_MISS_LIMIT`` misses the address gets 429 whatever it sends.
"""

import re

from django.conf import settings
from django.http import Http404
from django.shortcuts import render

from wyhp_site.accounts.client_address import client_address
from wyhp_site.accounts.throttle import Counter

from .models import SharedPreviewLink, token_hash

# What ``secrets.token_urlsafe`` makes; anything else is not worth a query.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,100}")
# The attribute base.html looks for to show the "Draft preview" banner and noindex.
PREVIEW_ATTRIBUTE = "shared_preview_link"


def misses(request) -> Counter:
    return Counter("preview-link-miss", client_address(request), limit=settings.PREVIEW_LINK_MISS_LIMIT)


def too_many_misses(request):
    minutes = settings.LOGIN_COOLOFF_MINUTES
    response = render(request, "sharing/too_many_misses.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response


def private(response):
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


def shared_preview(request, token):
    counter = misses(request)
    if counter.exhausted:
        return private(too_many_misses(request))
    link = None
    if TOKEN_SHAPE.fullmatch(token):
        link = SharedPreviewLink.objects.select_related("page").filter(token_hash=token_hash(token)).first()
    if link is None:
        counter.add()
        raise Http404("No such preview link.")
    if not link.is_active:
        return private(render(request, "sharing/link_gone.html", {"link": link}, status=410))
    return private(render_draft(request, link))


def render_draft(request, link):
    """The page's latest draft as Wagtail previews it, rendered as if at the page's public
    address: its canonical URL, and any link a template makes from ``request.path``, are then
    public addresses, never this one with its token."""
    draft = link.page.specific.get_latest_revision_as_object()
    share_path, share_path_info = request.path, request.path_info
    public_path = (draft.get_url_parts(request) or (None, None, None))[2]
    setattr(request, PREVIEW_ATTRIBUTE, link)
    request.is_preview = True
    request.preview_mode = draft.default_preview_mode
    if public_path:
        request.path = request.path_info = public_path
    try:
        response = draft.serve_preview(request, draft.default_preview_mode)
        if hasattr(response, "render"):
            response.render()
    finally:
        request.path, request.path_info = share_path, share_path_info
    # A form in the draft (a CSRF token) would otherwise set a cookie on a reader who has none.
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
    return response
