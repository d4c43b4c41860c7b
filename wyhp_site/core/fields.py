"""Model field shapes the apps share."""

from django.db import models
from django.db.models.functions import Lower
from wagtail.search import index


def optional_link(to: str, help_text: str, related_name: str = "+") -> models.ForeignKey:
    """A link an editor may leave empty, which empties itself when what it points at is
    deleted (a person, an image) rather than deleting the page or snippet holding it."""
    return models.ForeignKey(
        to, null=True, blank=True, on_delete=models.SET_NULL, related_name=related_name, help_text=help_text
    )


def found_by(*names: str) -> list:
    """A snippet's ``search_fields``: the admin finds it by these fields, as whole words and
    as the start of one (what an editor types into the listing's search box)."""
    return [field for name in names for field in (index.SearchField(name), index.AutocompleteField(name))]


def unique_whatever_the_case(field: str, name: str, message: str) -> models.UniqueConstraint:
    """ "Finance team" and "finance team" are one name: the second is refused with ``message``."""
    return models.UniqueConstraint(Lower(field), name=name, violation_error_message=message)
