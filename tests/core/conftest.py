import socket
import threading

import pytest

from bench.served_site import ServedSite
from tests.frontend_cache import FrontEndCache

from .breakable_proxy import BreakableProxy, served_database_url, upstream


@pytest.fixture
def closed_port() -> int:
    """A local port nothing listens on: a stopped server."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


@pytest.fixture
def silent_port():
    """A local port that accepts connections and never answers: a hung server."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        yield sock.getsockname()[1]


@pytest.fixture
def proxy():
    """A proxy in front of the test PostgreSQL server that the test can stop or hang."""
    proxy = BreakableProxy(upstream()).start()
    yield proxy
    proxy.close()


@pytest.fixture
def serve_through_proxy(proxy, tmp_path):
    """``serve_through_proxy(env)``: the site under gunicorn with production settings and
    ``env``, reaching the test database through ``proxy``; stopped after the test."""
    started = []

    def serve(env: dict[str, str]) -> ServedSite:
        # What the app itself answers when the database fails: the page cache inside it,
        # which keeps serving the pages it kept, has its own outage test (test_page_cache.py).
        env = {"PAGE_CACHE_SECONDS": "0", **env}
        site = ServedSite(served_database_url(port=proxy.port), tmp_path / "gunicorn.log", env)
        started.append(site)
        return site.start()

    yield serve
    for site in started:
        site.stop()


@pytest.fixture
def cache(settings):
    """A front-end cache the site purges (``tests/frontend_cache.py``)."""
    server = FrontEndCache()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.FRONTEND_CACHE_URL = server.url
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """``with committed():`` the block's transaction commits at its end (the test's own never does)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
