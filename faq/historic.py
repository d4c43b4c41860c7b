"""Historic answers: answers kept for the record about bodies, plans or rules that have since
changed (sustainability and transformation partnerships, clinical commissioning groups).

An editor ticks ``FAQEntryPage.historic``, says why in a sentence and may name the current
answer that replaced it. The answer keeps its address and shows a notice at the top
(``templates/faq/includes/historic_notice.html``) linking to its replacement. It is never due
for review, related questions, programme pages and the home page leave it out, the FAQ's
listings and their counts leave it out unless a reader asks for historic answers with
``?historic=show``, and search results put it after current answers.

A replacement is a current answer: never the answer itself nor another historic one, so
readers are never sent along a chain of notices.
"""

from django.utils.http import urlencode

from wyhp_site.core.listings import plain
from wyhp_site.core.page_parts import on_demand

# The listings' switch: ?historic=show lists historic answers too. Any other value is ignored.
HISTORIC_PARAMETER = "historic"
SHOW_HISTORIC = "show"


def titled(entries) -> str:
    return ", ".join(f"“{entry.title}”" for entry in entries)


def historic_problems(entry) -> dict[str, str]:
    """What is wrong with ``entry``'s historic fields, by field: its model's ``clean`` raises them."""
    if not entry.historic:
        problems = {}
        if entry.replaced_by_id:
            problems["replaced_by"] = (
                "Only a historic answer is replaced by another. Tick “This answer is historic”, "
                "or remove the replacement."
            )
        if entry.historic_reason.strip():
            problems["historic_reason"] = (
                "Only a historic answer says why it is historic. Tick “This answer is historic”, "
                "or clear this box."
            )
        return problems
    entry.historic_reason = entry.historic_reason.strip()
    entries = type(entry).objects
    problems = {}
    if entry.replaced_by_id is not None:
        replacement = entries.filter(pk=entry.replaced_by_id).first()
        if entry.pk is not None and entry.replaced_by_id == entry.pk:
            problems["replaced_by"] = "An answer cannot be replaced by itself. Choose the current answer."
        elif replacement is not None and replacement.historic:
            problems["replaced_by"] = (
                f"“{replacement.title}” is a historic answer too. Choose the current answer that "
                "replaced it, so that readers are not sent from one historic answer to another."
            )
    if entry.pk is not None:
        pointing_here = list(entries.filter(historic=True, replaced_by=entry.pk).exclude(pk=entry.pk))
        if pointing_here:
            problems["historic"] = (
                f"Historic answers send readers here for the current answer: {titled(pointing_here)}. "
                "Choose another replacement for them before marking this answer historic."
            )
    return problems


def readable_replacement(entry):
    """The answer that replaced ``entry``, if a reader can open it (published, public and
    current), else None: the notice then names no replacement rather than a broken link."""
    if entry.replaced_by_id is None:
        return None
    return type(entry).objects.live().public().current().filter(pk=entry.replaced_by_id).first()


def answers_replaced_by(page):
    """Published historic answers whose notice names ``page``: its title and address are on them."""
    return type(page).objects.live().filter(historic=True, replaced_by=page.pk)


def historic_among(entries, ids: list[int]) -> set[int]:
    """Which of ``ids`` are historic answers, in one query: what the search ranks last."""
    return set(entries.filter(pk__in=ids, historic=True).values_list("pk", flat=True)) if ids else set()


# --- The listings' switch -----------------------------------------------------------


def shows_historic(request) -> bool:
    return request.GET.get(HISTORIC_PARAMETER) == SHOW_HISTORIC


def listing_url(request, *, order: str, show_historic: bool) -> str:
    """This listing's address with the order and historic switch given, from its first page
    (what a switch shows has other pages). The usual order and no historic answers are the
    bare address."""
    parameters = {}
    if order != "newest":
        parameters["order"] = order
    if show_historic:
        parameters[HISTORIC_PARAMETER] = SHOW_HISTORIC
    return f"{request.path}?{urlencode(parameters)}" if parameters else request.path


def historic_switch(request, items, order: str) -> dict:
    """The listing's items with or without historic answers, as ``?historic=`` asks, and what the
    template needs for the switch: how many historic answers the view has, whether they are
    shown, the address that shows or hides them and the addresses of each order."""
    show = shows_historic(request)
    return {
        "items": items if show else items.current(),
        "show_historic": show,
        # Counted only when shown: a listing kept whole (core/page_parts.py) asks nothing.
        "historic_count": on_demand(lambda: plain(items).filter(historic=True).count()),
        "historic_switch_url": listing_url(request, order=order, show_historic=not show),
        "order_urls": {
            name: listing_url(request, order=name, show_historic=show) for name in ("newest", "oldest")
        },
    }
