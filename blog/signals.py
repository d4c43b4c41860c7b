"""Signal receivers, connected in ``BlogConfig.ready``."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Site
from wagtail.signals import init_new_page, page_published, page_slug_changed, page_unpublished, post_page_move

from .blocks import weekly_update_starter
from .feed_links import forget_feed_links
from .models import NewsIndexPage, PostKind, PostPage


def start_new_post_as_weekly_update(sender, page, parent, **kwargs):
    """Open "Add post" with the weekly update's usual sections already in the body."""
    if isinstance(page, PostPage) and not page.body:
        page.kind = PostKind.WEEKLY_UPDATE
        page.body = weekly_update_starter()


def connect():
    init_new_page.connect(start_new_post_as_weekly_update, dispatch_uid="blog-weekly-update-starter")
    # The feed links in every page's <head> follow the news index's address.
    page_published.connect(forget_feed_links, sender=NewsIndexPage, dispatch_uid="blog-feed-links-published")
    page_unpublished.connect(forget_feed_links, sender=NewsIndexPage, dispatch_uid="blog-feed-links-unpub")
    page_slug_changed.connect(forget_feed_links, sender=NewsIndexPage, dispatch_uid="blog-feed-links-slug")
    post_delete.connect(forget_feed_links, sender=NewsIndexPage, dispatch_uid="blog-feed-links-deleted")
    post_page_move.connect(forget_feed_links, dispatch_uid="blog-feed-links-moved")  # an ancestor may move
    post_save.connect(forget_feed_links, sender=Site, dispatch_uid="blog-feed-links-site")
