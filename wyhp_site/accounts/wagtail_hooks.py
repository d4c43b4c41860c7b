from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import lockouts, two_factor_views


@hooks.register("register_admin_urls")
def account_security_urls():
    return [
        path("lockouts/", lockouts.LockoutListView.as_view(), name="accounts_lockouts"),
        path("lockouts/<int:attempt_id>/clear/", lockouts.clear_lockout, name="accounts_clear_lockout"),
        path("two-factor/setup/", two_factor_views.setup, name="accounts_two_factor_setup"),
        path("two-factor/verify/", two_factor_views.verify, name="accounts_two_factor_verify"),
        path(
            "two-factor/users/", two_factor_views.DeviceListView.as_view(), name="accounts_two_factor_users"
        ),
        path(
            "two-factor/users/<int:user_id>/reset/",
            two_factor_views.reset_devices,
            name="accounts_two_factor_reset",
        ),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def lockout_menu_item():
    return SuperuserMenuItem("Sign-in lockouts", reverse("accounts_lockouts"), icon_name="lock", order=900)


@hooks.register("register_settings_menu_item")
def two_factor_menu_item():
    return SuperuserMenuItem(
        "Two-factor sign-in", reverse("accounts_two_factor_users"), icon_name="key", order=910
    )
