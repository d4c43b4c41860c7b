"""Logging filters named in the LOGGING setting."""

import logging


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
