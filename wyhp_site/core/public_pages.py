"""Pages the public may read, with the view restrictions read once per content generation.

Wagtail's ``PageQuerySet.public()`` reads every view restriction each time it is called: a
home page with four sections called it six times a request. The restricted sections change
only when a page is made private or public again, which advances the content generation
(``CoreConfig.ready()``), so their paths are kept under it (``generation_cache.kept``).
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from .generation_cache import kept


def restricted_paths() -> list[str]:
    return list(PageViewRestriction.objects.values_list("page__path", flat=True).distinct())


def is_public(page) -> bool:
    """Whether ``page`` has no view restriction, on itself or on a page above it."""
    return not any(page.path.startswith(path) for path in kept("restricted-paths", restricted_paths))


class PublicPageQuerySet(PageQuerySet):
    """A content type's queryset: ``public()`` and ``not_public()`` as Wagtail's, read from what
    is kept for the generation."""

    def private_q(self):
        q = Q()
        for path in kept("restricted-paths", restricted_paths):
            q |= Q(path__startswith=path)  # the restricted page and every page below it
        return q if q else Q(pk__in=[])
