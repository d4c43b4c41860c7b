"""The pages of two-factor sign-in: set up an authenticator app, enter a code, and
Settings > Two-factor sign-in, where superusers reset a user's devices."""

from base64 import b32encode

import segno
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from .superuser_views import SuperuserAdminView, require_superuser
from .throttle import too_many_attempts
from .two_factor import (
    count_failed_code,
    forget_devices,
    has_authenticator,
    new_recovery_codes,
    normalise_code,
)

APP_DEVICE_NAME = "Authenticator app"


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Sign-in code",
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def clean_code(self):
        return normalise_code(self.cleaned_data["code"])


def next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def refused(request):
    """The code limit is the sign-in limit: once locked, the half-signed-in session ends too."""
    logout(request)
    return too_many_attempts(request)


@never_cache
def verify(request):
    user = request.user
    if not has_authenticator(user):
        return redirect("accounts_two_factor_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        count_failed_code(request, user)
        if getattr(request, "axes_locked_out", False):
            return refused(request)
        form.add_error(
            "code", "That code is not right. Enter the code your app shows now, or a recovery code."
        )
    return render(request, "accounts/two_factor/verify.html", {"form": form, "next": next_url(request)})


def unconfirmed_app_device(user) -> TOTPDevice:
    """The device being set up: the same one on every reload, so the QR code stays valid."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False, name=APP_DEVICE_NAME).first()
    return device or TOTPDevice.objects.create(user=user, confirmed=False, name=APP_DEVICE_NAME)


def qr_code_svg(device: TOTPDevice) -> str:
    """An inline SVG: nothing to fetch, and nothing a Content-Security-Policy would block."""
    svg = segno.make(device.config_url, error="m").svg_inline(scale=4, border=4, svgclass="two-factor-qr")
    return svg.replace(
        "<svg ", '<svg role="img" aria-label="QR code to scan with your authenticator app" ', 1
    )


@never_cache
def setup(request):
    user = request.user
    if has_authenticator(user):
        return redirect("accounts_two_factor_verify")
    device = unconfirmed_app_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            context = {"codes": new_recovery_codes(user), "next": next_url(request)}
            return render(request, "accounts/two_factor/recovery_codes.html", context)
        count_failed_code(request, user)
        if getattr(request, "axes_locked_out", False):
            return refused(request)
        form.add_error(
            "code", "That code is not right. Check the app shows this website, and enter its code now."
        )
    context = {
        "form": form,
        "next": next_url(request),
        "qr_code": qr_code_svg(device),
        "secret": device_secret(device),
    }
    return render(request, "accounts/two_factor/setup.html", context)


def device_secret(device: TOTPDevice) -> str:
    """The key in the base32 form apps accept when typed, in groups of four."""
    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


class DeviceListView(SuperuserAdminView):
    template_name = "accounts/admin/two_factor_users.html"
    page_title = "Two-factor sign-in"
    header_icon = "key"

    def get_context_data(self, **kwargs):
        users = get_user_model().objects.filter(is_active=True).order_by("username")
        with_app = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
        rows = [(user, user.pk in with_app) for user in users]
        return super().get_context_data(rows=rows, **kwargs)


@require_POST
def reset_devices(request, user_id):
    require_superuser(request)
    user = get_object_or_404(get_user_model(), pk=user_id)
    forget_devices(user)
    messages.success(request, f"{user.get_username()} will set up a new authenticator app at next sign-in.")
    return redirect("accounts_two_factor_users")
