from django.db.models import Model
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .autosave_race import continue_just_autosaved_draft
from .caching import note_served_page
from .going_live import GoingLiveSoonPanel, GoingLiveSoonView, may_see_schedule
from .models import GlossaryTerm, Person, SiteAlert, Team, Topic
from .page_cache import change_on_every_page
from .reschedule import RescheduleView, reschedule_button

# The admin searches each snippet through the search index, by the fields its model
# declares (``search_fields`` on the model, autocompleting). A viewset's own
# ``search_fields`` would name model columns, which the SQLite full-text table does
# not have (it holds title, body and autocomplete): every search there failed.


def in_admin_menu(model, icon: str, label: str, order: int, columns: list[str]) -> SnippetViewSet:
    """A snippet with its own admin menu item, listed by ``columns``."""
    options = {"icon": icon, "menu_label": label, "menu_order": order, "list_display": columns}
    return SnippetViewSet(model=model, add_to_admin_menu=True, **options)


register_snippet(in_admin_menu(Topic, "tag", "Topics", 200, ["name", "slug", "description"]))
register_snippet(
    in_admin_menu(GlossaryTerm, "help", "Glossary", 205, ["abbreviation", "expansion", "definition"])
)
register_snippet(in_admin_menu(Person, "user", "People", 210, ["name", "role", "organisation"]))
register_snippet(in_admin_menu(Team, "group", "Teams", 215, ["name", "contact_email"]))


class MomentColumn(Column):
    """A date and time as it is, "14 Mar 2099, 18:00". (Wagtail's DateColumn says how long ago
    it was, which for a time still to come reads "Just now".)"""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(timezone.localtime(value), "j M Y, H:i") if value else ""


class SiteAlertViewSet(SnippetViewSet):
    """The alert banner: written and submitted by Comms, approved by Moderators, through the
    same workflow as pages (assigned to the model by migration 0010)."""

    model = SiteAlert
    icon = "warning"
    menu_label = "Site alerts"
    menu_order = 190
    add_to_admin_menu = True
    list_display = [
        "__str__",
        Column("get_level_display", label="How urgent", sort_key="level"),
        MomentColumn("go_live_at", label="Goes live", sort_key="go_live_at"),
        MomentColumn("expire_at", label="Comes down", sort_key="expire_at"),
        LiveStatusTagColumn(),
        UpdatedAtColumn(),
    ]


register_snippet(SiteAlertViewSet)


def snippet_changed(request, instance_or_instances) -> None:
    """A topic's name, a person's role or a glossary entry shows on many pages: every cache
    starts afresh. Not for a site alert: saving one leaves a draft readers do not see, and its
    publish and withdrawal change every page themselves (apps.py)."""
    one = isinstance(instance_or_instances, Model)
    changed = [instance_or_instances] if one else list(instance_or_instances)  # a deletion's list
    if not all(isinstance(instance, SiteAlert) for instance in changed):
        change_on_every_page()


for snippet_hook in ("after_create_snippet", "after_edit_snippet", "after_delete_snippet"):
    hooks.register(snippet_hook, snippet_changed)


@hooks.register("before_serve_page")
def file_the_answer_under_its_page(page, request, serve_args, serve_kwargs):
    """Whichever route of ``page`` answers, the shared cache files it under the page (caching.py)."""
    note_served_page(request, page)


hooks.register("before_create_page", continue_just_autosaved_draft)


# --- Going live soon (going_live.py): for those who schedule and approve --------------


class ScheduleMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_schedule(request.user)


@hooks.register("register_admin_urls")
def going_live_soon_urls():
    return [
        path("going-live-soon/", GoingLiveSoonView.as_view(), name="going_live_soon"),
        path("going-live-soon/<int:page_id>/change/", RescheduleView.as_view(), name="reschedule_page"),
    ]


hooks.register("register_page_header_buttons", reschedule_button)


@hooks.register("register_admin_menu_item")
def going_live_soon_menu_item():
    return ScheduleMenuItem(
        "Going live soon", reverse("going_live_soon"), name="going-live-soon", icon_name="time", order=160
    )


@hooks.register("construct_homepage_panels")
def going_live_soon_on_the_dashboard(request, panels):
    if may_see_schedule(request.user):
        panels.append(GoingLiveSoonPanel(request.user))
