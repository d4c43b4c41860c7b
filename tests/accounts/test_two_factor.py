"""Two-factor sign-in: with REQUIRE_TWO_FACTOR on, the admin is closed to a password alone."""

import re
from base64 import b32decode
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from wyhp_site.accounts.two_factor import new_recovery_codes

from .conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]

require_two_factor = override_settings(REQUIRE_TWO_FACTOR=True)


def sign_in(username="editor", address="203.0.113.7"):
    client = Client(REMOTE_ADDR=address)
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, "the password was accepted"
    return client


def code_now(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """What the user's authenticator app shows, computed from the device's key."""
    return (
        f"{totp(device.bin_key, t0=device.t0, step=device.step, digits=device.digits, drift=steps_ahead):06d}"
    )


@pytest.fixture
def editor_with_app(editor):
    device = TOTPDevice.objects.create(user=editor, name="Authenticator app", confirmed=True)
    return editor, device


@require_two_factor
def test_a_password_alone_opens_no_admin_page(editor_with_app):
    client = sign_in()

    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(path)
        assert response.status_code == 302, path
        target = urlsplit(response["Location"])
        assert target.path == "/admin/two-factor/verify/"
        assert parse_qs(target.query)["next"] == [path]


@require_two_factor
def test_the_right_code_lets_the_user_in_and_back_where_they_were_going(editor_with_app):
    _editor, device = editor_with_app
    client = sign_in()

    response = client.post("/admin/two-factor/verify/", {"code": code_now(device), "next": "/admin/pages/"})

    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


@require_two_factor
def test_a_wrong_code_is_refused(editor_with_app):
    _editor, device = editor_with_app
    client = sign_in()
    wrong = f"{(int(code_now(device)) + 1) % 1_000_000:06d}"

    response = client.post("/admin/two-factor/verify/", {"code": wrong})

    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302


@require_two_factor
def test_a_code_cannot_be_used_twice(editor_with_app):
    _editor, device = editor_with_app
    code = code_now(device)
    sign_in().post("/admin/two-factor/verify/", {"code": code})

    second = sign_in(address="192.0.2.1")
    response = second.post("/admin/two-factor/verify/", {"code": code})

    assert "That code is not right" in response.content.decode()


@require_two_factor
def test_wrong_codes_count_toward_the_lockout(editor_with_app):
    _editor, device = editor_with_app
    client = sign_in()
    wrong = f"{(int(code_now(device)) + 1) % 1_000_000:06d}"
    for _ in range(4):
        client.post("/admin/two-factor/verify/", {"code": wrong})

    locked = client.post("/admin/two-factor/verify/", {"code": wrong})

    assert locked.status_code == 429
    assert client.get("/admin/").status_code == 302, "signed out"
    retry = Client(REMOTE_ADDR="192.0.2.1").post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}
    )
    assert retry.status_code == 429, "the account is locked, whatever the address"


@require_two_factor
def test_a_recovery_code_works_once(editor_with_app):
    editor, _device = editor_with_app
    code = new_recovery_codes(editor)[0]

    first = sign_in()
    assert first.post("/admin/two-factor/verify/", {"code": code.upper()}).status_code == 302
    assert first.get("/admin/").status_code == 200

    again = sign_in(address="192.0.2.1")
    response = again.post("/admin/two-factor/verify/", {"code": code})
    assert "That code is not right" in response.content.decode()
    assert again.get("/admin/").status_code == 302


@require_two_factor
def test_first_sign_in_sets_up_an_app_from_the_qr_code_and_shows_recovery_codes(editor):
    client = sign_in()
    assert client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")

    page = client.get("/admin/two-factor/setup/").content.decode()
    assert 'role="img"' in page and "<svg" in page, "the QR code is drawn inline"
    secret = re.search(r'<code class="two-factor-secret">([A-Z2-7 ]+)</code>', page).group(1)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert b32decode(secret.replace(" ", "")) == device.bin_key, "the typed key is the device key"
    assert client.get("/admin/two-factor/setup/").content.decode().count(secret) == 1, "same key on reload"

    done = client.post("/admin/two-factor/setup/", {"code": code_now(device)})

    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    device.refresh_from_db()
    assert device.confirmed
    assert sign_in(address="192.0.2.1").get("/admin/")["Location"].startswith("/admin/two-factor/verify/")


@require_two_factor
def test_setup_refuses_a_wrong_code(editor):
    client = sign_in()
    client.get("/admin/two-factor/setup/")

    response = client.post("/admin/two-factor/setup/", {"code": "000000"})

    assert "That code is not right" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


@require_two_factor
def test_an_administrator_resets_a_users_device(editor_with_app, superuser):
    editor, device = editor_with_app
    editor_client = sign_in()
    editor_client.post("/admin/two-factor/verify/", {"code": code_now(device)})
    assert editor_client.get("/admin/").status_code == 200
    admin = Client()
    admin.force_login(superuser)
    admin_device = TOTPDevice.objects.create(user=superuser, name="Authenticator app", confirmed=True)
    admin.post("/admin/two-factor/verify/", {"code": code_now(admin_device)})

    listing = admin.get("/admin/two-factor/users/").content.decode()
    assert "editor" in listing
    response = admin.post(f"/admin/two-factor/users/{editor.pk}/reset/", follow=True)

    assert "editor will set up a new authenticator app" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert editor_client.get("/admin/")["Location"].startswith("/admin/two-factor/setup/")


@require_two_factor
def test_only_superusers_reset_devices(editor_with_app, make_user):
    editor, device = editor_with_app
    other = make_user("other", superuser=False)
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(other)
    other_device = TOTPDevice.objects.create(user=other, name="Authenticator app", confirmed=True)
    client.post("/admin/two-factor/verify/", {"code": code_now(other_device)})

    client.post(f"/admin/two-factor/users/{editor.pk}/reset/")

    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_with_two_factor_off_a_password_is_enough(editor_with_app):
    assert sign_in().get("/admin/").status_code == 200


@require_two_factor
def test_public_pages_are_not_affected(editor_with_app, about_page):
    client = sign_in()
    assert client.get("/about-us/").status_code == 200
    assert Client().get("/about-us/").cookies == {}


def test_codes_are_not_logged(editor_with_app, caplog):
    _editor, device = editor_with_app
    code = code_now(device)
    with override_settings(REQUIRE_TWO_FACTOR=True):
        client = sign_in()
        client.post("/admin/two-factor/verify/", {"code": "123456" if code != "123456" else "654321"})
        client.post("/admin/two-factor/verify/", {"code": code})

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert code not in logged
    assert PASSWORD not in logged
    assert device.key not in logged
