"""Hostile posts to the feedback form under an answer: a 4xx or thanks, never a server error,
never a cookie, and nothing stored that PostgreSQL or a spreadsheet could not hold."""

import pytest

from faq.models import AnswerFeedback
from tests.faq.feedback import SITE, form_fields, no_cookies

from .cases import COMMENT_POSTS, FEEDBACK_POSTS
from .conftest import ROUTES

ENTRY_URL = next(route.url for route in ROUTES if route.name == "FAQ entry")
FORM = "main form.faq-feedback__form"
COMMENT_FORM = "main form[action$='/comment/']"


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.FEEDBACK_RATE_LIMIT = 10_000  # every case comes from one address


def post(client, url: str, body: str):
    response = client.post(url, body, content_type="application/x-www-form-urlencoded", HTTP_ORIGIN=SITE)
    return no_cookies(response)


def replay(client, url: str, cases, **values) -> list[str]:
    failures = []
    for label, body, expected in cases:
        for name, value in values.items():
            body = body.replace("{" + name + "}", value)
        status = post(client, url, body).status_code
        if status != expected:
            failures.append(f"{label}: status {status}, not {expected}")
    return failures


def test_hostile_posts_to_the_yes_no_form(client, site_with_content):
    action, fields = form_fields(client.get(ENTRY_URL).content.decode(), FORM)

    assert replay(client, action, FEEDBACK_POSTS, token=fields["token"]) == []


def test_hostile_posts_to_the_comment_form(client, site_with_content):
    action, fields = form_fields(client.get(ENTRY_URL).content.decode(), FORM)
    failures = []
    for case in COMMENT_POSTS:
        after_no = post(client, action, f"useful=no&token={fields['token']}")
        comment_action, comment_fields = form_fields(after_no.content.decode(), COMMENT_FORM)
        failures += replay(client, comment_action, [case], reference=comment_fields["reference"])

    assert failures == []
    stored = list(AnswerFeedback.objects.exclude(comment="").values_list("comment", flat=True))
    # Control characters dropped; bytes that are not UTF-8 kept as replacement characters.
    assert sorted(stored) == sorted(["ab[31mc", "\ufffd\ufffdhi", "\ufffd\ufffd\ufffd"])
