"""A database that cannot be reached, drops the connection, times out or hangs gets readers a
503 with ``Retry-After`` and the friendly error page, rendered without the database, instead
of a 500 and a traceback per request. The outage is logged once (``db_outage``).

Errors raised by views and while rendering them reach ``process_exception``; errors raised
in other middleware (sessions, authentication, redirects) are turned into an error page by
Django before any outer middleware sees them, so ``server_error`` (the site's handler500)
does the same there.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers
from django.views import defaults

from .db_outage import outage

DATABASE_FAULTS = (OperationalError, InterfaceError)


class DatabaseFaultsMiddleware:
    """Placed before every middleware that may touch the database or set a cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "is_database_fault", False):
            # Middleware inside this one may have added a cookie on the way out (CSRF,
            # messages, an emptied session): a 503 that may be shared must carry none.
            response.cookies.clear()
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_FAULTS):
            return database_unavailable(request, exception)
        return None


def server_error(request):
    """handler500: a database fault raised outside a view still answers 503."""
    error = sys.exc_info()[1]  # handler500 is called while Django handles the exception
    if isinstance(error, DATABASE_FAULTS):
        return database_unavailable(request, error)
    return defaults.server_error(request)


def database_unavailable(request, error: Exception) -> HttpResponse:
    outage.request_failed(error, request)
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER)
    add_never_cache_headers(response)
    response.is_database_fault = True
    # Django logs every 5xx answer at ERROR unless it is marked as logged already; the
    # outage has its own single line (django.utils.log.log_response reads this flag).
    response._has_been_logged = True
    return response
