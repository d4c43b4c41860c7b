"""Keeping forged and automated feedback out without giving readers a cookie."""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing

from wyhp_site.accounts.client_address import client_address
from wyhp_site.accounts.throttle import Counter

# A reader may leave an answer open for a working day before choosing; after that the
# form is refreshed for them, keeping what they typed (see views.py).
TOKEN_MAX_AGE = 24 * 60 * 60
# Tokens are stamped with the hour they were made in, so a page cached for everyone
# carries one token for everyone; this keeps a token good for a full day after that.
TOKEN_BUCKET = 60 * 60

# The field people never see; software that fills in every field fills it in.
HONEYPOT_FIELD = "website"


class HourlyTimestampSigner(signing.TimestampSigner):
    """A timestamped signature whose time is the start of the hour it was made in."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) // TOKEN_BUCKET * TOKEN_BUCKET)


entry_signer = HourlyTimestampSigner(salt="faq.feedback.entry")
answer_signer = signing.TimestampSigner(salt="faq.feedback.answer")


def entry_token(entry_id: int) -> str:
    """What the Yes/No form carries: the entry it was shown under, signed."""
    return entry_signer.sign(str(entry_id))


def entry_token_is_valid(token: str, entry_id: int) -> bool:
    """Whether ``token`` came from this site's form under this entry, within the last day."""
    try:
        return entry_signer.unsign(token, max_age=TOKEN_MAX_AGE + TOKEN_BUCKET) == str(entry_id)
    except signing.BadSignature:  # SignatureExpired included
        return False


class AnswerReference:
    """What the comment form carries: the stored "No" a comment belongs to, signed."""

    def __init__(self, entry_id: int, feedback_id: int):
        self.entry_id = entry_id
        self.feedback_id = feedback_id

    def __str__(self):
        return answer_signer.sign(f"{self.entry_id}.{self.feedback_id}")

    @classmethod
    def read(cls, value: str, entry_id: int) -> tuple["AnswerReference | None", bool]:
        """The reference ``value`` signs, if it is genuine and for ``entry_id``, and whether
        it is still fresh. A genuine reference past its age still names the reader's own
        answer, so their comment is offered back to them with a fresh one."""
        try:
            signed = answer_signer.unsign(value)
        except signing.BadSignature:
            return None, False
        entry, _, feedback = signed.partition(".")
        if entry != str(entry_id) or not feedback.isdigit():
            return None, False
        try:
            answer_signer.unsign(value, max_age=TOKEN_MAX_AGE)
        except signing.SignatureExpired:
            return cls(entry_id, int(feedback)), False
        return cls(entry_id, int(feedback)), True


def posted_from_this_site(request) -> bool:
    """Whether the browser says the form was on one of this site's pages.

    Browsers send ``Origin`` with every form post; a few privacy tools strip it, and
    then the ``Referer`` must do. With neither, or "null", the post is refused, as
    Django's own CSRF check refuses it."""
    trusted = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    origin = request.headers.get("Origin")
    if origin is None:
        try:
            referer = urlsplit(request.headers.get("Referer", ""))
        except ValueError:  # an address no browser would send, such as "http://["
            return False
        origin = f"{referer.scheme}://{referer.netloc}" if referer.scheme and referer.netloc else None
    return origin in trusted


def submission_counter(request) -> Counter:
    """Submissions from the reader's address in the current window, all answers together."""
    return Counter(
        "answer-feedback",
        client_address(request),
        limit=settings.FEEDBACK_RATE_LIMIT,
        window_seconds=settings.FEEDBACK_RATE_WINDOW_MINUTES * 60,
    )
