"""Health checks for a load balancer or container runtime.

``/health/live/`` says the process serves requests and needs nothing else: restart the
process if it fails, never because the database is down. ``/health/ready/`` says whether
the database and the cache answer, each within ``DATABASE_CONNECT_TIMEOUT`` seconds, so it
answers in time while either is down or hung. Neither is cached, sets a cookie or touches
a session.
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .db_waits import limited_to


@never_cache
@require_safe
def live(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def ready(request):
    checks = {"database": database_answers(), "cache": cache_answers()}
    healthy = all(checks.values())
    return JsonResponse(
        {name: "ok" if passed else "unavailable" for name, passed in checks.items()},
        status=200 if healthy else 503,
    )


def database_answers() -> bool:
    try:
        with limited_to(settings.DATABASE_CONNECT_TIMEOUT or None), connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def cache_answers() -> bool:
    # The Redis client's socket timeouts bound this (wyhp_site/settings/env.py).
    key, value = "health-check", secrets.token_hex(8)
    try:
        cache.set(key, value, timeout=10)
        return cache.get(key) == value
    except Exception:  # noqa: BLE001 (a cache backend raises its own client's errors)
        return False
