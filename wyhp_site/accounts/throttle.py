"""Limits on the forms that guess secrets, with one friendly "too many attempts" page.

Sign-in forms (the admin's and Wagtail's front-end ``/_util/login/``) are counted by
django-axes, per account and per client address. Two forms axes does not see are
counted here, in the cache: the page-password form (per address and page) and password
reset requests (per address and per email address, since each sends an email).
"""

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from .client_address import client_address
from .view_middleware import ViewMiddleware

PAGE_PASSWORD_VIEW = "wagtailcore_authenticate_with_password"  # noqa: S105 (a URL name)
PASSWORD_RESET_VIEW = "wagtailadmin_password_reset"  # noqa: S105 (a URL name)


def too_many_attempts(request, original_response=None, credentials=None):
    """The answer once a limit is reached: axes' AXES_LOCKOUT_CALLABLE, and the throttles'."""
    minutes = settings.LOGIN_COOLOFF_MINUTES
    response = render(request, "accounts/too_many_attempts.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response


class Counter:
    """Attempts under one key within a window (the sign-in cool-off unless given), kept in
    the shared cache, up to ``limit`` (the sign-in failure limit unless given).

    The key is a keyed hash of its parts: a client address or an email address is
    personal data, and the cache is no place to keep it, even for minutes."""

    def __init__(self, *parts, limit: int | None = None, window_seconds: int | None = None):
        self.key = "throttle:" + salted_hmac("throttle", ":".join(str(part) for part in parts)).hexdigest()
        self.limit = settings.LOGIN_FAILURE_LIMIT if limit is None else limit
        self.window_seconds = window_seconds or settings.LOGIN_COOLOFF_MINUTES * 60

    @property
    def exhausted(self) -> bool:
        return cache.get(self.key, 0) >= self.limit

    def add(self) -> None:
        # add() starts the window with the first attempt; incr() keeps its expiry.
        if not cache.add(self.key, 1, self.window_seconds):
            try:
                cache.incr(self.key)
            except ValueError:  # expired between the two calls
                cache.add(self.key, 1, self.window_seconds)


class FormThrottleMiddleware(ViewMiddleware):
    """Refuses the page-password form and password reset requests past the limit."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        name = request.resolver_match.url_name
        if name == PAGE_PASSWORD_VIEW:
            return self.page_password(request, view_func, view_args, view_kwargs)
        if name == PASSWORD_RESET_VIEW:
            return self.password_reset(request, view_func, view_args, view_kwargs)
        return None

    def page_password(self, request, view_func, view_args, view_kwargs):
        counter = Counter("page-password", client_address(request), view_kwargs.get("page_id"))
        if counter.exhausted:
            return too_many_attempts(request)
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code != 302:  # the form was shown again: a wrong password
            counter.add()
        return response

    def password_reset(self, request, view_func, view_args, view_kwargs):
        email = request.POST.get("email", "").strip().lower()
        counters = [Counter("password-reset", client_address(request))]
        if email:
            counters.append(Counter("password-reset-email", email))
        if any(counter.exhausted for counter in counters):
            return too_many_attempts(request)
        for counter in counters:
            counter.add()
        return view_func(request, *view_args, **view_kwargs)
