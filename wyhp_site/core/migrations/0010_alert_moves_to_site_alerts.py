"""The alert banner leaves the site settings for the SiteAlert snippet, which goes through approval.

A site's alert text becomes a published alert for that site, with a revision and a log entry, so
its history starts there. Comms may write alerts and submit them; Moderators may also publish,
withdraw, delete and unlock them. Alerts go through the workflow pages do: the one on the root
page (Wagtail's "Moderators approval"), if there is one.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone
from django.utils.html import strip_tags

COMMS_PERMISSIONS = ["add_sitealert", "change_sitealert"]
MODERATOR_PERMISSIONS = [
    *COMMS_PERMISSIONS,
    "delete_sitealert",
    "publish_sitealert",
    "lock_sitealert",
    "unlock_sitealert",
]
# Wagtail adds these after migrating (wagtail.snippets.models.create_extra_permissions), with
# these names; the groups need them now.
WAGTAIL_PERMISSIONS = {
    "publish_sitealert": "Can publish site alert",
    "lock_sitealert": "Can lock site alert",
    "unlock_sitealert": "Can unlock site alert",
}


def site_alert_type(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label="core", model="sitealert")[0]


def move_alerts(apps, schema_editor):
    SiteSettings = apps.get_model("core", "SiteSettings")
    SiteAlert = apps.get_model("core", "SiteAlert")
    Revision = apps.get_model("wagtailcore", "Revision")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    content_type = site_alert_type(apps)
    now = timezone.now()
    for site_settings in SiteSettings.objects.exclude(alert_message=""):
        if not strip_tags(site_settings.alert_message).strip():  # "<p></p>" was no alert
            continue
        alert = SiteAlert.objects.create(
            text=site_settings.alert_message,
            site_id=site_settings.site_id,
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        label = " ".join(strip_tags(alert.text).split()[:12])
        revision = Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(alert.pk),
            created_at=now,
            object_str=label,
            content=revision_content(alert),
        )
        SiteAlert.objects.filter(pk=alert.pk).update(latest_revision=revision, live_revision=revision)
        ModelLogEntry.objects.create(
            content_type=content_type,
            object_id=str(alert.pk),
            label=label,
            action="wagtail.publish",
            timestamp=now,
            revision=revision,
            data={},
        )


def revision_content(alert) -> dict:
    """What ``SiteAlert.serializable_data()`` gives for the alert."""
    fields = ["live", "has_unpublished_changes", "first_published_at", "last_published_at", "go_live_at"]
    fields += ["expire_at", "expired", "locked", "locked_at", "level", "heading", "text"]
    return {
        "pk": alert.pk,
        **{name: getattr(alert, name) for name in fields},
        "latest_revision": None,
        "live_revision": None,
        "locked_by": None,
        "site": alert.site_id,
    }


def move_alerts_back(apps, schema_editor):
    """Each site's settings take the newest live alert for it (or for every site)."""
    SiteSettings = apps.get_model("core", "SiteSettings")
    SiteAlert = apps.get_model("core", "SiteAlert")
    for site_settings in SiteSettings.objects.all():
        alerts = SiteAlert.objects.filter(live=True).order_by("-last_published_at")
        alert = alerts.filter(site_id=site_settings.site_id).first() or alerts.filter(site=None).first()
        if alert is not None:
            site_settings.alert_message = alert.text
            site_settings.save(update_fields=["alert_message"])


def grant_roles_and_workflow(apps, schema_editor):
    core = apps.get_app_config("core")
    # Django creates model permissions after all migrations have run; they are needed now.
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type = site_alert_type(apps)

    for codename, name in WAGTAIL_PERMISSIONS.items():
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    for group_name, codenames in (("Comms", COMMS_PERMISSIONS), ("Moderators", MODERATOR_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*Permission.objects.filter(content_type=content_type, codename__in=codenames))

    on_root = WorkflowPage.objects.filter(page__depth=1).first()
    if on_root is not None:
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": on_root.workflow}
        )


def revoke_roles_and_workflow(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    content_type = site_alert_type(apps)
    for group in Group.objects.filter(name__in=["Comms", "Moderators"]):
        group.permissions.remove(*Permission.objects.filter(content_type=content_type))
    WorkflowContentType.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0009_site_alert"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(move_alerts, move_alerts_back),
        migrations.RunPython(grant_roles_and_workflow, revoke_roles_and_workflow),
    ]
