import datetime
import json
import re
from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from faq.import_links import NO_DOMAIN, SHORTENED
from faq.models import FAQEntryPage
from tests.html import served_html

FIXTURES = Path(__file__).parent / "fixtures"
EXPORT = FIXTURES / "faq-export.txt"
ADDRESSES = FIXTURES / "faq-topics-and-addresses.txt"  # keywords for topics, addresses cut off
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "faq-page.txt"


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_faq", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_one_draft_per_question_each_marked_to_rewrite(faq_index):
    out, _ = run(EXPORT)

    entries = {entry.title: entry for entry in FAQEntryPage.objects.child_of(faq_index)}
    assert list(entries) == [
        "What is the care partnership?",
        "How many places does it cover?",
        "Who pays for it?",
        "And what about councils?",
        "Which organisations are members",
        "Is the hospital closing?",
    ]
    assert not any(entry.live for entry in entries.values())
    assert all(entry.latest_revision and entry.short_answer_needs_rewrite for entry in entries.values())
    assert "Imported 6 questions as drafts" in out and "each marked “short answer to rewrite”" in out
    assert "6 entries without a topic" in out

    councils = entries["And what about councils?"]
    assert councils.date_asked == datetime.date(2018, 8, 1) and councils.date_is_estimate
    assert councils.short_answer == "Councils pay for social care."
    assert list(councils.topics.all()) == []  # for editors to tag: the "no topic yet" filter finds them
    assert entries["How many places does it cover?"].short_answer == "It covers five places."


def test_publish_with_a_topic_publishes_readable_answers(client, faq_index, stroke):
    out, _ = run(EXPORT, "--publish", "--topic", "stroke")

    entries = {entry.title: entry for entry in FAQEntryPage.objects.child_of(faq_index)}
    assert all(entry.live and entry.short_answer_needs_rewrite for entry in entries.values())
    assert all([topic.slug for topic in entry.topics.all()] == ["stroke"] for entry in entries.values())
    assert "Imported and published 6 questions" in out

    html = served_html(client, entries["How many places does it cover?"].url)
    assert "Asked April 2017" in html
    assert "<li>Calderdale</li>" in html
    assert '<a href="mailto:info@example.org">info@example.org</a>' in html
    members = served_html(client, entries["Which organisations are members"].url)
    assert '<h2 id="what-will-happen-next">What will happen next?</h2>' in members
    assert client.get("/faq/asked/2018/08/").status_code == 200


def test_publish_refuses_new_questions_without_a_topic_and_imports_nothing(faq_index, stroke):
    with pytest.raises(CommandError) as raised:
        run(EXPORT, "--publish")

    message = str(raised.value)
    assert message.startswith("--publish: 6 new questions would have no topic (line 3 “What is the care")
    assert "and 3 more" in message and "Give --topic" in message and message.endswith("Nothing was imported.")
    assert not FAQEntryPage.objects.exists()


def test_publish_names_only_the_questions_the_topic_map_leaves_untagged(tmp_path, faq_index, stroke):
    topic_map = tmp_path / "topics.yaml"
    topic_map.write_text("stroke: stroke\n")

    with pytest.raises(CommandError) as raised:
        run(ADDRESSES, "--publish", "--topic-map", topic_map)

    assert "2 new questions would have no topic" in str(raised.value)
    assert "“How do young people get support?”" in str(raised.value)
    assert "“Are strokes becoming rarer?”" in str(raised.value)
    assert "Where are the stroke units" not in str(raised.value)
    assert not FAQEntryPage.objects.exists()


def test_every_imported_question_gets_each_topic_given(faq_index, topics):
    run(EXPORT, "--topic", "stroke", "--topic", "cancer", "--topic", "stroke")

    assert {
        entry.title: sorted(topic.slug for topic in entry.topics.all())
        for entry in FAQEntryPage.objects.all()
    } == {title: ["cancer", "stroke"] for title in FAQEntryPage.objects.values_list("title", flat=True)}
    assert FAQEntryPage.objects.count() == 6


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_the_topic_map_files_questions_by_whole_keywords_in_any_case(tmp_path, faq_index, topics, suffix):
    keywords = {"Stroke": "stroke", "mental  health": ["mental-health", "cancer"], "dentist": "cancer"}
    topic_map = tmp_path / f"topics.{suffix}"
    topic_map.write_text(json.dumps(keywords) if suffix == "json" else yaml.safe_dump(keywords))

    run(ADDRESSES, "--topic-map", topic_map, "--topic", "unpaid-carers")

    assert {
        entry.title: [topic.slug for topic in entry.topics.order_by("slug")]
        for entry in FAQEntryPage.objects.all()
    } == {
        "Where are the stroke units?": ["stroke", "unpaid-carers"],
        # "MENTAL" and "HEALTH" on two lines of one paragraph.
        "How do young people get support?": ["cancer", "mental-health", "unpaid-carers"],
        "Are strokes becoming rarer?": ["unpaid-carers"],  # "strokes" is not the word "stroke"
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "strok"], "There is no topic with the slug “strok”. The topics are: cancer, stroke."),
        (["--topic", "b", "--topic", "a"], "There is no topic with the slug “a”, “b”."),
    ],
)
def test_an_unknown_topic_stops_the_import_with_the_topics_there_are(
    faq_index, stroke, cancer, args, message
):
    with pytest.raises(CommandError, match=re.escape(message)):
        run(EXPORT, *args)

    assert not FAQEntryPage.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        ("stroke: [stroke\n", "is not valid YAML or JSON at line 2"),
        ("- stroke\n- cancer\n", "must list keywords, each with a topic's slug or a list of them"),
        ("", "must list keywords"),
        ("stroke: 3\n", "“stroke” must have a topic's slug or a list of them"),
        ("stroke: []\n", "“stroke” must have a topic's slug or a list of them"),
        (
            "111: stroke\n",
            "a keyword that is empty or not text: 111 (put a keyword such as 111 or yes in quotes)",
        ),
        ("heart: stroke\nlungs: breathing\n", "There is no topic with the slug “breathing”"),
    ],
)
def test_a_topic_map_that_cannot_be_used_stops_with_one_line(tmp_path, faq_index, stroke, content, message):
    topic_map = tmp_path / "topics.yaml"
    if content is not None:
        topic_map.write_text(content)

    with pytest.raises(CommandError) as raised:
        run(EXPORT, "--dry-run", "--topic-map", topic_map)

    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_dry_run_prints_json_in_file_order_and_changes_nothing(faq_index):
    out, _ = run(EXPORT, "--dry-run", "--format", "json")

    # Characters of answer text, one newline between paragraphs, list items and sub-questions.
    answers = {
        "What is the care partnership?": "The care partnership brings councils and the NHS together.",
        "How many places does it cover?": "It covers five places:\nBradford\nCalderdale\nKirklees\n"
        "Read more at https://example.org/places. Or email info@example.org.",
        "Who pays for it?": 'The NHS budget pays for "most" of it.',
        "And what about councils?": "Councils pay for social care.",
        "Which organisations are members": "Why are we asking who the members are?\n"
        "Because the members decide together.\nWhat will happen next?\n"
        "The list will be published in the summer.",
        "Is the hospital closing?": "Will the A&E stay open too?\nNo, and the A&E will stay open.",
    }
    dates = ["2016-11", "2017-04", "2018-08", "2018-08", "2018-03", "2018-05"]
    short_answers = [
        "The care partnership brings councils and the NHS together.",
        "It covers five places.",
        'The NHS budget pays for "most" of it.',
        "Councils pay for social care.",
        "Because the members decide together.",
        "No, and the A&E will stay open.",
    ]
    assert json.loads(out) == [
        {
            "question": question,
            "asked": asked,
            "asked_estimated": question == "And what about councils?",
            "answer_chars": len(answer),
            "short_answer": short_answer,
            "links_to_check": [],
            "topics": [],
            "is_new": True,
        }
        for (question, answer), asked, short_answer in zip(answers.items(), dates, short_answers, strict=True)
    ]
    assert not FAQEntryPage.objects.exists()


def test_dry_run_after_an_import_says_which_questions_are_new(faq_index, make_entry):
    make_entry("Who pays for it")  # already answered, in other words and case
    before = json.loads(run(EXPORT, "--dry-run", "--format", "json")[0])

    run(EXPORT)
    after = json.loads(run(EXPORT, "--dry-run", "--format", "json")[0])

    assert [item["is_new"] for item in before] == [True, True, False, True, True, True]
    assert [item["is_new"] for item in after] == [False] * 6
    stored = {
        entry.title: entry.short_answer
        for entry in FAQEntryPage.objects.filter(short_answer_needs_rewrite=True)
    }
    assert stored == {item["question"]: item["short_answer"] for item in before if item["is_new"]}


def test_dry_run_in_words_marks_new_and_existing_questions(faq_index, make_entry):
    make_entry("What is the care partnership?")

    out, _ = run(EXPORT, "--dry-run")

    assert "exists 2016-11       What is the care partnership?" in out
    assert "new    2018-08 about And what about councils?" in out
    assert (
        "6 questions: 5 dated in the file, 1 taking the date of the question above; 5 new, 1 already there."
        in out
    )
    assert "Dry run: nothing was changed." in out
    assert FAQEntryPage.objects.count() == 1


def test_dry_run_without_an_faq_index_treats_every_question_as_new(home_page):
    out, err = run(EXPORT, "--dry-run", "--format", "json")

    assert all(item["is_new"] for item in json.loads(out))
    assert "There is no FAQ index page yet" in err


def test_addresses_that_look_cut_off_are_reported_and_left_as_text(client, faq_index, stroke):
    dry, _ = run(ADDRESSES, "--dry-run", "--format", "json")
    out, _ = run(ADDRESSES, "--topic", "stroke", "--publish")

    assert [item["links_to_check"] for item in json.loads(dry)] == [
        [{"address": "https://www.example.nhs.uk/statistics/stroke-units-...", "reason": SHORTENED}],
        [{"address": "www.example.nhs", "reason": NO_DOMAIN}],
        [],
    ]
    assert "2 addresses left as text, not links; check them and link by hand:" in out
    assert (
        "line 1 “Where are the stroke units?”: https://www.example.nhs.uk/statistics/stroke-units-... "
        f"{SHORTENED}." in out
    )
    assert f"line 8 “How do young people get support?”: www.example.nhs {NO_DOMAIN}." in out

    units = served_html(client, FAQEntryPage.objects.get(title="Where are the stroke units?").url)
    assert (
        "The stroke figures are at https://www.example.nhs.uk/statistics/stroke-units-... and the map"
        in units
    )
    assert 'href="https://www.example.nhs.uk' not in units
    assert '<a href="https://www.example.org/stroke-map">www.example.org/stroke-map</a>' in units


def test_dry_run_shows_a_question_it_could_not_date_as_null(faq_index):
    out, err = run(FIXTURES / "faq-undated-first.txt", "--dry-run", "--format", "json")

    assert json.loads(out)[0]["asked"] is None
    assert "has no date" in err
    assert not FAQEntryPage.objects.exists()


def test_running_the_import_twice_does_not_duplicate(faq_index):
    run(EXPORT)
    edited = FAQEntryPage.objects.get(title="Who pays for it?")
    edited.short_answer = "Edited by an editor."
    edited.short_answer_needs_rewrite = False
    edited.save_revision()

    out, _ = run(EXPORT)

    assert FAQEntryPage.objects.count() == 6
    kept = FAQEntryPage.objects.get(pk=edited.pk).get_latest_revision_as_object()
    assert kept.short_answer == "Edited by an editor." and not kept.short_answer_needs_rewrite
    assert "No new questions" in out


def test_a_question_already_there_in_other_words_case_is_matched(faq_index, make_entry, topics):
    make_entry("who pays for it", topics=[topics["stroke"]])

    run(EXPORT)

    assert FAQEntryPage.objects.filter(title__iexact="who pays for it?").count() == 0
    assert FAQEntryPage.objects.count() == 6


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"", "is empty"),
        (b"\x00\x01\x02binary\x00", "is a binary file"),
        ("Is it free? (asked May 2018)\n\nOui, c'est gratuit à 100%.".encode("cp1252"), "is not UTF-8 text"),
    ],
)
def test_unreadable_files_stop_with_one_line_and_change_nothing(tmp_path, faq_index, content, message):
    path = tmp_path / "export.txt"
    if content is not None:
        path.write_bytes(content)

    with pytest.raises(CommandError) as raised:
        run(path)

    assert message in str(raised.value)
    assert "\n" not in str(raised.value)
    assert not FAQEntryPage.objects.exists()


def test_a_file_with_no_questions_is_refused(faq_index):
    with pytest.raises(CommandError, match="has no questions"):
        run(FIXTURES / "faq-no-questions.txt")


def test_a_question_without_a_date_stops_the_whole_import(faq_index):
    with pytest.raises(CommandError, match=r"line 1: .*Where is the plan\?.* has no date") as raised:
        run(FIXTURES / "faq-undated-first.txt")

    assert "Nothing was imported." in str(raised.value)
    assert not FAQEntryPage.objects.exists()


def test_a_failure_part_way_through_leaves_nothing_behind(faq_index, monkeypatch):
    saved = []
    original_clean = FAQEntryPage.clean

    def clean_failing_on_the_third(self):
        saved.append(self.title)
        if len(saved) >= 3:
            from django.core.exceptions import ValidationError

            raise ValidationError({"title": "Something went wrong."})
        original_clean(self)

    monkeypatch.setattr(FAQEntryPage, "clean", clean_failing_on_the_third)

    with pytest.raises(CommandError, match=r"cannot be saved: Something went wrong\. Nothing was imported\."):
        run(EXPORT)

    assert not FAQEntryPage.objects.exists()


def test_no_faq_index_is_a_clear_error(home_page):
    with pytest.raises(CommandError, match="There is no FAQ index page"):
        run(EXPORT)


@pytest.mark.skipif(not SEED.exists(), reason="the current site's export lives outside the repository")
def test_the_current_sites_faq_page_imports_completely(faq_index):
    text = SEED.read_text(encoding="utf-8")
    marker = re.compile(r"\((?:asked )?([A-Z][a-z]+ \d{4})\)\.?\s*$", re.I)
    dated_lines = [line for line in text.splitlines() if marker.search(line.strip())]

    out, _ = run(SEED, "--dry-run", "--format", "json")
    found = json.loads(out)

    dated = [item for item in found if not item["asked_estimated"]]
    assert len(dated) == len(dated_lines)
    for item, line in zip(dated, dated_lines, strict=True):
        month = datetime.datetime.strptime(marker.search(line.strip()).group(1).title(), "%B %Y")
        assert item["asked"] == month.strftime("%Y-%m"), line
        assert not marker.search(item["question"]) and "(asked" not in item["question"].lower(), line
    assert all(item["asked"] and item["answer_chars"] > 0 for item in found)
    assert found[0]["question"] == "What are Sustainability Transformation Partnerships (STPs)?"

    run(SEED)
    assert FAQEntryPage.objects.filter(live=False, short_answer_needs_rewrite=True).count() == len(found)
    again = json.loads(run(SEED, "--dry-run", "--format", "json")[0])
    assert not any(item["is_new"] for item in again)
    assert all(len(item["short_answer"]) <= 300 for item in again)
