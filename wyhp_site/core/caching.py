"""Public pages in caches: the headers that let browsers and a shared cache (a CDN,
Varnish) keep what anonymous readers see, and the purge of every page that shows a
page when that page is published or withdrawn.

Wagtail's frontend_cache app purges the published page itself (each page type's
``get_cached_paths`` lists its routes). ``purge_pages_showing`` adds the pages that
show it elsewhere: its parent's listings, the home page, and whatever the apps name
through the ``PAGES_SHOWING`` hook (programme pages list the questions and posts on
their topic). Purging only happens when ``WAGTAILFRONTENDCACHE`` names a cache.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site

from . import sections

# Views whose answer to an anonymous reader is the same for everyone.
PUBLIC_VIEWS = {"wagtail_serve", "sitemap", "robots_txt"}


class PublicCacheHeadersMiddleware:
    """Marks anonymous answers of the public views cacheable, for PAGE_CACHE_MAX_AGE
    seconds in browsers and PAGE_CACHE_SHARED_MAX_AGE in a shared cache (which
    publishing purges, so it can keep pages longer than a browser)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_public_response(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_MAX_AGE,
                s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
            )
        return response


def is_public_response(request, response) -> bool:
    match = request.resolver_match
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and match is not None
        and match.url_name in PUBLIC_VIEWS
        # Wagtail marks pages with view restrictions never-cache; search results are no-store.
        and not response.has_header("Cache-Control")
        and not response.cookies
        and hasattr(request, "user")  # unset if a middleware answered before authentication
        and not request.user.is_authenticated
    )


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


def purge_pages_showing(sender, instance, **kwargs):
    """Signal handler for page_published and page_unpublished."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    batch.add_pages(pages_showing(instance))
    batch.purge()
