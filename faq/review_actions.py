""" "Reviewed: still correct": recording that an answer was checked, in one click.

Only the review date changes, and the date is not the answer, so it does not wait for
approval: Editors, who may not publish, record it too. It is written straight onto the live
entry and onto every revision still to be published (the draft, a change waiting for
approval, a scheduled one), so a later publish keeps it; nothing else in them changes and no
draft is published. The entry's history gets a "Reviewed: still correct" entry, and readers
see the new date at once: the content generation advances and the shared cache is purged, as
a publish would.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.defaults import permission_denied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Revision

from wyhp_site.core import cache_purge
from wyhp_site.core.content_dates import add_months
from wyhp_site.core.page_cache import advance_on_content_change

from .models import FAQEntryPage
from .models.entry_page import DEFAULT_REVIEW_INTERVAL

REVIEWED = "faq.reviewed"
REVIEWED_LABEL = "Reviewed: still correct"


@dataclass(frozen=True)
class Review:
    entry: FAQEntryPage
    reviewed_on: datetime.date
    # A draft, a change waiting for approval or a scheduled one now carries the date too.
    draft_carries_it: bool

    @property
    def message(self) -> str:
        due = format_date(self.entry.review_due_on, "j F Y")
        said = f"“{self.entry.title}” is marked as reviewed today: still correct. Next review due {due}."
        if self.draft_carries_it:
            said += " Its unpublished changes carry the new date too; they have not been published."
        return said


def may_mark_reviewed(entry: FAQEntryPage, user) -> bool:
    """Whoever may edit the entry: Editors, Moderators and administrators; not Comms."""
    return entry.permissions_for_user(user).can_edit()


def revisions_still_to_publish(entry: FAQEntryPage) -> list[Revision]:
    """The live revision and those that a publish, an approval or the scheduler may yet make live."""
    wanted = {entry.live_revision_id, entry.latest_revision_id} - {None}
    revisions = entry.revisions.filter(pk__in=wanted) | entry.revisions.filter(
        approved_go_live_at__isnull=False
    )
    return list(revisions.distinct())


def carry_review(revision: Revision, reviewed_on: datetime.date, user) -> None:
    content = revision.content
    interval = content.get("review_interval_months") or DEFAULT_REVIEW_INTERVAL
    content["last_reviewed"] = reviewed_on.isoformat()
    content["last_reviewed_by"] = user.pk
    content["review_due_on"] = add_months(reviewed_on, interval).isoformat()
    revision.save(update_fields=["content"])


def mark_reviewed(entry: FAQEntryPage, user, today: datetime.date | None = None) -> Review:
    """Record that ``user`` checked ``entry`` today and found it still correct."""
    today = today or timezone.localdate()
    with transaction.atomic():
        entry = FAQEntryPage.objects.select_for_update().get(pk=entry.pk)
        FAQEntryPage.objects.filter(pk=entry.pk).update(
            last_reviewed=today,
            last_reviewed_by=user,
            review_due_on=add_months(today, entry.review_interval_months),
        )
        carried = revisions_still_to_publish(entry)
        for revision in carried:
            carry_review(revision, today, user)
        entry.refresh_from_db()
        log(entry, REVIEWED, user=user, data={"reviewed_on": today.isoformat()})
        if entry.live:
            readers_see_the_change(entry)
    draft_carries_it = any(revision.pk != entry.live_revision_id for revision in carried)
    return Review(entry, today, draft_carries_it=draft_carries_it)


def readers_see_the_change(entry: FAQEntryPage) -> None:
    """What a publish does for readers (wyhp_site/core/apps.py): fresh pages everywhere."""
    advance_on_content_change()
    cache_purge.purge_published_page(type(entry), entry)


def refused(request):
    """A plain 403. (Raising PermissionDenied in the admin sends people to the dashboard with a
    message, a 302 that says nothing to a script or a test.)"""
    return permission_denied(request, PermissionDenied())


def safe_next_url(request) -> str | None:
    """``next`` when it is an admin address on this site, else None: never sent elsewhere."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    admin = reverse("wagtailadmin_home")
    same_site = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not same_site:
        return None
    return url if urlsplit(url).path.startswith(admin) else None


class MarkReviewedView(WagtailAdminTemplateMixin, TemplateView):
    """POST records the review. GET (the button followed with JavaScript off) asks to confirm."""

    template_name = "faq/admin/mark_reviewed.html"
    page_title = REVIEWED_LABEL
    header_icon = "history"

    def dispatch(self, request, entry_id):
        self.entry = get_object_or_404(FAQEntryPage, pk=entry_id)
        if not may_mark_reviewed(self.entry, request.user):
            return refused(request)
        return super().dispatch(request, entry_id)

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.entry.pk])

    def get_page_subtitle(self):
        return self.entry.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("faq_entries:index"), "label": "FAQ entries"},
            {"url": self.edit_url, "label": self.entry.title},
            {"url": "", "label": REVIEWED_LABEL},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            entry=self.entry, next_url=safe_next_url(self.request) or self.edit_url, **kwargs
        )

    def post(self, request, entry_id):
        review = mark_reviewed(self.entry, request.user)
        messages.success(request, review.message)
        return redirect(safe_next_url(request) or self.edit_url)
