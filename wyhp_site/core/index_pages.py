"""Finding a section's index page: the one lookup every app uses.

A section (the FAQ, the news, the programmes) is an index page with its pages
beneath it. Readers reach the first live, public one in tree order; the admin
also works with drafts.
"""

from wagtail.models import Page

from .generation_cache import kept
from .public_pages import PublicPageQuerySet


def find_index_page(model: type[Page], *, within: Page | None = None, live: bool = True) -> Page | None:
    """The first ``model`` page in tree order, below ``within`` (a site's root or home page,
    inclusive) when given; only a live, public one unless ``live`` is False. The live one is
    looked up once per content generation (the home page and every programme page ask)."""
    if live:
        key = f"index-page:{model._meta.label_lower}:{within.pk if within is not None else ''}"
        return kept(key, lambda: first_index_page(model, within, live))
    return first_index_page(model, within, live)


def first_index_page(model: type[Page], within: Page | None, live: bool) -> Page | None:
    pages = model.objects.order_by("path")
    if live:
        pages = pages.live().exclude(PublicPageQuerySet.private_q(pages))
    if within is not None:
        pages = pages.descendant_of(within, inclusive=True)
    return pages.first()


def parent_index_page(page: Page, model: type[Page]) -> Page | None:
    """The ``model`` page directly above ``page`` (a question's FAQ, a post's news index),
    or None for an unsaved page or one placed elsewhere."""
    if not page.path:
        return None
    return model.objects.filter(path=page.path[: -page.steplen]).first()
