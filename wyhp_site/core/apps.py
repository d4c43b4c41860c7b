from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide pieces: home and standard pages, topics, people, settings, roles."""

    name = "wyhp_site.core"
    label = "core"
    verbose_name = "Site"

    def ready(self):
        from django.core import checks
        from wagtail.signals import page_published, page_unpublished

        from .caching import purge_pages_showing
        from .mail import email_is_configured
        from .roles import connect_section_signals

        connect_section_signals()
        page_published.connect(purge_pages_showing, dispatch_uid="core.purge_pages_showing")
        page_unpublished.connect(purge_pages_showing, dispatch_uid="core.purge_pages_showing.unpublished")
        checks.register(email_is_configured, "email", deploy=True)
