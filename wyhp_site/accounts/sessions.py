"""Short sessions for signed-in users: at most SESSION_HOURS after signing in, and ended
after SESSION_IDLE_MINUTES without a request.

Django's SESSION_COOKIE_AGE alone is not enough: a session saved again (as every
request here saves it) gets a new full age, so the sign-in time is kept and checked.
Anonymous visitors are never touched, so they still get no session and no cookie.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

SIGNED_IN_AT = "signed_in_at"
LAST_SEEN_AT = "last_seen_at"
# Saving the session on every request would write to the database on every admin click;
# a minute's precision is plenty for a half-hour idle limit.
LAST_SEEN_PRECISION = 60


def record_sign_in(sender, request, user, **kwargs):
    """user_logged_in receiver: the start of the working-day limit."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN_AT] = now


class SessionLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            self.enforce_limits(request)
        return self.get_response(request)

    def enforce_limits(self, request) -> None:
        session, now = request.session, int(time.time())
        signed_in_at = session.get(SIGNED_IN_AT, now)
        last_seen_at = session.get(LAST_SEEN_AT, now)
        if (
            now - signed_in_at > settings.SESSION_COOKIE_AGE
            or now - last_seen_at > settings.SESSION_IDLE_TIMEOUT
        ):
            logout(request)  # the request goes on as anonymous: the admin asks to sign in
            return
        session.setdefault(SIGNED_IN_AT, now)
        if now - last_seen_at >= LAST_SEEN_PRECISION or LAST_SEEN_AT not in session:
            session[LAST_SEEN_AT] = now
