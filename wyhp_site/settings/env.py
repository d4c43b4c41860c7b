"""Typed readers for the environment variables the settings use.

Every variable the site reads is declared once, at the top of ``base.py``,
through these helpers, so the README's configuration table and the code
cannot drift apart silently.
"""

import os
from collections.abc import Mapping
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
REDIS_TIMEOUT = 2  # seconds


def env_str(name: str, default: str = "", environ: Mapping[str, str] = os.environ) -> str:
    return environ.get(name, default).strip()


def env_bool(name: str, default: bool, environ: Mapping[str, str] = os.environ) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int, environ: Mapping[str, str] = os.environ) -> int:
    raw = environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name: str, environ: Mapping[str, str] = os.environ) -> list[str]:
    """A comma-separated list, ignoring blanks: "a.org, b.org" -> ["a.org", "b.org"]."""
    return [item.strip() for item in environ.get(name, "").split(",") if item.strip()]


def database_config(
    base_dir: Path,
    environ: Mapping[str, str] = os.environ,
    *,
    connect_timeout: int = 0,
    statement_timeout: int = 0,
) -> dict:
    """PostgreSQL (or any database) from DATABASE_URL; SQLite in the project folder when unset.

    On PostgreSQL, the timeouts (seconds, 0 for none) go to libpq and the server; the wait
    for a server that answers nothing at all is bounded by wyhp_site/core/db_waits.py.
    """
    url = env_str("DATABASE_URL", environ=environ)
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(base_dir / "db.sqlite3"),
        }
    config = dj_database_url.parse(
        url,
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60, environ=environ),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.postgresql":
        options = config.setdefault("OPTIONS", {})
        options["connect_timeout"] = connect_timeout
        server_options = f"-c statement_timeout={statement_timeout * 1000}"
        # Server options given in the URL (?options=...) are kept.
        options["options"] = f"{server_options} {options.get('options', '')}".strip()
    return config


def cache_config(environ: Mapping[str, str] = os.environ) -> dict:
    """Redis when REDIS_URL is set (shared by every app server); per-process memory otherwise."""
    url = env_str("REDIS_URL", environ=environ)
    if url:
        return {
            # A stopped or hung Redis is a cache miss, not an error (core/cache_faults.py).
            "BACKEND": "wyhp_site.core.cache_faults.FaultTolerantRedisCache",
            "LOCATION": url,
            # Redis answers in a millisecond; one that has not in seconds is down, and a request
            # (or the readiness check) should not wait on it for ever.
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def frontend_cache_url(environ: Mapping[str, str] = os.environ) -> str:
    """Where publishing sends its purges: a shared HTTP cache in front of the site (Varnish with
    deploy/varnish/default.vcl) when FRONTEND_CACHE_URL is set; none otherwise."""
    url = env_str("FRONTEND_CACHE_URL", environ=environ)
    if url and not url.startswith(("http://", "https://")):
        raise ImproperlyConfigured(f"FRONTEND_CACHE_URL must be an http:// or https:// address, not {url!r}")
    return url


def session_engine(environ: Mapping[str, str] = os.environ) -> str:
    """Sessions in the database, read through Redis when REDIS_URL is set: every app server
    sees every session, and a Redis outage (a cache miss, core/cache_faults.py) signs nobody out."""
    if env_str("REDIS_URL", environ=environ):
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"


SEARCH_ENGINES = ("elasticsearch7", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3")


def search_backend_config(environ: Mapping[str, str] = os.environ) -> dict:
    """The database's full-text search (PostgreSQL, or SQLite's FTS5) unless SEARCH_BACKEND_URL
    names an Elasticsearch or OpenSearch cluster: "<engine>+<address>", for example
    "opensearch2+https://user:password@search.internal:9200"."""
    url = env_str("SEARCH_BACKEND_URL", environ=environ)
    if not url:
        # PostgreSQL stems and drops stop words in English; SQLite's FTS5 ignores the option.
        return {"BACKEND": "wyhp_site.search.backends.database", "SEARCH_CONFIG": "english"}
    engine, _, address = url.partition("+")
    if engine not in SEARCH_ENGINES or not address.startswith(("http://", "https://")):
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND_URL must look like <engine>+https://host:port, with <engine> one of "
            f"{', '.join(SEARCH_ENGINES)}; not {url!r}"
        )
    return {
        "BACKEND": f"wagtail.search.backends.{engine}",
        "URLS": [address],
        "INDEX": env_str("SEARCH_INDEX_PREFIX", "wyhp", environ=environ),
        "TIMEOUT": env_int("SEARCH_BACKEND_TIMEOUT", 5, environ=environ),
        "ATOMIC_REBUILD": True,
    }


MEDIA_ON_DISK = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def media_storage_config(environ: Mapping[str, str] = os.environ) -> dict:
    """Where uploaded images and documents live: an S3-compatible bucket when MEDIA_S3_BUCKET is
    set (needed once there is more than one app server); MEDIA_ROOT on local disk otherwise,
    served by the site itself (wyhp_site/core/uploads/serving.py)."""
    bucket = env_str("MEDIA_S3_BUCKET", environ=environ)
    if not bucket:
        return MEDIA_ON_DISK
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket,
            # Blank means AWS itself; set for other S3-compatible services (MinIO, Ceph, ...).
            "endpoint_url": env_str("MEDIA_S3_ENDPOINT_URL", environ=environ) or None,
            "region_name": env_str("MEDIA_S3_REGION", environ=environ) or None,
            # Blank: boto3 finds credentials itself (an instance role, AWS_* variables).
            "access_key": env_str("MEDIA_S3_ACCESS_KEY_ID", environ=environ) or None,
            "secret_key": env_str("MEDIA_S3_SECRET_ACCESS_KEY", environ=environ) or None,
            "custom_domain": env_str("MEDIA_S3_CUSTOM_DOMAIN", environ=environ) or None,
            # Image URLs go into cached pages, so they must not expire as signed URLs do.
            # Documents never link to the bucket: Wagtail serves them (WAGTAILDOCS_SERVE_METHOD).
            "querystring_auth": False,
            # Two uploads with one name get two files, as on disk.
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }


SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
NOTIFY_BACKEND = "django_gov_notify.backends.NotifyEmailBackend"
UNCONFIGURED_BACKEND = "wyhp_site.core.mail.UnconfiguredEmailBackend"


def email_config(environ: Mapping[str, str] = os.environ) -> dict:
    """Django's email settings: GOV.UK Notify when GOVUK_NOTIFY_API_KEY is set, SMTP when
    EMAIL_HOST is, and otherwise a backend that sends nothing and says so in the log (and
    ``check --deploy`` warns)."""
    notify_key = env_str("GOVUK_NOTIFY_API_KEY", environ=environ)
    notify_template = env_str("GOVUK_NOTIFY_TEMPLATE_ID", environ=environ)
    host = env_str("EMAIL_HOST", environ=environ)
    use_ssl = env_bool("EMAIL_USE_SSL", False, environ=environ)
    use_tls = env_bool("EMAIL_USE_TLS", not use_ssl, environ=environ)
    if use_ssl and use_tls:
        raise ImproperlyConfigured(
            "Set EMAIL_USE_TLS (STARTTLS) or EMAIL_USE_SSL (TLS from the start), not both."
        )
    if notify_key and not notify_template:
        raise ImproperlyConfigured(
            "GOVUK_NOTIFY_API_KEY needs GOVUK_NOTIFY_TEMPLATE_ID: the id of a Notify email template "
            "whose subject is ((subject)) and whose body is ((body))."
        )
    if notify_key:
        backend = NOTIFY_BACKEND
    elif host:
        backend = SMTP_BACKEND
    else:
        backend = UNCONFIGURED_BACKEND
    return {
        # What the queue's worker sends through; pages only queue (base.py, EMAIL_BACKEND).
        "MAILER_EMAIL_BACKEND": backend,
        "EMAIL_HOST": host,
        "EMAIL_PORT": env_int("EMAIL_PORT", 465 if use_ssl else 587, environ=environ),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_HOST_USER": env_str("EMAIL_HOST_USER", environ=environ),
        "EMAIL_HOST_PASSWORD": env_str("EMAIL_HOST_PASSWORD", environ=environ),
        # Seconds; a slow or unreachable mail server must not hold a worker past gunicorn's timeout.
        "EMAIL_TIMEOUT": env_int("EMAIL_TIMEOUT", 10, environ=environ),
        "GOVUK_NOTIFY_API_KEY": notify_key,
        "GOVUK_NOTIFY_PLAIN_EMAIL_TEMPLATE_ID": notify_template,
    }
