"""Guessing passwords through the sign-in forms: refused after LOGIN_FAILURE_LIMIT (5 in
the test settings) failures per account and per address, until the cool-off passes."""

import pytest
from django.test import Client, override_settings

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
FRONTEND_LOGIN = "/_util/login/"


def sign_in(client, username, password, *, address="203.0.113.7", form=ADMIN_LOGIN, **headers):
    return client.post(form, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def guess_wrongly(attempts) -> None:
    """One wrong password for each (username, address), each from a fresh browser."""
    for username, address in attempts:
        sign_in(Client(), username, "guess", address=address)


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("form", [ADMIN_LOGIN, FRONTEND_LOGIN])
def test_the_right_password_is_refused_after_five_wrong_ones(client, editor, form):
    for _ in range(4):
        assert sign_in(client, "editor", "guess", form=form).status_code == 200
    assert sign_in(client, "editor", "guess", form=form).status_code == 429, "the fifth failure locks"

    response = sign_in(client, "editor", PASSWORD, form=form)

    assert response.status_code == 429
    assert int(response["Retry-After"]) == 15 * 60
    assert "Too many attempts" in response.content.decode()
    assert not signed_in(client)


def test_four_wrong_passwords_still_let_the_right_one_in(client, editor):
    for _ in range(4):
        sign_in(client, "editor", "guess")

    assert sign_in(client, "editor", PASSWORD).status_code == 302
    assert signed_in(client)


def test_a_locked_account_is_refused_from_every_address(editor):
    guess_wrongly(("editor", f"198.51.100.{attempt}") for attempt in range(5))

    assert sign_in(Client(), "editor", PASSWORD, address="192.0.2.1").status_code == 429


def test_an_address_guessing_many_accounts_is_refused_for_every_account(make_user):
    make_user("someone")
    guess_wrongly((f"user{attempt}", "203.0.113.7") for attempt in range(5))

    assert sign_in(Client(), "someone", PASSWORD, address="203.0.113.7").status_code == 429
    assert sign_in(Client(), "someone", PASSWORD, address="192.0.2.1").status_code == 302


def test_a_success_elsewhere_does_not_reset_an_addresss_failures(make_user):
    make_user("alice")
    guess_wrongly((f"nobody{attempt}", "203.0.113.7") for attempt in range(4))

    assert sign_in(Client(), "alice", PASSWORD, address="192.0.2.1").status_code == 302
    sign_in(Client(), "nobody", "guess", address="203.0.113.7")

    assert sign_in(Client(), "alice", PASSWORD, address="203.0.113.7").status_code == 429


def test_forwarded_for_is_ignored_unless_the_request_came_through_a_trusted_proxy(make_user):
    make_user("someone")
    for attempt in range(5):
        sign_in(Client(), f"user{attempt}", "guess", HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")

    refused = sign_in(Client(), "someone", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")

    assert refused.status_code == 429, "a made-up X-Forwarded-For must not escape the address limit"


@override_settings(TRUSTED_PROXY_ADDRESSES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_client_address_is_counted_apart(make_user):
    make_user("someone")
    for attempt in range(5):
        sign_in(Client(), f"user{attempt}", "guess", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7")

    through_proxy = {"address": "10.0.0.2"}
    spoofed = sign_in(
        Client(), "someone", PASSWORD, **through_proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7"
    )
    other_reader = sign_in(Client(), "someone", PASSWORD, **through_proxy, HTTP_X_FORWARDED_FOR="192.0.2.1")

    assert spoofed.status_code == 429, "the proxy appends the real address; what the client wrote is ignored"
    assert other_reader.status_code == 302
