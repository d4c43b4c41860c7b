"""Model field shapes the apps share."""

from django.db import models


def optional_link(to: str, help_text: str, related_name: str = "+") -> models.ForeignKey:
    """A link an editor may leave empty, which empties itself when what it points at is
    deleted (a person, an image) rather than deleting the page or snippet holding it."""
    return models.ForeignKey(
        to, null=True, blank=True, on_delete=models.SET_NULL, related_name=related_name, help_text=help_text
    )
