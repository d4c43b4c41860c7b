from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Who may sign in and how: security headers, lockout, sessions and two-factor sign-in."""

    name = "wyhp_site.accounts"
    label = "accounts"
    verbose_name = "Accounts and sign-in security"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.contrib.auth.signals import user_logged_in

        from .sessions import record_sign_in

        user_logged_in.connect(
            record_sign_in, sender=get_user_model(), dispatch_uid="accounts.record_sign_in"
        )
