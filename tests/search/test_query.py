"""Reading a query: cleaning, words, glossary concepts, highlighting. No database needed."""

from types import SimpleNamespace

import pytest

from wyhp_site.search.query import MAX_CONCEPTS, MAX_QUERY_LENGTH, clean_query, parse_query
from wyhp_site.search.snippets import build_snippet
from wyhp_site.search.text import stem

ICS = SimpleNamespace(abbreviation="ICS", expansion="integrated care system")
AE = SimpleNamespace(abbreviation="A&E", expansion="accident and emergency")
IT = SimpleNamespace(abbreviation="IT", expansion="information technology")
GLOSSARY = [ICS, AE, IT]


def forms(parsed):
    return [concept.forms for concept in parsed.concepts]


def test_control_characters_go_and_spaces_fold():
    assert clean_query("  stroke\x00\x07\tunits\u200b \n") == ("stroke units", False)


def test_a_long_query_is_cut_before_parsing_and_says_so():
    query, shortened = clean_query("stroke " * 1000)

    assert shortened
    assert len(query) <= MAX_QUERY_LENGTH
    assert query.startswith("stroke stroke")


def test_a_query_of_exactly_the_limit_is_not_shortened():
    assert clean_query("a" * MAX_QUERY_LENGTH) == ("a" * MAX_QUERY_LENGTH, False)


def test_search_syntax_is_read_as_words():
    parsed = parse_query("""stroke & | ! units:* ("rehab" <-> 'care') -- ; DROP""")

    assert forms(parsed) == [(("stroke",),), (("units",),), (("rehab",),), (("care",),), (("drop",),)]


def test_stop_words_are_left_out_so_every_backend_searches_the_same_words():
    assert forms(parse_query("Are you privatising the NHS?")) == [(("privatising",),), (("nhs",),)]


def test_a_query_of_only_common_words_has_nothing_to_search_for():
    assert not parse_query("what is it?")
    assert not parse_query("🏥 !!! ..")


def test_an_abbreviation_brings_its_expansion():
    parsed = parse_query("what is an ics", GLOSSARY)

    assert forms(parsed) == [(("ICS",), ("integrated", "care", "system"))]
    assert parsed.glossary_terms == [ICS]


@pytest.mark.parametrize(
    "query", ["integrated care system", "Integrated Care Systems", "integrated-care-system"]
)
def test_an_expansion_brings_its_abbreviation(query):
    assert forms(parse_query(query, GLOSSARY)) == [(("ICS",), ("integrated", "care", "system"))]


@pytest.mark.parametrize(
    "query", ["A&E waits", "a & e waits", "accident and emergency waits", "accident & emergency waits"]
)
def test_abbreviations_with_punctuation_match_either_way(query):
    assert forms(parse_query(query, GLOSSARY)) == [(("A", "E"), ("accident", "emergency")), (("waits",),)]


def test_an_abbreviation_that_is_also_a_common_word_must_be_written_as_one():
    assert forms(parse_query("is it IT support", GLOSSARY))[0] == (("IT",), ("information", "technology"))
    assert forms(parse_query("is it support", GLOSSARY)) == [(("support",),)]


def test_saying_the_same_thing_twice_searches_for_it_once():
    assert len(parse_query("ICS integrated care system ics", GLOSSARY).concepts) == 1


def test_very_long_queries_keep_their_first_words():
    parsed = parse_query(" ".join(f"word{n}" for n in range(MAX_CONCEPTS + 3)))

    assert len(parsed.concepts) == MAX_CONCEPTS
    assert parsed.dropped_words == tuple(f"word{n}" for n in range(MAX_CONCEPTS, MAX_CONCEPTS + 3))


@pytest.mark.parametrize(
    ("one", "other"),
    [("privatising", "privatisation"), ("carers", "carer"), ("strokes", "stroke"), ("services", "service")],
)
def test_word_forms_share_a_stem_for_highlighting(one, other):
    assert stem(one) == stem(other)


def test_snippet_marks_matches_and_escapes_everything_else():
    text = "Tags like <script>alert('x')</script> & <b>bold</b> are text here. We are not privatising."

    snippet = build_snippet(text, {stem("privatisation")})

    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in snippet
    assert "<mark>privatising</mark>" in snippet


def test_the_query_cannot_add_markup_to_a_snippet():
    parsed = parse_query('<mark onclick="x"> </mark><img src=x onerror=alert(1)>')
    snippet = build_snippet(
        "An image of an img tag: img src onerror alert mark", parsed.stems, parsed.phrases
    )

    assert snippet.count("<mark>") == snippet.count("</mark>") >= 1
    assert "<img" not in snippet and "onclick" not in snippet.replace("<mark>", "")


def test_snippet_comes_from_around_the_match_in_a_long_text():
    text = "Opening words. " + "Filler sentence about other things. " * 60 + "Stroke units save lives."

    snippet = build_snippet(text, {stem("stroke")})

    assert snippet.startswith("\u2026 ")
    assert "<mark>Stroke</mark> units save lives." in snippet
    assert "Opening words" not in snippet


def test_snippet_starts_at_the_beginning_when_nothing_in_the_text_matches():
    text = "The short answer comes first. " + "More detail follows. " * 40

    snippet = build_snippet(text, {stem("title-only")})

    assert snippet.startswith("The short answer comes first.")
    assert snippet.endswith(" \u2026")
    assert "<mark>" not in snippet


def test_snippet_highlights_glossary_phrases_whole():
    parsed = parse_query("A&E", GLOSSARY)
    text = "Waits in A&E rose. Accident and emergency departments, and accident & emergency staff. Each day."

    snippet = build_snippet(text, parsed.stems, parsed.phrases)

    assert "<mark>A&amp;E</mark>" in snippet
    assert "<mark>Accident and emergency</mark>" in snippet
    assert "<mark>accident &amp; emergency</mark>" in snippet
    assert "<mark>Each</mark>" not in snippet


def test_an_expansion_word_alone_is_not_highlighted():
    parsed = parse_query("ICS", GLOSSARY)

    snippet = build_snippet(
        "Health and care. The ICS board. An integrated care system.", parsed.stems, parsed.phrases
    )

    assert snippet == "Health and care. The <mark>ICS</mark> board. An <mark>integrated care system</mark>."
