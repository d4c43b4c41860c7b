from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.admin.panels import FieldPanel, PublishingPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    Site,
    WorkflowMixin,
)

# Where the preview of an alert leaves the draft for the site chrome (core/chrome.py) to show.
PREVIEWED_ALERT = "wyhp_previewed_alert"


class AlertLevel(models.TextChoices):
    IMPORTANT = "important", "Important"
    URGENT = "urgent", "Urgent"


class ManySitesPanel(FieldPanel):
    """A field offered only where there is a choice: a deployment serving several sites."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return super().is_shown() and Site.objects.count() > 1


class SiteAlertQuerySet(models.QuerySet):
    def shown_on(self, site: Site) -> "SiteAlertQuerySet":
        """The published alerts readers of ``site`` see."""
        return self.filter(Q(site=None) | Q(site=site), live=True)


class SiteAlert(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    """A message at the top of every page: a closure, industrial action, the website down for
    maintenance. Written by Comms and approved by Moderators, as pages are; it can be told when
    to go live and when to come down (``publish_scheduled`` does both)."""

    level = models.CharField(
        "how urgent",
        max_length=10,
        choices=AlertLevel.choices,
        default=AlertLevel.IMPORTANT,
        help_text="An urgent alert is shown first, in red, under the title \u201cUrgent\u201d.",
    )
    heading = models.CharField(
        max_length=120,
        blank=True,
        help_text="Optional: a first line in bold, such as \u201cStrike action on 12 and 13 March\u201d.",
    )
    text = RichTextField(
        features=["bold", "link"],
        help_text="What readers need to know, in a sentence or two. Link to a page with more.",
    )
    site = models.ForeignKey(
        Site,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Leave empty to show the alert on every site.",
    )

    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="content_type",
        object_id_field="object_id",
        for_concrete_model=False,
    )
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="site_alert",
        for_concrete_model=False,
    )

    objects = SiteAlertQuerySet.as_manager()

    panels = [
        FieldPanel("level"),
        FieldPanel("heading"),
        FieldPanel("text"),
        ManySitesPanel("site"),
        PublishingPanel(),
    ]

    class Meta:
        verbose_name = "site alert"
        ordering = ["-pk"]

    def __str__(self):
        return self.heading or Truncator(strip_tags(self.text)).words(12) or "Site alert"

    @property
    def is_urgent(self) -> bool:
        return self.level == AlertLevel.URGENT

    def clean(self):
        super().clean()
        # Draftail leaves "<p></p>" when the text is cleared: that is no alert at all.
        if not strip_tags(self.text).strip():
            raise ValidationError({"text": "Write what readers need to know."})

    def get_full_url(self):
        # The preview is made as a request to this address, so it shows the alert's own site.
        return f"{self.site.root_url}/" if self.site else None

    full_url = property(get_full_url)

    def serve_preview(self, request, mode_name):
        """The site's home page as readers would see it with this version of the alert."""
        site = self.site or Site.find_for_request(request)
        if site is None:
            raise Http404("There is no site to show the alert on.")
        setattr(request, PREVIEWED_ALERT, self)
        home = site.root_page.specific
        return home.serve_preview(request, home.default_preview_mode)
