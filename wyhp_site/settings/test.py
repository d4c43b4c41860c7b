"""Fast, isolated settings for the test suite (pytest uses these)."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import MEDIA_ROOT, STORAGES

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Sent at once into django.core.mail.outbox; tests/core/test_email_queue.py tests the queue.
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# The browser tests serve the site with DEBUG off and no collectstatic step:
# whitenoise finds static files where they live, as it would after collectstatic.
WHITENOISE_USE_FINDERS = True
# The browser tests' live site keeps its uploads beside its throwaway database, not in the
# project's media folder (tests/browser/conftest.py).
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT") or MEDIA_ROOT)
DEMO_CONTENT_ALLOWED = True
# Off for the suite at large; tests/accounts/test_two_factor.py turns it on.
REQUIRE_TWO_FACTOR = False
# Off for the suite at large, whose tests measure the views' own work;
# tests/core/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
