"""Logging filters named in the LOGGING setting."""

import logging
import re

from gunicorn.glogging import Logger as GunicornLogger


class WarningWithoutTraceback(logging.Filter):
    """Turns a record into one WARNING line without its traceback.

    Django logs a request with a bad ``Host`` header as an ERROR with a full
    traceback. It is a scanner or a misconfigured client, not a fault of ours,
    and one traceback per request would bury the errors that matter.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


# A preview link's token is a password to a draft (wyhp_site/sharing/): it is never written to a log.
SHARED_PREVIEW_PATH = re.compile(r"/share/[^/\s\"?]+")
SHARED_PREVIEW_LOGGED_AS = "/share/…"


def without_preview_tokens(text: str) -> str:
    return SHARED_PREVIEW_PATH.sub(SHARED_PREVIEW_LOGGED_AS, text)


class HidePreviewTokens(logging.Filter):
    """On the console handler: Django's "Not Found: /share/<token>/" and the like."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/share/" in message:
            record.msg, record.args = without_preview_tokens(message), None
        return True


class AccessLogWithoutPreviewTokens(GunicornLogger):
    """gunicorn's access log (``logger_class`` in gunicorn.conf.py), with the token left out of
    the request line, the path and the referrer."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {
            name: without_preview_tokens(value) if isinstance(value, str) and "/share/" in value else value
            for name, value in atoms.items()
        }
