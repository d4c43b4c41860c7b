"""Moderators hear about a weekly update waiting for them, by email, with a link that works
from their inbox: absolute, on the site's public address."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from blog.models import PostPage
from tests.blog.test_workflow import add_url, post_form
from wyhp_site.core.roles import MODERATORS

SITE = "https://www.wyhpartnership.example"


@pytest.fixture
def moderator_with_email(django_user_model):
    user = django_user_model.objects.create_user(
        username="mo", email="mo.moderator@example.org", password="x", first_name="Mo"
    )
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user


def test_submitting_an_update_emails_the_moderators_a_link_to_review_it(
    client, settings, comms_user, moderator_with_email, news_index, stroke
):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = "Partnership website <website@wyhpartnership.example>"
    client.force_login(comms_user)

    client.post(add_url(news_index), post_form(stroke, **{"action-submit": "submit"}))

    post = PostPage.objects.get(slug="this-week-winter-planning")
    to_moderator = [message for message in mail.outbox if message.to == ["mo.moderator@example.org"]]
    assert len(to_moderator) == 1
    message = to_moderator[0]
    assert "This week: winter planning" in message.subject
    assert message.from_email == "Partnership website <website@wyhpartnership.example>"
    assert f"{SITE}/admin/pages/{post.pk}/edit/" in message.body
    assert "127.0.0.1:8000" not in message.body
