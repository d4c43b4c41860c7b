"""Security headers on every answer: Content-Security-Policy, Permissions-Policy and
Cross-Origin-Resource-Policy.

Public pages get ``CONTENT_SECURITY_POLICY`` (scripts from the site itself only, or by
nonce; no inline styles). The Wagtail admin gets ``ADMIN_CONTENT_SECURITY_POLICY``: its
widgets still carry inline scripts and style attributes, so that policy allows inline
code, but still loads nothing from other sites and cannot be framed by them.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


def is_admin_path(path: str) -> bool:
    return path.startswith(settings.ADMIN_PATH_PREFIX)


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware choosing the policy by path, plus the two simple headers.

    Placed before whitenoise so that static files get the same headers as pages."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts

    def process_response(self, request, response):
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
