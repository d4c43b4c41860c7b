import socket

import pytest
from django.test import override_settings

from tests.frontend_cache import PURGED, RecordingBackend, backend_settings


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
def purged():
    """What the front-end cache, a recording one (``tests/frontend_cache.py``), is asked to purge."""
    PURGED.clear()
    with override_settings(**backend_settings(RecordingBackend)):
        yield PURGED
