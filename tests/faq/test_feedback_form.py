"""Readers answer "Was this answer useful?" under an answer, with JavaScript off and no cookie:
Yes is thanked, No asks what was missing; forged, automated and repeated posts get nowhere."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from faq.models import AnswerFeedback
from tests.factories import AnswerFeedbackFactory
from tests.faq.feedback import (
    SITE,
    Reader,
    answer_reference_from,
    entry_token_from,
    form_fields,
    no_cookies,
)
from tests.faq.helpers import main_text
from tests.html import h1_texts

PERSONAL_DETAILS_NOTE = "Do not include personal information"
EMOJI_AND_RTL = "Too vague 🏥👍🏽 — شكراً، لكن أين المستشفى؟ ועוד עברית\nSecond line ✓"


@pytest.fixture
def entry(make_entry):
    return make_entry("Who decides where stroke units go?")


@pytest.fixture
def reader(client):
    return Reader(client)


def stored(entry) -> list[tuple[bool, str]]:
    return list(AnswerFeedback.objects.filter(entry=entry).order_by("pk").values_list("useful", "comment"))


def error_summary(response) -> list[str]:
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return [link.get_text(" ", strip=True) for link in soup.select(".nhsuk-error-summary__list a")]


def textarea_text(response) -> str:
    """The comment box's text as a browser reads it: a newline just after the tag is not text."""
    textarea = BeautifulSoup(response.content.decode(), "html.parser").select_one("textarea#comment")
    return textarea.get_text().removeprefix("\n")


def test_the_answer_asks_whether_it_was_useful_in_a_form_that_needs_no_cookie(client, entry):
    page = no_cookies(client.get(entry.url))
    soup = BeautifulSoup(page.content.decode(), "html.parser")

    form = soup.select_one("main form.faq-feedback__form")
    assert soup.select_one(f"#{form['aria-labelledby']}").get_text() == "Was this answer useful?"
    assert form["method"] == "post" and form["action"] == f"/faq/feedback/{entry.pk}/"
    buttons = [(b.get_text(), b["name"], b["value"]) for b in form.select("button")]
    assert buttons == [
        ("Yes, this answer was useful", "useful", "yes"),
        ("No, this answer was not useful", "useful", "no"),
    ]
    assert form.select_one("input[name=token]")["value"]
    assert "csrfmiddlewaretoken" not in page.content.decode()
    # Still a page every reader shares, from a cache.
    assert "public" in page["Cache-Control"]


def test_yes_is_stored_with_the_answer_and_the_day_and_thanked(reader, entry):
    response = reader.answer(entry, "yes")

    assert response.status_code == 200
    assert h1_texts(response.content.decode()) == ["Thank you for your feedback"]
    assert f'href="{entry.url}"' in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    feedback = AnswerFeedback.objects.get()
    assert (feedback.entry, feedback.useful, feedback.comment, feedback.date) == (
        entry,
        True,
        "",
        timezone.localdate(),
    )


def test_no_is_stored_at_once_and_asks_what_was_missing(reader, entry):
    response = reader.answer(entry, "no")

    assert response.status_code == 200
    assert stored(entry) == [(False, "")]
    text = main_text(response.content.decode())
    assert "What was missing or unclear? (optional)" in text
    assert PERSONAL_DETAILS_NOTE in text
    assert "You can enter up to 500 characters" in text

    thanks = reader.comment(response, "It does not say when the new unit opens.")

    assert thanks.status_code == 200
    assert h1_texts(thanks.content.decode()) == ["Thank you for your feedback"]
    assert stored(entry) == [(False, "It does not say when the new unit opens.")]


def test_the_comment_is_optional(reader, entry):
    thanks = reader.comment(reader.answer(entry, "no"), "")

    assert thanks.status_code == 200
    assert stored(entry) == [(False, "")]


def test_emoji_and_right_to_left_text_are_kept_exactly(reader, entry):
    typed = EMOJI_AND_RTL.replace("\n", "\r\n")  # as a browser sends a textarea's line breaks

    reader.comment(reader.answer(entry, "no"), typed)

    assert stored(entry) == [(False, EMOJI_AND_RTL)]


def test_sending_the_comment_form_again_changes_nothing(reader, entry):
    after_no = reader.answer(entry, "no")
    reader.comment(after_no, "First thoughts.")

    again = reader.comment(after_no, "Second thoughts.")

    assert again.status_code == 200
    assert stored(entry) == [(False, "First thoughts.")]


def test_a_comment_of_500_characters_is_taken_and_line_breaks_count_once(reader, entry):
    text = ("x" * 98 + "\r\n") * 5  # 99 characters a line once the line break is one

    reader.comment(reader.answer(entry, "no"), text)

    assert stored(entry) == [(False, ("x" * 98 + "\n") * 4 + "x" * 98)]  # the last break is trimmed


def test_an_over_long_comment_is_refused_and_kept_for_the_reader_to_shorten(reader, entry):
    after_no = reader.answer(entry, "no")
    typed = "é" * 480 + " شكراً 🏥 " * 4

    response = reader.comment(after_no, typed)

    assert response.status_code == 400
    message = f"Your comment must be 500 characters or fewer. It has {len(typed.strip())}."
    assert error_summary(response) == [message]
    assert h1_texts(response.content.decode()) == ["Thank you for your feedback"]
    assert "<title>Error: " in response.content.decode()
    assert textarea_text(response) == typed, "exactly as typed"
    assert stored(entry) == [(False, "")]

    shorter = reader.comment(response, "é" * 480 + " شكراً 🏥")

    assert shorter.status_code == 200
    assert stored(entry) == [(False, "é" * 480 + " شكراً 🏥")]


@pytest.mark.parametrize("useful", ["", "maybe", "YES", "1"])
def test_neither_yes_nor_no_is_refused_with_the_question_asked_again(reader, entry, useful):
    response = reader.answer(entry, useful)

    assert response.status_code == 400
    assert error_summary(response) == ["Choose yes or no"]
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one(".nhsuk-error-summary a")["href"] == "#feedback-yes"
    assert soup.select_one("#feedback-yes")["value"] == "yes"
    assert AnswerFeedback.objects.count() == 0


def test_a_post_without_the_useful_field_at_all_is_refused(reader, entry):
    action, fields = reader.open(entry)

    assert reader.post(action, fields).status_code == 400
    assert AnswerFeedback.objects.count() == 0


def test_a_filled_in_honeypot_is_thanked_and_dropped(reader, entry):
    response = reader.answer(entry, "yes", website="http://cheap-pills.example")

    assert response.status_code == 200
    assert h1_texts(response.content.decode()) == ["Thank you for your feedback"]
    assert AnswerFeedback.objects.count() == 0


def test_a_comment_with_the_honeypot_filled_is_dropped(reader, entry):
    after_no = reader.answer(entry, "no")

    assert reader.comment(after_no, "Buy now", website="x").status_code == 200
    assert stored(entry) == [(False, "")]


def test_the_honeypot_is_hidden_from_people(client, entry):
    soup = BeautifulSoup(client.get(entry.url).content.decode(), "html.parser")

    trap = soup.select_one("input[name=website]")
    assert trap.find_parent(class_="faq-feedback__trap") is not None
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"
    css = (Path(__file__).parents[2] / "static/css/site.css").read_text()
    assert ".faq-feedback__trap {\n  display: none;" in css


@pytest.mark.parametrize(
    "token",
    ["", "not-a-token", "12:1abc:forged", "x" * 5000],
    ids=["missing", "junk", "forged", "huge"],
)
def test_a_bad_token_is_refused_and_the_form_offered_again(reader, entry, token):
    response = reader.answer(entry, "yes", token=token)

    assert response.status_code == 400
    assert error_summary(response) == [
        "This form had been open too long, so it was not sent. Please send it again."
    ]
    assert AnswerFeedback.objects.count() == 0

    action, fields = form_fields(response.content.decode(), "main form.faq-feedback__form")
    assert reader.post(action, {**fields, "useful": "yes"}).status_code == 200
    assert stored(entry) == [(True, "")]


def test_a_token_for_another_answer_is_refused(reader, entry, make_entry):
    other = make_entry("Another question?")
    _action, other_fields = reader.open(other)

    response = reader.answer(entry, "no", token=other_fields["token"])

    assert response.status_code == 400
    assert AnswerFeedback.objects.count() == 0


def test_a_page_left_open_all_day_still_takes_an_answer(reader, entry):
    assert reader.answer(entry, "yes", token=entry_token_from(23.5, entry)).status_code == 200


def test_a_token_more_than_a_day_and_an_hour_old_is_refused(reader, entry):
    assert reader.answer(entry, "yes", token=entry_token_from(25.5, entry)).status_code == 400
    assert AnswerFeedback.objects.count() == 0


def test_the_token_is_the_same_for_every_reader_within_the_hour(client, entry):
    """Entry pages come from a shared cache: a token per reader would be one reader's for everyone."""
    first = form_fields(client.get(entry.url).content.decode(), "main form.faq-feedback__form")[1]
    second = form_fields(client.get(entry.url, REMOTE_ADDR="192.0.2.9").content.decode(), "main form")[1]

    assert first["token"] == second["token"]


def test_a_forged_comment_reference_is_refused(reader, entry):
    after_no = reader.answer(entry, "no")
    feedback = AnswerFeedback.objects.get()

    for reference in ["", "junk", f"{entry.pk}.{feedback.pk}:1abc:forged"]:
        response = reader.comment(after_no, "Hello", reference=reference)
        assert response.status_code == 400
        assert h1_texts(response.content.decode()) == ["Sorry, your feedback was not sent"]
    assert stored(entry) == [(False, "")]


def test_a_comment_reference_for_another_answer_is_refused(reader, entry, make_entry):
    other = make_entry("Another question?")
    after_no_on_other = reader.answer(other, "no")
    _action, fields = form_fields(after_no_on_other.content.decode(), "main form[action$='/comment/']")

    response = reader.post(f"/faq/feedback/{entry.pk}/comment/", {**fields, "comment": "Hi"})

    assert response.status_code == 400
    assert AnswerFeedback.objects.filter(comment="Hi").count() == 0


def test_a_comment_form_left_open_too_long_is_offered_again_with_the_comment_kept(reader, entry):
    after_no = reader.answer(entry, "no")
    feedback = AnswerFeedback.objects.get()

    response = reader.comment(after_no, EMOJI_AND_RTL, reference=answer_reference_from(25, entry, feedback))

    assert response.status_code == 400
    assert error_summary(response) == [
        "This form had been open too long, so it was not sent. Please send it again."
    ]
    assert textarea_text(response) == EMOJI_AND_RTL
    assert stored(entry) == [(False, "")]

    assert reader.comment(response, textarea_text(response)).status_code == 200
    assert stored(entry) == [(False, EMOJI_AND_RTL)]


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "http://testserver.evil.example"},
        {"HTTP_ORIGIN": "https://testserver"},  # another scheme is another origin
        {"HTTP_ORIGIN": "null"},
        {"HTTP_REFERER": "https://evil.example/faq/"},
        {"HTTP_REFERER": "http://["},
        {},
    ],
    ids=["another site", "a lookalike host", "another scheme", "null", "another site's page", "junk", "none"],
)
def test_a_post_from_anywhere_but_this_site_is_refused(client, entry, headers):
    reader = Reader(client, headers=headers)

    response = reader.answer(entry, "yes")

    assert response.status_code == 403
    assert h1_texts(response.content.decode()) == ["Sorry, your feedback was not sent"]
    assert AnswerFeedback.objects.count() == 0


def test_without_an_origin_a_referer_from_this_site_will_do(client, entry):
    reader = Reader(client, headers={"HTTP_REFERER": f"{SITE}{entry.url}"})

    assert reader.answer(entry, "yes").status_code == 200
    assert stored(entry) == [(True, "")]


def test_an_origin_the_settings_trust_is_accepted(client, entry, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.wypartnership.example"]
    reader = Reader(client, headers={"HTTP_ORIGIN": "https://www.wypartnership.example"})

    assert reader.answer(entry, "yes").status_code == 200


def test_an_unknown_draft_or_private_answer_is_not_found(reader, entry, make_entry, about_page):
    _action, fields = reader.open(entry)
    draft = make_entry("A draft?", publish=False)
    private = make_entry("A private one?", private=True)

    for page_id in [draft.pk, private.pk, about_page.pk, 999999, 0]:
        response = reader.post(f"/faq/feedback/{page_id}/", {**fields, "useful": "yes"})
        assert response.status_code == 404, page_id
        assert reader.post(f"/faq/feedback/{page_id}/comment/", {"comment": "x"}).status_code == 404
    assert AnswerFeedback.objects.count() == 0


def test_an_answer_taken_down_after_it_was_read_is_not_found(reader, entry):
    action, fields = reader.open(entry)
    entry.unpublish()

    assert reader.post(action, {**fields, "useful": "yes"}).status_code == 404


def test_opening_the_form_address_leads_to_the_answer(client, entry):
    for path in [f"/faq/feedback/{entry.pk}/", f"/faq/feedback/{entry.pk}/comment/"]:
        response = no_cookies(client.get(path))
        assert response.status_code == 302
        assert response["Location"] == entry.url


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options"])
def test_other_methods_are_not_allowed(client, entry, method):
    response = no_cookies(getattr(client, method)(f"/faq/feedback/{entry.pk}/"))

    assert response.status_code == 405
    assert response["Allow"] == "POST"


def test_feedback_already_given_does_not_affect_the_form(client, entry):
    AnswerFeedbackFactory(entry=entry, useful=False, comment="Old comment")

    assert "Old comment" not in client.get(entry.url).content.decode()
