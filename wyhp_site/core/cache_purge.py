"""Publishing, withdrawing or deleting a page purges the shared cache with one request.

The request (``PURGE`` to ``FRONTEND_CACHE_URL``) names surrogate keys (``caching.py``):
the page itself, every page that shows it, and the sitemap. A key stands for every route
and query string of its page, so ``/faq/?page=2``, ``/faq/topic/stroke/`` and
``/news/feed/`` go with their index page, however many months the archive has.

"Every page that shows it" is ``pages_showing``: its parent's listings, the home page, and
what the apps answer through the ``PAGES_SHOWING`` hook (programme pages on a question's or
post's topics, questions listing it as related). Both before the change and after it: a
question moved from one topic to another leaves the first topic's programme page as much as
it joins the second's. A publish saves the page whole, and just before it does, the database
still holds the live version, so ``note_pages_showing_live_version`` (``pre_save``) notes
what showed that one.

The request goes once the database transaction has committed, so that a reader cannot put
the old version back in the cache between the purge and the commit; a cache that cannot be
reached is logged, and the publish goes ahead (pages then last until their ``s-maxage``).
"""

import logging
from collections.abc import Iterable
from functools import partial
from urllib.error import URLError
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from . import sections
from .caching import SITE_KEY, SITEMAP_KEY, SURROGATE_KEY_HEADER, page_key

logger = logging.getLogger(__name__)

PURGE_TIMEOUT = 5  # seconds; a cache on the same network answers in milliseconds
# Varnish refuses a header line over 8 KB (http_req_hdr_len); a topic with hundreds of
# questions is sent in several requests rather than refused.
MAX_KEYS_HEADER = 6000
# Set on a page instance by the pre_save receiver, read when it is published or withdrawn.
KEYS_BEFORE_SAVE = "_wyhp_cache_keys_before_save"


def pages_showing(page: Page) -> list[Page]:
    """Pages other than ``page`` whose content includes it (a title, a date, a count)."""
    shown_on = []
    parent = page.get_parent()
    if parent is not None and not parent.is_root():
        shown_on.append(parent)  # its listings, every route of them
    try:
        site = page.get_site()
    except Site.DoesNotExist:  # the page is being deleted with its site
        site = None
    if site is not None and site.root_page_id not in (page.pk, parent.pk if parent else None):
        shown_on.append(site.root_page)  # the latest updates, FAQ topics and programmes
    shown_on += [other for other in sections.pages_showing(page.specific) if other.pk != page.pk]
    return shown_on


def keys_for(page: Page) -> set[str]:
    """The keys of ``page``, of every page showing it, and of the sitemap, which lists it."""
    return {page_key(page.pk), SITEMAP_KEY, *(page_key(other.pk) for other in pages_showing(page))}


def purging() -> bool:
    return bool(settings.FRONTEND_CACHE_URL)


def note_pages_showing_live_version(sender, instance, update_fields=None, raw=False, **kwargs):
    """``pre_save`` of a page model. Publishing and withdrawing save the whole page (saving a
    draft names its ``update_fields``); the row still holds the live version then."""
    if raw or update_fields is not None or instance.pk is None or not purging():
        return
    live = sender.objects.filter(pk=instance.pk, live=True).first()
    if live is not None:
        setattr(instance, KEYS_BEFORE_SAVE, keys_for(live))


def purge_published_page(sender, instance, **kwargs):
    """``page_published`` and ``page_unpublished`` (which Wagtail sends too when a live page is
    deleted, while the pages showing it can still be found): the page as it is now and as it was."""
    if purging():
        purge_keys_after_commit(keys_for(instance) | instance.__dict__.pop(KEYS_BEFORE_SAVE, set()))


def purge_whole_site() -> None:
    """Every page at once, with one request: after a change every page shows (the menus and
    footer; a site alert published or withdrawn; a topic's or person's name)."""
    if purging():
        purge_keys_after_commit({SITE_KEY})


def purge_keys_after_commit(keys: set[str]) -> None:
    transaction.on_commit(partial(purge_keys, sorted(keys)))


def purge_keys(keys: Iterable[str]) -> None:
    """One ``PURGE`` request naming ``keys`` (more only if they would not fit in one header)."""
    # The address comes from the settings, which allow only http:// and https:// (settings/env.py).
    url = settings.FRONTEND_CACHE_URL
    for header in key_headers(keys):
        request = Request(url, method="PURGE", headers={SURROGATE_KEY_HEADER: header})  # noqa: S310
        try:
            with urlopen(request, timeout=PURGE_TIMEOUT) as response:  # noqa: S310
                response.read()
        except (URLError, OSError) as error:
            logger.error(
                "Could not purge the front-end cache at %s (%s); pages stay there until their s-maxage.",
                settings.FRONTEND_CACHE_URL,
                getattr(error, "reason", error),
            )


def key_headers(keys: Iterable[str]) -> list[str]:
    headers = [""]
    for key in keys:
        if headers[-1] and len(headers[-1]) + 1 + len(key) > MAX_KEYS_HEADER:
            headers.append("")
        headers[-1] = f"{headers[-1]} {key}".lstrip()
    return [header for header in headers if header]
