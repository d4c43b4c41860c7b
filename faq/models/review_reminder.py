from django.db import models


class ReviewReminder(models.Model):
    """A team was sent its weekly reminder of answers to review.

    Kept so that running the command twice in a week (by hand, or a scheduler that
    retries) sends each team one email, not two.
    """

    team = models.ForeignKey("core.Team", on_delete=models.CASCADE, related_name="+")
    week_starting = models.DateField(help_text="The Monday of the week the reminder was sent in.")
    sent_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["team", "week_starting"], name="faq_one_review_reminder_a_week")
        ]

    def __str__(self):
        return f"{self.team} reminded in the week of {self.week_starting}"
