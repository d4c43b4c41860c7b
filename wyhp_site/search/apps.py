import atexit

from django.apps import AppConfig
from django.core.signals import request_finished


class SearchConfig(AppConfig):
    """The public site search at /search/."""

    name = "wyhp_site.search"
    label = "site_search"
    verbose_name = "Site search"

    def ready(self):
        from .query_log import flush_searches, flush_when_due

        # Search counts are written after a response has gone (any handler sends the signal,
        # so no sender), and what is left when the worker exits.
        request_finished.connect(flush_when_due, dispatch_uid="site_search_flush_counts")
        atexit.register(flush_searches)
