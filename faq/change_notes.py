"""Public change notes: what an editor says changed when publishing an answer.

An editor writes the note in the entry's ``change_note`` field; it travels with the revision
through approval and scheduling, and when that revision goes live (``page_published``, which
every way of publishing sends: the Publish button, a workflow's approval, ``publish_scheduled``)
it is recorded as a ``ChangeNote`` and cleared from the drafts, so the next publish, a typo
fix, adds nothing. Publishing the same note again (a draft made before it was recorded) adds
nothing either.

The entry keeps a copy of its newest note and its time (``latest_change_note`` and
``latest_change_at``) for the listings and the sitemap; ``refresh_latest_change`` writes it
whenever a note is recorded, corrected or deleted, and the pages showing the answer are made
fresh in the page cache and purged from the shared cache.
"""

from django.db import models

from wyhp_site.core import cache_purge
from wyhp_site.core.page_cache import advance_on_content_change

from .models import ChangeNote, FAQEntryPage


def tidy(note: str) -> str:
    return " ".join(note.split())


def record_change_note(sender, instance: FAQEntryPage, revision=None, **kwargs) -> None:
    """``page_published`` of an entry: record the published revision's note, once."""
    entry = instance
    if revision is None or not entry.live or entry.live_revision_id != revision.pk:
        return  # scheduled for later: recorded when it goes live
    written = entry.change_note
    if not written:
        return
    note = tidy(written)
    # An answer's first publication is its first entry in the history, needing no note.
    first_publication = entry.first_published_at == entry.last_published_at
    latest = ChangeNote.objects.filter(entry=entry).newest_first().values_list("note", flat=True).first()
    if note and not first_publication and note != latest:
        ChangeNote.objects.create(entry=entry, note=note, published_at=entry.last_published_at)
    clear_from_drafts(entry, revision, written)


def clear_from_drafts(entry: FAQEntryPage, revision, written: str) -> None:
    """Take the note out of the live page and of the published revision and any later ones that
    still carry it, so the editing form starts empty next time."""
    FAQEntryPage.objects.filter(pk=entry.pk).update(change_note="")
    entry.change_note = ""
    for later in entry.revisions.filter(pk__gte=revision.pk):
        if later.content.get("change_note") == written:
            later.content["change_note"] = ""
            later.save(update_fields=["content"])


def refresh_latest_change(entry_id: int) -> None:
    latest = ChangeNote.objects.filter(entry_id=entry_id).newest_first().first()
    FAQEntryPage.objects.filter(pk=entry_id).update(
        latest_change_note=latest.note if latest else "",
        latest_change_at=latest.published_at if latest else None,
    )


def change_notes_changed(sender, instance: ChangeNote, raw=False, origin=None, **kwargs) -> None:
    """``post_save`` and ``post_delete`` of a change note: recorded on publishing, corrected or
    deleted in the admin. What readers see of the answer changes on its page, the listings, the
    feed, the home page and the programme pages: all are made fresh."""
    if raw or (origin is not None and not deleting_notes_alone(origin)):
        return  # loading fixtures; or the entry itself is being deleted, which purges by itself
    refresh_latest_change(instance.entry_id)
    # Publishing has advanced the generation and asked for a purge already, possibly before
    # the note was written: once more now that it is.
    advance_on_content_change()
    if cache_purge.purging():
        entry = FAQEntryPage.objects.filter(pk=instance.entry_id, live=True).first()
        if entry is not None:
            cache_purge.purge_keys_after_commit(cache_purge.keys_for(entry))


def deleting_notes_alone(origin) -> bool:
    model = type(origin) if isinstance(origin, models.Model) else getattr(origin, "model", None)
    return model is ChangeNote


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published

    uid = "faq.change_notes"
    page_published.connect(record_change_note, sender=FAQEntryPage, dispatch_uid=uid)
    post_save.connect(change_notes_changed, sender=ChangeNote, dispatch_uid=uid)
    post_delete.connect(change_notes_changed, sender=ChangeNote, dispatch_uid=uid)
