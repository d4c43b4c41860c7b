"""PostgreSQL: the two indexes Wagtail's search query needs and does not ship.

Wagtail's database backend (modelsearch's ``PostgresSearchQueryCompiler``)
finds pages with

    FROM wagtailcore_page
    JOIN wagtailsearch_indexentry
      ON wagtailsearch_indexentry.object_id = (wagtailcore_page.id)::varchar(50) AND ...
    WHERE (wagtailsearch_indexentry.title || wagtailsearch_indexentry.body) @@ to_tsquery(...)

1. It ships GIN indexes on ``title`` and on ``body`` separately, which the
   concatenation cannot use, so every search reads the whole index table. A
   GIN index on ``(title || body)`` itself turns that into an index scan. The
   planner matches an expression index only on the identical expression.
2. The join compares the page id *cast to text* with ``object_id``, which the
   page table's primary key cannot serve, so even a search with three matches
   reads every page row to join them. An index on ``(id::varchar(50))`` lets
   PostgreSQL go from the few matching index entries straight to their pages.

``bench/search_bench.py`` shows both in use and what they save. SQLite (and
the other backends) have nothing to do here.
"""

from django.db import migrations

INDEXES = {
    "site_search_title_body_gin": ("wagtailsearch", "IndexEntry", "USING gin ((title || body))"),
    "site_search_page_id_text": ("wagtailcore", "Page", "((id::varchar(50)))"),
}


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (app_label, model_name, definition) in INDEXES.items():
        table = schema_editor.quote_name(apps.get_model(app_label, model_name)._meta.db_table)
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {definition}")


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0001_query_log"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
