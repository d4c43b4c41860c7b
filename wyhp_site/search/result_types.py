"""The kinds of page the search tells apart, and where each keeps its date and topics.

A result's type comes from its specific page class. Each content app declares
its own (a question, a news post or weekly update, a programme) by answering the
``SEARCH_RESULT_TYPES`` Wagtail hook with a ``ResultType``; "page" is everything
else (About us, the index pages). An app that is not installed has no type.

An app that shows its pages in a way of its own everywhere they are listed (the
FAQ: when an answer was last reviewed, and whether it may be out of date) gives
its type a ``summary_template`` for the results page and subclasses it to add
fields to the JSON (``extra_json``) or to rank some of its pages after all others
(``ranked_last``), so the search never needs to know its models.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.apps import apps
from django.db import models
from django.utils.dateformat import format as format_date
from wagtail import hooks

SEARCH_RESULT_TYPES = "wyhp_search_result_types"


@dataclass(frozen=True)
class ResultDate:
    """Which date a result shows, and how: "Asked November 2016", "Published 12 January 2018"."""

    field: str
    prefix: str
    format: str = "j F Y"
    # How the app words the date itself, where it says more than the prefix and the date:
    # "Asked June 2017 (estimated date)".
    wording: Callable[[object], str] | None = None


@dataclass(frozen=True)
class ResultType:
    key: str  # the ?type= value and the JSON "type"
    model_label: str
    label: str  # on each result
    plural: str  # in the filters
    topics_field: str | None = None  # many-to-many or foreign key to core.Topic
    date_shown: ResultDate | None = None
    # The app's own template for a result's title, text and details, in place of the generic
    # ones. It is included with ``entry`` (the specific page, topics fetched), ``heading_level``
    # 2, ``summary_text`` (the snippet, matched words marked) and ``with_topics`` True.
    summary_template: str | None = None

    def __reduce__(self):
        # Pickled by key, as the one instance its app declares: what a search keeps in the cache
        # (engine.kept_for_search) holds types, and a type may hold an app's own functions (the
        # FAQ's date wording), which pickle cannot store.
        return type_by_key, (self.key,)

    @property
    def model(self) -> type[models.Model] | None:
        try:
            return apps.get_model(self.model_label)
        except LookupError:
            return None

    @property
    def topics_are_many(self) -> bool:
        return self.model._meta.get_field(self.topics_field).many_to_many

    def label_for(self, page) -> str:
        # News posts say which kind they are: "Weekly update" or "News".
        get_kind_display = getattr(page, "get_kind_display", None)
        return get_kind_display() if callable(get_kind_display) else self.label

    def date_of(self, page) -> date | None:
        return getattr(page, self.date_shown.field, None) if self.date_shown else None

    def date_text(self, page) -> str:
        value = self.date_of(page)
        if value is None:
            return ""
        shown = self.date_shown
        if shown.wording:
            return shown.wording(page)
        return f"{shown.prefix} {format_date(value, shown.format)}"

    def extra_json(self, page) -> dict:
        """Fields a result of this type adds to the search JSON, beyond those every result has."""
        return {}

    def ranked_last(self, page_ids: list[int]) -> set[int]:
        """Which of ``page_ids`` (pages of this type) come after the others, however well they
        match: the FAQ's historic answers. One query at most."""
        return set()

    def topics_of(self, page) -> list:
        if not self.topics_field:
            return []
        if self.topics_are_many:
            return list(getattr(page, self.topics_field).all())  # prefetched
        topic = getattr(page, self.topics_field)
        return [topic] if topic else []


PAGE = ResultType("page", "wagtailcore.Page", "Page", "Other pages")


def installed_content_types() -> list[ResultType]:
    """The types the content apps declare through the ``SEARCH_RESULT_TYPES`` hook, in its
    order (the order of the filters)."""
    return [declare() for declare in hooks.get_hooks(SEARCH_RESULT_TYPES)]


def type_by_key(key: str) -> ResultType | None:
    """The type a ``?type=`` value names, or None for a value no type has."""
    return next((t for t in [*installed_content_types(), PAGE] if t.key == key), None)


def type_of_model(model: type[models.Model] | None) -> ResultType:
    """The type of a page class; "page" for any other, or for a class that no longer exists."""
    for result_type in installed_content_types():
        if model is not None and issubclass(model, result_type.model):
            return result_type
    return PAGE
