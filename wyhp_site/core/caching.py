"""Public pages in caches: the headers that let browsers and a shared cache (a CDN,
Varnish) keep what anonymous readers see, and the purge of every page that shows a
page when that page is published or withdrawn.

Wagtail's frontend_cache app purges the published page itself (each page type's
``get_cached_paths`` lists its routes). ``purge_pages_showing`` adds the pages that
show it elsewhere: its parent's listings, the home page, and whatever the apps name
through the ``PAGES_SHOWING`` hook (programme pages list the questions and posts on
their topic). ``purge_whole_site`` empties the cache of every page, for what every page
shows: the alert banner, the header menu and the footer. Purging only happens when
``WAGTAILFRONTENDCACHE`` names a cache.
"""

from django.conf import settings
from django.db import transaction
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.backends import AzureBaseBackend, BaseBackend, CloudfrontBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends, purge_urls_from_cache
from wagtail.models import Page, Site

from . import sections
from .page_cache import advance_on_content_change

# CDNs that read a path ending in "*" as every path under it: the whole site is one invalidation.
WILDCARD_BACKENDS = (CloudfrontBackend, AzureBaseBackend)

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


def every_page_changed(sender=None, **kwargs) -> None:
    """Signal receiver for a change every page shows (an alert withdrawn, the menus saved):
    every page is made afresh, by the page cache and by the front-end cache."""
    advance_on_content_change()
    purge_whole_site()


def every_page_changed_if_live(sender, instance, **kwargs) -> None:
    """For an alert published (not merely scheduled) or deleted while live."""
    if instance.live:
        every_page_changed()


def every_page_changed_unless_created(sender, created=False, **kwargs) -> None:
    """For the menus: they are made empty on the first page ever shown, a change only once saved."""
    if not created:
        every_page_changed()


def purge_whole_site() -> None:
    """Every page of every site out of the front-end cache, once the change is committed (a
    reader in between would put the old version back).

    Each configured backend gets what empties it with Wagtail's own purge calls: CloudFront and
    Azure one wildcard path a site; the others, which purge one address at a time (the HTTP
    backend's ``PURGE`` to Varnish and the like, Cloudflare), every address of every live public
    page: each page's ``get_cached_paths``, so an index's topic, year and month listings and
    its feeds too. A page's variants with a query string (``?page=2``) are not named, and last
    until ``PAGE_CACHE_SHARED_MAX_AGE``. ``robots.txt`` and the sitemap show no menu or alert.
    """
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        transaction.on_commit(purge_every_page)


def purge_every_page() -> None:
    for name, backend in get_backends().items():
        purge_urls_from_cache(whole_site_urls(backend), backends=[name])


def whole_site_urls(backend: BaseBackend) -> set[str]:
    if isinstance(backend, WILDCARD_BACKENDS):
        return {f"{site.root_url}/*" for site in Site.objects.all()}
    batch = PurgeBatch()
    # Specific pages: each page's cached paths, without a query for its type.
    batch.add_pages(Page.objects.live().public().specific())
    return batch.urls
