import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

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


def test_comms_keep_menus_and_alert_and_editors_cannot(member, home_page):
    assert member(COMMS).has_perm("core.change_sitesettings")
    assert not member(EDITORS).has_perm("core.change_sitesettings")


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
