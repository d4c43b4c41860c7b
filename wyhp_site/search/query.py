"""From what someone typed to what the search backend is asked.

The text is cleaned and capped before anything parses it. Only words reach
the backend, never operators: ``&``, ``|``, ``!``, ``:*``, quotes and brackets
mean something to PostgreSQL's tsquery and SQLite's FTS5 parsers, so they are
treated as spaces. Each remaining idea in the query (a word, or an
abbreviation from the glossary with its expansion) becomes a *concept*; a page
matches a concept if it contains any of the concept's forms.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, Phrase, PlainText, SearchQuery

from .text import STOP_WORDS, stem, words

# Longer than any real question. Whatever comes after is dropped before parsing.
MAX_QUERY_LENGTH = 200
# Enough words for a long question; more would only make the backend's query huge.
MAX_CONCEPTS = 10


def clean_query(raw: str) -> tuple[str, bool]:
    """The query as it will be searched and shown: no control characters, single spaces,
    at most MAX_QUERY_LENGTH characters. Also says whether anything was cut off."""
    # Cap first (with room for the characters dropped below) so a megabyte of input costs nothing.
    capped = raw[: MAX_QUERY_LENGTH * 4]
    printable = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in capped)
    query = " ".join(printable.split())
    if len(query) <= MAX_QUERY_LENGTH:
        return query, len(raw) > len(capped)
    return query[:MAX_QUERY_LENGTH].rstrip(), True


@dataclass(frozen=True)
class Concept:
    """One thing the query asks about, and every way a page may say it."""

    text: str  # as it appears in the query
    forms: tuple[tuple[str, ...], ...]  # each form is a sequence of words, all of which must appear
    glossary_term: object = None  # the GlossaryTerm that supplied the other forms, if any

    def as_search_query(self) -> SearchQuery:
        # The abbreviation is a phrase; the words of an expansion may come in any order.
        abbreviation = tuple(words(self.glossary_term.abbreviation)) if self.glossary_term else None
        alternatives = [_form_query(form, is_phrase=form == abbreviation) for form in self.forms]
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    @property
    def stems(self) -> set[str]:
        """Word stems to highlight. A glossary term's expansion is highlighted as a phrase
        instead, so "care" alone is not marked when the query said "ICS"."""
        if self.glossary_term is None:
            return {stem(word) for form in self.forms for word in form}
        abbreviation = self.glossary_term.abbreviation
        return {stem(abbreviation)} if abbreviation.isalnum() else set()

    @property
    def phrases(self) -> list[str]:
        """Regular expressions for the glossary forms to highlight as a whole."""
        if self.glossary_term is None:
            return []
        patterns = [_phrase_pattern(self.glossary_term.expansion)]
        if not self.glossary_term.abbreviation.isalnum():
            patterns.append(re.escape(self.glossary_term.abbreviation))  # "A&E", "WY&H"
        return [pattern for pattern in patterns if pattern]


def _phrase_pattern(text: str) -> str:
    """A regular expression for a phrase in running text: any punctuation between its words,
    its stop words optional ("accident & emergency"), its last word plural or not."""
    tokens = words(text)
    pattern = ""
    for position, token in enumerate(tokens):
        if position == len(tokens) - 1:
            pattern += re.escape(token) + "(?:e?s)?"
        elif position and token.casefold() in STOP_WORDS:
            pattern += rf"(?:{re.escape(token)}[\W_]+)?"
        else:
            pattern += re.escape(token) + r"[\W_]+"
    return pattern


def _form_query(form: tuple[str, ...], is_phrase: bool) -> SearchQuery:
    if len(form) == 1:
        return PlainText(form[0])
    if is_phrase:
        return Phrase(" ".join(form))  # "A&E": its letters together, not an "a" and an "e" anywhere
    # Every word of the expansion, in any order.
    return And([PlainText(word) for word in form])


@dataclass(frozen=True)
class ParsedQuery:
    concepts: tuple[Concept, ...]
    dropped_words: tuple[str, ...] = field(default=())  # beyond MAX_CONCEPTS

    def __bool__(self):
        return bool(self.concepts)

    def all_words(self) -> SearchQuery:
        """Pages that mention every concept."""
        queries = [concept.as_search_query() for concept in self.concepts]
        return queries[0] if len(queries) == 1 else And(queries)

    def any_words(self) -> SearchQuery:
        """Pages that mention at least one concept: everything either tier shows."""
        queries = [concept.as_search_query() for concept in self.concepts]
        return queries[0] if len(queries) == 1 else Or(queries)

    @property
    def glossary_terms(self) -> list:
        return [concept.glossary_term for concept in self.concepts if concept.glossary_term]

    @property
    def stems(self) -> set[str]:
        return set().union(*(concept.stems for concept in self.concepts)) if self.concepts else set()

    @property
    def phrases(self) -> list[str]:
        return [pattern for concept in self.concepts for pattern in concept.phrases]


@dataclass(frozen=True)
class _Form:
    """One way of writing a glossary term, as query words to look for."""

    term: object
    words: tuple[str, ...]  # case-folded
    is_expansion: bool
    exact: tuple[str, ...] | None = None  # the words as written, when case must match


def _glossary_forms(glossary: Iterable) -> list[_Form]:
    forms = []
    for term in glossary:
        abbreviation = tuple(words(term.abbreviation))
        folded = tuple(word.casefold() for word in abbreviation)
        if folded:
            # "IT" should not turn every "it" in a question into "information technology".
            exact = abbreviation if all(word in STOP_WORDS for word in folded) else None
            forms.append(_Form(term, folded, is_expansion=False, exact=exact))
        expansion = _content_words(term.expansion)
        if expansion:
            forms.append(_Form(term, expansion, is_expansion=True))
    return forms


def _content_words(text: str) -> tuple[str, ...]:
    return tuple(word.casefold() for word in words(text) if word.casefold() not in STOP_WORDS)


def _match_length(form: _Form, typed: list[str], folded: list[str], start: int) -> int:
    """How many query words from ``start`` spell ``form`` (0 if they don't). Expansions
    match with or without their stop words ("accident & emergency") and in the plural."""
    if form.exact is not None:
        end = start + len(form.exact)
        return len(form.exact) if tuple(typed[start:end]) == form.exact else 0
    position = start
    for index, expected in enumerate(form.words):
        if form.is_expansion and index:
            while position < len(folded) and folded[position] in STOP_WORDS:
                position += 1
        if position >= len(folded):
            return 0
        word = folded[position]
        is_last = index == len(form.words) - 1
        plural = form.is_expansion and is_last and word in {expected + "s", expected + "es"}
        if word != expected and not plural:
            return 0
        position += 1
    return position - start


def _glossary_concept(term, text: str) -> Concept:
    forms = (tuple(words(term.abbreviation)), _content_words(term.expansion))
    return Concept(text=text, forms=tuple(dict.fromkeys(form for form in forms if form)), glossary_term=term)


def parse_query(query: str, glossary: Iterable = ()) -> ParsedQuery:
    """The concepts in ``query``, with glossary abbreviations and expansions joined up."""
    typed = words(query)
    folded = [word.casefold() for word in typed]
    forms = _glossary_forms(glossary)

    concepts: list[Concept] = []
    position = 0
    while position < len(typed):
        # The longest glossary match starting here wins: "integrated care board" over "ICB"'s neighbours.
        length, term = max(
            ((_match_length(form, typed, folded, position), form.term) for form in forms),
            key=lambda match: match[0],
            default=(0, None),
        )
        if length:
            concepts.append(_glossary_concept(term, " ".join(typed[position : position + length])))
            position += length
            continue
        word = folded[position]
        if word not in STOP_WORDS and (len(word) > 1 or word.isdigit()):
            concepts.append(Concept(text=typed[position], forms=((word,),)))
        position += 1

    unique, seen = [], set()
    for concept in concepts:
        if concept.forms not in seen:
            seen.add(concept.forms)
            unique.append(concept)
    kept, dropped = unique[:MAX_CONCEPTS], unique[MAX_CONCEPTS:]
    return ParsedQuery(concepts=tuple(kept), dropped_words=tuple(concept.text for concept in dropped))
