"""The entry editor's list of the change notes already published, newest first."""

from wagtail.admin.panels import Panel


class ChangeHistoryPanel(Panel):
    """Read-only: notes are recorded by publishing (``faq/change_notes.py``). Those who may
    correct a note (Editors, Moderators) get a link to its form beside each."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "faq/panels/change_history.html"

        def get_context_data(self, parent_context=None):
            from .admin_change_notes import may_correct_change_notes

            context = super().get_context_data(parent_context)
            entry = self.instance
            context["notes"] = list(entry.change_notes.newest_first()) if entry.pk else []
            context["may_correct"] = may_correct_change_notes(self.request.user)
            context["first_published_at"] = entry.first_published_at
            return context
