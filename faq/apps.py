from django.apps import AppConfig


class FaqConfig(AppConfig):
    """Questions from the public and the partnership's answers."""

    name = "faq"
    verbose_name = "FAQ"

    def ready(self):
        from . import change_notes

        change_notes.connect()
