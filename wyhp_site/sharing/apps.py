from django.apps import AppConfig


class SharingConfig(AppConfig):
    """Secret links to a page's latest draft, for readers without a CMS account."""

    name = "wyhp_site.sharing"
    label = "sharing"
    verbose_name = "Preview links"
