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

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("photo"),
    ]
    search_fields = found_by("name", "role", "organisation")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return f"{self.name}, {self.role}"
