"""Scheduling the Friday update: Comms choose the go-live time as they submit, the moderator
sees it where they approve, approval schedules rather than publishes, and the post goes live
(dated the day it goes live) when ``publish_scheduled`` reaches its time."""

import datetime
import json
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from blog.models import PostPage
from tests.blog.test_workflow import add_url, post_form
from wyhp_site.core.models import ContentGeneration
from wyhp_site.core.roles import MODERATORS

LONDON = timezone.get_default_timezone()
SLUG = "this-week-winter-planning"


def next_friday_morning() -> datetime.datetime:
    """09:00 UK time on a Friday between 3 and 9 days ahead, whenever the tests run."""
    today = timezone.localdate()
    ahead = (4 - today.weekday()) % 7
    day = today + datetime.timedelta(days=ahead if ahead >= 3 else ahead + 7)
    return datetime.datetime.combine(day, datetime.time(9, 0), tzinfo=LONDON)


GO_LIVE = next_friday_morning()
SHOWN = GO_LIVE.strftime("%a ") + str(GO_LIVE.day) + GO_LIVE.strftime(" %b %Y, 09:00 (UK time)")


def at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.fixture
def moderator_with_email(django_user_model):
    user = django_user_model.objects.create_user(username="mo", email="mo@example.org", password="x")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


@pytest.fixture
def submitted(client, comms_user, moderator_with_email, news_index, stroke):
    """Comms submit a weekly update dated last month, with Friday's go-live time, in one step."""
    client.force_login(comms_user)
    response = client.post(
        add_url(news_index),
        post_form(
            stroke,
            date="2026-11-01",
            date_follows_go_live="on",
            go_live_at=GO_LIVE.strftime("%Y-%m-%d %H:%M"),
            **{"action-submit": "submit"},
        ),
    )
    assert response.status_code == 302
    client.logout()
    return PostPage.objects.get(slug=SLUG)


def approve(client, user, post, comment="Lovely."):
    client.force_login(user)
    task_state = post.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "approve", task_state.pk])
    return client.post(url, {"comment": comment})


def test_submitting_with_a_go_live_time_keeps_it_and_dates_the_post_that_day(submitted):
    assert submitted.current_workflow_state.status == "in_progress"
    assert not submitted.live
    assert submitted.get_latest_revision_as_object().go_live_at == GO_LIVE
    assert submitted.get_latest_revision_as_object().date == GO_LIVE.date()


def test_the_moderator_sees_the_go_live_time_in_the_review_list(client, submitted, moderator_with_email):
    client.force_login(moderator_with_email)

    panel = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser").find(
        id="awaiting-review-section"
    )

    row = next(tr for tr in panel.find_all("tr") if "winter planning" in tr.get_text())
    assert f"Goes live {SHOWN}" in " ".join(row.get_text().split())


def test_the_approval_email_says_when_it_goes_live(submitted):
    to_moderator = [message for message in mail.outbox if message.to == ["mo@example.org"]]

    assert len(to_moderator) == 1
    assert f"Goes live: {SHOWN}" in to_moderator[0].body


def test_an_update_without_a_go_live_time_says_it_goes_live_on_approval(
    client, comms_user, moderator_with_email, news_index, stroke
):
    client.force_login(comms_user)
    client.post(add_url(news_index), post_form(stroke, **{"action-submit": "submit"}))

    (message,) = [message for message in mail.outbox if message.to == ["mo@example.org"]]
    assert "Goes live: as soon as it is approved" in message.body


def test_approval_schedules_the_update_and_publish_scheduled_puts_it_live_on_time(
    client, submitted, moderator_with_email
):
    response = approve(client, moderator_with_email, submitted)
    assert response.status_code in (200, 302)
    client.logout()
    post = PostPage.objects.get(pk=submitted.pk)

    assert not post.live
    assert post.current_workflow_state is None  # approved: nothing more for the moderator to do
    assert post.get_latest_revision().approved_go_live_at == GO_LIVE
    assert client.get(f"/news/{SLUG}/").status_code == 404
    assert "winter planning" not in client.get("/news/").content.decode()

    with at(GO_LIVE - datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    assert not PostPage.objects.get(pk=post.pk).live

    generation = ContentGeneration.current()
    with at(GO_LIVE + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")

    post = PostPage.objects.get(pk=post.pk)
    assert post.live
    assert ContentGeneration.current() != generation
    assert post.date == GO_LIVE.date()
    listing = client.get("/news/").content.decode()
    assert f'<time datetime="{GO_LIVE.date().isoformat()}">' in listing
    archive = client.get(f"/news/{GO_LIVE:%Y}/{GO_LIVE:%m}/")
    assert archive.status_code == 200 and "winter planning" in archive.content.decode()
    page = BeautifulSoup(client.get(f"/news/{SLUG}/").content, "html.parser")
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["datePublished"].startswith(GO_LIVE.date().isoformat())
    assert "winter planning" in client.get("/news/feed/").content.decode()


def test_a_moderator_can_change_the_go_live_time_without_cancelling_the_workflow(
    client, submitted, moderator_with_email, stroke
):
    later = GO_LIVE + datetime.timedelta(hours=2)
    client.force_login(moderator_with_email)
    edit = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    response = client.post(
        edit,
        post_form(
            stroke, date="2026-11-01", date_follows_go_live="on", go_live_at=later.strftime("%Y-%m-%d %H:%M")
        ),
    )
    assert response.status_code == 302
    post = PostPage.objects.get(pk=submitted.pk)
    assert post.current_workflow_state.status == "in_progress"

    approve(client, moderator_with_email, post)

    assert PostPage.objects.get(pk=post.pk).get_latest_revision().approved_go_live_at == later


def test_an_editor_may_keep_a_date_of_their_own(client, comms_user, news_index, stroke):
    client.force_login(comms_user)
    client.post(
        add_url(news_index),
        post_form(stroke, date="2026-11-27", go_live_at=GO_LIVE.strftime("%Y-%m-%d %H:%M")),
    )

    draft = PostPage.objects.get(slug=SLUG).get_latest_revision_as_object()
    assert not draft.date_follows_go_live
    assert draft.date == datetime.date(2026, 11, 27)


def test_the_date_is_the_uk_day_it_goes_live():
    just_after_midnight_in_summer = datetime.datetime(2027, 6, 4, 23, 30, tzinfo=datetime.UTC)
    post = PostPage(date=datetime.date(2027, 1, 1), go_live_at=just_after_midnight_in_summer)

    post.follow_the_go_live_time()

    assert post.date == datetime.date(2027, 6, 5)


def test_a_new_post_follows_its_go_live_time_unless_told_otherwise():
    assert PostPage().date_follows_go_live


def test_a_go_live_more_than_a_year_ahead_is_refused_as_the_date_was(client, comms_user, news_index, stroke):
    client.force_login(comms_user)
    too_far = timezone.localtime() + datetime.timedelta(days=400)

    response = client.post(
        add_url(news_index),
        post_form(stroke, date_follows_go_live="on", go_live_at=too_far.strftime("%Y-%m-%d %H:%M")),
    )

    assert response.status_code == 200
    assert "A post cannot be dated more than a year ahead" in response.content.decode()
    assert not PostPage.objects.filter(slug=SLUG).exists()


def test_expiry_takes_an_update_down_and_changes_every_cached_page(client, make_update):
    comes_down = timezone.now() + datetime.timedelta(days=1)
    post = make_update("Strike update", expire_at=comes_down)
    assert client.get(post.url).status_code == 200
    generation = ContentGeneration.current()

    with at(comes_down + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")

    post.refresh_from_db()
    assert not post.live and post.expired
    assert ContentGeneration.current() != generation
    assert client.get(f"/news/{post.slug}/").status_code == 404
    assert "Strike update" not in client.get("/news/").content.decode()


def reschedule(client, post, go_live, expire=""):
    url = reverse("reschedule_page", args=[post.pk])
    return client.post(
        url, {"go_live_at": go_live.strftime("%Y-%m-%d %H:%M") if go_live else "", "expire_at": expire}
    )


def test_the_submitter_can_change_the_go_live_time_of_a_locked_update_without_cancelling(
    client, submitted, comms_user, moderator_with_email
):
    later = GO_LIVE + datetime.timedelta(days=1, hours=1)
    client.force_login(comms_user)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk])).content.decode()
    assert reverse("reschedule_page", args=[submitted.pk]) in edit  # in the locked page's header menu

    response = reschedule(client, submitted, later)

    assert response.status_code == 302
    post = PostPage.objects.get(pk=submitted.pk)
    assert post.current_workflow_state.status == "in_progress"
    draft = post.get_latest_revision_as_object()
    assert draft.go_live_at == later and draft.date == later.date()
    assert draft.title == submitted.title
    approve(client, moderator_with_email, post)
    assert PostPage.objects.get(pk=post.pk).get_latest_revision().approved_go_live_at == later


def test_a_bad_time_is_refused_with_the_typing_kept(client, submitted, comms_user):
    client.force_login(comms_user)

    response = client.post(
        reverse("reschedule_page", args=[submitted.pk]),
        {"go_live_at": "next friday", "expire_at": "2020-01-01 10:00"},
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "next friday" in html and "Enter a valid date/time." in html
    assert "The time it comes down must be in the future." in html
    assert PostPage.objects.get(pk=submitted.pk).get_latest_revision_as_object().go_live_at == GO_LIVE


def test_only_the_submitter_and_moderators_may_change_the_time(client, submitted, member, make_update):
    client.force_login(member("Editors"))
    assert (
        reschedule(client, submitted, GO_LIVE).status_code == 302
    )  # Wagtail's refusal: back to the dashboard
    assert PostPage.objects.get(pk=submitted.pk).get_latest_revision().user.username == "comms"

    not_in_moderation = make_update("Last week")
    client.force_login(submitted.owner)
    assert client.get(reverse("reschedule_page", args=[not_in_moderation.pk])).status_code == 404
