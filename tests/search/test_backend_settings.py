"""The search backend comes from the environment: the database unless a cluster is named."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from wagtail.search.backends import get_search_backend

from wyhp_site.settings.env import search_backend_config


def test_the_database_searches_when_no_cluster_is_named():
    assert search_backend_config(environ={}) == {
        "BACKEND": "wyhp_site.search.backends.database",
        "SEARCH_CONFIG": "english",
    }
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "wyhp_site.search.backends.database"


@pytest.mark.parametrize(
    ("url", "backend", "address"),
    [
        (
            "opensearch2+https://u:p@search.internal:9200",
            "wagtail.search.backends.opensearch2",
            "https://u:p@search.internal:9200",
        ),
        (
            "elasticsearch8+http://127.0.0.1:9200",
            "wagtail.search.backends.elasticsearch8",
            "http://127.0.0.1:9200",
        ),
    ],
)
def test_a_search_backend_url_names_the_cluster(url, backend, address):
    config = search_backend_config(environ={"SEARCH_BACKEND_URL": url, "SEARCH_INDEX_PREFIX": "wyhp_staging"})

    assert config["BACKEND"] == backend
    assert config["URLS"] == [address]
    assert config["INDEX"] == "wyhp_staging"


@pytest.mark.parametrize(
    "url", ["https://search.internal:9200", "solr+https://x", "opensearch2+search.internal"]
)
def test_a_search_backend_url_it_cannot_read_stops_the_site_starting(url):
    with pytest.raises(ImproperlyConfigured, match="SEARCH_BACKEND_URL"):
        search_backend_config(environ={"SEARCH_BACKEND_URL": url})


@pytest.mark.django_db
def test_the_database_backend_suits_the_database():
    backend = type(get_search_backend()).__name__

    if connection.vendor == "postgresql":
        assert backend == "SiteSearchPostgresBackend"
    else:
        assert backend == "WeightedSQLiteSearchBackend"
