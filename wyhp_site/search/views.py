"""/search/: the results page, and the same results as JSON with ``format=json``."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page as PaginatorPage
from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wyhp_site.core.generation_cache import content_generation
from wyhp_site.core.models import Topic
from wyhp_site.core.pagination import paginate
from wyhp_site.core.routing import kept_site
from wyhp_site.core.sections import search_suggestions

from .engine import SearchResult, SiteSearch
from .query import MAX_QUERY_LENGTH, clean_query
from .query_log import log_search
from .result_types import ResultType, type_by_key

RESULTS_PER_PAGE = 10
# Slugs and type names are short; a longer value is a mistake, not worth echoing in full.
MAX_PARAMETER_LENGTH = 80


@dataclass
class SearchPage:
    """Everything the results page and its JSON show, computed once."""

    query: str = ""
    shortened: bool = False
    result_type: ResultType | None = None
    topic: Topic | None = None
    search: SiteSearch | None = None
    page_obj: PaginatorPage | None = None
    results: list[SearchResult] = field(default_factory=list)
    error: str = ""
    status: int = 200

    @property
    def total(self) -> int:
        return self.page_obj.paginator.count if self.page_obj is not None else 0

    @property
    def has_more(self) -> bool:
        """Whether more pages matched than one search shows (``engine.MAX_RESULTS``)."""
        return self.search is not None and self.page_obj is not None and self.search.results.has_more

    @property
    def page_number(self) -> int:
        return self.page_obj.number if self.page_obj is not None else 1

    def as_json(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page_number,
            "results": [result.as_json() for result in self.results],
        }


def run_search(request) -> SearchPage:
    """Read the query string, search, and take the page of results asked for."""
    query, shortened = clean_query(request.GET.get("q", ""))
    outcome = SearchPage(query=query, shortened=shortened)

    type_key = request.GET.get("type", "").strip()[:MAX_PARAMETER_LENGTH]
    if type_key:
        outcome.result_type = type_by_key(type_key)
        if outcome.result_type is None:
            outcome.error, outcome.status = f"There is no type of result called \u2018{type_key}\u2019.", 400
            return outcome

    topic_slug = request.GET.get("topic", "").strip()[:MAX_PARAMETER_LENGTH]
    if topic_slug:
        outcome.topic = Topic.objects.filter(slug=topic_slug).first()
        if outcome.topic is None:
            outcome.error, outcome.status = f"There is no topic called \u2018{topic_slug}\u2019.", 404
            return outcome

    if not query:
        return outcome

    # The site, kept per content generation as for Wagtail's pages (and where Wagtail looks
    # for it again, when the results' links are made).
    request._wagtail_site = kept_site(request)
    outcome.search = SiteSearch(
        query,
        result_type=outcome.result_type,
        topic=outcome.topic,
        site=request._wagtail_site,
        generation=content_generation(request),
    )
    try:
        outcome.page_obj = paginate(request, outcome.search.results, RESULTS_PER_PAGE)
    except Http404 as error:
        outcome.error, outcome.status = str(error), 404
        return outcome
    outcome.results = outcome.search.present_page(outcome.page_obj, request)
    return outcome


def search(request):
    outcome = run_search(request)
    if outcome.query and outcome.page_obj is not None and outcome.page_number == 1:
        log_search(outcome.query, outcome.total)  # later pages of the same search are not new searches

    if request.GET.get("format") == "json":
        body = {"error": outcome.error} if outcome.error else outcome.as_json()
        response = JsonResponse(body, status=outcome.status)
    else:
        response = TemplateResponse(request, "search/search.html", _context(outcome), status=outcome.status)

    if outcome.query or outcome.error:
        # Results are personal to the query and change with every publish:
        # keep them out of shared caches and out of search engines.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


def _context(outcome: SearchPage) -> dict:
    context = {
        "search_page": outcome,
        "search_query": outcome.query,
        "max_query_length": MAX_QUERY_LENGTH,
        "results": outcome.results,
        "page_obj": outcome.page_obj,
        "total": outcome.total,
        "has_more": outcome.has_more,
    }
    if outcome.error:
        context["unfiltered_url"] = _search_url(outcome.query)
    elif outcome.search is not None:
        # Filters help narrow results down, or widen a filtered search that found nothing.
        context["show_filters"] = bool(outcome.total or outcome.result_type or outcome.topic)
        if context["show_filters"]:
            context["type_filters"] = _type_filters(outcome)
            context["topic_filters"] = _topic_filters(outcome)
        context["glossary_terms"] = outcome.search.parsed.glossary_terms
        context["dropped_words"] = outcome.search.parsed.dropped_words
        context["full_results"] = [result for result in outcome.results if not result.partial]
        context["partial_results"] = [result for result in outcome.results if result.partial]
        if outcome.total == 0:
            context.update(_empty_state(outcome))
    else:
        context.update(search_suggestions())
    return context


def _search_url(query: str, result_type: ResultType | None = None, topic: Topic | None = None) -> str:
    parameters = {"q": query}
    if result_type:
        parameters["type"] = result_type.key
    if topic:
        parameters["topic"] = topic.slug
    return f"{reverse('search')}?{urlencode(parameters)}"


def _type_filters(outcome: SearchPage) -> list[dict]:
    counts = outcome.search.type_counts
    # Past the most one search shows, counts would mislead: the links go without them.
    partial = outcome.search.counts_are_partial
    filters = [
        {
            "label": "All results",
            "count": None if partial else sum(counts.values()),
            "url": _search_url(outcome.query, None, outcome.topic),
            "current": outcome.result_type is None,
        }
    ]
    for result_type, count in counts.items():
        if count or partial or result_type is outcome.result_type:
            filters.append(
                {
                    "label": result_type.plural,
                    "count": None if partial else count,
                    "url": _search_url(outcome.query, result_type, outcome.topic),
                    "current": result_type is outcome.result_type,
                }
            )
    return filters


def _topic_filters(outcome: SearchPage) -> list[dict]:
    topic_counts = outcome.search.topic_counts
    if not topic_counts and outcome.topic is None:
        return []
    filters = [
        {
            "label": "All topics",
            "count": None,
            "url": _search_url(outcome.query, outcome.result_type, None),
            "current": outcome.topic is None,
        }
    ]
    listed = {topic.pk for topic, _count in topic_counts}
    if outcome.topic is not None and outcome.topic.pk not in listed:
        topic_counts = [(outcome.topic, 0), *topic_counts]
    partial = outcome.search.counts_are_partial
    for topic, count in topic_counts:
        filters.append(
            {
                "label": topic.name,
                "count": None if partial else count,
                "url": _search_url(outcome.query, outcome.result_type, topic),
                "current": outcome.topic is not None and topic.pk == outcome.topic.pk,
            }
        )
    return filters


def _empty_state(outcome: SearchPage) -> dict:
    """Ways forward when nothing was found: fewer filters, fewer words, and what the apps
    offer to browse instead (the FAQ and its topics)."""
    suggestions = {}
    if outcome.result_type or outcome.topic:
        suggestions["broader_url"] = _search_url(outcome.query)
    concepts = outcome.search.parsed.concepts
    if len(concepts) > 1:
        suggestions["single_words"] = [
            {"text": concept.text, "url": _search_url(concept.text)} for concept in concepts[:5]
        ]
    suggestions.update(search_suggestions())
    return suggestions
