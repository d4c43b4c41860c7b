from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..fields import found_by, unique_whatever_the_case


class Team(index.Indexed, models.Model):
    """A team that owns content and answers for keeping it right.

    Reminders about its content go to its contact email, so that address should be a
    mailbox the team shares rather than one person's, who may move on.
    """

    name = models.CharField(
        max_length=120,
        help_text='As colleagues know it, for example "Finance team" or "Stroke programme".',
    )
    contact_email = models.EmailField(
        help_text="Where reminders about the team's content go. Best a shared mailbox, not one person's.",
    )

    panels = [FieldPanel("name"), FieldPanel("contact_email")]
    search_fields = found_by("name", "contact_email")

    class Meta:
        ordering = ["name"]
        constraints = [
            unique_whatever_the_case(
                "name", "core_team_unique_name", "There is already a team with that name."
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        self.name = " ".join(self.name.split())
        if not any(ch.isalnum() for ch in self.name):
            raise ValidationError({"name": "A team's name needs at least one letter or digit."})
