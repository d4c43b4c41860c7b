"""Editors keep the glossary: they may add, change and delete its terms."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GLOSSARY_PERMISSIONS = ["add_glossaryterm", "change_glossaryterm", "delete_glossaryterm"]


def grant_glossary_to_editors(apps, schema_editor):
    # Django creates model permissions after all migrations have run; they are needed now.
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name="Editors")
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="core", codename__in=GLOSSARY_PERMISSIONS)
    )


def revoke_glossary_from_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="core", codename__in=GLOSSARY_PERMISSIONS)
        )


class Migration(migrations.Migration):
    dependencies = [("core", "0003_glossaryterm")]

    operations = [migrations.RunPython(grant_glossary_to_editors, revoke_glossary_from_editors)]
