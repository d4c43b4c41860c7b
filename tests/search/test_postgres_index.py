"""The indexes the search query needs: present and used on PostgreSQL, absent on SQLite."""

from django.db import connection
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from bench.synthetic import add_synthetic_pages
from wyhp_site.search.engine import SiteSearch

INDEX_NAME = "site_search_title_body_gin"


def index_definitions() -> dict[str, str]:
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [table])
        else:
            cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = %s", [table]
            )
        return dict(cursor.fetchall())


def test_the_indexes_exist_only_on_postgresql(db):
    definitions = index_definitions()

    if connection.vendor == "postgresql":
        assert "USING gin (((title || body)))" in definitions[INDEX_NAME]
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'site_search_page_id_text'")
            assert "((id)::character varying(50))" in cursor.fetchone()[0]
    else:
        # SQLite searches its FTS5 table; the migration does nothing there.
        assert INDEX_NAME not in definitions
        assert definitions  # the table's own indexes were read


def test_the_search_query_uses_the_indexes(make_page, home_page):
    make_page("Stroke units", "Where the stroke units are.")
    if connection.vendor == "postgresql":
        # Enough entries that reading them all costs more than using an index.
        add_synthetic_pages(home_page, 3000)
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}, {Page._meta.db_table}")
    search = SiteSearch("stroke units")
    queryset = search.results.tiers[0].results.get_queryset()  # the backend's own query, as the view runs it

    plan = queryset.explain()

    assert [page.title for page in queryset] == ["Stroke units"]
    if connection.vendor == "postgresql":
        assert f"Bitmap Index Scan on {INDEX_NAME}" in plan, plan
        assert "Index Scan using site_search_page_id_text on wagtailcore_page" in plan, plan
        assert "Seq Scan" not in plan
    else:
        # SQLite answers from its FTS5 virtual table instead.
        assert "VIRTUAL TABLE INDEX" in plan
        assert INDEX_NAME not in plan
