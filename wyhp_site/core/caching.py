"""Public pages in caches: the headers that let browsers and a shared cache (Varnish, a CDN)
keep what anonymous readers see, and the surrogate keys a shared cache files them under.

Every answer a Wagtail page gives (any of its routes, any query string: ``/faq/topic/stroke/
?page=2`` is the FAQ index's) is filed under ``page-<id>`` of that page, and the sitemap under
``sitemap``, so that publishing can purge all of them with one request naming the keys
(``cache_purge.py``). Keys are sent only when ``FRONTEND_CACHE_URL`` names a cache to purge.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

# Views whose answer to an anonymous reader is the same for everyone.
PUBLIC_VIEWS = {"wagtail_serve", "sitemap", "robots_txt"}
SITEMAP_KEY = "sitemap"
# On every answer: what a change to every page (the menus, footer, site alert; a topic's name) purges.
SITE_KEY = "site"
# The header Varnish's VCL (deploy/varnish/default.vcl) files an answer under; Fastly reads it too.
SURROGATE_KEY_HEADER = "Surrogate-Key"
# Where the page that answered a request is noted (wagtail_hooks.py, before_serve_page).
SERVED_PAGE_ATTRIBUTE = "wyhp_served_page_id"


def page_key(page_id: int) -> str:
    return f"page-{page_id}"


def note_served_page(request, page) -> None:
    setattr(request, SERVED_PAGE_ATTRIBUTE, page.pk)


class PublicCacheHeadersMiddleware:
    """Marks anonymous answers of the public views cacheable, for PAGE_CACHE_MAX_AGE
    seconds in browsers and PAGE_CACHE_SHARED_MAX_AGE in a shared cache (which
    publishing purges, so it can keep pages longer than a browser). A shared cache may
    serve a stale copy for PAGE_CACHE_STALE_WHILE_REVALIDATE seconds while it fetches a
    fresh one, and for PAGE_CACHE_STALE_IF_ERROR seconds while the site fails."""

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
                stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
                stale_if_error=settings.PAGE_CACHE_STALE_IF_ERROR,
            )
            keys = surrogate_keys(request)
            if keys and settings.FRONTEND_CACHE_URL:
                response[SURROGATE_KEY_HEADER] = " ".join(keys)
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


def surrogate_keys(request) -> list[str]:
    """What publishing purges this answer by; none for robots.txt, which no publish changes."""
    if request.resolver_match.url_name == "sitemap":
        return [SITEMAP_KEY, SITE_KEY]
    page_id = getattr(request, SERVED_PAGE_ATTRIBUTE, None)
    return [page_key(page_id), SITE_KEY] if page_id is not None else []
