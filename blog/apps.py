from django.apps import AppConfig


class BlogConfig(AppConfig):
    """Weekly leadership updates and news posts."""

    name = "blog"
    verbose_name = "News and weekly updates"

    def ready(self):
        from . import signals

        signals.connect()
