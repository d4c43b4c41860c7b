"""Words, stop words and word stems, the same way on every search backend.

PostgreSQL's English configuration drops stop words and stems what is left;
SQLite's full-text search does neither. Dropping the same stop words before a
query reaches either backend makes "what is an ICS" mean "ICS" on both. The
stemmer here is deliberately small: it only decides which words of a snippet
to highlight, never which pages match.
"""

import re

# PostgreSQL's english.stop (the Snowball list), so both backends ignore the same words.
_ENGLISH_STOP = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against between
    into through during before after above below to from up down in out on off over under again
    further then once here there when where why how all any both each few more most other some
    such no nor not only own same so than too very s t can will just don should now
"""
STOP_WORDS = frozenset(_ENGLISH_STOP.split())

# Letters and digits; underscores and punctuation separate words, as they do in both backends.
WORD_PATTERN = re.compile(r"[^\W_]+")

# Longest first. Enough to pair "privatising" with "privatisation", "carers" with "carer".
_SUFFIXES = (
    ("isations", ""),
    ("izations", ""),
    ("isation", ""),
    ("ization", ""),
    ("ations", ""),
    ("ation", ""),
    ("ising", ""),
    ("izing", ""),
    ("ings", ""),
    ("ised", ""),
    ("ized", ""),
    ("ises", ""),
    ("izes", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ise", ""),
    ("ize", ""),
    ("ss", "ss"),
    ("ed", ""),
    ("s", ""),
)
# "boxes" and "processes" lose "es"; "cares" and "strokes" only lose the "s".
_ES_AFTER = ("s", "x", "z", "ch", "sh")


def words(text: str) -> list[str]:
    return WORD_PATTERN.findall(text)


def stem(word: str) -> str:
    """A rough English stem: "privatising", "privatisation" and "privatised" all give "privat"."""
    stemmed = word.casefold()
    if len(stemmed) <= 3 or stemmed.isdigit():
        return stemmed
    for suffix, replacement in _SUFFIXES:
        if stemmed.endswith(suffix) and len(stemmed) - len(suffix) >= 3:
            if suffix == "s" and stemmed.endswith("es") and stemmed[:-2].endswith(_ES_AFTER):
                suffix = "es"
            stemmed = stemmed[: -len(suffix)] + replacement
            break
    if stemmed.endswith("e") and len(stemmed) > 4:
        stemmed = stemmed[:-1]
    return stemmed


def plain_text(value) -> str:
    """One string from a search field's value: a string, or the list of strings a StreamField
    gives. Wagtail has already turned rich text into plain text (tags gone, entities decoded),
    so what looks like a tag here is text someone typed, and stays."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(plain_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(plain_text(item) for item in value.values())
    return " ".join(str(value).split())
