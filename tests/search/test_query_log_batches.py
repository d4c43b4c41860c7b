"""Search counts are written in batches, after the responses: no reader waits for them,
none are lost when a write fails, and the reports and promotions read them as before."""

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from wyhp_site.search import query_log
from wyhp_site.search.models import QueryLog
from wyhp_site.search.query_log import flush_searches, pending_searches

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes_in(queries) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if query["sql"].lstrip().startswith(WRITES)]


def test_a_search_page_writes_nothing_and_its_count_is_written_with_the_next_batch(client, make_page):
    make_page("Stroke units", "Units.")
    client.get("/search/?q=stroke")  # the site's settings row is made on the first page served

    with CaptureQueriesContext(connection) as queries:
        for _ in range(2):
            assert client.get("/search/?q=stroke").status_code == 200
    assert writes_in(queries) == []
    assert not QueryLog.objects.exists()

    assert flush_searches() == 1  # three searches for one query: one row written once
    row = QueryLog.objects.get(query_string="stroke")
    assert (row.searches, row.searches_without_results, row.last_result_count) == (3, 0, 1)
    assert Query.objects.get(query_string="stroke").hits == 3


def test_counts_are_written_after_the_response_once_they_are_due(client, home_page, monkeypatch):
    monkeypatch.setattr(query_log, "FLUSH_SECONDS", 0)

    client.get("/search/?q=parking")  # the test client finishes the request as a server does

    assert QueryLog.objects.get(query_string="parking").searches_without_results == 1
    assert len(pending_searches) == 0


def test_counts_wait_until_due(client, home_page):
    client.get("/search/?q=parking")

    assert not QueryLog.objects.exists()
    assert len(pending_searches) == 1


def test_a_failed_write_keeps_the_counts_for_the_next_one(client, home_page, monkeypatch):
    client.get("/search/?q=parking")
    client.get("/search/?q=dentist")
    real_record = QueryLog.record
    calls = []

    def fail_on_the_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise DatabaseError("the database went away")
        return real_record(*args, **kwargs)

    monkeypatch.setattr(QueryLog, "record", fail_on_the_second)
    assert flush_searches() == 0
    assert not QueryLog.objects.exists()  # the first query's write was rolled back with the batch
    assert not Query.objects.exists()
    client.get("/search/?q=parking")

    assert flush_searches() == 2
    assert dict(QueryLog.objects.values_list("query_string", "searches")) == {"parking": 2, "dentist": 1}
    assert Query.objects.get(query_string="parking").hits == 2


def test_promoted_results_are_still_shown_and_counted(client, make_page):
    promoted = make_page("Parking at hospitals", "Where to park.")
    SearchPromotion.objects.create(query=Query.get("parking"), page=promoted, description="Read this.")

    response = client.get("/search/?q=parking")
    flush_searches()

    assert "Parking at hospitals" in response.content.decode()
    assert Query.objects.get(query_string="parking").hits == 1


@pytest.mark.parametrize("address", ["/search/?q=%00", "/search/?q=stroke&page=abc", "/search/?q=+++"])
def test_bad_searches_are_not_counted(client, home_page, address):
    client.get(address)

    assert len(pending_searches) == 0
