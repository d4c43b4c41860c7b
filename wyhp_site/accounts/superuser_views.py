"""What only superusers may see: the admin screens that can undo a protection
(clearing a lockout, removing someone's authenticator app)."""

from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


def require_superuser(request) -> None:
    if not request.user.is_superuser:
        raise PermissionDenied


class SuperuserAdminView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page in Wagtail's frame, refused (403) to anyone but a superuser."""

    def dispatch(self, request, *args, **kwargs):
        require_superuser(request)
        return super().dispatch(request, *args, **kwargs)
