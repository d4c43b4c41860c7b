"""Editors make and withdraw preview links from the page's editor; each is in the page's history."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageLogEntry

from wyhp_site.core.roles import EDITORS
from wyhp_site.sharing.models import SharedPreviewLink


def links_url(page):
    return f"/admin/pages/{page.pk}/preview-links/"


def shown_link(response) -> str:
    field = BeautifulSoup(response.content, "html.parser").find("input", id="shared-url")
    return field["value"] if field else ""


def test_comms_share_a_weekly_update_and_the_link_opens_it(client, comms_user, weekly_draft):
    client.force_login(comms_user)
    editor = client.get(f"/admin/pages/{weekly_draft.pk}/edit/").content.decode()
    assert "Share a preview link" in editor

    response = client.post(links_url(weekly_draft), {"days": "3"})

    link = shown_link(response)
    assert "no-store" in response["Cache-Control"]  # the one answer with the token is kept nowhere
    assert re.fullmatch(r"http://testserver/share/[A-Za-z0-9_-]{43}/", link)
    stored = SharedPreviewLink.objects.get(page=weekly_draft)
    assert stored.token_hash not in link and link.split("/")[-2] not in stored.token_hash
    assert abs(stored.expires_at - (timezone.now() + datetime.timedelta(days=3))) < datetime.timedelta(
        minutes=1
    )
    client.logout()
    assert "First draft words." in client.get(link).content.decode()
    # Shown once: the list afterwards names the link by its first characters only.
    client.force_login(comms_user)
    listing = client.get(links_url(weekly_draft))
    assert shown_link(listing) == ""
    assert f"{stored.key_prefix}…" in listing.content.decode()


def test_a_link_lasts_seven_days_unless_told(client, comms_user, weekly_draft):
    client.force_login(comms_user)

    field = BeautifulSoup(client.get(links_url(weekly_draft)).content, "html.parser").find(
        "input", id="id_days"
    )

    assert field["value"] == "7"


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("0", "greater than or equal to 1"),
        ("31", "less than or equal to 30"),
        ("seven", "Enter a whole number"),
        ("", "This field is required"),
    ],
)
def test_days_out_of_range_are_refused_with_a_reason(client, comms_user, weekly_draft, days, message):
    client.force_login(comms_user)

    response = client.post(links_url(weekly_draft), {"days": days})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert shown_link(response) == ""
    assert BeautifulSoup(response.content, "html.parser").find("input", id="id_days").get("value", "") == days
    assert not SharedPreviewLink.objects.exists()


def test_withdrawing_a_link_stops_it_and_both_steps_are_in_the_page_history(client, comms_user, weekly_draft):
    client.force_login(comms_user)
    token_link = shown_link(client.post(links_url(weekly_draft), {"days": "7"}))
    link = SharedPreviewLink.objects.get()

    response = client.post(f"/admin/pages/{weekly_draft.pk}/preview-links/{link.pk}/withdraw/")

    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_by == comms_user and link.status == "Withdrawn"
    assert client.get(token_link).status_code == 410
    actions = list(PageLogEntry.objects.filter(page=weekly_draft).values_list("action", flat=True))
    assert "sharing.link_created" in actions and "sharing.link_revoked" in actions
    history = client.get(f"/admin/pages/{weekly_draft.pk}/history/").content.decode()
    assert "Preview link shared" in history and "Preview link withdrawn" in history


def test_withdrawing_needs_a_post(client, comms_user, weekly_draft, share):
    link, _token = share(weekly_draft)
    client.force_login(comms_user)

    response = client.get(f"/admin/pages/{weekly_draft.pk}/preview-links/{link.pk}/withdraw/")

    assert response.status_code == 405
    link.refresh_from_db()
    assert link.is_active


def test_a_link_of_another_page_cannot_be_withdrawn_through_this_one(
    client, comms_user, weekly_draft, make_post, share
):
    other = make_post("Another update", publish=False)
    link, _token = share(other)
    client.force_login(comms_user)

    response = client.post(f"/admin/pages/{weekly_draft.pk}/preview-links/{link.pk}/withdraw/")

    assert response.status_code == 404
    link.refresh_from_db()
    assert link.is_active


def test_someone_who_cannot_edit_the_page_is_refused(client, member, weekly_draft, share):
    share(weekly_draft)
    editor = member(EDITORS)  # Editors write the FAQ, not the news
    client.force_login(editor)

    link = SharedPreviewLink.objects.get()
    withdraw = f"/admin/pages/{weekly_draft.pk}/preview-links/{link.pk}/withdraw/"
    for response in (
        client.get(links_url(weekly_draft), follow=True),
        client.post(links_url(weekly_draft), {"days": "7"}, follow=True),
        client.post(withdraw, follow=True),
    ):
        assert response.redirect_chain == [("/admin/", 302)]  # Wagtail's way of refusing an admin view
        assert "Sorry, you do not have permission to access this area." in response.content.decode()
    # A script asking gets a plain 403.
    assert client.post(withdraw, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    assert SharedPreviewLink.objects.count() == 1 and SharedPreviewLink.objects.get().is_active


def test_editors_share_an_faq_answer(client, member, make_entry):
    entry = make_entry("Where do I park?", publish=False)
    client.force_login(member(EDITORS))

    assert shown_link(client.post(links_url(entry), {"days": "1"}))


def test_anonymous_visitors_are_sent_to_sign_in(client, weekly_draft):
    response = client.get(links_url(weekly_draft))

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("days", [1, 30])
def test_the_chosen_days_are_kept(client, moderator, weekly_draft, days):
    client.force_login(moderator)

    client.post(links_url(weekly_draft), {"days": str(days)})

    link = SharedPreviewLink.objects.get()
    assert (link.expires_at - link.created_at) == datetime.timedelta(days=days)
