"""The database and cache time limits reach the drivers that enforce them."""

import runpy

from django.conf import settings

from wyhp_site.settings.env import REDIS_TIMEOUT, cache_config, database_config

POSTGRES = {"DATABASE_URL": "postgres://wyhp:secret@db.internal:5432/wyhp"}


def test_postgresql_gets_connect_and_statement_timeouts(tmp_path):
    config = database_config(tmp_path, environ=POSTGRES, connect_timeout=3, statement_timeout=10)

    assert config["OPTIONS"]["connect_timeout"] == 3
    assert config["OPTIONS"]["options"] == "-c statement_timeout=10000"  # milliseconds


def test_server_options_in_the_url_are_kept(tmp_path):
    environ = {"DATABASE_URL": POSTGRES["DATABASE_URL"] + "?options=-c%20search_path%3Dwyhp"}

    config = database_config(tmp_path, environ=environ, connect_timeout=3, statement_timeout=10)

    assert config["OPTIONS"]["options"] == "-c statement_timeout=10000 -c search_path=wyhp"


def test_zero_turns_the_limits_off(tmp_path):
    config = database_config(tmp_path, environ=POSTGRES, connect_timeout=0, statement_timeout=0)

    # libpq waits for ever with connect_timeout=0, PostgreSQL with statement_timeout=0.
    assert config["OPTIONS"] == {"connect_timeout": 0, "options": "-c statement_timeout=0"}


def test_sqlite_gets_no_postgresql_options(tmp_path):
    assert "OPTIONS" not in database_config(tmp_path, environ={}, connect_timeout=3, statement_timeout=10)


def test_redis_is_given_up_on_when_it_does_not_answer():
    options = cache_config(environ={"REDIS_URL": "redis://127.0.0.1:6379/1"})["OPTIONS"]

    assert options == {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT}


def test_a_silent_database_never_costs_a_worker_by_default():
    gunicorn = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))
    # The longest a request can wait on a silent database: a connection that took nearly its
    # whole limit, then a query left unanswered (wyhp_site/core/db_waits.py); after that,
    # the process leaves the database alone and fails at once.
    longest_wait = 2 * settings.DATABASE_CONNECT_TIMEOUT + settings.DATABASE_STATEMENT_TIMEOUT

    assert 0 < longest_wait < gunicorn["timeout"]
