"""Signed-in sessions end after a working day, after half an hour idle, and everywhere
else when the password is changed."""

import time

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

HOUR = 60 * 60


def sign_in(username="editor"):
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, "signed in"
    return client


def is_signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


@pytest.fixture
def clock(monkeypatch):
    """Time as the session limits see it, moved on by the test."""
    now = [time.time()]
    monkeypatch.setattr("wyhp_site.accounts.sessions.time.time", lambda: now[0])

    def advance(seconds):
        now[0] += seconds

    return advance


def test_admin_session_ends_after_thirty_idle_minutes(editor, home_page, clock):
    client = sign_in()
    clock(29 * 60)
    assert is_signed_in(client), "29 minutes idle is allowed"

    clock(29 * 60)
    assert is_signed_in(client), "each request restarts the idle time"

    clock(31 * 60)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_admin_session_ends_after_eight_hours_however_busy(editor, home_page, clock):
    client = sign_in()
    for _ in range(7 * 4):  # a request every quarter of an hour, for seven hours
        clock(15 * 60)
        assert is_signed_in(client)

    clock(HOUR + 60)

    assert not is_signed_in(client)


def test_the_session_cookie_lasts_the_working_day_at_most(editor, home_page):
    remembered = Client().post(
        "/admin/login/", {"username": "editor", "password": PASSWORD, "remember": "on"}
    )
    not_remembered = Client().post("/admin/login/", {"username": "editor", "password": PASSWORD})

    assert remembered.cookies["sessionid"]["max-age"] == 8 * HOUR
    assert not_remembered.cookies["sessionid"]["max-age"] == "", "gone when the browser closes"


def test_readers_still_get_no_session_cookie(client, about_page):
    response = client.get("/about-us/")

    assert response.cookies == {}


def account_form_fields(client) -> dict[str, str]:
    """What Wagtail's account page would post, as the browser would fill it."""
    soup = BeautifulSoup(client.get("/admin/account/").content, "html.parser")
    form = soup.find("input", attrs={"name": "password-new_password1"}).find_parent("form")
    fields = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button"):
            continue
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                fields[name] = field.get("value", "on")
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            fields[name] = chosen.get("value", "") if chosen else ""
        else:
            fields[name] = field.get("value", field.text if field.name == "textarea" else "")
    return fields


def test_changing_the_password_signs_out_the_other_sessions_but_not_this_one(editor, home_page):
    laptop, phone = sign_in(), sign_in()
    new_password = "a new and long passphrase 2026"

    fields = account_form_fields(laptop)
    fields.update(
        {
            "password-old_password": PASSWORD,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
        }
    )
    changed = laptop.post("/admin/account/", fields)

    assert changed.status_code == 302, "the account page accepted the new password"
    editor.refresh_from_db()
    assert editor.check_password(new_password)
    assert is_signed_in(laptop)
    assert not is_signed_in(phone)
