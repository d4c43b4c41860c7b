"""Settings > Sign-in lockouts: who is locked out, and a button to let them in again.

Superusers only: clearing a lockout undoes a protection, so it is kept to the people
who can already do anything.
"""

from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone

from .superuser_views import SuperuserAdminView, require_superuser


class LockoutListView(SuperuserAdminView):
    template_name = "accounts/admin/lockouts.html"
    page_title = "Sign-in lockouts"
    header_icon = "lock"

    def get_context_data(self, **kwargs):
        since = timezone.now() - settings.AXES_COOLOFF_TIME
        attempts = AccessAttempt.objects.filter(attempt_time__gte=since).order_by("-attempt_time")
        return super().get_context_data(
            attempts=attempts, failure_limit=settings.AXES_FAILURE_LIMIT, **kwargs
        )


def clear_lockout(request, attempt_id):
    """POST only: forget one row of failed attempts (an account, an address, or both)."""
    require_superuser(request)
    if request.method != "POST":
        return redirect("accounts_lockouts")
    attempt = get_object_or_404(AccessAttempt, pk=attempt_id)
    attempt.delete()
    who = " from ".join(part for part in (attempt.username, attempt.ip_address) if part)
    messages.success(request, f"Cleared the failed sign-ins of {who}.")
    return redirect("accounts_lockouts")
