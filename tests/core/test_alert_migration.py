"""The alert text a site had in its settings is still shown after the upgrade: migration 0010
makes it a published site alert, with its history, and 0011 drops the old field."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import ModelLogEntry, Page, Site

from wyhp_site.core.models import SiteAlert

BEFORE = [("core", "0009_site_alert")]

# Migrating needs committed transactions; the flush after the test takes the groups and the
# workflow the migrations made, which serialized_rollback puts back for the tests after it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def before_the_upgrade():
    """The database as it was before alerts had their own model; brought up to date after."""
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("core")
    old_apps = migrate(BEFORE)
    yield old_apps
    migrate(latest)


def test_a_sites_alert_becomes_a_published_site_alert(client, home_page, before_the_upgrade):
    OldSettings = before_the_upgrade.get_model("core", "SiteSettings")
    site = home_page.get_site()
    OldSettings.objects.create(
        site_id=site.pk, alert_message="<p>Our offices are <b>closed</b> on Monday.</p>"
    )
    other = Site.objects.create(hostname="localhost", root_page=Page.get_first_root_node(), site_name="Other")
    OldSettings.objects.create(site_id=other.pk, alert_message="<p></p>")  # cleared: no alert

    migrate([("core", "0011_remove_sitesettings_alert_message")])

    alert = SiteAlert.objects.get()
    assert alert.live and alert.site == site
    assert alert.text == "<p>Our offices are <b>closed</b> on Monday.</p>"
    assert alert.live_revision == alert.latest_revision
    assert alert.live_revision.as_object().text == alert.text
    assert list(ModelLogEntry.objects.for_instance(alert).values_list("action", flat=True)) == [
        "wagtail.publish"
    ]
    assert "Our offices are" in client.get("/").content.decode()
