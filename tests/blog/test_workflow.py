"""The comms team's week: write the update, submit it, a moderator approves, it goes live on time."""

import datetime
import html
from unittest import mock

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from blog.blocks import NEXT_WEEK_HEADING, THIS_WEEK_HEADING
from blog.models import PostKind, PostPage


def post_form(stroke, **overrides):
    data = {
        "title": "This week: winter planning",
        "slug": "this-week-winter-planning",
        "date": "2026-11-27",
        "kind": PostKind.WEEKLY_UPDATE,
        "author": "",
        "intro": "Our plans for the winter.",
        "topics": [stroke.pk],
        "lead_image": "",
        "lead_image_alt": "",
        "body": streamfield([("paragraph", rich_text("<p>Hello, I'm Sarah.</p>"))]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(news_index):
    return reverse("wagtailadmin_pages:add", args=["blog", "postpage", news_index.pk])


def test_new_posts_go_through_the_moderators_approval_workflow(news_index):
    workflow = news_index.get_workflow()

    assert isinstance(workflow, Workflow) and workflow.active
    assert [task.name for task in workflow.tasks.all()] == ["Moderators approval"]


def test_comms_find_add_weekly_update_in_the_menu_and_it_starts_with_the_usual_sections(
    client, comms_user, news_index
):
    client.force_login(comms_user)

    assert "Add weekly update" in client.get("/admin/").content.decode()
    response = client.get(reverse("blog_add_weekly_update"))
    assert response.status_code == 302 and response["Location"] == add_url(news_index)

    response = client.get(add_url(news_index))
    body = response.context["form"].initial["body"]
    assert response.status_code == 200
    assert response.context["form"].initial["kind"] == PostKind.WEEKLY_UPDATE
    # The order of the real updates: greeting, main story, sign-off, then the week's other news.
    starter_order = ["greeting", "main_story", "paragraph", "this_week", "next_week"]
    assert [block.block_type for block in body] == starter_order
    assert "welcome to this week's update" in body[0].value.source
    assert body[1].value["heading"] == "" and body[1].value["body"].source == ""
    assert "Have a good weekend." in body[2].value.source
    assert body[3].value["heading"] == THIS_WEEK_HEADING
    assert body[4].value["heading"] == NEXT_WEEK_HEADING
    # What the editor is given to fill in, as (escaped) JSON in the form.
    assert "welcome to this week" in html.unescape(response.content.decode())


def test_add_weekly_update_is_not_offered_to_editors(client, member, news_index):
    client.force_login(member("Editors"))

    assert "Add weekly update" not in client.get("/admin/").content.decode()
    assert client.get(reverse("blog_add_weekly_update"))["Location"] == reverse("wagtailadmin_home")


def test_comms_can_write_a_weekly_update_but_not_publish_it(client, comms_user, news_index, stroke):
    client.force_login(comms_user)

    response = client.post(add_url(news_index), post_form(stroke, **{"action-publish": "publish"}))

    assert response.status_code == 302
    post = PostPage.objects.get(slug="this-week-winter-planning")
    assert not post.live
    assert post.get_parent().specific == news_index
    assert post.owner == comms_user
    assert not post.permissions_for_user(comms_user).can_publish()
    assert client.get("/news/this-week-winter-planning/").status_code == 404


def test_comms_submit_and_a_moderator_approves(client, comms_user, moderator, news_index, stroke):
    client.force_login(comms_user)
    client.post(add_url(news_index), post_form(stroke, **{"action-submit": "submit"}))
    post = PostPage.objects.get(slug="this-week-winter-planning")
    state = post.current_workflow_state

    assert state is not None and state.status == "in_progress"
    assert not post.live
    assert "winter planning" not in client.get("/news/").content.decode()

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "approve", task_state.pk]),
        {"comment": "Lovely, thank you."},
    )

    assert response.status_code in (200, 302)
    post.refresh_from_db()
    assert post.live
    assert "This week: winter planning" in client.get("/news/").content.decode()


def test_a_scheduled_post_waits_for_its_time(client, comms_user, moderator, news_index, stroke):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    client.force_login(comms_user)
    client.post(
        add_url(news_index),
        post_form(stroke, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-submit": "submit"}),
    )
    post = PostPage.objects.get(slug="this-week-winter-planning")
    post.current_workflow_state.current_task_state.task.specific.on_action(
        post.current_workflow_state.current_task_state, moderator, "approve"
    )
    post.refresh_from_db()
    client.logout()

    assert not post.live
    assert post.get_latest_revision().approved_go_live_at is not None
    assert client.get("/news/this-week-winter-planning/").status_code == 404
    assert "winter planning" not in client.get("/news/").content.decode()
    assert "winter planning" not in client.get("/news/feed/").content.decode()

    call_command("publish_scheduled")
    assert not PostPage.objects.get(pk=post.pk).live  # not yet

    later = timezone.now() + datetime.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert PostPage.objects.get(pk=post.pk).live
    assert client.get("/news/this-week-winter-planning/").status_code == 200
    assert "winter planning" in client.get("/news/").content.decode()
    assert "winter planning" in client.get("/news/feed/").content.decode()


def test_preview_shows_the_post_as_it_will_appear(client, comms_user, news_index, stroke):
    client.force_login(comms_user)
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=["blog", "postpage", news_index.pk])

    client.post(preview_url, post_form(stroke))
    response = client.get(preview_url)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1>This week: winter planning</h1>" in html
    assert "Hello, I&#x27;m Sarah." in html or "Hello, I'm Sarah." in html
    assert '<time datetime="2026-11-27">27 November 2026</time>' in html


def test_a_new_post_is_dated_today(news_index):
    assert PostPage().date == timezone.localdate()


def test_comms_can_open_a_post_and_the_news_index_in_the_editor(client, comms_user, make_update):
    post = make_update("An update")
    client.force_login(comms_user)

    for page in (post, post.get_parent()):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, page.title


def starter_like_body(item_heading=""):
    """The starter's "this week" section, with one item as the form sends it."""
    item = {"value": {"heading": item_heading, "body": rich_text("")}, "deleted": "", "order": 0, "id": ""}
    return streamfield(
        [
            ("paragraph", rich_text("<p>Hello, I'm Sarah and welcome to this week's update.</p>")),
            ("this_week", {"heading": THIS_WEEK_HEADING, "items": {"count": 1, "0": item}}),
        ]
    )


def test_an_unfinished_update_saves_as_a_draft_but_cannot_be_submitted(
    client, comms_user, news_index, stroke
):
    client.force_login(comms_user)

    submitted = client.post(
        add_url(news_index), post_form(stroke, body=starter_like_body(), **{"action-submit": "submit"})
    )
    assert submitted.status_code == 200  # the form again, with errors
    assert not PostPage.objects.filter(slug="this-week-winter-planning").exists()

    saved = client.post(add_url(news_index), post_form(stroke, body=starter_like_body()))
    assert saved.status_code == 302
    draft = PostPage.objects.get(slug="this-week-winter-planning")
    assert not draft.live and draft.current_workflow_state is None
