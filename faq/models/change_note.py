from django.db import models

CHANGE_NOTE_MAX_LENGTH = 250


class ChangeNoteQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class ChangeNote(models.Model):
    """What changed in an answer for its readers, as its editor put it when publishing the change
    ("Figures updated for 2024/25"): shown in the answer's page history, in the listings and in
    the changes feed. Recorded from the ``change_note`` of the published revision
    (``faq/change_notes.py``); not a child of the page's revisions, so publishing an older draft
    cannot take a recorded note away."""

    entry = models.ForeignKey("faq.FAQEntryPage", on_delete=models.CASCADE, related_name="change_notes")
    note = models.CharField(
        max_length=CHANGE_NOTE_MAX_LENGTH,
        help_text="Shown to the public on the answer's page, in the FAQ listings and in the changes feed.",
    )
    published_at = models.DateTimeField("published", db_index=True, editable=False)

    objects = ChangeNoteQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = "change note"

    def __str__(self) -> str:
        return self.note
