"""SQLite FTS5 ranking: one weighted bm25 per row. See ``database``."""

from modelsearch.backends.database.sqlite.query import BM25
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)

# Column order of the FTS table (Wagtail's migration creates it as fts5(autocomplete, body, title)).
# The autocomplete column repeats the title, so it counts for nothing here.
COLUMN_WEIGHTS = {"autocomplete": 0.0, "body": 1.0, "title": 10.0}

__all__ = ["SQLiteSearchBackend", "SQLiteSearchResults", "WeightedSQLiteSearchBackend"]


class WeightedBM25(BM25):
    def as_sql(self, compiler, connection, function=None, template=None):
        weights = ", ".join(str(weight) for weight in COLUMN_WEIGHTS.values())
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, {weights})", []


class WeightedSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        # bm25 already scores the row against the whole MATCH expression.
        return WeightedBM25()


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = WeightedSQLiteSearchQueryCompiler
    lowest_score_is_best = True  # bm25 scores a better match more negative
