"""PostgreSQL full-text search, three details put right. See ``database``."""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import F, Func
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchQueryCompiler
from modelsearch.query import Fuzzy, MatchAll, Not

# Defined, and indexed, by the site_search 0004 migration: ``title || body`` at its true cost.
DOCUMENT_FUNCTION = "site_search_document"


class SearchDocument(Func):
    function = DOCUMENT_FUNCTION
    output_field = SearchVectorField()


class SiteSearchQueryCompiler(PostgresSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        """One ts_rank of the whole query per vector (title, body), added up.

        Wagtail ranks each part of an AND or OR query on its own and combines the
        ranks, which for a question of five words unpacks every page's body ten
        times; ts_rank scores the whole query in one pass.
        """
        search_query = self.build_tsquery(self.query, config=config)
        rank = None
        for vector, boost in vectors:
            vector_rank = SearchRank(vector, search_query, weights=self.sql_weights) * boost
            rank = vector_rank if rank is None else rank + vector_rank
        return rank

    def search(self, config, start, stop, score_field=None, backend=None):
        """Wagtail's search, filtering on the index entry's ``title || body``
        through ``site_search_document`` (so that the planner uses its index),
        and without also selecting it.

        Wagtail annotates each row with the concatenated vector and so makes
        PostgreSQL build it again for every match it returns: for a word found in
        most entries, that concatenation is most of the query's time.
        """
        if isinstance(self.query, MatchAll | Fuzzy) or (
            isinstance(self.query, Not) and isinstance(self.query.subquery, MatchAll)
        ):
            return super().search(config, start, stop, score_field=score_field, backend=backend)

        search_query = self.build_tsquery(self.query, config=config)
        vectors = self.get_search_vectors(search_query)
        rank_expression = self._build_rank_expression(vectors, config)
        if self.fields is None:  # the index entry's vectors, as the migration indexed them
            combined_vector = SearchDocument(F("index_entries__title"), F("index_entries__body"))
        else:
            combined_vector = vectors[0][0]
            for vector, _boost in vectors[1:]:
                combined_vector = combined_vector._combine(vector, "||", False)
        queryset = self.queryset.alias(_vector_=combined_vector).filter(_vector_=search_query)
        return self._apply_ordering_and_scoring(queryset, rank_expression, start, stop, score_field)


class SiteSearchPostgresBackend(PostgresSearchBackend):
    query_compiler_class = SiteSearchQueryCompiler
