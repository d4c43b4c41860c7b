import socket

import pytest

from .breakable_proxy import BreakableProxy, upstream


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
