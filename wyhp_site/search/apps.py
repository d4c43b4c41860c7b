from django.apps import AppConfig


class SearchConfig(AppConfig):
    """The public site search at /search/."""

    name = "wyhp_site.search"
    label = "site_search"
    verbose_name = "Site search"
