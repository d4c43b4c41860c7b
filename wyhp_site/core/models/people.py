from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from ..fields import found_by, optional_link


class Person(index.Indexed, models.Model):
    """Someone who writes the weekly update or leads a programme."""

    name = models.CharField(max_length=120)
    role = models.CharField(max_length=160, help_text="For example: Programme Director, Stroke")
    organisation = models.CharField(max_length=160, blank=True)
    photo = optional_link("wagtailimages.Image", "A head-and-shoulders photo. Optional.")
    profile_url = models.URLField(
        "profile page",
        blank=True,
        help_text=(
            "Optional: the address of a page about them, on this website or their organisation's, "
            "such as a board member's profile. Their name links to it on posts they write, "
            "and search engines are told it."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
        FieldPanel("profile_url"),
    ]
    search_fields = found_by("name", "role", "organisation")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return f"{self.name}, {self.role}"
