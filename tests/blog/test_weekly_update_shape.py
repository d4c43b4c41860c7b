"""The weekly update's shape: greeting, main story, sign-off, then the week's other news;
and a starter greeting that nobody wrote cannot go out."""

import html

import pytest
from bs4 import BeautifulSoup
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import rich_text, streamfield

from blog.blocks import GREETING_NOT_WRITTEN, STARTER_GREETING, THIS_WEEK_HEADING, still_has_name_gap
from blog.models import PostPage
from tests.blog.test_workflow import add_url, post_form
from tests.html import headings, served_html

STORY_HEADING = "Sharing beds across our six places"
STORY_TEXT = "Our places agreed how they will help each other when one of them is full."


def weekly_body(greeting: str):
    return streamfield(
        [
            ("greeting", rich_text(greeting)),
            ("main_story", {"heading": STORY_HEADING, "body": rich_text(f"<p>{STORY_TEXT}</p>")}),
            ("paragraph", rich_text("<p>Have a good weekend.</p>")),
        ]
    )


def greeting_errors(response) -> list[str]:
    """The messages shown on the body's first block (the greeting)."""
    [stream_error] = response.context["form"]["body"].errors.as_data()
    return stream_error.block_errors[0].messages


@pytest.mark.parametrize("action", ["action-submit", "action-publish"])
def test_the_starter_greeting_cannot_be_submitted_or_published_unchanged(
    client, comms_user, moderator, news_index, stroke, action
):
    client.force_login(moderator if action == "action-publish" else comms_user)

    form = post_form(stroke, body=weekly_body(STARTER_GREETING), **{action: "1"})
    response = client.post(add_url(news_index), form)

    assert response.status_code == 200
    assert not PostPage.objects.filter(slug="this-week-winter-planning").exists()
    assert greeting_errors(response) == [GREETING_NOT_WRITTEN]
    page = html.unescape(response.content.decode())
    # Everything the editor wrote comes back in the form, ready to correct.
    assert 'value="This week: winter planning"' in page
    assert STORY_HEADING in page and STORY_TEXT in page


def test_a_draft_may_keep_the_starter_greeting_until_it_is_submitted(client, comms_user, news_index, stroke):
    client.force_login(comms_user)

    response = client.post(add_url(news_index), post_form(stroke, body=weekly_body(STARTER_GREETING)))

    assert response.status_code == 302
    post = PostPage.objects.get(slug="this-week-winter-planning")
    assert not post.live and post.current_workflow_state is None
    assert still_has_name_gap(post.get_latest_revision_as_object().body[0].value)


def test_a_written_greeting_is_submitted(client, comms_user, news_index, stroke):
    client.force_login(comms_user)

    response = client.post(
        add_url(news_index),
        post_form(
            stroke,
            body=weekly_body("<p>Hello, my name is Sarah and welcome to this week's update.</p>"),
            **{"action-submit": "1"},
        ),
    )

    assert response.status_code == 302
    post = PostPage.objects.get(slug="this-week-winter-planning")
    assert post.current_workflow_state.status == "in_progress"


@pytest.mark.parametrize(
    "greeting",
    [
        STARTER_GREETING,
        "<p>Hello, my name is ... and welcome to this week's update.</p>",
        "<p>Hello,   my <b>name</b> is&nbsp;…</p>",
        "<p>MY NAME IS … and I lead the stroke programme.</p>",
    ],
)
def test_the_gap_for_the_name_is_found_however_it_is_typed(greeting):
    assert still_has_name_gap(RichText(greeting))


@pytest.mark.parametrize(
    "greeting",
    [
        "<p>Hello, my name is Rob and welcome to this week's update.</p>",
        "<p>Hello, I'm Amira… and this week is a busy one.</p>",
        "",
    ],
)
def test_a_written_greeting_has_no_gap(greeting):
    assert not still_has_name_gap(RichText(greeting))


def test_the_main_story_is_a_section_under_the_title_and_the_sign_off_comes_before_the_week(
    client, make_update
):
    post = make_update(
        "Winter, together",
        body=[
            ("greeting", "<p>Hello, my name is Amira and welcome to this week's update.</p>"),
            (
                "main_story",
                {
                    "heading": STORY_HEADING,
                    "body": f"<p>{STORY_TEXT}</p><h3>What happens next</h3><p>A report in January.</p>",
                },
            ),
            ("paragraph", "<p>Have a good weekend.</p>"),
            (
                "this_week",
                {"heading": THIS_WEEK_HEADING, "items": [{"heading": "Board", "body": "<p>It met.</p>"}]},
            ),
        ],
    )

    page = served_html(client, post.url)
    soup = BeautifulSoup(page, "html.parser")

    assert headings(page)[:5] == [
        ("h1", "Winter, together"),
        ("h2", STORY_HEADING),
        ("h3", "What happens next"),
        ("h2", THIS_WEEK_HEADING),
        ("h3", "Board"),
    ]
    story = soup.select_one("section.blog-main-story")
    assert story.h2["id"] == "sharing-beds-across-our-six-places"
    assert STORY_TEXT in story.get_text()
    text = soup.get_text()
    assert text.index("my name is Amira") < text.index(STORY_HEADING) < text.index("Have a good weekend.")
    assert text.index("Have a good weekend.") < text.index(THIS_WEEK_HEADING)
