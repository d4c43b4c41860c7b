"""The site search itself, shared by the results page and its JSON.

Order of results: pages editors promoted for the query, then pages that
mention every concept in the query (ranked by the backend: title above body),
then pages that mention only some of them. Each promoted page appears once.
Within each of those, pages their type ranks last (the FAQ's historic answers)
follow the others.

What a search costs does not grow with the size of the site: one query per
kind of match asks the backend for at most MAX_RESULTS + 1 matching pages,
in no order, with their scores (on PostgreSQL an index lookup that stops as
soon as it has enough), and they are sorted here. A page of results then
fetches just the ten pages it shows. Only a query whose words are in more
than MAX_RESULTS pages ("NHS", "care") meets the limit; it shows
MAX_RESULTS of them, ranked, and says that there are more.
"""

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import NamedTuple, TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Page as PaginatorPage
from django.db.models import Count
from django.utils.safestring import SafeString
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from wyhp_site.core.generation_cache import KEEP_SECONDS, cached, content_generation
from wyhp_site.core.models import GlossaryTerm, Topic

from .query import ParsedQuery, parse_query
from .result_types import PAGE, ResultType, installed_content_types, type_of_model
from .snippets import MAX_SOURCE_LENGTH, build_snippet
from .text import plain_text

# The most pages one search shows (50 pages of results). Finding, counting and ranking
# every page that mentions "NHS" would cost time in proportion to the whole site.
MAX_RESULTS = 500
# Seconds what one search found is kept for the same search (its next pages, the next
# reader's), within one content generation: the pages found, the filter counts, each page of
# results as shown, the promotions and the glossary; 0 finds them afresh every time.
# (A SEARCH_KEEP_MATCHES_SECONDS setting overrides it: bench/bakery_search.py measures both.)
KEEP_MATCHES_SECONDS = 60

T = TypeVar("T")


def kept_for_search(generation: int | None, key: str, find: Callable[[], T]) -> T:
    """``find()``, or what it gave under ``key`` in this content generation in the last
    KEEP_MATCHES_SECONDS. Any publish, unpublish, snippet save (the glossary) or promotion
    saved or deleted (apps.py) starts a new generation; the time limit bounds what it does
    not see, such as a glossary term a script adds outside the admin. Without a generation
    (a search made outside a request) nothing is kept."""
    seconds = getattr(settings, "SEARCH_KEEP_MATCHES_SECONDS", KEEP_MATCHES_SECONDS)
    if generation is None or not seconds:
        return find()
    return cached(f"generation:{generation}:search:{key}", find, seconds)


def digest(text: str) -> str:
    """A key of fixed length for what a reader typed."""
    return hashlib.sha256(text.encode()).hexdigest()


class Promotion(NamedTuple):
    page: Page | None  # or an external link:
    url: str
    title: str
    description: str


class Match(NamedTuple):
    """A page the backend found, and how well it matches (see ``_best_first``)."""

    pk: int
    content_type_id: int
    score: float | None = None


class Hit(NamedTuple):
    """One place in the results: a promotion, or a page with every word or with some."""

    item: Promotion | Match
    kind: str  # "promoted", "all" or "some"


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    type: ResultType
    type_label: str
    snippet: SafeString
    date: date | None
    date_text: str
    topics: list
    promoted: bool = False
    partial: bool = False
    page: Page | None = None  # the specific page; None for a promoted link to another website

    def as_json(self) -> dict:
        return {
            "title": self.title,
            "url": self.url,
            "type": self.type.key,
            "snippet": str(self.snippet),
            "date": self.date.isoformat() if self.date else None,
            **(self.type.extra_json(self.page) if self.page is not None else {}),
        }


class Tier(NamedTuple):
    kind: str  # "all" or "some"
    matches: list[Match]  # best first


class RankedResults:
    """Promotions, then each tier of ranked pages, as one sequence the paginator
    can count and slice without fetching more than the page it shows."""

    def __init__(self, promotions: list[Promotion], tiers: list[Tier], *, has_more: bool = False):
        self.promotions = promotions
        self.tiers = tiers
        self.has_more = has_more  # more pages matched than MAX_RESULTS; the rest are not shown

    def count(self) -> int:
        return len(self.promotions) + sum(len(tier.matches) for tier in self.tiers)

    def __len__(self):
        return self.count()

    def __getitem__(self, key: slice) -> list[Hit]:
        start, stop, _step = key.indices(self.count())
        hits = [Hit(promotion, "promoted") for promotion in self.promotions[start:stop]]
        offset = len(self.promotions)
        for tier in self.tiers:
            size = len(tier.matches)
            low, high = (min(max(bound - offset, 0), size) for bound in (start, stop))
            hits += [Hit(match, tier.kind) for match in tier.matches[low:high]]
            offset += size
        return hits


class SiteSearch:
    """One query, with an optional type and topic, over the live public pages of a site."""

    def __init__(
        self,
        query: str,
        *,
        result_type: ResultType | None = None,
        topic: Topic | None = None,
        site: Site | None = None,
        glossary=None,
        generation: int | None = None,
    ):
        self.query = query
        self.result_type = result_type
        self.topic = topic
        self.site = site
        # The content generation the search runs in: with one, what it finds is kept for
        # KEEP_MATCHES_SECONDS (see ``kept_for_search``).
        self.generation = generation
        if glossary is None:
            glossary = kept_for_search(generation, "glossary", lambda: list(GlossaryTerm.objects.all()))
        self.parsed: ParsedQuery = parse_query(query, glossary)

    # --- Which pages --------------------------------------------------------

    @cached_property
    def _public_pages(self):
        pages = Page.objects.live().public()  # public() reads the view restrictions once, here
        return pages.in_site(self.site) if self.site else pages

    def pages(self, *, result_type: ResultType | None = None, topic: Topic | None = None):
        """Live public pages of the site, of one type and on one topic if given."""
        pages = self._public_pages
        content_models = [content_type.model for content_type in installed_content_types()]
        if result_type is PAGE and content_models:
            pages = pages.not_type(*content_models)
        elif result_type is not None and result_type is not PAGE:
            pages = pages.type(result_type.model)
        if topic is not None:
            pages = pages.filter(id__in=self._pages_on_topic(topic))
        return pages

    def _pages_on_topic(self, topic: Topic) -> list[int]:
        if topic.pk not in self._topic_cache:
            tagged = [
                content_type.model.objects.filter(**{content_type.topics_field: topic})
                .order_by()
                .values_list("pk", flat=True)
                for content_type in installed_content_types()
            ]
            self._topic_cache[topic.pk] = list(tagged[0].union(*tagged[1:])) if tagged else []
        return self._topic_cache[topic.pk]

    @cached_property
    def _topic_cache(self) -> dict[int, list[int]]:
        return {}

    # --- Promotions ----------------------------------------------------------

    @cached_property
    def _all_promotions(self) -> list[SearchPromotion]:
        if not self.query:
            return []
        query_string = normalise_query_string(self.query)
        return kept_for_search(
            self.generation,
            f"promotions:{digest(query_string)}",
            lambda: list(
                SearchPromotion.objects.filter(query__query_string=query_string)
                .select_related("page")
                .order_by("sort_order", "pk")
            ),
        )

    def _promotions(self, *, result_type: ResultType | None, topic: Topic | None) -> list[Promotion]:
        """Promotions that pass the filters: their pages live, public and of the type and topic asked for.
        Links to other websites count as pages with no topic."""
        page_ids = [pick.page_id for pick in self._all_promotions if pick.page_id]
        allowed = (
            set(
                self.pages(result_type=result_type, topic=topic)
                .filter(id__in=page_ids)
                .values_list("id", flat=True)
            )
            if page_ids
            else set()
        )
        links_allowed = topic is None and result_type in (None, PAGE)
        promotions, seen = [], set()
        for pick in self._all_promotions:
            if pick.page_id in allowed and pick.page_id not in seen:
                seen.add(pick.page_id)
                promotions.append(Promotion(pick.page, "", pick.page.title, pick.description))
            elif not pick.page_id and pick.external_link_url and links_allowed:
                title = pick.external_link_text or pick.external_link_url
                promotions.append(Promotion(None, pick.external_link_url, title, pick.description))
        return promotions

    @cached_property
    def promotions(self) -> list[Promotion]:
        """The promotions shown, kept for the same search: which pass the filters costs queries."""
        return self._kept(
            "promotions", lambda: self._promotions(result_type=self.result_type, topic=self.topic)
        )

    @cached_property
    def _promoted_page_ids(self) -> list[int]:
        return [pick.page_id for pick in self._all_promotions if pick.page_id]

    def _organic(self, *, result_type: ResultType | None, topic: Topic | None):
        """The filtered pages, less every promoted page (each is shown once, at the top)."""
        pages = self.pages(result_type=result_type, topic=topic)
        return pages.exclude(id__in=self._promoted_page_ids) if self._promoted_page_ids else pages

    # --- Results -------------------------------------------------------------

    def _kept(self, name: str, find: Callable[[], T]) -> T:
        """``find()``, or what it gave for the same search (``kept_for_search``). Promotions
        change the pages left to find, so they are part of the key."""
        search = (
            self.query,
            self.site.pk if self.site else None,
            self.result_type.key if self.result_type else None,
            self.topic.pk if self.topic else None,
            sorted(self._promoted_page_ids),
        )
        return kept_for_search(self.generation, f"{name}:{digest(repr(search))}", find)

    @cached_property
    def _matches(self) -> list[tuple[str, list[Match]]]:
        """Each tier's kind ("all", "some") and its matching pages, best first, the tiers
        together holding at most MAX_RESULTS + 1 of them."""
        if not self.parsed:
            return []
        return self._kept("matches", self._find_matches)

    def _find_matches(self) -> list[tuple[str, list[Match]]]:
        pages = self._organic(result_type=self.result_type, topic=self.topic)
        every_word = _matching_pages(pages, self.parsed.all_words(), limit=MAX_RESULTS + 1, ranked=True)
        matches = [("all", every_word)]
        if len(self.parsed.concepts) > 1 and len(every_word) <= MAX_RESULTS:
            # Pages with some of the words take the places that pages with all of them leave.
            others = pages.exclude(id__in=[match.pk for match in every_word]) if every_word else pages
            some_words = _matching_pages(
                others, self.parsed.any_words(), limit=MAX_RESULTS + 1 - len(every_word), ranked=True
            )
            matches.append(("some", some_words))
        return _ranked_last_at_the_end(matches)

    @cached_property
    def results(self) -> RankedResults:
        tiers, room = [], MAX_RESULTS
        for kind, matches in self._matches:
            shown = matches[:room]
            room -= len(shown)
            if shown:
                tiers.append(Tier(kind, shown))
        has_more = sum(len(matches) for _kind, matches in self._matches) > MAX_RESULTS
        return RankedResults(self.promotions, tiers, has_more=has_more)

    # --- Counts for the filters ---------------------------------------------

    @cached_property
    def _all_matches(self) -> list[tuple[int, ResultType]]:
        """(page id, type) of every result the query has with no type or topic chosen
        (up to MAX_RESULTS + 1 of them): what both sets of filter counts are made from."""
        matches = []
        if self.parsed:
            if self.result_type is None and self.topic is None:  # the results' own matches
                found = [match for _kind, tier_matches in self._matches for match in tier_matches]
            else:
                found = self._kept("unfiltered", self._find_unfiltered)
            types = {ct: self._type_of_content_type(ct) for ct in {match.content_type_id for match in found}}
            matches = [(match.pk, types[match.content_type_id]) for match in found]
        for promotion in self._promotions(result_type=None, topic=None):
            page = promotion.page  # None for a link to another website: a "page" on no topic
            matches.append((page.pk if page else None, self._type_of_page(page)))
        return matches

    def _find_unfiltered(self) -> list[Match]:
        pages = self._organic(result_type=None, topic=None)
        return _matching_pages(pages, self.parsed.any_words(), limit=MAX_RESULTS + 1)

    @cached_property
    def _counts(self) -> tuple[bool, dict[ResultType, int], list[tuple[Topic, int]]]:
        """Both sets of filter counts, kept for the same search: a query per content type
        and one for the topics, made once for the readers who see them."""
        return self._kept(
            "counts",
            lambda: (self._find_counts_are_partial(), self._find_type_counts(), self._find_topic_counts()),
        )

    @property
    def counts_are_partial(self) -> bool:
        """Whether the filter counts stop at MAX_RESULTS: the query matched more pages."""
        return self._counts[0]

    @property
    def type_counts(self) -> dict[ResultType, int]:
        """How many results each type would show, on the chosen topic."""
        return self._counts[1]

    @property
    def topic_counts(self) -> list[tuple[Topic, int]]:
        """Topics with results of the chosen type, most results first."""
        return self._counts[2]

    def _find_counts_are_partial(self) -> bool:
        return sum(1 for pk, _type in self._all_matches if pk is not None) > MAX_RESULTS

    def _find_type_counts(self) -> dict[ResultType, int]:
        on_topic = set(self._pages_on_topic(self.topic)) if self.topic else None
        counts = Counter(
            result_type for pk, result_type in self._all_matches if on_topic is None or pk in on_topic
        )
        return {result_type: counts[result_type] for result_type in [*installed_content_types(), PAGE]}

    def _find_topic_counts(self) -> list[tuple[Topic, int]]:
        ids_by_type = defaultdict(list)
        for pk, result_type in self._all_matches:
            if pk is not None and self.result_type in (None, result_type):
                ids_by_type[result_type].append(pk)
        counts: Counter[int] = Counter()
        for content_type in installed_content_types():
            if ids_by_type[content_type]:
                rows = (
                    content_type.model.objects.filter(pk__in=ids_by_type[content_type])
                    .order_by()
                    .values_list(content_type.topics_field)
                    .annotate(count=Count("pk"))
                )
                counts.update({topic_id: count for topic_id, count in rows if topic_id is not None})
        if not counts:
            return []
        topics = Topic.objects.in_bulk(list(counts))
        ranked = sorted(counts.items(), key=lambda item: (-item[1], topics[item[0]].name))
        return [(topics[topic_id], count) for topic_id, count in ranked]

    @staticmethod
    def _type_of_content_type(content_type_id: int) -> ResultType:
        return type_of_model(ContentType.objects.get_for_id(content_type_id).model_class())

    def _type_of_page(self, page: Page | None) -> ResultType:
        return self._type_of_content_type(page.content_type_id) if page else PAGE

    # --- Presenting a page of results ----------------------------------------

    def present_page(self, page: PaginatorPage, request) -> list[SearchResult]:
        """``present`` for one page of ``results``, kept for the same search (its links are
        the site's own, and the site is part of the key): its next reader fetches no pages."""
        name = f"results:{page.paginator.per_page}:{page.number}"
        return self._kept(name, lambda: self.present(page.object_list, request))

    def present(self, hits: list[Hit], request=None) -> list[SearchResult]:
        """What the reader sees of each hit, built with a fixed number of queries."""
        specific = _specific_pages([page for page in map(_page_of, hits) if page is not None])
        texts = snippet_sources(specific, request)
        results = []
        for hit in hits:
            if isinstance(hit.item, Promotion):
                if hit.item.page is None:  # a promoted link to another website
                    results.append(self._external_result(hit.item))
                else:
                    page = specific.get(hit.item.page.pk, hit.item.page)
                    text = hit.item.description or texts.get(page.pk) or searchable_text(page)
                    results.append(self._page_result(page, hit.kind, text, request))
            elif hit.item.pk in specific:  # else deleted in the moment since the search
                page = specific[hit.item.pk]
                results.append(self._page_result(page, hit.kind, texts[page.pk], request))
        return results

    def _page_result(self, page: Page, kind: str, text: str, request) -> SearchResult:
        result_type = type_of_model(type(page))
        return SearchResult(
            title=page.title,
            url=page.get_url(request=request) or "",
            type=result_type,
            type_label=result_type.label_for(page),
            snippet=self._snippet(text),
            date=result_type.date_of(page),
            date_text=result_type.date_text(page),
            topics=result_type.topics_of(page),
            promoted=kind == "promoted",
            partial=kind == "some",
            page=page,
        )

    def _external_result(self, promotion: Promotion) -> SearchResult:
        return SearchResult(
            title=promotion.title,
            url=promotion.url,
            type=PAGE,
            type_label="Website",
            snippet=self._snippet(promotion.description),
            date=None,
            date_text="",
            topics=[],
            promoted=True,
        )

    def _snippet(self, text: str) -> SafeString:
        return build_snippet(text, self.parsed.stems, self.parsed.phrases)


def searchable_text(page: Page) -> str:
    """The text the search index holds for a page, less its title: what a snippet is cut from."""
    fields = [
        field
        for field in page.get_search_fields()
        if isinstance(field, index.SearchField) and field.field_name != "title"
    ]
    return " ".join(filter(None, (plain_text(field.get_value(page)) for field in fields)))


def _page_of(hit: Hit) -> tuple[int, int] | None:
    """(id, content type id) of the page a hit shows; None for a promoted link elsewhere."""
    if isinstance(hit.item, Promotion):
        page = hit.item.page
        return (page.pk, page.content_type_id) if page is not None else None
    return hit.item.pk, hit.item.content_type_id


def snippet_sources(pages: dict[int, Page], request=None) -> dict[int, str]:
    """Each page's ``searchable_text``, by id, kept per content generation (any publish or
    save makes a new one): reading a long StreamField's text costs more than the rest of a
    result, and the same pages come up in search after search."""
    if request is None:
        return {pk: searchable_text(page) for pk, page in pages.items()}
    keys = {pk: f"generation:{content_generation(request)}:search-text:{pk}" for pk in pages}
    kept = cache.get_many(list(keys.values()))
    texts, made = {}, {}
    for pk, key in keys.items():
        if key in kept:
            texts[pk] = kept[key]
        else:
            texts[pk] = made[key] = searchable_text(pages[pk])[:MAX_SOURCE_LENGTH]
    if made:
        cache.set_many(made, KEEP_SECONDS)
    return texts


def _specific_pages(pages: list[tuple[int, int]]) -> dict[int, Page]:
    """The specific pages, by (id, content type id), with their topics: one query per page
    class (plus one per topic relation)."""
    ids_by_model: dict[type[Page], list[int]] = defaultdict(list)
    for pk, content_type_id in pages:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        ids_by_model[model if model is not None and issubclass(model, Page) else Page].append(pk)
    found: dict[int, Page] = {}
    for model, ids in ids_by_model.items():
        specific = model.objects.filter(id__in=ids)
        result_type = type_of_model(model)
        if result_type.topics_field:
            if result_type.topics_are_many:
                specific = specific.prefetch_related(result_type.topics_field)
            else:
                specific = specific.select_related(result_type.topics_field)
        found.update({page.pk: page for page in specific})
    return found


def matching_queryset(pages, query, *, limit: int, ranked: bool = False):
    """The database query for ``_matching_pages``: up to ``limit`` (page id, content type id,
    score) rows in no order, so that PostgreSQL answers from the index and stops as soon as
    it has enough, and computes a score only for the rows it returns. None on a backend that
    is not a database (Elasticsearch, OpenSearch)."""
    results = pages.search(query, order_by_relevance=ranked)
    if ranked:
        results = results.annotate_score("search_score")
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is None:
        return None
    fields = ("pk", "content_type_id", "search_score") if ranked else ("pk", "content_type_id")
    return get_queryset().order_by()[:limit].values_list(*fields)


def _matching_pages(pages, query, *, limit: int, ranked: bool = False) -> list[Match]:
    """Up to ``limit`` of ``pages`` that match ``query``: best first if ``ranked``."""
    queryset = matching_queryset(pages, query, limit=limit, ranked=ranked)
    if queryset is None:  # a search engine pages through its own ranked results
        results = pages.search(query, order_by_relevance=ranked)
        results = results.annotate_score("search_score") if ranked else results
        return [
            Match(page.pk, page.content_type_id, getattr(page, "search_score", None))
            for page in results[:limit]
        ]
    matches = [Match(*row) for row in queryset]
    return _best_first(matches) if ranked else matches


def _ranked_last_at_the_end(tiers: list[tuple[str, list[Match]]]) -> list[tuple[str, list[Match]]]:
    """Each tier with the pages their type ranks last (``ResultType.ranked_last``) moved after
    the rest, both still best first: one query per type that ranks any last."""
    ids_by_content_type: dict[int, list[int]] = defaultdict(list)
    for _kind, matches in tiers:
        for match in matches:
            ids_by_content_type[match.content_type_id].append(match.pk)
    # A type per content type, not per match: finding a type asks every app's hook, and a
    # common word has hundreds of matches of two or three content types.
    ids_by_type: dict[ResultType, list[int]] = defaultdict(list)
    for content_type_id, ids in ids_by_content_type.items():
        ids_by_type[SiteSearch._type_of_content_type(content_type_id)].extend(ids)
    last = set().union(*(result_type.ranked_last(ids) for result_type, ids in ids_by_type.items()))
    if not last:
        return tiers
    return [(kind, sorted(matches, key=lambda match: match.pk in last)) for kind, matches in tiers]


def _best_first(matches: list[Match]) -> list[Match]:
    """The backend's own order: best score first, then the newest page. PostgreSQL's
    ts_rank is best highest; SQLite's bm25 best lowest (most negative)."""
    lowest_first = getattr(get_search_backend(), "lowest_score_is_best", False)
    sign = 1 if lowest_first else -1
    return sorted(matches, key=lambda match: (sign * (match.score or 0), -match.pk))
