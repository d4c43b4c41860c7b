import re
import unicodedata

from django.template.response import TemplateResponse
from wagtail.models import Page

from wyhp_site.core.pagination import paginate

RESULTS_PER_PAGE = 10
# Long enough for any real question; anything longer is cut before it reaches
# the search backend's query parser.
MAX_QUERY_LENGTH = 200


def clean_query(raw: str) -> str:
    """The words to search for: control characters dropped, length capped, spaces folded."""
    printable = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C")
    return " ".join(printable[:MAX_QUERY_LENGTH].split())


def search_terms(query: str) -> str:
    """Only the words: the backends' query parsers (SQLite FTS5, PostgreSQL tsquery)
    give operators such as ``&``, ``|``, ``:*`` and quotes a meaning of their own."""
    return " ".join(re.findall(r"\w+", query))


def search(request):
    query = clean_query(request.GET.get("q", ""))
    terms = search_terms(query)
    results = Page.objects.live().public().specific().search(terms) if terms else Page.objects.none()
    page_obj = paginate(request, results, RESULTS_PER_PAGE)
    response = TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query, "results": page_obj, "total": page_obj.paginator.count},
    )
    if query:
        # Results change with every publish and are personal to the query:
        # keep them out of shared caches and search engines.
        response["Cache-Control"] = "private, no-cache"
        response["X-Robots-Tag"] = "noindex"
    return response
