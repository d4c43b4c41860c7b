from django.utils.html import strip_tags
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField

from ..blocks import LinkBlock


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Header menu, footer links and the site-wide alert, kept by Comms."""

    header_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        max_num=7,
        help_text="The main menu under the header, in order. Seven links at most.",
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        help_text="Links at the foot of every page: accessibility, privacy, cookies, contact.",
    )
    alert_message = RichTextField(
        blank=True,
        features=["bold", "link"],
        help_text="Shown at the top of every page while it has text. Leave empty for no alert.",
    )

    panels = [
        FieldPanel("header_links"),
        FieldPanel("footer_links"),
        MultiFieldPanel([FieldPanel("alert_message")], heading="Site-wide alert"),
    ]

    class Meta:
        verbose_name = "Menus and alert"

    @property
    def has_alert(self) -> bool:
        # Rich text left as "<p></p>" after an editor clears it counts as empty.
        return bool(strip_tags(self.alert_message).strip())
