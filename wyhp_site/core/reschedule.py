"""Change the go-live or expiry time of a page waiting for approval, without cancelling its
workflow.

A page in moderation is locked to everyone but its reviewers, so a submitter who got the time
wrong would otherwise have to cancel the workflow, fix it and submit again. Here the submitter
(or a moderator) changes only the two times: a new revision is saved from the latest one with
nothing else changed, and Wagtail publishes the latest revision when the workflow is approved.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import AdminDateTimeInput, Button
from wagtail.models import Page


def may_reschedule(page: Page, user) -> bool:
    """Whoever submitted the page, or anyone who may approve its current task."""
    state = page.current_workflow_state
    if state is None or state.status != state.STATUS_IN_PROGRESS:
        return False
    if state.requested_by_id == user.pk:
        return True
    task = state.current_task_state.task.specific if state.current_task_state else None
    return task is not None and not task.locked_for_user(page, user)


class ScheduleForm(forms.Form):
    go_live_at = forms.DateTimeField(
        label="Go live at",
        required=False,
        widget=AdminDateTimeInput,
        help_text="UK time. Empty: as soon as it is approved.",
    )
    expire_at = forms.DateTimeField(
        label="Comes down at",
        required=False,
        widget=AdminDateTimeInput,
        help_text="UK time. Empty: stays up.",
    )

    def clean(self):
        cleaned = super().clean()
        go_live, expire = cleaned.get("go_live_at"), cleaned.get("expire_at")
        if expire and expire <= timezone.now():
            self.add_error("expire_at", "The time it comes down must be in the future.")
        elif go_live and expire and go_live >= expire:
            self.add_error("expire_at", "The time it comes down must be after the time it goes live.")
        return cleaned


class RescheduleView(WagtailAdminTemplateMixin, FormView):
    template_name = "wagtailadmin/going_live/reschedule.html"
    form_class = ScheduleForm
    header_icon = "time"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if self.page.current_workflow_state is None:
            raise Http404("This page is not waiting for approval.")
        if not may_reschedule(self.page, request.user):
            raise PermissionDenied
        self.draft = self.page.get_latest_revision_as_object()
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return f"Change the go-live time of \u201c{self.draft.title}\u201d"

    def get_initial(self):
        return {"go_live_at": self.draft.go_live_at, "expire_at": self.draft.expire_at}

    def form_valid(self, form):
        self.draft.go_live_at = form.cleaned_data["go_live_at"]
        self.draft.expire_at = form.cleaned_data["expire_at"]
        try:
            # Checks the page as a whole again: a post's date follows its go-live time.
            self.draft.save_revision(user=self.request.user, log_action=True)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        messages.success(
            self.request,
            f"\u201c{self.draft.title}\u201d: the new time is saved and still waits for approval.",
        )
        return redirect("going_live_soon")


def reschedule_button(page, user, view_name, next_url=None):
    """In the page's header menu, which a locked page keeps."""
    if may_reschedule(page, user):
        yield Button(
            "Change go-live time", reverse("reschedule_page", args=[page.pk]), icon_name="time", priority=62
        )
