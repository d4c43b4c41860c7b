"""Email when none is configured: say so, rather than fail to reach a mail server that
was never there.

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


def email_is_configured(app_configs, **kwargs):
    """A deployment check (registered in CoreConfig.ready)."""
    backend = import_string(settings.EMAIL_BACKEND)
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
