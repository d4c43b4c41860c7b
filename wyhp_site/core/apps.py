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
        from .uploads.serving import register_image_content_types

        connect_section_signals()
        page_published.connect(purge_pages_showing, dispatch_uid="core.purge_pages_showing")
        page_unpublished.connect(purge_pages_showing, dispatch_uid="core.purge_pages_showing.unpublished")
        checks.register(email_is_configured, "email", deploy=True)
        register_image_content_types()
        watch_the_database()
        advance_the_content_generation()
        refresh_every_page_on_site_wide_change()


def advance_the_content_generation():
    """Whatever readers could see changed: the page cache (core/page_cache.py) starts afresh.
    Snippet saves reach it through Wagtail's snippet hooks (core/wagtail_hooks.py)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Site, get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .page_cache import advance_on_content_change as advance

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(advance, dispatch_uid=f"core.page_cache.{id(signal)}")
    for model in get_page_models():
        post_delete.connect(advance, sender=model, dispatch_uid="core.page_cache.deleted")
    post_save.connect(advance, sender=Site, dispatch_uid="core.page_cache.saved")
    post_delete.connect(advance, sender=Site, dispatch_uid="core.page_cache.deleted")


def refresh_every_page_on_site_wide_change():
    """The alert banner, the header menu and the footer are on every page: publishing or
    withdrawing an alert (in the admin or by ``publish_scheduled`` at its go-live or expiry
    time), deleting a live one, or saving the menus (or any setting) makes every page fresh,
    in the page cache and in the front-end cache (core/caching.py)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.signals import published, unpublished

    from .caching import every_page_changed, every_page_changed_if_live, every_page_changed_unless_created
    from .models import SiteAlert

    uid = "core.every_page_changed"
    published.connect(every_page_changed_if_live, sender=SiteAlert, dispatch_uid=uid)
    unpublished.connect(every_page_changed, sender=SiteAlert, dispatch_uid=uid)
    post_delete.connect(every_page_changed_if_live, sender=SiteAlert, dispatch_uid=uid)
    for model in settings_registry:
        post_save.connect(every_page_changed_unless_created, sender=model, dispatch_uid=uid)


def watch_the_database():
    """End an outage whenever a new connection succeeds, whatever the database; on PostgreSQL,
    bound every wait for it too (wyhp_site/core/db_waits.py)."""
    from django.conf import settings
    from django.db.backends.signals import connection_created

    from .db_outage import connection_made

    connection_created.connect(connection_made, dispatch_uid="core.db_outage.connection_made")
    if any(db["ENGINE"] == "django.db.backends.postgresql" for db in settings.DATABASES.values()):
        from . import db_waits

        db_waits.install(
            connect_timeout=settings.DATABASE_CONNECT_TIMEOUT,
            statement_timeout=settings.DATABASE_STATEMENT_TIMEOUT,
            retry_after=settings.DATABASE_RETRY_AFTER,
        )
