"""Wagtail's database search backend, with a few faults put right.

On PostgreSQL this is Wagtail's backend (full-text search with the English
configuration, titles weighted above body text), except that
- the concatenated ``title || body`` vector it filters on is not also
  selected, which for a common word doubled the query's time;
- that vector is built by ``site_search_document(title, body)``, the function
  the site_search 0004 migration defines and indexes, priced so that the
  planner reads the index rather than every entry;
- a page is ranked with one ``ts_rank`` of the whole query per vector, not
  one for each word of the query combined, which cost a question of five
  words ten passes over each page's text.

On SQLite, Wagtail's backend ranks with FTS5's ``bm25()`` but gives a title
no more weight than the body, and for a query of nested AND/OR parts it
multiplies bm25 scores (negative numbers, best lowest) and so turns the order
upside down. Here SQLite ranks every query with one bm25 over the whole
match, the title column weighted above the body.
"""

from django.db import connection
from modelsearch.backends.database import SearchBackend as vendor_search_backend


def SearchBackend(params):  # noqa: N802 - Wagtail looks for a callable of this name
    backend = vendor_search_backend(params)
    # Imported on demand: each module defines models that exist only on its database.
    if connection.vendor == "postgresql":
        from .postgres import SiteSearchPostgresBackend

        return SiteSearchPostgresBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteSearchBackend, WeightedSQLiteSearchBackend

        if isinstance(backend, SQLiteSearchBackend):  # FTS5 is available
            return WeightedSQLiteSearchBackend(params)
    return backend
