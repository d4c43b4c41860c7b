from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import lockouts


@hooks.register("register_admin_urls")
def lockout_urls():
    return [
        path("lockouts/", lockouts.LockoutListView.as_view(), name="accounts_lockouts"),
        path("lockouts/<int:attempt_id>/clear/", lockouts.clear_lockout, name="accounts_clear_lockout"),
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def lockout_menu_item():
    return SuperuserMenuItem("Sign-in lockouts", reverse("accounts_lockouts"), icon_name="lock", order=900)
