"""Email: what happens when none is configured, and when a delivery fails.

When none is configured, say so, rather than fail to reach a mail server that was
never there.

Production without EMAIL_HOST or GOVUK_NOTIFY_API_KEY would otherwise try SMTP on
localhost, and Wagtail would log only "Mail connection error". Password resets and
moderation notices then go nowhere, so ``check --deploy`` warns too, as it does when SMTP
would send from an address at localhost.
"""

import logging

from django.conf import settings
from django.core import checks
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.smtp import EmailBackend as SMTPEmailBackend
from django.utils.module_loading import import_string
from mailer.models import RESULT_FAILURE, MessageLog

logger = logging.getLogger(__name__)


class UnconfiguredEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        if email_messages:
            # Counts only: addresses and contents are personal data and stay out of the log.
            logger.warning(
                "Email is not configured (set EMAIL_HOST or GOVUK_NOTIFY_API_KEY): %d message(s) not sent",
                len(email_messages),
            )
        return 0


QUEUE_BACKEND = "mailer.backend.DbBackend"


def delivery_backend() -> str:
    """The backend that really delivers: the queue's worker's when pages only queue."""
    if settings.EMAIL_BACKEND == QUEUE_BACKEND:
        return settings.MAILER_EMAIL_BACKEND
    return settings.EMAIL_BACKEND


def defer_failed_delivery(connection, message, error):
    """django-mailer's MAILER_ERROR_HANDLER: any failure to deliver (a refused or silent
    SMTP server, GOV.UK Notify's API down) defers the message for ``retry_deferred``
    instead of stopping the worker. Logged by kind only: the error's text can name
    recipients."""
    message.defer()
    MessageLog.objects.log(message, RESULT_FAILURE, log_message=type(error).__name__)
    logger.warning("Email delivery failed (%s); the message waits for a retry", type(error).__name__)
    return None, "deferred"  # a fresh connection for the next message


def email_is_configured(app_configs, **kwargs):
    """A deployment check (registered in CoreConfig.ready)."""
    backend = import_string(delivery_backend())
    if backend is UnconfiguredEmailBackend:
        return [
            checks.Warning(
                "No email is configured: password resets and moderation notices will not be sent.",
                hint="Set EMAIL_HOST (SMTP), or GOVUK_NOTIFY_API_KEY and GOVUK_NOTIFY_TEMPLATE_ID.",
                id="wyhp.W001",
            )
        ]
    # GOV.UK Notify sends from the service's own address; an SMTP relay sends from ours.
    if backend is SMTPEmailBackend and settings.DEFAULT_FROM_EMAIL.endswith("@localhost"):
        return [
            checks.Warning(
                f"Email would be sent from {settings.DEFAULT_FROM_EMAIL}, which relays refuse or call spam.",
                hint="Set DEFAULT_FROM_EMAIL to an address of the site's own domain.",
                id="wyhp.W002",
            )
        ]
    return []
