"""Editors and Moderators read what readers think of the answers (the answer feedback report)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = ["Editors", "Moderators"]
CODENAME = "view_answerfeedback"


def feedback_permission(apps):
    return apps.get_model("auth", "Permission").objects.get(content_type__app_label="faq", codename=CODENAME)


def grant(apps, schema_editor):
    # Django creates model permissions after all migrations have run; this one is needed now.
    faq = apps.get_app_config("faq")
    faq.models_module = True
    create_permissions(faq, apps=apps, verbosity=0)
    faq.models_module = None

    Group = apps.get_model("auth", "Group")
    permission = feedback_permission(apps)
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = feedback_permission(apps)
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0006_answer_feedback"),
        ("core", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
