"""What goes live or comes down in the next fortnight, for the people who schedule it.

Comms choose a go-live time when they submit a page or a site alert; a moderator's approval
turns it into a scheduled revision (``Revision.approved_go_live_at``) that ``publish_scheduled``
publishes on time, and a live page or alert with an expiry time is taken down by the same
command. "Going live soon" (an admin view and a dashboard panel) lists both, with what is
still waiting for approval, so the Friday update's time can be checked before Friday.

Only Comms, Moderators and administrators see it: they are the ones who schedule and
approve. Everything here works on Wagtail's generic models, so it knows no content app.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.views.generic import TemplateView
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page, Revision, WorkflowState

from .models import SiteAlert
from .reschedule import may_reschedule
from .roles import COMMS, MODERATORS

WINDOW = datetime.timedelta(days=14)
PANEL_ROWS = 5

GOES_LIVE = "Goes live"
COMES_DOWN = "Comes down"
APPROVED = "Approved"
AWAITING_APPROVAL = "Waiting for approval"


def may_see_schedule(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=(COMMS, MODERATORS)).exists())


def _moment(value) -> datetime.datetime | None:
    """A time as kept in a revision's content (an ISO string, in UTC), in UK time."""
    parsed = parse_datetime(value) if isinstance(value, str) else value
    if parsed is None:
        return None
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, datetime.UTC)
    return timezone.localtime(parsed)


def submitted_schedule(obj) -> tuple[datetime.datetime | None, datetime.datetime | None]:
    """The go-live and expiry times in ``obj``'s latest revision: what a moderator's approval
    would publish (Wagtail publishes the latest revision when a workflow is approved)."""
    revision = getattr(obj, "latest_revision", None)
    content = revision.content if revision else {}
    return _moment(content.get("go_live_at")), _moment(content.get("expire_at"))


@dataclass(frozen=True)
class ScheduledChange:
    when: datetime.datetime
    change: str  # GOES_LIVE or COMES_DOWN
    title: str
    kind: str
    status: str
    edit_url: str
    reschedule_url: str = ""


class Schedule:
    """Everything due between now and ``until``, soonest first."""

    def __init__(self, user, now: datetime.datetime | None = None, window: datetime.timedelta = WINDOW):
        self.now = now or timezone.now()
        self.until = self.now + window
        self.user = user
        self.finder = AdminURLFinder(user)
        self.changes: list[ScheduledChange] = []

    def due(self, moment) -> bool:
        return moment is not None and self.now <= moment <= self.until

    def add(self, obj, when, change: str, status: str, title: str = "", reschedule_url: str = "") -> None:
        if self.due(when):
            self.changes.append(
                ScheduledChange(
                    when=timezone.localtime(when),
                    change=change,
                    title=title or str(obj),
                    kind=(getattr(obj, "specific_class", None) or type(obj))._meta.verbose_name.capitalize(),
                    status=status,
                    edit_url=self.finder.get_edit_url(obj) or "",
                    reschedule_url=reschedule_url,
                )
            )

    def collect(self) -> list[ScheduledChange]:
        approved = Revision.objects.filter(approved_go_live_at__range=(self.now, self.until))
        for revision in approved.prefetch_related("content_object"):
            if revision.content_object is None:  # deleted since
                continue
            obj = revision.content_object
            self.add(obj, revision.approved_go_live_at, GOES_LIVE, APPROVED, revision.object_str)
            self.add(
                obj, _moment(revision.content.get("expire_at")), COMES_DOWN, APPROVED, revision.object_str
            )

        # Not those sent back for changes: they go nowhere until submitted again.
        waiting = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).prefetch_related(
            "content_object__latest_revision"
        )
        for state in waiting:
            obj = state.content_object
            if obj is None:
                continue
            go_live, expire = submitted_schedule(obj)
            title = obj.latest_revision.object_str if obj.latest_revision else ""
            change_url = ""
            if isinstance(obj, Page) and may_reschedule(obj, self.user):
                change_url = reverse("reschedule_page", args=[obj.pk])
            self.add(obj, go_live, GOES_LIVE, AWAITING_APPROVAL, title, change_url)
            self.add(obj, expire, COMES_DOWN, AWAITING_APPROVAL, title, change_url)

        window = (self.now, self.until)
        for live in (
            Page.objects.filter(live=True, expire_at__range=window),
            SiteAlert.objects.filter(live=True, expire_at__range=window),
        ):
            for obj in live:
                self.add(obj, obj.expire_at, COMES_DOWN, "Live")
        return sorted(self.changes, key=lambda change: (change.when, change.title))


def require_schedule_access(user) -> None:
    if not may_see_schedule(user):
        raise PermissionDenied


class GoingLiveSoonView(WagtailAdminTemplateMixin, TemplateView):
    """Admin > Going live soon."""

    template_name = "wagtailadmin/going_live/index.html"
    page_title = "Going live soon"
    header_icon = "time"

    def dispatch(self, request, *args, **kwargs):
        require_schedule_access(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            changes=Schedule(self.request.user).collect(), days=WINDOW.days, **kwargs
        )


class GoingLiveSoonPanel(Component):
    """The dashboard's short version: the next few changes and a link to the rest."""

    name = "going_live_soon"
    template_name = "wagtailadmin/going_live/panel.html"
    order = 210  # above "Awaiting your review"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        changes = Schedule(self.user).collect()
        context.update(changes=changes[:PANEL_ROWS], more=len(changes) - PANEL_ROWS, days=WINDOW.days)
        return context
