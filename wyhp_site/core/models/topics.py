from django.db import models
from django.utils.text import slugify
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Topic(index.Indexed, models.Model):
    """The controlled vocabulary shared by FAQ entries, posts and programmes.

    Editors manage the list as a snippet and pick from it on each page, so
    "Mental health" never turns up again as "mental-health" or "MH".
    """

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="Used in web addresses such as /faq/topic/<slug>/. Made from the name if blank.",
    )
    description = models.CharField(
        max_length=255, blank=True, help_text="One sentence shown on the topic's pages."
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)
