from django.apps import AppConfig


class FaqConfig(AppConfig):
    """Questions from the public and the partnership's answers."""

    name = "faq"
    verbose_name = "FAQ"
