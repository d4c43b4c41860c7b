"""The indexes the search query needs: present and used on PostgreSQL, absent on SQLite."""

from django.db import connection
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from bench.synthetic import add_synthetic_pages, vocabulary
from wyhp_site.search.engine import MAX_RESULTS, SiteSearch, matching_queryset

INDEX_NAME = "site_search_document_gin"


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
        assert "USING gin (site_search_document(title, body))" in definitions[INDEX_NAME]
        assert "site_search_title_body_gin" not in definitions  # replaced by the one above
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'site_search_page_id_text'")
            assert "((id)::character varying(50))" in cursor.fetchone()[0]
    else:
        # SQLite searches its FTS5 table; the migration does nothing there.
        assert INDEX_NAME not in definitions
        assert definitions  # the table's own indexes were read


def the_search_query(search: SiteSearch):
    """The query the results page runs to find its pages, as the view runs it."""
    pages = search._organic(result_type=None, topic=None)
    return matching_queryset(pages, search.parsed.all_words(), limit=MAX_RESULTS + 1, ranked=True)


def analyze():
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {IndexEntry._meta.db_table}, {Page._meta.db_table}")


def test_the_search_query_uses_the_indexes(make_page, home_page):
    stroke_units = make_page("Stroke units", "Where the stroke units are.")
    if connection.vendor == "postgresql":
        # Enough entries that reading them all costs more than using an index.
        add_synthetic_pages(home_page, 3000)
        analyze()
    search = SiteSearch("stroke units")
    queryset = the_search_query(search)

    plan = queryset.explain()

    assert [pk for pk, _type, _score in queryset] == [stroke_units.pk]
    if connection.vendor == "postgresql":
        assert f"Bitmap Index Scan on {INDEX_NAME}" in plan, plan
        assert "Index Scan using site_search_page_id_text on wagtailcore_page" in plan, plan
        assert "Seq Scan" not in plan
    else:
        # SQLite answers from its FTS5 virtual table instead.
        assert "VIRTUAL TABLE INDEX" in plan
        assert INDEX_NAME not in plan


def test_a_word_in_one_page_in_ten_is_found_through_the_index(home_page):
    """Such a word has more matches than one search shows. Reading pages in order until
    enough of them match looks cheaper to PostgreSQL unless it knows what testing each
    page costs; the site_search_document function tells it."""
    if connection.vendor != "postgresql":
        return  # SQLite always answers from its FTS5 table (the test above)
    add_synthetic_pages(home_page, 3000)
    analyze()
    word = next(word for word in vocabulary()[50:] if _share_of_entries(word) > 0.08)
    search = SiteSearch(word)

    plan = the_search_query(search).explain()

    assert f"Bitmap Index Scan on {INDEX_NAME}" in plan, plan
    assert "Seq Scan on wagtailsearch_indexentry" not in plan, plan
    assert len(search.results) == min(_entries_with(word), MAX_RESULTS)


def _entries_with(word: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM wagtailsearch_indexentry"
            " WHERE site_search_document(title, body) @@ plainto_tsquery('english', %s)",
            [word],
        )
        return cursor.fetchone()[0]


def _share_of_entries(word: str) -> float:
    return _entries_with(word) / IndexEntry.objects.count()
