"""Teams that own answers: Editors keep the list, Moderators may look it up, Comms cannot;
names are unique whatever their case, and a team that still owns answers cannot be deleted."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from wyhp_site.core.models import Team
from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS

LIST_URL = "/admin/snippets/core/team/"
ADD_URL = "/admin/snippets/core/team/add/"


def page_text(response) -> str:
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def listed(client, query="") -> list[str]:
    response = client.get(LIST_URL, {"q": query} if query else {})
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("table.listing tbody tr")
    return [" ".join(row.select_one("td.title .title-wrapper").get_text().split()) for row in rows]


@pytest.fixture
def editor(client, member, home_page):
    client.force_login(member(EDITORS))
    return client


def test_editors_add_a_team_with_its_contact_email(editor):
    response = editor.post(
        ADD_URL, {"name": "  Finance   team ", "contact_email": "finance@partnership.example"}
    )

    assert response.status_code == 302
    team = Team.objects.get()
    assert (team.name, team.contact_email) == ("Finance team", "finance@partnership.example")
    assert listed(editor) == ["Finance team"]
    assert LIST_URL in editor.get("/admin/").content.decode()  # the menu item


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"name": "FINANCE TEAM", "contact_email": "other@partnership.example"},
            "already a team with that name",
        ),
        ({"name": "Stroke programme", "contact_email": "not an address"}, "Enter a valid email address."),
        ({"name": "!!!", "contact_email": "x@partnership.example"}, "needs at least one letter or digit"),
        ({"name": "", "contact_email": "x@partnership.example"}, "This field is required."),
    ],
)
def test_a_team_the_list_cannot_take_is_refused_and_what_was_typed_is_kept(
    editor, make_team, fields, message
):
    make_team("Finance team")

    response = editor.post(ADD_URL, fields)

    assert response.status_code == 200
    assert message in page_text(response)
    assert Team.objects.count() == 1
    assert f'value="{fields["contact_email"]}"' in response.content.decode()


def test_teams_are_found_by_name_or_address(editor, make_team):
    make_team("Finance team", contact_email="money@partnership.example")
    make_team("Stroke programme")

    assert listed(editor, "finance") == ["Finance team"]
    assert listed(editor, "money") == ["Finance team"]
    assert listed(editor, "strok") == ["Stroke programme"]


def test_moderators_may_look_teams_up_but_not_change_them(client, member, make_team, home_page):
    team = make_team("Finance team")
    client.force_login(member(MODERATORS))

    assert listed(client) == ["Finance team"]
    assert client.get(ADD_URL).status_code in (302, 403)
    client.post(
        reverse("wagtailsnippets_core_team:edit", args=[team.pk]),
        {"name": "Renamed", "contact_email": "x@y.z"},
    )
    assert Team.objects.get().name == "Finance team"


def test_comms_cannot_see_the_teams(client, member, make_team, home_page):
    make_team("Finance team")
    client.force_login(member(COMMS))

    assert client.get(LIST_URL).status_code in (302, 403)
    assert LIST_URL not in client.get("/admin/").content.decode()  # no menu item


def test_a_team_that_owns_answers_cannot_be_deleted(editor, make_team, make_entry):
    owner = make_team("Stroke programme")
    make_entry("Who runs stroke units?", team=owner)
    delete_url = reverse("wagtailsnippets_core_team:delete", args=[owner.pk])

    warning = editor.get(delete_url)
    refused = editor.post(delete_url)
    bulk = editor.post(f"/admin/bulk/core/team/delete/?id={owner.pk}")

    assert "prevent it from being deleted" in page_text(warning)
    assert refused.status_code in (302, 403) and bulk.status_code in (302, 403)
    assert Team.objects.filter(pk=owner.pk).exists()


def test_a_team_that_owns_nothing_can_be_deleted(editor, make_team):
    team = make_team("Old team")

    response = editor.post(reverse("wagtailsnippets_core_team:delete", args=[team.pk]))

    assert response.status_code == 302
    assert not Team.objects.exists()
