"""Public change notes on answers; Editors and Moderators may correct a published note's wording."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

ROLES = ["Editors", "Moderators"]
CODENAMES = ["view_changenote", "change_changenote"]


def note_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="faq", codename__in=CODENAMES)


def grant(apps, schema_editor):
    # Django creates model permissions after all migrations have run; these are needed now.
    faq = apps.get_app_config("faq")
    faq.models_module = True
    create_permissions(faq, apps=apps, verbosity=0)
    faq.models_module = None

    Group = apps.get_model("auth", "Group")
    permissions = list(note_permissions(apps))
    for name in ROLES:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permissions = list(note_permissions(apps))
    for group in Group.objects.filter(name__in=ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0008_review_record"),
        ("core", "0002_roles"),
    ]

    operations = [
        migrations.AddField(
            model_name="faqentrypage",
            name="change_note",
            field=models.CharField(
                blank=True,
                help_text="Optional, and public: what changed for readers, in a short sentence such as “Figures updated for 2024/25”. Shown with the date on the answer's page, in the FAQ listings and in the feed of changed answers once you publish. Leave it empty for typo fixes and rewording. Not for an answer's first publication.",
                max_length=250,
                verbose_name="Change note",
            ),
        ),
        migrations.AddField(
            model_name="faqentrypage",
            name="latest_change_at",
            field=models.DateTimeField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="faqentrypage",
            name="latest_change_note",
            field=models.CharField(blank=True, editable=False, max_length=250),
        ),
        migrations.CreateModel(
            name="ChangeNote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        help_text="Shown to the public on the answer's page, in the FAQ listings and in the changes feed.",
                        max_length=250,
                    ),
                ),
                (
                    "published_at",
                    models.DateTimeField(db_index=True, editable=False, verbose_name="published"),
                ),
                (
                    "entry",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="change_notes",
                        to="faq.faqentrypage",
                    ),
                ),
            ],
            options={
                "verbose_name": "change note",
                "ordering": ["-published_at", "-pk"],
            },
        ),
        migrations.RunPython(grant, revoke),
    ]
