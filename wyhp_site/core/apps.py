from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide pieces: home and standard pages, topics, people, settings, roles."""

    name = "wyhp_site.core"
    label = "core"
    verbose_name = "Site"

    def ready(self):
        from . import roles  # noqa: F401  (connects the section-permission signal)
