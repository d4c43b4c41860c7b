"""The feedback form's two addresses, served by the site's URLconf through the
``PUBLIC_URLS`` hook (wyhp_site/core/sections.py), before Wagtail's pages."""

from django.urls import path

from wyhp_site.core import converters  # noqa: F401  (registers <id> before the routes below)

from . import views

urlpatterns = [
    path("faq/feedback/<id:page_id>/", views.useful, name="faq_feedback_useful"),
    path("faq/feedback/<id:page_id>/comment/", views.comment, name="faq_feedback_comment"),
]
