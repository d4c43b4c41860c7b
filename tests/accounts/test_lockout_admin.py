"""Settings > Sign-in lockouts: superusers see who is locked out and can let them back in."""

import pytest
from axes.models import AccessAttempt
from django.test import Client

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def lock_out(username, address="203.0.113.7"):
    for _ in range(5):
        Client().post("/admin/login/", {"username": username, "password": "guess"}, REMOTE_ADDR=address)


def test_superuser_sees_a_lockout_and_clears_it(client, superuser, editor, home_page):
    lock_out("editor")
    client.force_login(superuser)

    listing = client.get("/admin/lockouts/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    assert "(locked out)" in listing.content.decode()

    attempt = AccessAttempt.objects.get(username="editor")
    cleared = client.post(f"/admin/lockouts/{attempt.pk}/clear/", follow=True)

    assert "Cleared the failed sign-ins of editor from 203.0.113.7" in cleared.content.decode()
    signed_in = Client().post(
        "/admin/login/", {"username": "editor", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7"
    )
    assert signed_in.status_code == 302


def test_other_admin_users_cannot_see_or_clear_lockouts(client, editor, home_page):
    lock_out("someone")
    attempt = AccessAttempt.objects.get(username="someone")
    client.force_login(editor)

    assert client.get("/admin/lockouts/").status_code in (302, 403)
    client.post(f"/admin/lockouts/{attempt.pk}/clear/")
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
    assert "Sign-in lockouts" not in client.get("/admin/").content.decode()


def test_a_get_does_not_clear(client, superuser, home_page):
    lock_out("someone")
    attempt = AccessAttempt.objects.get(username="someone")
    client.force_login(superuser)

    client.get(f"/admin/lockouts/{attempt.pk}/clear/")

    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()
