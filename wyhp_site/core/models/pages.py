from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BaseStreamBlock


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

    LATEST_POSTS = 3

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.front_page_sections())
        return context

    def front_page_sections(self) -> dict:
        """The newest posts, the FAQ's topics and the programmes, each from its own app's
        one listing definition. A section whose index page does not exist is left out."""
        # Imported here: these apps' models import Topic and Person from this app.
        from blog.models import NewsIndexPage
        from blog.queries import live_posts
        from faq.models import FAQIndexPage
        from faq.queries import live_entries, topics_with_counts
        from programmes.models import ProgrammeIndexPage
        from programmes.queries import live_programmes

        faq_index = FAQIndexPage.objects.live().public().descendant_of(self).first()
        news_index = NewsIndexPage.objects.live().public().descendant_of(self).first()
        programme_index = ProgrammeIndexPage.objects.live().public().descendant_of(self).first()
        return {
            "faq_index": faq_index,
            "faq_topics": list(topics_with_counts(live_entries())) if faq_index else [],
            "news_index": news_index,
            "latest_posts": list(live_posts()[: self.LATEST_POSTS]) if news_index else [],
            "programme_index": programme_index,
            "programmes": list(live_programmes()) if programme_index else [],
        }


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
