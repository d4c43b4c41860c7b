from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide pieces: home and standard pages, topics, people, settings, roles."""

    name = "wyhp_site.core"
    label = "core"
    verbose_name = "Site"

    def ready(self):
        from django.core import checks

        from .mail import email_is_configured
        from .roles import connect_section_signals
        from .uploads.serving import register_image_content_types

        connect_section_signals()
        purge_the_shared_cache_on_publish()
        checks.register(email_is_configured, "email", deploy=True)
        register_image_content_types()
        watch_the_database()
        advance_the_content_generation()
        keep_a_memo_per_request()
        change_every_page_with_the_site_alert()


def advance_the_content_generation():
    """Whatever readers could see changed: the page cache (core/page_cache.py) starts afresh.
    Snippet saves reach it through Wagtail's snippet hooks (core/wagtail_hooks.py)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.contrib.settings.registry import registry as settings_registry
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import PageViewRestriction, Site, get_page_models
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .page_cache import advance_on_content_change as advance
    from .page_cache import change_on_every_page, view_restrictions_changed

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(advance, dispatch_uid=f"core.page_cache.{id(signal)}")
    for model in get_page_models():
        post_delete.connect(advance, sender=model, dispatch_uid="core.page_cache.deleted")
    # A picture's file replaced (its old renditions deleted) or a document's title or file changed
    # shows on every page using it, and pages are kept whole (core/page_parts.py).
    for model in (get_image_model(), get_document_model()):
        post_save.connect(advance, sender=model, dispatch_uid="core.page_cache.media_saved")
        post_delete.connect(advance, sender=model, dispatch_uid="core.page_cache.media_deleted")
    # A page made private (or public again) changes what it and every listing of it show, and
    # which address leads where is kept per generation (core/routing.py).
    for model in [Site, *settings_registry]:
        post_save.connect(change_on_every_page, sender=model, dispatch_uid="core.page_cache.saved")
        post_delete.connect(change_on_every_page, sender=model, dispatch_uid="core.page_cache.deleted")
    uid = "core.page_cache.view_restriction"
    post_save.connect(view_restrictions_changed, sender=PageViewRestriction, dispatch_uid=uid)
    post_delete.connect(view_restrictions_changed, sender=PageViewRestriction, dispatch_uid=uid)
    groups = PageViewRestriction.groups.through
    m2m_changed.connect(view_restrictions_changed, sender=groups, dispatch_uid=uid)


def keep_a_memo_per_request():
    """What a request reads of the content generation and the work kept under it is read once
    (core/generation_cache.py), and forgotten when the request ends."""
    from django.core.signals import request_finished, request_started

    from .generation_cache import close_request_memo, open_request_memo

    request_started.connect(open_request_memo, dispatch_uid="core.generation_cache.open")
    request_finished.connect(close_request_memo, dispatch_uid="core.generation_cache.close")


def change_every_page_with_the_site_alert():
    """The alert banner is on every page: publishing or withdrawing an alert (by a moderator,
    or by ``publish_scheduled`` at its go-live or expiry time) or deleting a live one makes
    every page fresh, in the page cache and in the shared cache. Saving a draft changes nothing
    readers see (core/wagtail_hooks.py leaves alerts out of the snippet hooks)."""
    from django.db.models.signals import post_delete
    from wagtail.signals import published, unpublished

    from .models import SiteAlert
    from .page_cache import change_on_every_page, change_on_every_page_if_live

    uid = "core.page_cache.site_alert"
    published.connect(change_on_every_page_if_live, sender=SiteAlert, dispatch_uid=uid)
    unpublished.connect(change_on_every_page, sender=SiteAlert, dispatch_uid=uid)
    post_delete.connect(change_on_every_page_if_live, sender=SiteAlert, dispatch_uid=uid)


def purge_the_shared_cache_on_publish():
    """Publishing, withdrawing or deleting any kind of page purges it and the pages showing it
    (wyhp_site/core/cache_purge.py); nothing is sent unless FRONTEND_CACHE_URL is set."""
    from django.db.models.signals import pre_save
    from wagtail.models import get_page_models
    from wagtail.signals import page_published, page_unpublished

    from . import cache_purge

    # Deleting a live page unpublishes it first (Wagtail's own pre_delete receiver).
    for model in get_page_models():
        uid = f"core.cache_purge.{model._meta.label_lower}"
        pre_save.connect(cache_purge.note_pages_showing_live_version, sender=model, dispatch_uid=uid)
        page_published.connect(cache_purge.purge_published_page, sender=model, dispatch_uid=uid)
        page_unpublished.connect(cache_purge.purge_published_page, sender=model, dispatch_uid=uid)


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
