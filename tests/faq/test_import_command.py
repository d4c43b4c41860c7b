import datetime
import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from faq.models import FAQEntryPage

FIXTURES = Path(__file__).parent / "fixtures"
EXPORT = FIXTURES / "faq-export.txt"
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "faq-page.txt"


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_faq", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_one_published_entry_per_question(client, faq_index):
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
    assert all(entry.live for entry in entries.values())
    assert "Imported and published 6 questions" in out

    councils = entries["And what about councils?"]
    assert councils.date_asked == datetime.date(2018, 8, 1) and councils.date_is_estimate
    assert councils.short_answer == "Councils pay for social care."
    assert list(councils.topics.all()) == []  # for editors to tag: the "no topic yet" filter finds them

    html = client.get(entries["How many places does it cover?"].url).content.decode()
    assert "Asked April 2017" in html
    assert "<li>Calderdale</li>" in html
    assert '<a href="mailto:info@example.org">info@example.org</a>' in html
    assert client.get("/faq/asked/2018/08/").status_code == 200


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
    assert json.loads(out) == [
        {
            "question": question,
            "asked": asked,
            "asked_estimated": question == "And what about councils?",
            "answer_chars": len(answer),
        }
        for (question, answer), asked in zip(answers.items(), dates, strict=True)
    ]
    assert not FAQEntryPage.objects.exists()


def test_dry_run_shows_a_question_it_could_not_date_as_null(faq_index):
    out, err = run(FIXTURES / "faq-undated-first.txt", "--dry-run", "--format", "json")

    assert json.loads(out)[0]["asked"] is None
    assert "has no date" in err
    assert not FAQEntryPage.objects.exists()


def test_dry_run_in_words(faq_index):
    out, _ = run(EXPORT, "--dry-run")

    assert "2018-08 about And what about councils?" in out
    assert "Dry run: nothing was changed." in out
    assert not FAQEntryPage.objects.exists()


def test_draft_option_creates_drafts(faq_index):
    out, _ = run(EXPORT, "--draft")

    assert FAQEntryPage.objects.count() == 6
    assert not FAQEntryPage.objects.live().exists()
    assert all(entry.latest_revision for entry in FAQEntryPage.objects.all())
    assert "Imported 6 questions as drafts" in out


def test_running_the_import_twice_does_not_duplicate(faq_index):
    run(EXPORT)
    edited = FAQEntryPage.objects.get(title="Who pays for it?")
    edited.short_answer = "Edited by an editor."
    edited.save_revision().publish()

    out, _ = run(EXPORT)

    assert FAQEntryPage.objects.count() == 6
    assert FAQEntryPage.objects.get(pk=edited.pk).short_answer == "Edited by an editor."
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
    assert FAQEntryPage.objects.live().count() == len(found)
