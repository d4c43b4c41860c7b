"""The two secret-guessing forms django-axes does not see: a page's password, and
password reset requests (each of which sends an email)."""

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

PAGE_PASSWORD = "board-2026"


@pytest.fixture
def private_page(about_page):
    restriction = PageViewRestriction.objects.create(
        page=about_page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_PASSWORD
    )
    return about_page, f"/_util/authenticate_with_password/{restriction.pk}/{about_page.pk}/"


def enter_page_password(client, form_url, password, address="203.0.113.7"):
    return client.post(form_url, {"password": password, "return_url": "/about-us/"}, REMOTE_ADDR=address)


def test_the_right_page_password_is_refused_after_five_wrong_ones(private_page):
    _page, form_url = private_page
    client = Client()
    for _ in range(5):
        assert enter_page_password(client, form_url, "guess").status_code == 200

    refused = enter_page_password(client, form_url, PAGE_PASSWORD)

    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert client.get("/about-us/", REMOTE_ADDR="203.0.113.7").status_code == 200
    assert "Password required" in client.get("/about-us/").content.decode(), "the page stays locked"


def test_another_address_can_still_enter_the_page_password(private_page):
    _page, form_url = private_page
    for _ in range(6):
        enter_page_password(Client(), form_url, "guess")

    reader = Client()
    response = enter_page_password(reader, form_url, PAGE_PASSWORD, address="192.0.2.1")

    assert response.status_code == 302
    assert "Password required" not in reader.get("/about-us/").content.decode()


def request_reset(email, address="203.0.113.7"):
    return Client().post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=address)


def test_password_reset_requests_are_limited_per_address(make_user):
    make_user("editor")
    for attempt in range(5):
        assert request_reset(f"someone{attempt}@example.org").status_code == 302

    refused = request_reset("editor@example.org")

    assert refused.status_code == 429
    assert mail.outbox == []


def test_password_reset_emails_to_one_person_are_limited_from_every_address(make_user):
    make_user("editor")
    for attempt in range(5):
        request_reset("Editor@example.org", address=f"198.51.100.{attempt}")

    assert request_reset("editor@example.org", address="192.0.2.1").status_code == 429
    assert len(mail.outbox) == 5, "no more reset emails than the limit"
