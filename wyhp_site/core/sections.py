"""What each content area tells the site-wide pieces about itself.

``wyhp_site.core`` knows no content app. The home page, the cache purge on
publish, the demo command and the search page ask these Wagtail hooks instead,
and each app answers from its own ``wagtail_hooks.py``:

``HOME_PAGE_SECTIONS``
    ``fn(home_page) -> HomeSection | None``: the app's part of the front page,
    or None when it has nothing to show (no published index page).
``PAGES_SHOWING``
    ``fn(page) -> iterable of pages``: other pages that list ``page`` (a title,
    a date, a count), purged from a front-end cache with it.
``DEMO_CONTENT``
    ``fn(home, topics, people) -> index page``: builds the app's demo section
    under ``home``, adding only what is missing; its index joins the main menu.
    Usually a ``DemoSection`` (``core/demo/loader.py``) over the app's data file.
``SEARCH_SUGGESTIONS``
    ``fn() -> dict``: extra context for the search page's empty and no-results
    states (ways to browse instead).
``PUBLIC_URLS``
    ``fn() -> list of URL patterns``: the app's own public addresses that are not
    pages (a form's endpoint), served before Wagtail's pages.

Hooks run in ``order``, then in INSTALLED_APPS order; the front page and the
menu follow it.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from wagtail import hooks

from .index_pages import find_index_page

HOME_PAGE_SECTIONS = "wyhp_home_page_sections"
PAGES_SHOWING = "wyhp_pages_showing"
DEMO_CONTENT = "wyhp_demo_content"
SEARCH_SUGGESTIONS = "wyhp_search_suggestions"
PUBLIC_URLS = "wyhp_public_urls"


@dataclass(frozen=True)
class HomeSection:
    """A block of the front page: ``template`` is included with ``section`` set to this."""

    template: str
    index: object
    items: list = field(default_factory=list)


def section_under(home_page, index_model, items: Callable[[], Iterable]) -> HomeSection | None:
    """A ``HOME_PAGE_SECTIONS`` answer: the published ``index_model`` under ``home_page``
    with ``items()``, shown by its app's ``<app>/includes/home_section.html``; or None when
    there is no such index (and then nothing is queried for items)."""
    index = find_index_page(index_model, within=home_page)
    if index is None:
        return None
    return HomeSection(f"{index_model._meta.app_label}/includes/home_section.html", index, list(items()))


def home_page_sections(home_page) -> list[HomeSection]:
    sections = (fn(home_page) for fn in hooks.get_hooks(HOME_PAGE_SECTIONS))
    return [section for section in sections if section is not None]


def pages_showing(page) -> Iterator:
    for fn in hooks.get_hooks(PAGES_SHOWING):
        yield from fn(page)


def search_suggestions() -> dict:
    context = {}
    for fn in hooks.get_hooks(SEARCH_SUGGESTIONS):
        context.update(fn())
    return context


def public_urlpatterns() -> list:
    return [pattern for fn in hooks.get_hooks(PUBLIC_URLS) for pattern in fn()]
