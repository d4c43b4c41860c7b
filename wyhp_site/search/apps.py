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
        advance_the_content_generation_with_promotions()


def advance_the_content_generation_with_promotions():
    """A promotion added, changed, reordered or removed changes what its search shows at once:
    the search keeps its promotions and results per content generation (engine.py)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from wyhp_site.core.page_cache import advance_on_content_change

    uid = "site_search.promotion_changed"
    post_save.connect(advance_on_content_change, sender=SearchPromotion, dispatch_uid=uid)
    post_delete.connect(advance_on_content_change, sender=SearchPromotion, dispatch_uid=uid)
