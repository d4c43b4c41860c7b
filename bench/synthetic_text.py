"""Synthetic writing: a Zipf-like vocabulary and sentences drawn from it, with no Django import,
so that bench/bakery_search.py can fill another Wagtail site with the same text.

A few words ("nhs", "care", "health") are in almost every entry, most words are in a
handful, as in real writing.
"""

import random
from itertools import accumulate

# The most frequent words of the partnership's writing, most frequent first; the long tail
# is made of invented words, so rare words are rare for certain.
_COMMON = """
    nhs care health services partnership people hospital local community patients support staff
    plan council mental public system work trust primary funding stroke cancer carers maternity
    workforce digital urgent emergency gp practice board review consultation budget integrated
    leeds bradford wakefield kirklees calderdale harrogate voluntary sector prevention children
    families waiting treatment recovery screening transport quality safety data records
"""
COMMON_WORDS = _COMMON.split()
SYLLABLES = [consonant + vowel for consonant in "bdklmnrtv" for vowel in "aeiou"]
VOCABULARY_SIZE = 20_000
ZIPF_EXPONENT = 1.07


def vocabulary(size: int = VOCABULARY_SIZE) -> list[str]:
    """``size`` words, most frequent first: the common words, then invented ones ("bakedu")."""
    words = list(COMMON_WORDS)
    rng = random.Random(1)  # noqa: S311 - not for security
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class TextMaker:
    def __init__(self, seed: int = 0, size: int = VOCABULARY_SIZE):
        self.words = vocabulary(size)
        self.cumulative_weights = list(
            accumulate(1 / rank**ZIPF_EXPONENT for rank in range(1, len(self.words) + 1))
        )
        self.rng = random.Random(seed)  # noqa: S311 - not for security

    def sentence(self, low: int, high: int) -> str:
        count = self.rng.randint(low, high)
        words = self.rng.choices(self.words, cum_weights=self.cumulative_weights, k=count)
        return " ".join(words).capitalize() + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence(8, 20) for _ in range(sentences))
