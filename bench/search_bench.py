"""How fast the site search is on PostgreSQL, with and without the project's search indexes.

    .venv/bin/python bench/search_bench.py                  # 1,000, 10,000 and 50,000 entries
    .venv/bin/python bench/search_bench.py --sizes 10000    # one size
    .venv/bin/python bench/search_bench.py --keep           # leave the database for a look

It creates a throwaway database (``wyhp_search_bench`` on the server in
``--server``, dropped at the end), migrates it and fills it with synthetic
entries of realistic length (``bench/synthetic.py``), then for each size:

1. runs ``EXPLAIN ANALYZE`` on the real query, the one the view runs to find
   the pages it ranks, as Wagtail ships (the project's two indexes dropped
   inside a transaction that is then rolled back) and with the indexes, and
   prints the timings side by side, their ratio and which plan each used;
2. times what the view does for the HTML results page (``SiteSearch``: find
   and rank the pages, count them, take the first 10, snippets, and the counts
   per type and per topic for the filters) on 50 fixed queries (rare, mid and
   very common words, and questions of several words), and prints median and
   p95, as shipped and indexed, by kind of query, without the filter
   counts (what the JSON answer needs), and with snippet text read from each
   page afresh rather than kept per content generation as the view keeps it.
   Each search is found afresh, as the view does for one it has not seen in
   the last minute.

This is a benchmark, not a test: timings depend on the machine.
"""

import argparse
import os
import statistics
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from bench.databases import drop_database, recreate_database

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE = "wyhp_search_bench"
INDEX_NAME = "site_search_document_gin"
# Both indexes the site_search migration adds; "as shipped" is Wagtail without them.
PROJECT_INDEXES = (INDEX_NAME, "site_search_page_id_text")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes", default="1000,10000,50000", help="entry counts, ascending, comma-separated"
    )
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server")
    parser.add_argument("--rounds", type=int, default=3, help="times each query is timed")
    parser.add_argument("--keep", action="store_true", help="do not drop the database at the end")
    return parser.parse_args()


def drop_bench_database(server: str) -> None:
    from django.db import connections

    connections.close_all()
    drop_database(server, DATABASE)


def queries() -> list[tuple[str, str]]:
    """Fifty (kind, query) pairs, the same on every run."""
    from bench.synthetic_text import COMMON_WORDS, vocabulary

    words = vocabulary()
    rare = [("rare", words[rank]) for rank in range(4000, 19000, 1000)]  # 15
    mid = [("mid", words[rank]) for rank in range(150, 1150, 100)]  # 10
    common = [("common", word) for word in COMMON_WORDS[:10]]  # 10
    questions = [
        ("question", text)
        for text in [
            "are you privatising the nhs",
            "what is an integrated care system",
            "how is stroke care funded",
            "what support is there for carers",
            "waiting times for cancer screening",
            f"who decides the {words[400]} budget",
            f"where is the {words[900]} {words[6000]}",
            f"{words[200]} {words[300]} consultation",
            "mental health services for children",
            f"when will the {words[12000]} review report",
            "how do i complain about my gp practice",
            f"{words[5000]} {words[7000]}",
            "digital records and data safety",
            "maternity safety in leeds and bradford",
            f"is the {words[700]} board meeting in public",
        ]
    ]  # 15
    return rare + mid + common + questions


@contextmanager
def without_index():
    """Wagtail's tables as shipped: the project's indexes dropped, and put back by rolling back."""
    from django.db import connection, transaction

    with transaction.atomic():
        with connection.cursor() as cursor:
            for name in PROJECT_INDEXES:
                cursor.execute(f"DROP INDEX {name}")
        yield
        transaction.set_rollback(True)


@contextmanager
def with_index():
    yield


def vacuum_analyze() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE wagtailsearch_indexentry")
        cursor.execute("VACUUM ANALYZE wagtailcore_page")


def explain(query: str) -> tuple[float, str]:
    """Execution time (ms, best of three) of the query that finds the pages to rank, and the plan's scan."""
    from wyhp_site.search.engine import MAX_RESULTS, SiteSearch, matching_queryset

    search = SiteSearch(query)
    pages = search._organic(result_type=None, topic=None)
    queryset = matching_queryset(pages, search.parsed.all_words(), limit=MAX_RESULTS + 1, ranked=True)
    times, plan = [], ""
    for _ in range(3):
        plan = queryset.explain(analyze=True)
        times.append(float(plan.rsplit("Execution Time: ", 1)[1].split(" ms")[0]))
    if f"Bitmap Index Scan on {INDEX_NAME}" in plan:
        used = "GIN (document)"
    elif "Seq Scan on wagtailsearch_indexentry" in plan:
        used = "Seq Scan"  # of entries: whole table, or until LIMIT rows match
    else:
        used = "other"
    return min(times), used


def time_search(query: str, site, with_filters: bool, request=None) -> float:
    """Milliseconds for what the view does for a search it has not seen in the last minute:
    search, count, the first page of 10, snippets, and the filter counts if ``with_filters``
    (the HTML page; the JSON answer has none). With ``request``, snippet text is kept per
    content generation, as the view keeps it; without, it is read from each page afresh."""
    from django.core.paginator import Paginator

    from wyhp_site.search.engine import SiteSearch

    start = time.perf_counter()
    search = SiteSearch(query, site=site)
    page = Paginator(search.results, 10).page(1)
    search.present(page.object_list, request)
    if with_filters:
        search.type_counts  # noqa: B018 - what the HTML page adds
        search.topic_counts  # noqa: B018
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure_function(
    site, rounds: int, with_filters: bool = True, keep_text: bool = True
) -> dict[str, list[float]]:
    """Milliseconds per query kind ("rare", "mid"...), and for all of them under "all"."""
    from django.test import RequestFactory

    request = RequestFactory().get("/search/") if keep_text else None
    for _kind, query in queries():
        time_search(query, site, with_filters, request)  # warm up
    samples: dict[str, list[float]] = {"all": []}
    for _ in range(rounds):
        for kind, query in queries():
            elapsed = time_search(query, site, with_filters, request)
            samples.setdefault(kind, []).append(elapsed)
            samples["all"].append(elapsed)
    return samples


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms, p95 {percentile(values, 0.95):7.1f} ms"


def report_explain(samples: dict[str, str]) -> None:
    print("  EXPLAIN ANALYZE of the query that finds the pages to rank (best of 3)")
    print(f"  {'query':<34} {'as shipped':>10}  {'plan':<22} {'indexed':>9}  {'plan':<20} {'faster':>7}")
    for kind, query in samples.items():
        with without_index():
            slow, slow_plan = explain(query)
        fast, fast_plan = explain(query)
        label = f"{kind}: {query}"[:34]
        shipped, indexed = f"{slow:>8.1f}ms  {slow_plan:<22}", f"{fast:>7.1f}ms  {fast_plan:<20}"
        print(f"  {label:<34} {shipped} {indexed} {slow / fast:>6.1f}x")


def report_function(site, rounds: int) -> float:
    """Prints the search function's timings; returns its p95 with the indexes."""
    print(f"  The results page's search (first page of 10 with filter counts), 50 queries x {rounds} rounds")
    with without_index():
        shipped = measure_function(site, 1)
    indexed = measure_function(site, rounds)
    print(f"    as shipped (1 round)        {summary(shipped['all'])}")
    print(f"    indexed                     {summary(indexed['all'])}")
    for kind in ("rare", "mid", "common", "question"):
        print(f"      {kind + ' words' if kind != 'question' else 'questions':<26}{summary(indexed[kind])}")
    without_filters = measure_function(site, 1, with_filters=False)
    print(f"    indexed, no filter counts (the JSON answer): {summary(without_filters['all'])}")
    text_afresh = measure_function(site, 1, keep_text=False)
    print(f"    indexed, snippet text read afresh (1 round): {summary(text_afresh['all'])}")
    return percentile(indexed["all"], 0.95)


def main():
    arguments = parse_arguments()
    sizes = [int(size) for size in arguments.sizes.split(",")]
    os.environ["DATABASE_URL"] = f"{arguments.server}/{DATABASE}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wyhp_site.settings.test")
    # Building and indexing 50,000 entries, and timing Wagtail's query as shipped, take longer
    # than a reader's page may.
    os.environ.setdefault("DATABASE_STATEMENT_TIMEOUT", "0")
    recreate_database(arguments.server, DATABASE)

    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Site

    from bench.synthetic import add_synthetic_pages
    from wyhp_site.core.demo.builders import build_home_page

    try:
        call_command("migrate", verbosity=0)
        home = build_home_page()
        site = Site.objects.get(is_default_site=True)
        samples = {}
        for kind, query in queries():
            samples.setdefault(kind, query)
        p95 = {}
        print(f"PostgreSQL search benchmark, database {DATABASE}\n")
        for size in sizes:
            started = time.perf_counter()
            add_synthetic_pages(home, size - home.get_children().count(), seed=size)
            vacuum_analyze()
            print(f"== {size:,} entries (built in {time.perf_counter() - started:.0f} s)")
            report_explain(samples)
            p95[size] = report_function(site, arguments.rounds)
            print()
        if len(sizes) > 1:
            first, last = sizes[0], sizes[-1]
            ratio = p95[last] / p95[first]
            print(f"p95({last:,}) / p95({first:,}), the results page's search, indexed: {ratio:.1f}")
    finally:
        if not arguments.keep:
            drop_bench_database(arguments.server)


if __name__ == "__main__":
    main()
