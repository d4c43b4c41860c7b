"""Production settings with static files served from where they live, as no collectstatic step
ran: for serving the source tree with gunicorn in the outage test and bench."""

from wyhp_site.settings.production import *  # noqa: F403
from wyhp_site.settings.production import STORAGES

WHITENOISE_USE_FINDERS = True
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
