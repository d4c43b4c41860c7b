"""Editors and Moderators may read the searches-with-no-results report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ["Editors", "Moderators"]


def grant_report(apps, schema_editor):
    # Django creates model permissions after all migrations have run; this one is needed now.
    app_config = apps.get_app_config("site_search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view_log = Permission.objects.get(content_type__app_label="site_search", codename="view_querylog")
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(view_log)


def revoke_report(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for permission in Permission.objects.filter(
        content_type__app_label="site_search", codename="view_querylog"
    ):
        for group in Group.objects.filter(name__in=ROLES):
            group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0002_postgresql_search_indexes"),
        ("core", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_report, revoke_report)]
