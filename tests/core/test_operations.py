"""Running the site day to day: what the logs say, what is kept, what refuses to run live."""

import datetime
import logging
import runpy
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page

from wyhp_site.search.models import QueryLog

GUNICORN_CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


@pytest.mark.django_db
def test_a_bad_host_header_is_a_400_logged_once_as_a_warning_without_traceback(client, settings, caplog):
    settings.DEBUG = False

    response = client.get("/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    records = [r for r in caplog.records if r.name.startswith("django")]
    assert [(r.name, r.levelno) for r in records] == [("django.security.DisallowedHost", logging.WARNING)]
    assert records[0].exc_info is None
    assert "attacker.example" in records[0].getMessage()


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


@pytest.mark.django_db
def test_searches_older_than_the_retention_period_are_forgotten(settings, home_page):
    settings.SEARCH_LOG_RETENTION_DAYS = 30
    for query_string, age in (("kept today", 0), ("kept at the limit", 30), ("forgotten", 31)):
        QueryLog.objects.create(query_string=query_string, date=days_ago(age), searches=1)
        query = Query.get(query_string)
        QueryDailyHits.objects.create(query=query, date=days_ago(age), hits=1)
    promoted = Query.get("promoted but old")
    QueryDailyHits.objects.create(query=promoted, date=days_ago(400), hits=1)
    SearchPromotion.objects.create(query=promoted, page=home_page, sort_order=0)

    out = StringIO()
    call_command("prune_search_log", stdout=out)

    assert set(QueryLog.objects.values_list("query_string", flat=True)) == {"kept today", "kept at the limit"}
    assert set(QueryDailyHits.objects.values_list("query__query_string", flat=True)) == {
        "kept today",
        "kept at the limit",
    }
    # The words alone are gone too, unless an editor promoted results for them.
    assert set(Query.objects.values_list("query_string", flat=True)) == {
        "kept today",
        "kept at the limit",
        "promoted but old",
    }
    assert "removed 1 query log rows" in out.getvalue()


@pytest.mark.django_db
def test_the_retention_period_can_be_given_on_the_command_line_but_not_as_zero():
    QueryLog.objects.create(query_string="last week", date=days_ago(7), searches=1)

    with pytest.raises(CommandError):
        call_command("prune_search_log", days=0, stdout=StringIO())
    call_command("prune_search_log", days=3, stdout=StringIO())

    assert not QueryLog.objects.exists()


@pytest.mark.django_db
def test_demo_content_refuses_to_run_under_production_settings(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    pages_before = Page.objects.count()

    with pytest.raises(CommandError, match="production"):
        call_command("load_demo_content", stdout=StringIO())

    assert Page.objects.count() == pages_before
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_forced_demo_content_on_production_settings_makes_no_admin_and_prints_no_password(settings):
    settings.DEMO_CONTENT_ALLOWED = False
    out = StringIO()

    call_command("load_demo_content", force=True, stdout=out)

    assert Page.objects.filter(slug="faq").exists()
    assert "password" not in out.getvalue().lower()
    assert not get_user_model().objects.exists()


def test_gunicorn_believes_forwarded_headers_only_from_this_machine_by_default(monkeypatch):
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    assert runpy.run_path(str(GUNICORN_CONF))["forwarded_allow_ips"] == "127.0.0.1,::1"

    monkeypatch.setenv("FORWARDED_ALLOW_IPS", "10.0.0.5")
    assert runpy.run_path(str(GUNICORN_CONF))["forwarded_allow_ips"] == "10.0.0.5"
