"""From the FAQ listing to an entry's editor and back: Publish and Submit return the editor to
the listing they came from, filters and all; Save draft keeps them in the editor."""

from urllib.parse import quote, urlencode

import pytest
from bs4 import BeautifulSoup

from wyhp_site.core.roles import EDITORS

from .test_admin import add_url, entry_form

LISTING = "/admin/faq_entries/?review_due=true&topic=3"


@pytest.fixture
def editor(member):
    return member(EDITORS)


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def edit_form_of(entry, topics, team=None, **fields):
    return entry_form(topics=topics, title=entry.title, slug=entry.slug, team=team, **fields)


@pytest.mark.parametrize("listing_url", ["/admin/faq_entries/", "/admin/faq_entries/results/"])
def test_the_listing_opens_an_entry_with_the_way_back(client, editor, make_entry, listing_url):
    """The filters redraw the table from the "results" address; the way back is still the listing."""
    entry = make_entry("Listed?")
    client.force_login(editor)

    soup = soup_of(client.get(f"{listing_url}?review_due=false&topic={entry.topics.get().pk}"))

    link = soup.select_one("td.title .title-wrapper a")["href"]
    way_back = f"/admin/faq_entries/?review_due=false&topic={entry.topics.get().pk}"
    assert link == f"/admin/pages/{entry.pk}/edit/?{urlencode({'next': way_back})}"


def test_submitting_returns_to_the_listing_and_saving_stays_in_the_editor(
    client, editor, make_entry, topics, make_team
):
    entry = make_entry("Listed?", topics=[topics["stroke"]])
    team = make_team("Stroke programme")
    client.force_login(editor)
    edit = f"/admin/pages/{entry.pk}/edit/?next={quote(LISTING)}"

    form = soup_of(client.get(edit))
    saved = client.post(edit, edit_form_of(entry, [topics["stroke"]], team=team))
    submitted = client.post(edit, edit_form_of(entry, [topics["stroke"]], team=team, action="action-submit"))

    assert form.select_one("input[name=next]")["value"] == LISTING
    assert (
        saved.status_code == 302
        and saved["Location"] == f"/admin/pages/{entry.pk}/edit/?next={quote(LISTING)}"
    )
    assert submitted.status_code == 302 and submitted["Location"] == LISTING


def test_publishing_returns_to_the_listing(client, moderator, make_entry, topics, make_team):
    entry = make_entry("Listed?", topics=[topics["stroke"]])
    client.force_login(moderator)

    response = client.post(
        f"/admin/pages/{entry.pk}/edit/",
        {
            **edit_form_of(entry, [topics["stroke"]], team=make_team("Stroke"), action="action-publish"),
            "next": LISTING,
        },
    )

    assert response.status_code == 302 and response["Location"] == LISTING


def test_a_way_back_to_another_site_is_ignored(client, moderator, make_entry, topics, make_team):
    entry = make_entry("Listed?", topics=[topics["stroke"]])
    client.force_login(moderator)

    response = client.post(
        f"/admin/pages/{entry.pk}/edit/",
        {
            **edit_form_of(entry, [topics["stroke"]], team=make_team("Stroke"), action="action-publish"),
            "next": "https://elsewhere.example/admin/faq_entries/",
        },
    )

    assert response.status_code == 302 and "elsewhere.example" not in response["Location"]


def test_a_new_entry_from_the_listing_returns_there(client, editor, faq_index, topics, make_team):
    client.force_login(editor)

    add_button = soup_of(client.get(LISTING)).find("a", href=lambda href: href and "choose_parent" in href)
    to_form = client.get(add_button["href"])
    submitted = client.post(
        to_form["Location"],
        entry_form(topics=[topics["stroke"]], team=make_team("Stroke"), action="action-submit"),
    )

    assert to_form.status_code == 302
    assert to_form["Location"] == f"{add_url(faq_index)}?{urlencode({'next': LISTING})}"
    assert submitted.status_code == 302 and submitted["Location"] == LISTING
