"""Editors keep the list of teams that own answers; Moderators, who approve answers, may look
it up (who to ask about one) but not change it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TEAM_PERMISSIONS = {
    "Editors": ["add_team", "change_team", "delete_team"],
    "Moderators": ["view_team"],
}


def team_permissions(apps, codenames):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="core", codename__in=codenames)


def grant_team_permissions(apps, schema_editor):
    # Django creates model permissions after all migrations have run; they are needed now.
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None

    Group = apps.get_model("auth", "Group")
    for group_name, codenames in TEAM_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(*team_permissions(apps, codenames))


def revoke_team_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group_name, codenames in TEAM_PERMISSIONS.items():
        for group in Group.objects.filter(name=group_name):
            group.permissions.remove(*team_permissions(apps, codenames))


class Migration(migrations.Migration):
    dependencies = [("core", "0007_team")]

    operations = [migrations.RunPython(grant_team_permissions, revoke_team_permissions)]
