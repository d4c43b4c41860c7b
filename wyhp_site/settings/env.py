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
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            # Redis answers in a millisecond; one that has not in seconds is down, and a request
            # (or the readiness check) should not wait on it for ever.
            "OPTIONS": {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT},
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}


def frontend_cache_config(environ: Mapping[str, str] = os.environ) -> dict:
    """The shared cache publishing purges (Wagtail's frontend_cache): an HTTP cache such as
    Varnish when FRONTEND_CACHE_URL is set; none otherwise."""
    url = env_str("FRONTEND_CACHE_URL", environ=environ)
    if not url:
        return {}
    return {"default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": url}}


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
