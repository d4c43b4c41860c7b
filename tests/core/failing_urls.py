"""The site's URLs and error handler, plus views that meet a database fault part-way, as a page
does when PostgreSQL goes away while it is being served."""

from django.db import OperationalError
from django.middleware.csrf import get_token
from django.urls import path

from wyhp_site import urls as site_urls

CONNECTION_REFUSED = (
    'connection to server at "127.0.0.1", port 5432 failed: Connection refused\n'
    "\tIs the server running on that host and accepting TCP/IP connections?"
)


def database_gone(request):
    raise OperationalError(CONNECTION_REFUSED)


def form_then_database_gone(request):
    get_token(request)  # a form was being drawn: CSRF will want to set its cookie
    raise OperationalError(CONNECTION_REFUSED)


def real_bug(request):
    raise ValueError("not a database fault")


urlpatterns = [
    path("database-gone/", database_gone),
    path("form-then-database-gone/", form_then_database_gone),
    path("real-bug/", real_bug),
    *site_urls.urlpatterns,
]
handler500 = site_urls.handler500
