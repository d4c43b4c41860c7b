"""The three roles that run the site, and the page permissions they hold.

Model permissions (topics, people, menus, images) are set once by the
``core`` data migration ``0002_roles``, and those on site alerts (Comms add and
change, Moderators also publish, delete, lock and unlock) by
``0010_alert_moves_to_site_alerts``. Page permissions belong on a section's
index page (Editors write under the FAQ, Comms under the news), and those
pages are created by editors or the demo command after migrations have run,
so a section index page grants its roles their permissions when it is first
saved. Nobody but Moderators (and administrators) may publish: everything
written by Editors or Comms goes through Wagtail's approval workflow.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from wagtail.models import GroupPagePermission

EDITORS = "Editors"
COMMS = "Comms"
MODERATORS = "Moderators"

SECTION_PAGE_PERMISSIONS = ("add_page", "change_page")


class SectionPageMixin:
    """For index pages: the roles listed in ``section_roles`` may write pages beneath it."""

    section_roles: tuple[str, ...] = ()


def grant_section_permissions(page: SectionPageMixin) -> None:
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=SECTION_PAGE_PERMISSIONS
    )
    for role in page.section_roles:
        group, _ = Group.objects.get_or_create(name=role)
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_permissions_on_new_section(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_section_permissions(instance)


def connect_section_signals() -> None:
    """Listen for new pages of each section index type only, not for every save of every
    model. Called from ``CoreConfig.ready()``, when every app's models are loaded."""
    for model in apps.get_models():
        if issubclass(model, SectionPageMixin):
            post_save.connect(
                grant_permissions_on_new_section,
                sender=model,
                dispatch_uid=f"core.grant_section_permissions.{model._meta.label}",
            )
