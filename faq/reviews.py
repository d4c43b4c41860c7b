"""Answers due for review, for the teams that own them: the weekly reminder email and what
the editors' report lists.

The email is drawn from templates with the context ``reminder_for(team, today)`` returns.
Each of its ``REMINDER_SECTIONS`` is a list that the email shows when it is not empty; a
team gets the email when at least one is. To add a section, add its list to the context,
its name to ``REMINDER_SECTIONS`` and its part to the templates.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.admin.utils import get_admin_base_url

from wyhp_site.core.models import Team

from .models import FAQEntryPage
from .models.entry_page import REVIEW_NOTICE_DAYS
from .models.feedback import new_comments

NO_TEAM = "No owning team yet"
REMINDER_SECTIONS = ("overdue", "due_soon", "comments")
# Readers' comments from this many days before the email (a week: each is sent once).
COMMENT_DAYS = 7
REMINDER_TEMPLATE = "faq/emails/review_reminder"


def admin_url(name: str, *args) -> str:
    """An admin address that works from an inbox: on the site's public address (BASE_URL)."""
    return get_admin_base_url() + reverse(name, args=args)


@dataclass(frozen=True)
class ReviewDue:
    """An answer overdue for review, or soon due, as the reminder and the report show it."""

    entry: FAQEntryPage
    today: datetime.date

    @property
    def question(self) -> str:
        return self.entry.title

    @property
    def due_on(self) -> datetime.date:
        return self.entry.review_due_on

    @property
    def overdue(self) -> bool:
        return self.entry.review_due_on < self.today

    @property
    def state(self) -> str:
        return "Overdue" if self.overdue else "Due soon"

    @property
    def days(self) -> int:
        """Days until the review is due, or since it was, counted from ``today``."""
        return abs((self.entry.review_due_on - self.today).days)

    @property
    def team_name(self) -> str:
        return self.entry.owning_team.name if self.entry.owning_team else NO_TEAM

    @property
    def team_email(self) -> str:
        return self.entry.owning_team.contact_email if self.entry.owning_team else ""

    @cached_property
    def public_url(self) -> str:
        return self.entry.full_url

    @cached_property
    def edit_url(self) -> str:
        return admin_url("wagtailadmin_pages:edit", self.entry.pk)


def due_for_review(entries, today: datetime.date) -> list[ReviewDue]:
    """``entries`` (an FAQ entry queryset) that are overdue or due within the notice period."""
    return [ReviewDue(entry, today) for entry in entries.reviews_due(today)]


def reminder_for(team: Team, today: datetime.date) -> dict:
    """What ``team``'s reminder email says on ``today``: the template's context."""
    entries = FAQEntryPage.objects.filter(owning_team=team)
    due = due_for_review(entries, today)
    since = today - datetime.timedelta(days=COMMENT_DAYS)
    comments = new_comments(entries.live(), since, today)
    return {
        "team": team,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "today": today,
        "notice_days": REVIEW_NOTICE_DAYS,
        "due_by": today + datetime.timedelta(days=REVIEW_NOTICE_DAYS),
        "overdue": [review for review in due if review.overdue],
        "due_soon": [review for review in due if not review.overdue],
        # [(entry, [AnswerFeedback, ...]), ...]: what readers said of the team's answers this week.
        "comments": sorted(comments.items(), key=lambda item: item[0].title),
        "comments_since": since,
        "report_url": admin_url("faq_reviews_due") + f"?owning_team={team.pk}",
        "team_url": admin_url("wagtailsnippets_core_team:edit", team.pk),
    }


def has_news(context: dict) -> bool:
    """Whether a reminder has anything to tell its team: teams with nothing due get no email."""
    return any(context[section] for section in REMINDER_SECTIONS)


def reminder_email(context: dict) -> EmailMultiAlternatives:
    """The reminder as an email to the team's contact address, plain text with an HTML part,
    from DEFAULT_FROM_EMAIL."""
    subject = " ".join(render_to_string(f"{REMINDER_TEMPLATE}_subject.txt", context).split())
    message = EmailMultiAlternatives(
        subject, render_to_string(f"{REMINDER_TEMPLATE}.txt", context), to=[context["team"].contact_email]
    )
    message.attach_alternative(render_to_string(f"{REMINDER_TEMPLATE}.html", context), "text/html")
    return message
