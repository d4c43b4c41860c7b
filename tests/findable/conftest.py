from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Site


@pytest.fixture(scope="package")
def demo_database(django_db_setup, django_db_blocker):
    """The whole demo site, built once for this package inside a transaction that is
    rolled back afterwards (as Django's setUpTestData does); each test runs in a
    savepoint within it, so a test's own changes never reach the next test."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", "--no-admin", stdout=StringIO())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
    cache.clear()  # Wagtail caches site root paths; the sites they name are gone


@pytest.fixture
def demo_site(demo_database, db) -> Site:
    """The default site of the demo, as `load_demo_content` builds it (every page type it knows about)."""
    cache.clear()  # site root paths cached by an earlier test whose site was rolled back
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def demo_home(demo_site) -> Page:
    return demo_site.root_page.specific
