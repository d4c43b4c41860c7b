"""Snippets: the words around a match, with the matched words in <mark>.

Every piece of page text is escaped here and only ``<mark>`` is added, so
neither a page's content nor the query can put markup on the results page.
"""

import re
from bisect import bisect_right
from typing import NamedTuple

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .text import STOP_WORDS, WORD_PATTERN, stem

SNIPPET_WORDS = 32
WORDS_BEFORE_MATCH = 6
# Long answers are cut before they are scanned: a snippet never needs more.
MAX_SOURCE_LENGTH = 20_000
MAX_MATCHES = 200


class Match(NamedTuple):
    start: int  # character offsets in the text
    end: int
    word_index: int  # which word of the text it starts in
    key: str  # what matched: a stem or a phrase, to count different matches


def build_snippet(
    text: str, stems: set[str], phrases: list[str] = (), length: int = SNIPPET_WORDS
) -> SafeString:
    """About ``length`` words of ``text`` around the most varied run of matches (or its
    beginning when nothing matches), the matches marked, everything else escaped."""
    text = text[:MAX_SOURCE_LENGTH]
    tokens = list(WORD_PATTERN.finditer(text))
    if not tokens:
        return mark_safe("")  # noqa: S308 - nothing to escape

    matches = find_matches(text, tokens, stems, phrases)
    # Near the end of the text, start earlier rather than show fewer words.
    first = max(min(_best_window(matches, length), len(tokens) - length), 0)
    last = min(first + length, len(tokens)) - 1
    start = tokens[first].start()
    end = len(text) if last == len(tokens) - 1 else tokens[last].end()

    pieces = ["\u2026 " if first else ""]
    position = start
    for match in matches:
        if match.start < position or match.end > end:
            continue  # before the window, overlapping a marked match, or after the window
        pieces += [
            escape(text[position : match.start]),
            "<mark>",
            escape(text[match.start : match.end]),
            "</mark>",
        ]
        position = match.end
    pieces.append(escape(text[position:end]))
    if end < len(text):
        pieces.append(" \u2026")
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text above is escaped


def find_matches(text: str, tokens: list[re.Match], stems: set[str], phrases: list[str]) -> list[Match]:
    """Each matched word (by stem) or phrase (a regular expression), in text order.
    ``tokens`` are the text's words, to number the matches by word."""
    starts = [token.start() for token in tokens]
    matches = []
    for phrase in phrases:
        pattern = re.compile(rf"(?<![^\W_])(?:{phrase})(?![^\W_])", re.IGNORECASE)
        for found in pattern.finditer(text):
            word_index = max(bisect_right(starts, found.start()) - 1, 0)
            matches.append(Match(found.start(), found.end(), word_index, phrase))
    if stems:
        # Only words that begin like a stem can share it: find those, then stem just them.
        prefixes = sorted({word_stem[:-1] if word_stem.endswith("y") else word_stem for word_stem in stems})
        candidates = re.compile(rf"(?<![^\W_])(?:{'|'.join(map(re.escape, prefixes))})[^\W_]*", re.IGNORECASE)
        for found in candidates.finditer(text):
            word = found.group()
            word_stem = stem(word)
            if word_stem in stems and word.casefold() not in STOP_WORDS:
                word_index = bisect_right(starts, found.start()) - 1
                matches.append(Match(found.start(), found.end(), word_index, word_stem))
    matches.sort()
    return matches[:MAX_MATCHES]


def _best_window(matches: list[Match], length: int) -> int:
    """The first word of the window that shows the most different matches, a little before them."""
    best_start, best_variety = 0, 0
    for candidate in matches:
        start = max(candidate.word_index - WORDS_BEFORE_MATCH, 0)
        variety = len({m.key for m in matches if start <= m.word_index < start + length})
        if variety > best_variety:
            best_start, best_variety = start, variety
    return best_start
