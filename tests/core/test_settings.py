import os

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from tests.manage_py import run_manage_py
from wyhp_site.settings.env import (
    cache_config,
    database_config,
    env_bool,
    env_list,
    frontend_cache_url,
    session_engine,
)

GOOD_SECRET = "k3J9-vX2q!Lw8zR4tY6uP0sN1mB5cD7fG9hJ2kL4zX6cV8bN0mQ"


def test_sqlite_in_the_project_folder_when_database_url_is_unset(tmp_path):
    config = database_config(tmp_path, environ={})
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == str(tmp_path / "db.sqlite3")


def test_database_url_selects_postgresql(tmp_path):
    config = database_config(
        tmp_path, environ={"DATABASE_URL": "postgres://wyhp:secret@db.internal:5433/wyhp"}
    )
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.internal",
        5433,
        "wyhp",
        "wyhp",
    )


def test_redis_cache_only_when_redis_url_is_set():
    assert cache_config(environ={})["BACKEND"].endswith("LocMemCache")
    redis = cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/1"})
    assert redis["BACKEND"].endswith("RedisCache")
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/1"


def test_sessions_are_read_through_redis_only_when_redis_url_is_set():
    assert session_engine(environ={}) == "django.contrib.sessions.backends.db"
    redis = session_engine(environ={"REDIS_URL": "redis://127.0.0.1:6379/0"})
    # Still kept in the database: a Redis outage signs nobody out.
    assert redis == "django.contrib.sessions.backends.cached_db"


def test_the_front_end_cache_address_must_be_http():
    assert frontend_cache_url(environ={}) == ""
    assert frontend_cache_url(environ={"FRONTEND_CACHE_URL": "http://varnish/"}) == "http://varnish/"
    with pytest.raises(ImproperlyConfigured):
        frontend_cache_url(environ={"FRONTEND_CACHE_URL": "file:///etc/passwd"})


def test_environment_values_are_parsed_strictly():
    assert env_list("ALLOWED_HOSTS", environ={"ALLOWED_HOSTS": "a.org, b.org,,"}) == ["a.org", "b.org"]
    assert env_bool("DEBUG", False, environ={"DEBUG": "yes"}) is True
    with pytest.raises(ImproperlyConfigured):
        env_bool("DEBUG", False, environ={"DEBUG": "maybe"})


def test_site_speaks_british_english_on_london_time():
    assert settings.LANGUAGE_CODE == "en-gb"
    assert settings.TIME_ZONE == "Europe/London"


def run_manage(*args, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(DJANGO_SETTINGS_MODULE="wyhp_site.settings.production", **env_overrides)
    return run_manage_py(args, env, timeout=120)


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage("check", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_manage("check", SECRET_KEY=GOOD_SECRET)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def run_deploy_check(**env_overrides):
    """`manage.py check --deploy` in production, failing on warnings, with a good secret and host."""
    return run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=GOOD_SECRET,
        ALLOWED_HOSTS="example.org",
        **env_overrides,
    )


def test_production_passes_the_deployment_checklist_without_warnings():
    result = run_deploy_check(EMAIL_HOST="smtp.example.org", DEFAULT_FROM_EMAIL="website@example.org")
    assert result.returncode == 0, result.stdout + result.stderr
