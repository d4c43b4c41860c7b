"""Publishing answers with change notes, as an editor's Publish does."""

import contextlib
import datetime
from unittest import mock

from django.utils import timezone

from faq.models import FAQEntryPage


def noon_on(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def publish_with_note(entry: FAQEntryPage, note: str, on: datetime.date | None = None) -> FAQEntryPage:
    """Publish ``entry``'s latest draft again with ``note`` as its change note (at noon ``on``
    that day when given, else now); the entry as it is afterwards."""
    draft = entry.get_latest_revision_as_object()
    draft.change_note = note
    at = mock.patch("django.utils.timezone.now", return_value=noon_on(on)) if on else contextlib.nullcontext()
    with at:
        draft.save_revision().publish()
    return FAQEntryPage.objects.get(pk=entry.pk)


def first_published(entry: FAQEntryPage, day: datetime.date) -> FAQEntryPage:
    """``entry`` as if first (and last) published at noon on ``day``."""
    FAQEntryPage.objects.filter(pk=entry.pk).update(
        first_published_at=noon_on(day), last_published_at=noon_on(day)
    )
    return FAQEntryPage.objects.get(pk=entry.pk)


def published_in_2024(entry: FAQEntryPage) -> FAQEntryPage:
    """``entry`` as if reviewed on 5 January 2024 and first published on the 10th: changes to it
    may then be published on any day since."""
    FAQEntryPage.objects.filter(pk=entry.pk).update(last_reviewed=datetime.date(2024, 1, 5))
    for revision in entry.revisions.all():
        revision.content["last_reviewed"] = "2024-01-05"
        revision.save(update_fields=["content"])
    return first_published(entry, datetime.date(2024, 1, 10))
