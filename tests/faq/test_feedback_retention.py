"""Feedback is kept no longer than FEEDBACK_RETENTION_DAYS, and the owners' weekly email can
ask for the comments each answer received in a week."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from faq.models import AnswerFeedback
from faq.models.feedback import new_comments
from tests.factories import AnswerFeedbackFactory


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def test_feedback_older_than_the_retention_period_is_deleted(make_entry, settings):
    settings.FEEDBACK_RETENTION_DAYS = 30
    entry = make_entry()
    for age, comment in [(0, "today"), (30, "at the limit"), (31, "a day too old"), (400, "long gone")]:
        AnswerFeedbackFactory(entry=entry, useful=False, comment=comment, date=days_ago(age))

    out = StringIO()
    call_command("prune_answer_feedback", stdout=out)

    assert set(AnswerFeedback.objects.values_list("comment", flat=True)) == {"today", "at the limit"}
    assert "removed 2 answers" in out.getvalue()


def test_the_retention_period_can_be_given_on_the_command_line_but_not_as_zero(make_entry):
    AnswerFeedbackFactory(entry=make_entry(), date=days_ago(7))

    with pytest.raises(CommandError):
        call_command("prune_answer_feedback", days=0, stdout=StringIO())
    call_command("prune_answer_feedback", days=3, stdout=StringIO())

    assert not AnswerFeedback.objects.exists()


def test_deleting_an_answer_deletes_its_feedback(make_entry):
    entry = make_entry()
    AnswerFeedbackFactory(entry=entry, useful=False, comment="Something personal")

    entry.delete()

    assert not AnswerFeedback.objects.exists()


@pytest.fixture
def week_of_comments(make_entry):
    """Comments on two answers over a fortnight, a "No" without a comment, and a third answer."""
    units, funding, other = make_entry("Units?"), make_entry("Funding?"), make_entry("Other?")
    since = datetime.date(2026, 3, 2)  # a Monday
    comments = [
        (units, since - datetime.timedelta(days=1), "last week"),
        (units, since, "Monday"),
        (funding, since + datetime.timedelta(days=3), "Thursday 🏥 שלום"),
        (units, since + datetime.timedelta(days=6), "Sunday"),
        (units, since + datetime.timedelta(days=7), "next Monday"),
        (other, since + datetime.timedelta(days=2), "not asked about"),
    ]
    for entry, day, comment in comments:
        AnswerFeedbackFactory(entry=entry, useful=False, comment=comment, date=day)
    AnswerFeedbackFactory(entry=units, useful=False, date=since + datetime.timedelta(days=1))
    AnswerFeedbackFactory(entry=units, useful=True, date=since + datetime.timedelta(days=1))
    return units, funding, since


def test_new_comments_are_those_of_the_week_for_each_answer_oldest_first(week_of_comments):
    units, funding, since = week_of_comments

    with CaptureQueriesContext(connection) as queries:
        found = new_comments([units, funding], since, until=since + datetime.timedelta(days=7))

    assert {entry.title: [row.comment for row in rows] for entry, rows in found.items()} == {
        "Units?": ["Monday", "Sunday"],
        "Funding?": ["Thursday 🏥 שלום"],
    }
    assert len(queries) == 1
    assert all(row.entry is units for row in found[units]), "each comment knows its answer without a query"


def test_new_comments_leaves_out_answers_without_any(week_of_comments, make_entry):
    quiet = make_entry("Quiet?")
    _units, _funding, since = week_of_comments

    assert new_comments([quiet], since, until=since + datetime.timedelta(days=7)) == {}


def test_new_comments_stop_before_today_unless_told(make_entry):
    entry = make_entry()
    AnswerFeedbackFactory(entry=entry, useful=False, comment="yesterday", date=days_ago(1))
    AnswerFeedbackFactory(entry=entry, useful=False, comment="today", date=days_ago(0))

    found = new_comments([entry], days_ago(7))

    assert [row.comment for row in found[entry]] == ["yesterday"], "today's wait for the next run"
