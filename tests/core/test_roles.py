import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from wyhp_site.core.models import SiteAlert
from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS


@pytest.mark.django_db
def test_the_three_roles_exist():
    assert set(Group.objects.values_list("name", flat=True)) >= {EDITORS, COMMS, MODERATORS}


def test_editors_keep_topics_and_comms_cannot(client, member, home_page):
    editor, comms = member(EDITORS), member(COMMS)

    assert editor.has_perm("core.change_topic") and editor.has_perm("core.add_topic")
    assert not comms.has_perm("core.change_topic")

    client.force_login(comms)
    assert client.get("/admin/snippets/core/topic/").status_code in (302, 403)
    client.force_login(editor)
    assert client.get("/admin/snippets/core/topic/").status_code == 200


def test_comms_keep_menus_and_editors_cannot(member, home_page):
    assert member(COMMS).has_perm("core.change_sitesettings")
    assert not member(EDITORS).has_perm("core.change_sitesettings")


ALERT_PERMISSIONS = ["add", "change", "delete", "publish", "lock", "unlock"]


@pytest.mark.parametrize(
    "role, allowed",
    [
        (COMMS, {"add", "change"}),  # write and submit for approval
        (MODERATORS, set(ALERT_PERMISSIONS)),  # also publish, withdraw, delete
        (EDITORS, set()),
    ],
)
def test_who_may_do_what_with_the_site_alert(member, home_page, role, allowed):
    user = member(role)

    assert {action for action in ALERT_PERMISSIONS if user.has_perm(f"core.{action}_sitealert")} == allowed


def test_comms_find_the_site_alerts_in_the_admin_and_editors_do_not(client, member, home_page):
    client.force_login(member(COMMS))
    assert "Site alerts" in client.get("/admin/").content.decode()  # the menu
    assert client.get("/admin/snippets/core/sitealert/add/").status_code == 200

    client.force_login(member(EDITORS))
    assert "Site alerts" not in client.get("/admin/").content.decode()
    assert client.get("/admin/snippets/core/sitealert/").status_code == 302


def test_site_alerts_go_through_the_pages_approval_workflow(home_page):
    workflow = SiteAlert().get_workflow()

    assert workflow == Page.get_first_root_node().get_workflow()
    assert workflow.active
    assert [task.name for task in workflow.tasks.all()] == ["Moderators approval"]


def test_only_moderators_publish_and_editors_cannot_touch_the_page_tree(member, home_page):
    editor, comms, moderator = member(EDITORS), member(COMMS), member(MODERATORS)

    assert home_page.permissions_for_user(moderator).can_publish()
    for user in (editor, comms):
        permissions = home_page.permissions_for_user(user)
        assert not permissions.can_edit()
        assert not permissions.can_add_subpage()
        assert not permissions.can_publish()


def test_every_role_can_sign_in_to_the_admin(client, member, home_page):
    for group_name in (EDITORS, COMMS, MODERATORS):
        client.force_login(member(group_name))
        assert client.get("/admin/").status_code == 200, group_name


@pytest.mark.django_db
def test_editors_have_no_page_permissions_left_over_from_wagtail_defaults():
    editors = Group.objects.get(name=EDITORS)
    root = Page.get_first_root_node()

    assert not editors.page_permissions.filter(page=root).exists()
