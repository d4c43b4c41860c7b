"""The GIN index on (title || body): present and used on PostgreSQL, absent on SQLite."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.search.models import IndexEntry

from wyhp_site.core.models import StandardPage
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


def test_the_combined_index_exists_only_on_postgresql(db):
    definitions = index_definitions()

    if connection.vendor == "postgresql":
        assert "USING gin (((title || body)))" in definitions[INDEX_NAME]
    else:
        # SQLite searches its FTS5 table; the migration does nothing there.
        assert INDEX_NAME not in definitions
        assert definitions  # the table's own indexes were read


def add_unrelated_index_entries(count: int) -> None:
    """Index rows for pages that do not exist: a table big enough for an index to pay."""
    content_type = ContentType.objects.get_for_model(StandardPage)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {IndexEntry._meta.db_table}
                (content_type_id, object_id, title_norm, autocomplete, title, body, title_text, body_text)
            SELECT %s, (1000000 + n)::text, 1.0, '', to_tsvector('english', 'Page ' || n),
                   to_tsvector('english', 'Words about services, plans and budgets, number ' || n), '', ''
            FROM generate_series(1, %s) AS n
            """,  # noqa: S608 - the table name is the model's
            [content_type.pk, count],
        )
        cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}, wagtailcore_page")


def test_the_search_query_uses_the_combined_index(make_page):
    make_page("Stroke units", "Where the stroke units are.")
    make_page("Budgets", "Plans and budgets.")
    if connection.vendor == "postgresql":
        add_unrelated_index_entries(20_000)
    search = SiteSearch("stroke units")
    queryset = search.results.tiers[0][
        1
    ].get_queryset()  # the database backend's own query, as the view runs it

    plan = queryset.explain()

    assert [page.title for page in queryset] == ["Stroke units"]
    if connection.vendor == "postgresql":
        assert f"Bitmap Index Scan on {INDEX_NAME}" in plan, plan
        assert "Seq Scan on wagtailsearch_indexentry" not in plan
    else:
        # SQLite answers from its FTS5 virtual table instead.
        assert "VIRTUAL TABLE INDEX" in plan
        assert INDEX_NAME not in plan
