from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..fields import found_by, unique_whatever_the_case


class GlossaryTerm(index.Indexed, models.Model):
    """An abbreviation used across the partnership and what it stands for.

    Editors keep the list. The site search uses it both ways: a search for
    "ICS" also finds "integrated care system", and the other way round.
    """

    abbreviation = models.CharField(
        max_length=20,
        help_text='As it is usually written, for example "ICS", "MoU" or "A&E".',
    )
    expansion = models.CharField(
        max_length=160,
        help_text='What it stands for, for example "integrated care system".',
    )
    definition = models.CharField(
        max_length=300,
        help_text="One or two plain sentences saying what it is, for people who have never heard of it.",
    )

    panels = [FieldPanel("abbreviation"), FieldPanel("expansion"), FieldPanel("definition")]
    search_fields = found_by("abbreviation", "expansion")

    class Meta:
        ordering = ["abbreviation"]
        constraints = [
            unique_whatever_the_case(
                "abbreviation",
                "core_glossaryterm_unique_abbreviation",
                "That abbreviation is already in the glossary.",
            )
        ]

    def __str__(self):
        return f"{self.abbreviation} ({self.expansion})"

    def clean(self):
        super().clean()
        self.abbreviation = self.abbreviation.strip()
        self.expansion = " ".join(self.expansion.split())
        if not any(ch.isalnum() for ch in self.abbreviation):
            raise ValidationError({"abbreviation": "An abbreviation needs at least one letter or digit."})
        if not any(ch.isalnum() for ch in self.expansion):
            raise ValidationError({"expansion": "Say what the abbreviation stands for, in words."})
        if self.abbreviation.casefold() == self.expansion.casefold():
            raise ValidationError({"expansion": "The expansion should spell out the abbreviation."})
