from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Who may sign in and how: security headers, lockout, sessions and two-factor sign-in."""

    name = "wyhp_site.accounts"
    label = "accounts"
    verbose_name = "Accounts and sign-in security"
