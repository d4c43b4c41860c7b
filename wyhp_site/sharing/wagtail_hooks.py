from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from .admin_views import LINK_CREATED, LINK_REVOKED, PreviewLinksView, WithdrawLinkView, may_share

SHARE_LABEL = "Share a preview link"


@hooks.register("register_admin_urls")
def preview_link_urls():
    return [
        path("pages/<int:page_id>/preview-links/", PreviewLinksView.as_view(), name="sharing_links"),
        path(
            "pages/<int:page_id>/preview-links/<int:link_id>/withdraw/",
            WithdrawLinkView.as_view(),
            name="sharing_withdraw",
        ),
    ]


@hooks.register("register_log_actions")
def preview_link_log_actions(actions):
    @actions.register_action(LINK_CREATED)
    class LinkCreated(LogFormatter):
        label = "Preview link shared"

        def format_message(self, log_entry):
            data = log_entry.data
            return f"Preview link {data.get('prefix', '')}… shared for {data.get('days', '?')} days"

    @actions.register_action(LINK_REVOKED)
    class LinkRevoked(LogFormatter):
        label = "Preview link withdrawn"

        def format_message(self, log_entry):
            return f"Preview link {log_entry.data.get('prefix', '')}… withdrawn"


@hooks.register("register_page_header_buttons")
def share_button(page, user, view_name, next_url=None):
    """In the "More" menu of the page's editor header."""
    if page.pk and may_share(page, user):
        yield Button(SHARE_LABEL, reverse("sharing_links", args=[page.pk]), icon_name="link", priority=65)
