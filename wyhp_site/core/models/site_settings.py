from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from ..blocks import LinkBlock


@register_setting(icon="list-ul")
class SiteSettings(BaseSiteSetting):
    """The header menu and the footer links, kept by Comms. (The alert banner is a
    ``SiteAlert``, which goes through approval.)"""

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

    panels = [FieldPanel("header_links"), FieldPanel("footer_links")]

    class Meta:
        verbose_name = "Menus"
