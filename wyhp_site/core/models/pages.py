from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..page_parts import on_demand
from ..sections import home_page_sections
from ..structured_data import SCHEMA_ORG, organisation


class HomePage(Page):
    """The site's front page: what the partnership is, and the way into everything else."""

    intro = models.TextField(
        max_length=400, help_text="A sentence or two under the heading: who we are and what this site is for."
    )
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the page's kept parts are made (core/page_parts.py).
        context["sections"] = on_demand(lambda: home_page_sections(self))
        context["structured_data"] = on_demand(lambda: self.structured_data(request))
        return context

    def structured_data(self, request) -> dict:
        """Who runs this site, for search engines: a schema.org Organization."""
        return {"@context": SCHEMA_ORG, **organisation(request), "description": self.get_meta_description()}


class StandardPage(Page):
    """About us, the accessibility statement, privacy and cookies notices, and similar."""

    intro = models.TextField(
        max_length=400, blank=True, help_text="A summary shown under the heading and in search results."
    )
    body = StreamField(BaseStreamBlock())

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]

    def get_meta_description(self) -> str:
        return self.search_description or self.intro
