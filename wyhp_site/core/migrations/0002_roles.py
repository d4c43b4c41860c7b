"""Create the Editors, Comms and Moderators groups with least-privilege permissions.

Wagtail's own initial data creates Editors and Moderators with add and edit
rights on the root page (that is, on every page). Here Editors lose those:
they write only under the FAQ index, which grants them that when it is
created (see ``wyhp_site.core.roles``). Moderators keep add, edit, publish
and lock on every page: they approve and publish everyone's work.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_MODEL_PERMISSIONS = ["core.add_topic", "core.change_topic", "core.delete_topic"]
COMMS_MODEL_PERMISSIONS = ["core.change_sitesettings", "core.add_person", "core.change_person"]


def ensure_permissions_exist(apps):
    # Django creates model permissions after all migrations have run; this
    # migration needs them now, on a brand new database too.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permissions(apps, dotted_names):
    Permission = apps.get_model("auth", "Permission")
    found = []
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        found.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return found


def create_roles(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    editors, _ = Group.objects.get_or_create(name="Editors")
    comms, _ = Group.objects.get_or_create(name="Comms")
    moderators, _ = Group.objects.get_or_create(name="Moderators")

    GroupPagePermission.objects.filter(group=editors, page__depth=1).delete()

    access_admin = permissions(apps, ["wagtailadmin.access_admin"])
    editors.permissions.add(*access_admin, *permissions(apps, EDITOR_MODEL_PERMISSIONS))
    comms.permissions.add(*access_admin, *permissions(apps, COMMS_MODEL_PERMISSIONS))
    moderators.permissions.add(*access_admin)

    # Comms upload images and documents for posts just as Editors do for answers.
    for grant in GroupCollectionPermission.objects.filter(group=editors):
        GroupCollectionPermission.objects.get_or_create(
            group=comms, collection=grant.collection, permission=grant.permission
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
