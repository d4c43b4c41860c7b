"""Correcting a published change note in the admin (a typo in "Figures updated for 2024/25").

Notes are made by publishing an answer with one (``faq/change_notes.py``), never here: nobody
may add one, so a note always has the moment it went live. Editors and Moderators may correct
the wording (``faq.change_changenote``, granted by migration 0009); deleting one is left to
superusers. Saving or deleting a note makes the answer's pages fresh (``change_notes_changed``).
"""

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ChangeNote


class RecordedByPublishingPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds a note by hand."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


def may_correct_change_notes(user) -> bool:
    return RecordedByPublishingPolicy(ChangeNote).user_has_permission(user, "change")


class ChangeNoteIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("entry")  # each row names its answer


class ChangeNoteViewSet(ModelViewSet):
    model = ChangeNote
    name = "faq_change_notes"
    url_prefix = "faq/change-notes"
    icon = "history"
    menu_label = "Change notes"
    add_to_admin_menu = False
    copy_view_enabled = False
    form_fields = ["note"]
    list_display = [
        Column("note", label="Change note"),
        Column("entry", label="Answer"),
        DateColumn("published_at", label="Published"),
    ]
    ordering = ["-published_at", "-pk"]
    index_view_class = ChangeNoteIndexView
