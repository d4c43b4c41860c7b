"""How many database queries a page costs, the one way every query-count test measures it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wyhp_site.core.models import ContentGeneration


def page_queries(client, path: str, status: int = 200) -> tuple[int, object]:
    """The queries ``path`` costs when made afresh: the caches a running site keeps warm
    (site root paths, renditions, content types) filled by a first request, but nothing
    kept for the content generation (menus, listing counts, related lists), as after a publish.
    Returns the count and the response."""
    client.get(path)
    ContentGeneration.advance()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == status, path
    return len(queries), response


def queries_for(client, path: str) -> int:
    return page_queries(client, path)[0]


def next_reader_queries(client, path: str) -> int:
    """The queries ``path`` costs the reader after the one who made it afresh: what a running
    site does between publishes, with the page cache off (the page's own work, kept per
    content generation where it can be)."""
    page_queries(client, path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries)
