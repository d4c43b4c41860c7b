"""The sitemap, made once per content generation.

Wagtail's sitemap reads every live page, one query for each page type, and a listing's
topic addresses on top: the same document for every reader until something is published,
withdrawn or moved, which advances the content generation. So it is kept under the
generation (``generation_cache.py``), one copy for each site address and sitemap page.
"""

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .generation_cache import kept_response


def sitemap(request):
    # The address is part of every <loc>; only ``p``, the sitemap's page number, changes it.
    # A page number that is not one raises Http404, and nothing is kept.
    key = f"sitemap:{request.scheme}://{request.get_host()}:{request.GET.get('p', '')[:10]}"
    return kept_response(request, key, lambda: wagtail_sitemap(request))
