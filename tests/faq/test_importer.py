"""The rules for reading the current site's FAQ export (no database needed)."""

import datetime
from pathlib import Path

import pytest

from faq.import_links import linkify
from faq.importer import ExportError, date_marker, decode, parse, strip_repeat

FIXTURES = Path(__file__).parent / "fixtures"


def parse_fixture(name: str):
    return parse(decode((FIXTURES / name).read_bytes(), name))


@pytest.fixture(scope="module")
def questions():
    return {question.question: question for question in parse_fixture("faq-export.txt")}


@pytest.mark.parametrize(
    ("line", "question", "asked"),
    [
        ("What are STPs? (asked November 2016).", "What are STPs?", "2016-11"),
        ("What role do councils play? (Asked April 2017)", "What role do councils play?", "2017-04"),
        ("How does it fit? (January 2017).", "How does it fit?", "2017-01"),
        ("What next? (AUGUST 2018)", "What next?", "2018-08"),
        ("Is care changing ? (asked  Sept 2019 )", "Is care changing?", "2019-09"),
        (
            "Which organisations are involved (asked January 2017)",
            "Which organisations are involved",
            "2017-01",
        ),
    ],
)
def test_date_markers_are_read_in_any_case_with_or_without_asked_and_a_full_stop(line, question, asked):
    text, date = date_marker(line)

    assert text == question
    assert date.strftime("%Y-%m") == asked


@pytest.mark.parametrize("line", ["What is 2+2? (asked Smarch 2016)", "Our plan (2016)", "The 2018 plan."])
def test_lines_without_a_real_date_marker_are_not_dated(line):
    assert date_marker(line) is None


def test_every_question_is_found_in_file_order_with_its_date(questions):
    assert [(q.question, q.as_json()["asked"], q.asked_estimated) for q in questions.values()] == [
        ("What is the care partnership?", "2016-11", False),
        ("How many places does it cover?", "2017-04", False),
        ("Who pays for it?", "2018-08", False),
        ("And what about councils?", "2018-08", True),
        ("Which organisations are members", "2018-03", False),
        ("Is the hospital closing?", "2018-05", False),
    ]


def test_text_above_the_first_question_is_not_an_answer(questions):
    assert all("Frequently asked questions" not in q.answer_lines() for q in questions.values())


def test_the_answer_runs_to_the_next_question_and_wrapped_lines_rejoin(questions):
    assert questions["What is the care partnership?"].answer_lines() == [
        "The care partnership brings councils and the NHS together."
    ]
    assert questions["And what about councils?"].answer_lines() == ["Councils pay for social care."]


def test_a_question_repeated_as_its_answers_first_line_is_not_repeated(questions):
    who_pays = questions["Who pays for it?"]

    assert who_pays.answer_lines() == ['The NHS budget pays for "most" of it.']
    assert "Who pays for it?" not in str(who_pays.stream_data())


def test_a_repeated_question_that_goes_on_keeps_only_the_rest(questions):
    closing = questions["Is the hospital closing?"]

    assert closing.answer_lines() == ["Will the A&E stay open too?", "No, and the A&E will stay open."]
    assert closing.stream_data() == [
        ("inset_text", {"body": "<p>The question went on: Will the A&amp;E stay open too?</p>"}),
        ("paragraph", "<p>No, and the A&amp;E will stay open.</p>"),
    ]
    assert closing.short_answer == "No, and the A&E will stay open."


def test_bullets_become_one_list_links_are_made_and_blank_runs_dropped(questions):
    places = questions["How many places does it cover?"]

    assert places.stream_data() == [
        (
            "paragraph",
            "<p>It covers five places:</p>"
            "<ul><li>Bradford</li><li>Calderdale</li><li>Kirklees</li></ul>"
            '<p>Read more at <a href="https://example.org/places">https://example.org/places</a>. '
            'Or email <a href="mailto:info@example.org">info@example.org</a>.</p>',
        )
    ]
    assert places.answer_lines()[-1].endswith("info@example.org.")
    assert places.short_answer == "It covers five places."


def test_an_answer_that_opens_with_a_question_keeps_its_sub_questions_as_headings(questions):
    members = questions["Which organisations are members"]

    assert members.stream_data() == [
        ("heading", {"text": "Why are we asking who the members are?", "level": "h2"}),
        ("paragraph", "<p>Because the members decide together.</p>"),
        ("heading", {"text": "What will happen next?", "level": "h2"}),
        ("paragraph", "<p>The list will be published in the summer.</p>"),
    ]
    assert members.short_answer == "Because the members decide together."


def test_dry_run_numbers_count_the_answer_text(questions):
    assert questions["What is the care partnership?"].as_json() == {
        "question": "What is the care partnership?",
        "asked": "2016-11",
        "asked_estimated": False,
        "answer_chars": len("The care partnership brings councils and the NHS together."),
        "short_answer": "The care partnership brings councils and the NHS together.",
        "links_to_check": [],
    }
    assert questions["Who pays for it?"].answer_chars == len('The NHS budget pays for "most" of it.')


def test_a_question_with_no_dated_question_above_has_no_date():
    first, second = parse_fixture("faq-undated-first.txt")

    assert first.as_json() == {
        "question": "Where is the plan?",
        "asked": None,
        "asked_estimated": False,
        "answer_chars": 15,
        "short_answer": "On the website.",
        "links_to_check": [],
    }
    assert second.asked == datetime.date(2017, 6, 1)


def test_text_with_no_questions_gives_no_questions():
    assert parse_fixture("faq-no-questions.txt") == []


def test_links_keep_sentence_punctuation_outside_and_escape_everything_else():
    assert linkify("See www.example.org/a_(b), or <b>x</b> & y") == (
        'See <a href="https://www.example.org/a_(b)">www.example.org/a_(b)</a>, '
        "or &lt;b&gt;x&lt;/b&gt; &amp; y"
    )
    assert (
        linkify("(see https://example.org/x)")
        == '(see <a href="https://example.org/x">https://example.org/x</a>)'
    )


def test_repeats_are_matched_whatever_the_apostrophes_and_spacing():
    question = "The various standardisation's of services rely on one tool?"

    assert (
        strip_repeat(question, "The various standardisations of services rely on one tool? More.") == "More."
    )
    assert strip_repeat(question, "The various standardisations of services rely on one tool?") == ""
    assert strip_repeat(question, "Something else entirely.") is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n \t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
        ("Qu'est-ce que c'est? (asked May 2018)\n\nCafé".encode("latin-1"), "is not UTF-8 text"),
    ],
)
def test_unreadable_exports_are_refused_with_one_line(data, message):
    with pytest.raises(ExportError) as raised:
        decode(data, "export.txt")

    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_a_byte_order_mark_and_windows_line_endings_are_fine():
    text = decode("\ufeffWhat is it? (asked May 2018)\r\n\r\nA plan.\r\n".encode(), "export.txt")

    (question,) = parse(text)
    assert question.question == "What is it?" and question.answer_lines() == ["A plan."]


def answered(answer: str):
    """The one question of an export whose answer is ``answer`` (lines, blank lines between paragraphs)."""
    (question,) = parse(f"Is there a plan? (asked May 2018)\n\n{answer}")
    return question


@pytest.mark.parametrize(
    ("answer", "short_answer"),
    [
        # The first sentence, and the second when the first is short.
        ("Yes. It was published in 2018. It runs to 2024.", "Yes. It was published in 2018."),
        (
            "The plan was written by the partnership board and agreed by every council in the area. "
            "It runs to 2024.",
            "The plan was written by the partnership board and agreed by every council in the area. "
            "It runs to 2024.",
        ),
        (
            "The plan was written by the partnership board, agreed by every council and every NHS trust "
            "in the area, and then published. It runs to 2024.",
            "The plan was written by the partnership board, agreed by every council and every NHS trust "
            "in the area, and then published.",
        ),
        # Abbreviations and titles do not end a sentence; a closing quote stays with its sentence.
        (
            "Dr. Ann Lee and the board, e.g. Mr. Khan, wrote it. It was “agreed.” Then published.",
            "Dr. Ann Lee and the board, e.g. Mr. Khan, wrote it. It was “agreed.”",
        ),
        # Only the first paragraph, never the next.
        ("Yes.\n\nThe board agreed it.", "Yes."),
        # A sentence that leads into a list is left out as the second, and ends plainly as the first.
        ("Yes. It has three parts:\n• prevention\n• care\n• staff", "Yes."),
        ("It has three parts:\n• prevention\n• care", "It has three parts."),
        (
            "The board is looking at how we:\n• prevent strokes\n• treat them faster",
            "The board is looking at how we…",
        ),
        ("Local authorities:\n• Bradford\n• Leeds", "Local authorities."),
        # An answer that opens with a list: its first item alone, never items run together.
        ("• Bradford Royal Infirmary\n• Calderdale Royal Hospital", "Bradford Royal Infirmary"),
        (
            "• The board meets monthly. It is open to the public. Papers are online.\n• Minutes follow.",
            "The board meets monthly. It is open to the public.",
        ),
    ],
)
def test_the_short_answer_is_the_first_sentence_or_two_of_the_first_paragraph(answer, short_answer):
    assert answered(answer).short_answer == short_answer


def test_a_first_sentence_too_long_for_a_short_answer_ends_at_a_word_with_an_ellipsis():
    clause = "the partnership board agreed the plan with councils hospitals and community groups"
    sentence = " ".join([clause] * 6) + "."
    assert len(sentence) > 300

    short_answer = answered(sentence).short_answer

    assert len(short_answer) <= 300
    assert short_answer.endswith("…") and not short_answer.endswith(" …")
    kept = short_answer.removesuffix("…")
    assert sentence.startswith(kept) and sentence[len(kept)] == " "  # whole words only


def test_a_sentence_exactly_as_long_as_the_field_is_kept_whole():
    sentence = "word " * 59 + "ends."
    assert len(sentence) == 300

    assert answered(sentence).short_answer == sentence


def test_an_answer_made_only_of_sub_questions_still_has_a_short_answer():
    (question,) = parse(
        "Which plans are there (asked May 2018)\n\nWhat is the first plan?\n\nWhat is the second?"
    )

    assert question.short_answer == "What is the first plan?"
