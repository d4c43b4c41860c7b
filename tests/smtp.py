"""Email as production sends it: queued by pages and commands, sent by the mail worker over
SMTP to a real server the test starts (the ``smtp_server`` fixture in ``tests/conftest.py``)."""

import io
import socket

from aiosmtpd.controller import Controller
from django.core.management import call_command


class Inbox:
    """What a debugging SMTP server received."""

    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd calls this by name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


QUEUE = "mailer.backend.DbBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


def point_smtp_at(settings, address, timeout):
    """As production runs: pages queue email, the worker sends it over SMTP to ``address``."""
    settings.EMAIL_BACKEND, settings.MAILER_EMAIL_BACKEND = QUEUE, SMTP
    settings.EMAIL_HOST, settings.EMAIL_PORT = address
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = timeout


def run_the_mail_worker_once():
    """One round of what `manage.py runmailer` does in a loop."""
    call_command("send_mail", stdout=io.StringIO())


def start_smtp_server(settings) -> tuple[Inbox, Controller]:
    """A real SMTP server on a free local port, and the site's SMTP settings pointing at it."""
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    point_smtp_at(settings, ("127.0.0.1", controller.port), timeout=5)
    return inbox, controller
