"""The sitemap, made once per content generation.

Wagtail's sitemap reads every live page, one query for each page type, and a listing's
topic addresses on top: the same document for every reader until something is published,
withdrawn or moved, which advances the content generation. So it is kept under the
generation (``generation_cache.py``), one copy for each site address and sitemap page.
"""

from django.http import HttpResponse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .generation_cache import kept_for_generation


def sitemap(request):
    made = {}

    def make() -> tuple[bytes, list] | None:
        response = wagtail_sitemap(request)  # a page number that is not one raises Http404
        response.render()
        made["response"] = response
        return (response.content, list(response.items())) if response.status_code == 200 else None

    # The address is part of every <loc>; only ``p``, the sitemap's page number, changes it.
    key = f"sitemap:{request.scheme}://{request.get_host()}:{request.GET.get('p', '')[:10]}"
    kept = kept_for_generation(request, key, make)
    if "response" in made:
        return made["response"]
    content, headers = kept
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    return response
