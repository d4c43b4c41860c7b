"""The page's preview links in the admin: make one, see who made which, withdraw one.

Anyone who may edit a page may share its draft (Comms on the news, Editors on the FAQ,
Moderators everywhere). Making and withdrawing a link are written to the page's history.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import FormView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page

from .models import DEFAULT_DAYS, MAX_DAYS, SharedPreviewLink

LINK_CREATED = "sharing.link_created"
LINK_REVOKED = "sharing.link_revoked"


def may_share(page: Page, user) -> bool:
    return page.permissions_for_user(user).can_edit()


class NewLinkForm(forms.Form):
    days = forms.IntegerField(
        label="Days the link works",
        min_value=1,
        max_value=MAX_DAYS,
        initial=DEFAULT_DAYS,
        help_text=f"From 1 to {MAX_DAYS} days. You can withdraw it sooner.",
    )


class PageLinksMixin:
    def dispatch(self, request, page_id, *args, **kwargs):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not may_share(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id, *args, **kwargs)


class PreviewLinksView(PageLinksMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "wagtailadmin/sharing/preview_links.html"
    form_class = NewLinkForm
    header_icon = "link"

    def get_page_title(self):
        return "Preview links"

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            links=SharedPreviewLink.objects.filter(page=self.page).select_related("created_by", "revoked_by"),
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        days = form.cleaned_data["days"]
        link, token = SharedPreviewLink.create(self.page, self.request.user, days)
        log(
            instance=self.page,
            action=LINK_CREATED,
            user=self.request.user,
            data={"prefix": link.key_prefix, "expires_at": link.expires_at.isoformat(), "days": days},
        )
        # Shown on this answer only: the token is not kept, so a reload cannot show it again.
        shared_url = self.request.build_absolute_uri(reverse("shared_preview", args=[token]))
        return self.render_to_response(
            self.get_context_data(form=self.form_class(), new_link=link, shared_url=shared_url)
        )


class WithdrawLinkView(PageLinksMixin, View):
    http_method_names = ["post"]

    def post(self, request, page_id, link_id):
        link = get_object_or_404(SharedPreviewLink, pk=link_id, page=self.page)
        if link.revoked_at is None:
            link.revoke(request.user)
            log(instance=self.page, action=LINK_REVOKED, user=request.user, data={"prefix": link.key_prefix})
            messages.success(
                request, f"The preview link {link.key_prefix}… is withdrawn: it no longer works."
            )
        return redirect("sharing_links", self.page.pk)
