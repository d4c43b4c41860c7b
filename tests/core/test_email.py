"""Email that reaches people: password resets and notices carry links on the site's public
address and the configured sender, go out through a real SMTP conversation, and a slow or
missing mail server never hangs a request or passes unnoticed."""

import email
import io
import logging
import re
import socket
import subprocess
import time
from email.policy import default as default_policy
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from mailer.models import PRIORITY_DEFERRED, Message, MessageLog

from tests.core.test_settings import run_deploy_check
from tests.manage_py import PROJECT_ROOT
from tests.smtp import free_port, point_smtp_at, run_the_mail_worker_once

SITE = "https://www.wyhpartnership.example"
SENDER = "Partnership website <website@wyhpartnership.example>"


@pytest.fixture
def reader_account(django_user_model):
    return django_user_model.objects.create_user(
        username="sam", email="sam.editor@example.org", password="an-old-password"
    )


@pytest.fixture
def site_address(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.DEFAULT_FROM_EMAIL = SENDER


def ask_for_a_password_reset(client, address="sam.editor@example.org"):
    return client.post("/admin/password_reset/", {"email": address})


def reset_link(body: str) -> str:
    return re.search(rf"{re.escape(SITE)}(/admin/password_reset/confirm/\S+)", body).group(1)


def test_a_password_reset_email_links_to_the_public_site_and_the_link_works(
    client, site_address, reader_account
):
    response = ask_for_a_password_reset(client)

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sam.editor@example.org"]
    assert message.from_email == SENDER
    path = reset_link(message.body)
    # The link leads to the form for a new password (Django moves the token into the session).
    follow = client.get(path, follow=True)
    assert follow.status_code == 200
    assert "new_password1" in follow.content.decode()


def test_a_password_reset_is_queued_then_goes_out_over_smtp_with_the_right_headers(
    client, site_address, reader_account, smtp_server
):
    ask_for_a_password_reset(client)

    assert smtp_server.envelopes == []  # the page only queued it
    run_the_mail_worker_once()

    assert len(smtp_server.envelopes) == 1
    envelope = smtp_server.envelopes[0]
    assert envelope.mail_from == "website@wyhpartnership.example"
    assert envelope.rcpt_tos == ["sam.editor@example.org"]
    message = email.message_from_bytes(envelope.content, policy=default_policy)
    assert message["From"] == SENDER
    assert message["To"] == "sam.editor@example.org"
    assert "Password reset" in message["Subject"]
    assert message["Message-ID"] and message["Date"]
    assert reset_link(message.get_body(preferencelist=("plain",)).get_content())
    # Sent, it leaves the queue, and the delivery log keeps no copy of it.
    assert not Message.objects.exists()
    assert MessageLog.objects.get().message_data is None


@pytest.fixture
def silent_mail_server(settings):
    """A server that accepts connections and never says a word, like a mail relay that has hung."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        point_smtp_at(settings, listener.getsockname(), timeout=1)
        yield


def test_a_hung_mail_server_never_slows_the_page_and_the_message_waits_for_a_retry(
    client, reader_account, silent_mail_server, caplog, settings
):
    started = time.monotonic()
    response = ask_for_a_password_reset(client)

    # The page answers at once: the mail server is the worker's problem.
    assert time.monotonic() - started < settings.EMAIL_TIMEOUT
    assert response.status_code == 302

    run_the_mail_worker_once()

    deferred = Message.objects.get()
    assert deferred.priority == PRIORITY_DEFERRED
    assert re.search(r"Email delivery failed \(\w+\); the message waits for a retry", caplog.text)
    assert "sam.editor@example.org" not in caplog.text


def test_a_deferred_message_is_sent_when_the_mail_server_is_back(
    client, site_address, reader_account, settings, smtp_server
):
    working_port, settings.EMAIL_PORT = settings.EMAIL_PORT, free_port()  # nothing listens there
    ask_for_a_password_reset(client)
    run_the_mail_worker_once()
    assert Message.objects.get().priority == PRIORITY_DEFERRED

    settings.EMAIL_PORT = working_port
    call_command("retry_deferred", stdout=io.StringIO())
    run_the_mail_worker_once()

    assert [envelope.rcpt_tos for envelope in smtp_server.envelopes] == [["sam.editor@example.org"]]
    assert not Message.objects.exists()


def test_without_email_configuration_the_log_says_mail_was_not_sent_and_names_no_one(
    client, settings, reader_account, caplog
):
    settings.EMAIL_BACKEND = "wyhp_site.core.mail.UnconfiguredEmailBackend"

    with caplog.at_level(logging.WARNING):
        ask_for_a_password_reset(client)

    assert "Email is not configured (set EMAIL_HOST or GOVUK_NOTIFY_API_KEY): 1 message(s) not sent" in (
        caplog.text
    )
    assert "sam.editor@example.org" not in caplog.text


def test_the_deployment_check_warns_when_production_has_no_way_to_send_email():
    result = run_deploy_check()

    assert result.returncode != 0
    assert "wyhp.W001" in result.stderr + result.stdout
    assert "password resets and moderation notices will not be sent" in result.stderr + result.stdout


def test_the_deployment_check_warns_when_smtp_would_send_from_localhost():
    result = run_deploy_check(EMAIL_HOST="smtp.example.org")

    assert result.returncode != 0
    assert "wyhp.W002" in result.stderr + result.stdout
    assert "wyhp.W001" not in result.stderr + result.stdout


def test_make_run_tells_the_server_its_own_address_so_emails_link_to_the_right_port():
    dry_run = subprocess.run(  # noqa: S603 - fixed arguments
        ["make", "-n", "run", "PORT=8741"],  # noqa: S607 - make from PATH, as the README says
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )

    runserver = next(line for line in dry_run.stdout.splitlines() if "runserver" in line)
    assert "BASE_URL=http://127.0.0.1:8741 " in runserver
    assert runserver.endswith("runserver 127.0.0.1:8741")


NOTIFY_TEMPLATE = "6b8e5a3c-1f0d-4c1e-9a57-0d3c9f1e2b4a"


def test_with_gov_uk_notify_a_password_reset_is_sent_through_its_plain_template(
    client, settings, site_address, reader_account
):
    settings.EMAIL_BACKEND = "django_gov_notify.backends.NotifyEmailBackend"
    settings.GOVUK_NOTIFY_API_KEY = "wyhp_test-00000000-0000-0000-0000-000000000000-secret"
    settings.GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID = NOTIFY_TEMPLATE

    # Notify's API is the one thing not run here: its client is replaced.
    with mock.patch("django_gov_notify.backends.NotificationsAPIClient") as api_client:
        response = ask_for_a_password_reset(client)

    assert response.status_code == 302
    api_client.assert_called_once_with(settings.GOVUK_NOTIFY_API_KEY)
    call = api_client.return_value.send_email_notification.call_args.kwargs
    assert call["email_address"] == "sam.editor@example.org"
    assert call["template_id"] == NOTIFY_TEMPLATE
    assert "Password reset" in call["personalisation"]["subject"]
    assert reset_link(call["personalisation"]["body"])
