"""The yardstick for bench/pages.py: a bare Django view with Django's default middleware and
whitenoise, answering a fixed page of about 20 KB. Served by gunicorn as the site is."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE_BYTES = 20_000

settings.configure(
    DEBUG=False,
    SECRET_KEY="bare-bench-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz",  # noqa: S106
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    MIDDLEWARE=[
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.common.CommonMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
        "django.contrib.messages.middleware.MessageMiddleware",
        "django.middleware.clickjacking.XFrameOptionsMiddleware",
    ],
    STATIC_URL="/static/",
)

HEAD = b"<!DOCTYPE html><html lang='en'><title>Bare</title><body><p>"
PAGE = HEAD + b"x" * (PAGE_BYTES - len(HEAD) - len(b"</p>")) + b"</p>"


def bare_page(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", bare_page)]
application = get_wsgi_application()
