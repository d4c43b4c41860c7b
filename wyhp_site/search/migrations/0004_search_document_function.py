"""PostgreSQL: the searched document as a function the query planner knows is costly.

0002 indexed ``(title || body)``, the expression Wagtail's query filters on.
The index is right, but the planner still reads the whole table for a common
word: it prices ``title || body`` as if it were an addition, when each row
means decompressing an answer's whole vector (about 12 microseconds). For a
search that stops after a few hundred results, reading rows in order then
looks cheaper than the index, and for a word in one page in ten is in fact
ten times slower.

``site_search_document(title, body)`` returns the same ``title || body``,
declared with a cost that tells the planner the truth. It is PL/pgSQL so
that it is never inlined into the bare expression (which would drop the
cost). The search backend (``backends/postgres.py``) filters on it, and the
GIN index is rebuilt on it; an index on ``(title || body)`` would no longer
match the query. SQLite and the other backends have nothing to do here.
"""

from django.db import migrations

OLD_INDEX = "site_search_title_body_gin"
INDEX = "site_search_document_gin"
FUNCTION = "site_search_document"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector"
        " LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000"
        " AS $$ BEGIN RETURN title || body; END $$"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ({FUNCTION}(title, body))"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {table} USING gin ((title || body))")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0003_roles")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
