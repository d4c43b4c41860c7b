from django import forms
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, Site
from wagtail.search import index

from wyhp_site.core.generation_cache import kept_for_generation
from wyhp_site.core.page_parts import on_demand
from wyhp_site.core.public_pages import PublicPageQuerySet
from wyhp_site.core.roles import COMMS, SectionPageMixin

from .blocks import ProgrammeStreamBlock
from .related import related_posts, related_questions


class ProgrammeIndexPage(SectionPageMixin, Page):
    """The partnership's priority programmes, as cards in the order editors arrange them.

    Programmes are kept by Comms, not Editors. A programme page is the
    partnership speaking about its own work, names the people who lead it and
    carries contact details, so it belongs with the news and weekly updates
    that Comms already write and keep consistent. Editors answer questions
    under the FAQ and have no permissions here; Comms add and change
    programmes below this page, and Moderators publish them.
    """

    section_roles = (COMMS,)

    intro = models.TextField(
        max_length=400, help_text="A sentence or two under the heading: what the programmes are."
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    max_count = 1

    def get_meta_description(self) -> str:
        return self.search_description or self.intro

    @property
    def programmes(self):
        return ProgrammePage.objects.readable().child_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = self.programmes
        return context


class ProgrammeQuerySet(PublicPageQuerySet):
    def readable(self):
        """Live, public programmes in the order editors arranged them in the page tree, for
        the index page and the home page. Carries what a programme card shows (title,
        summary, address) and the topic; the body is left unloaded."""
        return self.live().public().defer_streamfields().select_related("topic").order_by("path")

    def on_topics(self, topics):
        """The programmes whose page lists ``topics``' questions and posts: publishing or
        withdrawing a question or post changes what they show, so a front-end cache purge
        includes them."""
        return self.readable().filter(topic__in=topics)


class ProgrammePage(Page):
    """One priority programme: what it does, who leads it, and the latest questions and news on it."""

    summary = models.CharField(
        max_length=200,
        help_text="One sentence on what the programme is for, shown under its name and on its card.",
    )
    topic = models.ForeignKey(
        "core.Topic",
        on_delete=models.PROTECT,
        related_name="programmes",
        help_text="The page lists the newest questions and news on this topic.",
    )
    status = models.CharField(
        max_length=120,
        blank=True,
        help_text="Optional, short and dated: for example 'Consultation open until 30 June 2026'. "
        "Clear it when it no longer applies.",
    )
    body = StreamField(ProgrammeStreamBlock())
    contact_email = models.EmailField(help_text="Where readers can write to the programme team.")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("status"),
        FieldPanel("topic", widget=forms.Select),
        InlinePanel("leads", heading="Who leads this programme", label="Lead", min_num=1),
        FieldPanel("body"),
        FieldPanel("contact_email"),
    ]
    objects = PageManager.from_queryset(ProgrammeQuerySet)()

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("topic"),
        index.RelatedFields("topic", [index.SearchField("name")]),
        index.RelatedFields("leads", [index.RelatedFields("person", [index.SearchField("name")])]),
    ]

    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = []

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each read only when the page's kept parts are made (core/page_parts.py).
        context["leads"] = on_demand(
            lambda: list(
                self.leads.select_related("person__photo").prefetch_related("person__photo__renditions")
            )
        )
        related = on_demand(lambda: self.related_questions_and_posts(request))
        context["questions"] = on_demand(lambda: related()[0])
        context["posts"] = on_demand(lambda: related()[1])
        return context

    def related_questions_and_posts(self, request) -> tuple[list, list]:
        """The latest questions and posts on this programme's topic, kept per content generation."""
        site = Site.find_for_request(request)
        key = f"programme-related:{site.pk if site else ''}:{self.topic_id}"  # links are the site's
        return kept_for_generation(
            request, key, lambda: (related_questions(self.topic, request), related_posts(self.topic, request))
        )


class ProgrammeLead(Orderable):
    """A person who leads a programme, in the order the page lists them."""

    page = ParentalKey(ProgrammePage, on_delete=models.CASCADE, related_name="leads")
    # PROTECT: a person who leads a programme cannot vanish from its published page
    # unannounced; the admin lists where they are used before they can be deleted.
    person = models.ForeignKey("core.Person", on_delete=models.PROTECT, related_name="programme_leads")
    role = models.CharField(
        max_length=120, help_text="Their role in this programme, for example: Programme Director."
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    def __str__(self):
        return f"{self.person.name}, {self.role}"
