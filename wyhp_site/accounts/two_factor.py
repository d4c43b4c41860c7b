"""Two-factor sign-in for the admin, on django-otp: a code from an authenticator app
(TOTP), or one of ten single-use recovery codes.

With REQUIRE_TWO_FACTOR on, a user who may use the admin and has signed in with their
password reaches no admin page until they have given a code in this session: they are
sent to set up an authenticator app if they have none, or to enter a code otherwise.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .security_headers import is_admin_path
from .view_middleware import ViewMiddleware

RECOVERY_CODE_COUNT = 10
# Admin views an unverified user still needs: these pages themselves, signing in and out,
# and the script catalogue the admin's page layout loads.
OPEN_ADMIN_VIEWS = {
    "accounts_two_factor_setup",
    "accounts_two_factor_verify",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
}


def can_use_admin(user) -> bool:
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def has_authenticator(user) -> bool:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def new_recovery_codes(user) -> list[str]:
    """Replaces the user's recovery codes with a fresh set, returned once to be shown."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name="Recovery codes")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def forget_devices(user) -> None:
    """An administrator's reset: the user sets up a new authenticator at next sign-in."""
    for device in devices_for_user(user, confirmed=None):
        device.delete()


def normalise_code(code: str) -> str:
    return "".join(code.split()).replace("-", "").lower()


def count_failed_code(request, user) -> None:
    """A wrong code counts toward the sign-in lockout like a wrong password (django-axes)."""
    user_login_failed.send(sender=__name__, credentials={"username": user.get_username()}, request=request)


class TwoFactorMiddleware(ViewMiddleware):
    """Sends a signed-in but unverified admin user to set up or enter a code."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not settings.REQUIRE_TWO_FACTOR or not is_admin_path(request.path_info):
            return None
        user = request.user
        if not can_use_admin(user) or user.is_verified():
            return None
        if request.resolver_match.url_name in OPEN_ADMIN_VIEWS:
            return None
        step = "accounts_two_factor_verify" if has_authenticator(user) else "accounts_two_factor_setup"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
