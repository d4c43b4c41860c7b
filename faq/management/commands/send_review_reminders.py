import datetime
from collections import Counter

from django.core.management.base import BaseCommand
from django.db import IntegrityError, transaction
from django.utils import timezone

from wyhp_site.core.models import Team

from ...models import ReviewReminder
from ...models.entry_page import REVIEW_NOTICE_DAYS
from ...reviews import has_news, reminder_email, reminder_for

SENT, WOULD_SEND, NOTHING_DUE, ALREADY_SENT = "sent", "would be sent", "nothing due", "already sent this week"
OUTCOMES = (SENT, WOULD_SEND, NOTHING_DUE, ALREADY_SENT)


def week_starting(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


class Command(BaseCommand):
    help = (
        "Email each team that owns FAQ answers the list of its answers overdue for review or due "
        f"within {REVIEW_NOTICE_DAYS} days, with links to read and edit each. Teams with nothing "
        "due get no email. Each team is sent one a week however often this runs: the scheduler "
        "runs it on Monday mornings. The email is queued for the mail worker (runmailer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print each email that would be sent, recipients included, and send nothing.",
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Send to teams that were already sent this week's reminder too.",
        )

    def handle(self, *args, dry_run=False, force=False, verbosity=1, **options):
        today = timezone.localdate()
        week = week_starting(today)
        sent_this_week = ReviewReminder.objects.filter(week_starting=week)
        already_sent = set(sent_this_week.values_list("team_id", flat=True))
        outcomes = Counter()
        for team in Team.objects.order_by("name"):
            if team.pk in already_sent and not force:
                outcome = ALREADY_SENT
            else:
                outcome = self.remind(team, today, week, dry_run=dry_run, force=force)
            outcomes[outcome] += 1
            if outcome in (SENT, WOULD_SEND) or verbosity >= 2:
                # Teams by name only: contact addresses stay out of the scheduler's log.
                self.stdout.write(f"{team.name}: {outcome}")
        summary = ", ".join(f"{outcomes[outcome]} {outcome}" for outcome in OUTCOMES if outcomes[outcome])
        self.stdout.write(f"Teams: {summary or 'none'}.")

    def remind(self, team: Team, today: datetime.date, week: datetime.date, *, dry_run: bool, force: bool):
        context = reminder_for(team, today)
        if not has_news(context):
            return NOTHING_DUE
        if dry_run:
            message = reminder_email(context)
            self.stdout.write(f"To: {', '.join(message.to)}\nSubject: {message.subject}\n\n{message.body}")
            return WOULD_SEND
        return self.send(team, week, context, replace=force)

    def send(self, team: Team, week: datetime.date, context: dict, *, replace: bool) -> str:
        """Record the week's reminder and queue it, together or not at all: a second run
        this week, even one running at the same moment, finds the record and sends nothing."""
        try:
            with transaction.atomic():
                if replace:
                    ReviewReminder.objects.update_or_create(team=team, week_starting=week)
                else:
                    ReviewReminder.objects.create(team=team, week_starting=week)
                reminder_email(context).send()
        except IntegrityError:
            return ALREADY_SENT
        return SENT
