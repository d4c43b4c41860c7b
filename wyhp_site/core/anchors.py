"""Ids for the headings in a page's body, so a section can be linked to: an answer's
sub-question "What will happen next?" is ``/faq/<slug>/#what-will-happen-next``.

An id is made from the heading's words, and must be unique in the page: two headings with
the same words get ``-2``, ``-3``, and no heading takes an id the site's own templates use.
The ids given out while one page renders are kept in a ``HeadingAnchors`` that the
``heading_anchors`` context processor puts in the page's context, which ``{% include_block %}``
hands down to every block it renders.
"""

from django.utils.text import slugify

MAX_ANCHOR = 60

# The fixed ids in the site's templates and the NHS.UK header's, and those the search form
# makes from its form_id; tests/core/test_anchors.py checks this against the templates.
LAYOUT_IDS = frozenset(
    {
        "browse-dates",
        "browse-topics",
        "comment",  # "Was this answer useful?" (faq/feedback/)
        "comment-error",
        "comment-hint",
        "comment-info",
        "error-summary-title",
        "faq-search-q",
        "feedback-heading",
        "feedback-no",
        "feedback-website",
        "feedback-yes",
        "home-faq",
        "home-faq-search-q",
        "home-news",
        "home-programmes",
        "home-search-q",
        "main",
        "maincontent",
        "page-history",  # an answer's change notes (faq/includes/change_history.html)
        "page-history-heading",
        "page-search-q",
        "programme-contact",
        "programme-leads",
        "programme-news",
        "programme-questions",
        "search",
        "search-field",
        "site-alert-title",
        "toggle-menu",
    }
)


def anchor_for(text: str) -> str:
    """``text`` as an id: lower-case words joined by hyphens, at most MAX_ANCHOR characters,
    cut at a hyphen; "section" when it has no letters or digits."""
    slug = slugify(text)
    if len(slug) > MAX_ANCHOR:
        slug = slug[: MAX_ANCHOR + 1].rsplit("-", 1)[0]
    return slug or "section"


class HeadingAnchors:
    """The ids given to headings while one page renders."""

    def __init__(self):
        self.taken = set(LAYOUT_IDS)

    def anchor(self, text: str) -> str:
        base = anchor_for(text)
        anchor, number = base, 2
        while anchor in self.taken:
            anchor = f"{base}-{number}"
            number += 1
        self.taken.add(anchor)
        return anchor


def heading_anchor(text: str, parent_context=None) -> str:
    """The id for a heading with ``text`` in a block rendered with ``parent_context``: unique
    among those the page has given out (a block rendered on its own, outside a page, has
    only itself to be unique among)."""
    anchors = (parent_context or {}).get("heading_anchors") or HeadingAnchors()
    return anchors.anchor(text)


def heading_anchors(request) -> dict:
    """A context processor: a fresh set of heading ids for each page rendered."""
    return {"heading_anchors": HeadingAnchors()}
