"""The weekly email to each team: its answers overdue for review and due within 30 days,
with links to read and edit each; nothing for teams with nothing due; once a week however
often the command runs."""

import datetime
import email
import io
from email.policy import default as default_policy

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.timesince import timesince

from faq.models import FAQEntryPage, ReviewReminder
from faq.reviews import has_news, reminder_for
from tests.factories import AnswerFeedbackFactory
from tests.smtp import run_the_mail_worker_once

SITE = "https://www.wyhpartnership.example"
SENDER = "Partnership website <website@wyhpartnership.example>"


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


def due_in(entry: FAQEntryPage, days: int) -> FAQEntryPage:
    """The entry with its review falling due ``days`` from today (before today when negative)."""
    FAQEntryPage.objects.filter(pk=entry.pk).update(review_due_on=days_from_today(days))
    entry.refresh_from_db()
    return entry


@pytest.fixture
def teams(make_team):
    return {
        "finance": make_team("Finance team", contact_email="finance@partnership.example"),
        "stroke": make_team("Stroke programme", contact_email="stroke@partnership.example"),
        "idle": make_team("Idle team", contact_email="idle@partnership.example"),
    }


@pytest.fixture
def answers(make_entry, teams, settings):
    """Finance owns answers overdue, due soon, not yet due and a draft; Stroke one overdue; Idle
    one answer that is up to date."""
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.DEFAULT_FROM_EMAIL = SENDER
    finance, stroke = teams["finance"], teams["stroke"]
    return {
        "overdue": due_in(make_entry("How much does the partnership spend?", team=finance), -45),
        "due_soon": due_in(make_entry("Who audits the accounts?", team=finance), 12),
        "later": due_in(make_entry("What is the capital plan?", team=finance), 31),
        "draft": due_in(make_entry("An unpublished answer?", team=finance, publish=False), -400),
        "stroke": due_in(make_entry("Where are the stroke units?", team=stroke), -3),
        "idle": make_entry("An answer checked today?", team=teams["idle"]),
    }


def send_reminders(*args) -> str:
    out = io.StringIO()
    call_command("send_review_reminders", *args, stdout=out)
    return out.getvalue()


def sent_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def test_each_team_with_answers_due_gets_one_email_and_others_none(answers):
    send_reminders()

    assert sorted(message.to[0] for message in mail.outbox) == [
        "finance@partnership.example",
        "stroke@partnership.example",
    ]
    assert all(message.from_email == SENDER for message in mail.outbox)


def test_the_email_lists_overdue_and_soon_due_answers_with_links_to_read_and_edit_them(answers):
    send_reminders()

    [message] = sent_to("finance@partnership.example")
    body = message.body
    overdue, due_soon = answers["overdue"], answers["due_soon"]
    assert message.subject == "Finance team: FAQ answers to review (1 overdue, 1 due soon)"
    assert body.index("OVERDUE FOR REVIEW (1)") < body.index(overdue.title)
    assert body.index("DUE FOR REVIEW BY") < body.index(due_soon.title)
    ago = timesince(overdue.review_due_on, timezone.localdate())  # "1 month, 2 weeks"
    assert f"Review was due {overdue.review_due_on:%-d %B %Y} ({ago} ago)" in body
    assert f"Review due {due_soon.review_due_on:%-d %B %Y} (in 12 days)" in body
    for entry in (overdue, due_soon):
        assert f"Read it: http://testserver{entry.url}" in body
        assert f"Edit it: {SITE}/admin/pages/{entry.pk}/edit/" in body
    for not_listed in ("later", "draft", "stroke", "idle"):
        assert answers[not_listed].title not in body, not_listed
    assert f"{SITE}/admin/reports/reviews-due/?owning_team={overdue.owning_team_id}" in body


def test_the_html_part_links_each_answer_and_its_edit_page(answers):
    send_reminders()

    [message] = sent_to("finance@partnership.example")
    [(html, mimetype)] = message.alternatives
    links = [
        (a.get_text(" ", strip=True), a["href"]) for a in BeautifulSoup(html, "html.parser").find_all("a")
    ]
    overdue = answers["overdue"]
    assert mimetype == "text/html"
    assert (overdue.title, f"http://testserver{overdue.url}") in links
    assert ("Edit it", f"{SITE}/admin/pages/{overdue.pk}/edit/") in links
    assert answers["later"].title not in html


def test_the_team_is_named_in_the_output_but_its_address_is_not(answers):
    out = send_reminders()

    assert "Finance team: sent" in out and "Stroke programme: sent" in out
    assert "Teams: 2 sent, 1 nothing due." in out
    assert "@" not in out


def test_running_again_in_the_same_week_sends_nothing_more(answers, teams):
    send_reminders()
    again = send_reminders()

    assert len(mail.outbox) == 2
    assert "Teams: 1 nothing due, 2 already sent this week." in again
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    assert set(ReviewReminder.objects.values_list("team__name", "week_starting")) == {
        ("Finance team", monday),
        ("Stroke programme", monday),
    }


def test_last_weeks_reminder_does_not_stop_this_weeks(answers, teams):
    monday = timezone.localdate() - datetime.timedelta(days=timezone.localdate().weekday())
    ReviewReminder.objects.create(team=teams["finance"], week_starting=monday - datetime.timedelta(days=7))

    send_reminders()

    assert len(sent_to("finance@partnership.example")) == 1


def test_force_sends_this_weeks_reminder_again(answers):
    send_reminders()
    send_reminders("--force")

    assert len(sent_to("finance@partnership.example")) == 2
    assert ReviewReminder.objects.count() == 2


def test_two_runs_at_once_send_one_email(answers, teams):
    """The second run's check can come before the first run records its email: the record's
    uniqueness still stops the second email."""
    from faq.management.commands.send_review_reminders import ALREADY_SENT, Command, week_starting

    week = week_starting(timezone.localdate())
    context = reminder_for(teams["finance"], timezone.localdate())
    ReviewReminder.objects.create(team=teams["finance"], week_starting=week)  # the other run got there first

    assert Command().send(teams["finance"], week, context, replace=False) == ALREADY_SENT
    assert mail.outbox == []


def test_a_dry_run_prints_the_emails_and_sends_and_records_nothing(answers):
    out = send_reminders("--dry-run")

    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()
    assert "To: finance@partnership.example" in out
    assert "Subject: Finance team: FAQ answers to review (1 overdue, 1 due soon)" in out
    assert f"Edit it: {SITE}/admin/pages/{answers['overdue'].pk}/edit/" in out
    assert "Teams: 2 would be sent, 1 nothing due." in out


def test_with_no_teams_or_nothing_due_nothing_is_sent(db):
    assert send_reminders() == "Teams: none.\n"
    assert mail.outbox == []


def test_what_a_team_is_told_depends_on_the_day(answers, teams):
    """``reminder_for`` is the one place the email's content comes from; given a later day,
    answers due by then join it."""
    today = timezone.localdate()

    now = reminder_for(teams["finance"], today)
    in_a_week = reminder_for(teams["finance"], today + datetime.timedelta(days=7))

    assert [review.entry for review in now["overdue"]] == [answers["overdue"]]
    assert [review.entry for review in in_a_week["due_soon"]] == [answers["due_soon"], answers["later"]]
    assert has_news(now) and not has_news(reminder_for(teams["idle"], today))


def test_the_reminder_is_queued_and_the_mail_worker_sends_it_over_smtp(answers, smtp_server, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    send_reminders()

    assert smtp_server.envelopes == []  # only queued
    run_the_mail_worker_once()

    assert sorted(envelope.rcpt_tos[0] for envelope in smtp_server.envelopes) == [
        "finance@partnership.example",
        "stroke@partnership.example",
    ]
    finance = next(e for e in smtp_server.envelopes if e.rcpt_tos == ["finance@partnership.example"])
    message = email.message_from_bytes(finance.content, policy=default_policy)
    assert finance.mail_from == "website@wyhpartnership.example"
    assert message["Subject"] == "Finance team: FAQ answers to review (1 overdue, 1 due soon)"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert answers["overdue"].title in text and answers["overdue"].title in html
    assert f"{SITE}/admin/pages/{answers['due_soon'].pk}/edit/" in text


def test_the_email_gives_this_weeks_comments_from_readers_once(answers, teams):
    idle_answer, overdue = answers["idle"], answers["overdue"]
    AnswerFeedbackFactory(
        entry=overdue, useful=False, comment="The figures are for 2019.", date=days_from_today(-3)
    )
    AnswerFeedbackFactory(
        entry=overdue, useful=False, comment="Sent last week already.", date=days_from_today(-8)
    )
    AnswerFeedbackFactory(entry=overdue, useful=True, comment="", date=days_from_today(-1))
    AnswerFeedbackFactory(
        entry=idle_answer, useful=False, comment="Which hospital?", date=days_from_today(-2)
    )

    send_reminders()

    (finance,) = sent_to("finance@partnership.example")
    assert "WHAT READERS SAID SINCE" in finance.body
    assert '"The figures are for 2019."' in finance.body and "Sent last week already." not in finance.body
    html = next(content for content, kind in finance.alternatives if kind == "text/html")
    assert "The figures are for 2019." in html
    # A team with nothing due still hears what readers said about its answers.
    (idle,) = sent_to("idle@partnership.example")
    assert '"Which hospital?"' in idle.body and "readers' comments" in idle.subject
    assert "OVERDUE" not in idle.body
