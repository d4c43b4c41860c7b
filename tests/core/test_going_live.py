"""Going live soon: what goes live or comes down in the next fortnight, for Comms and
Moderators, in the admin and on their dashboard."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from wyhp_site.core.roles import COMMS, EDITORS, MODERATORS

URL = "/admin/going-live-soon/"
SCHEDULE_CAPTION = re.compile("Scheduled changes")


def rows(response) -> list[list[str]]:
    caption = BeautifulSoup(response.content, "html.parser").find("caption", string=SCHEDULE_CAPTION)
    if caption is None:
        return []
    table = caption.parent
    return [
        [" ".join(td.get_text().split()) for td in tr.find_all("td")] for tr in table.tbody.find_all("tr")
    ]


def uk(moment: datetime.datetime) -> str:
    local = timezone.localtime(moment)
    return f"{local:%a} {local.day} {local:%b %Y, %H:%M}"


@pytest.fixture
def soon():
    return (timezone.now() + datetime.timedelta(days=3)).replace(second=0, microsecond=0)


def scheduled(page, go_live, expire=None):
    """``page``, approved by a moderator to go live at ``go_live`` (and come down at ``expire``)."""
    page.go_live_at = go_live
    page.expire_at = expire
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_approved_changes_and_expiries_are_listed_soonest_first(
    client, moderator, make_post, make_alert, soon
):
    friday = scheduled(
        make_post("Friday update", publish=None), soon, expire=soon + datetime.timedelta(days=2)
    )
    make_post("Next month's update", publish=None)  # no schedule
    scheduled(make_post("Far off", publish=None), soon + datetime.timedelta(days=20))
    strike = make_post("Strike notice", expire_at=soon + datetime.timedelta(days=1))
    make_alert("Offices closed", expire_at=soon + datetime.timedelta(hours=5))
    client.force_login(moderator)

    listed = rows(client.get(URL))

    assert not friday.live and not strike.expired
    assert listed == [
        [uk(soon), "Goes live", "Friday update Post", "Approved"],
        [uk(soon + datetime.timedelta(hours=5)), "Comes down", "Offices closed Site alert", "Live"],
        [uk(soon + datetime.timedelta(days=1)), "Comes down", "Strike notice Post", "Live"],
        [uk(soon + datetime.timedelta(days=2)), "Comes down", "Friday update Post", "Approved"],
    ]


def test_an_alert_approved_to_go_live_later_is_listed(client, comms_user, make_alert, soon):
    make_alert("Industrial action on Tuesday", publish=False, go_live_at=soon)
    from wyhp_site.core.models import SiteAlert

    alert = SiteAlert.objects.get()
    alert.save_revision().publish()
    client.force_login(comms_user)

    assert rows(client.get(URL)) == [
        [uk(soon), "Goes live", "Industrial action on Tuesday Site alert", "Approved"]
    ]


def test_a_submission_waiting_for_approval_is_listed_with_its_time(
    client, comms_user, make_post, news_index, soon
):
    post = make_post("Friday update", publish=None)
    post.go_live_at = soon
    post.save_revision(user=comms_user)
    news_index.get_workflow().start(post, comms_user)
    client.force_login(comms_user)

    (row,) = rows(client.get(URL))

    assert row == [
        uk(soon),
        "Goes live",
        "Friday update Post",
        "Waiting for approval Change time of Friday update",
    ]
    listing = BeautifulSoup(client.get(URL).content, "html.parser")
    assert listing.find("a", href=reverse("wagtailadmin_pages:edit", args=[post.pk]))
    assert listing.find("a", href=reverse("reschedule_page", args=[post.pk]))


def test_nothing_scheduled_says_so(client, comms_user):
    client.force_login(comms_user)

    assert (
        "Nothing is scheduled to go live or come down in the next 14 days."
        in client.get(URL).content.decode()
    )


@pytest.mark.parametrize("role", [COMMS, MODERATORS])
def test_comms_and_moderators_find_it_in_the_menu(client, member, role):
    client.force_login(member(role))

    assert client.get(URL).status_code == 200
    assert f'"url": "{URL}"' in client.get("/admin/").content.decode()  # the menu's data


def test_administrators_may_see_it(client, admin_user):
    client.force_login(admin_user)

    assert client.get(URL).status_code == 200


def test_editors_neither_see_it_nor_may_open_it(client, member, make_post, soon):
    scheduled(make_post("Friday update", publish=None), soon)
    client.force_login(member(EDITORS))

    refused = client.get(URL, follow=True)
    assert refused.redirect_chain == [("/admin/", 302)]  # Wagtail's way of refusing an admin view
    assert "Sorry, you do not have permission to access this area." in refused.content.decode()
    home = client.get("/admin/").content.decode()
    assert URL not in home
    assert "Going live soon" not in home and "Friday update" not in home


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_dashboard_shows_the_next_changes(client, comms_user, make_post, soon):
    for day in range(7):
        scheduled(make_post(f"Update {day}", publish=None), soon + datetime.timedelta(days=day))
    client.force_login(comms_user)

    panel = BeautifulSoup(client.get("/admin/").content, "html.parser").find(id="going-live-soon-section")

    assert [" ".join(tr.get_text().split()) for tr in panel.tbody.find_all("tr")][0].startswith(uk(soon))
    assert len(panel.tbody.find_all("tr")) == 5
    assert panel.find("a", href=URL).get_text() == "See all 7 scheduled changes"


def test_a_submission_sent_back_for_changes_is_not_listed(
    client, comms_user, moderator, make_post, news_index, soon
):
    post = make_post("Friday update", publish=None)
    post.go_live_at = soon
    post.save_revision(user=comms_user)
    state = news_index.get_workflow().start(post, comms_user)
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "reject")
    client.force_login(comms_user)

    assert rows(client.get(URL)) == []
