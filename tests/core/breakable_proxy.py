"""A TCP proxy in front of the test PostgreSQL server that the tests can break the way a
database breaks: stopped (connections refused, open ones dropped) or hung (connections
accepted, nothing answered, as a paused server's kernel does).
"""

import socket
import threading
from contextlib import suppress
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

# For tests that stop or share a PostgreSQL server; they run in CI's PostgreSQL pass.
needs_postgresql = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="needs PostgreSQL; runs in CI's PostgreSQL pass",
)


def served_database_url(port: int | None = None) -> str:
    """The test PostgreSQL database's address, for a server started by a test; through
    127.0.0.1:``port`` (a BreakableProxy) when given."""
    database = connection.settings_dict
    password = f":{quote(database['PASSWORD'])}" if database["PASSWORD"] else ""
    address = f"127.0.0.1:{port}" if port else f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    return f"postgres://{quote(database['USER'])}{password}@{address}/{database['NAME']}"


def upstream() -> tuple[str, int]:
    database = connection.settings_dict
    return (database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432))


class BreakableProxy:
    def __init__(self, upstream: tuple[str, int]):
        self.upstream = upstream
        self.port = 0  # chosen when it first listens, kept afterwards
        self.accepted = 0
        self._flowing = threading.Event()
        self._flowing.set()
        self._lock = threading.Lock()
        self._pairs: set[tuple[socket.socket, socket.socket]] = set()
        self._listener: socket.socket | None = None

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._pairs)

    def start(self) -> "BreakableProxy":
        self._listener = socket.create_server(("127.0.0.1", self.port))  # SO_REUSEADDR: same port again
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, args=(self._listener,), daemon=True).start()
        return self

    def stop_database(self) -> None:
        """As a stopped server: refuse new connections, drop the open ones."""
        self._listener.close()
        self._listener = None
        self._drop_connections()

    def hang_database(self) -> None:
        """As a paused server: accept connections, forward nothing either way."""
        self._flowing.clear()

    def restore_database(self) -> None:
        if self._listener is None:
            self.start()
        self._flowing.set()

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._flowing.set()  # let held data go, so every pipe thread can end
        self._drop_connections()

    def _drop_connections(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, set()
        for pair in pairs:
            close_both(pair)

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed
            if listener is not self._listener:
                # Closed while this thread waited in accept(), which still takes one more
                # connection: a stopped server would have refused it.
                client.close()
                return
            self.accepted += 1
            upstream = socket.create_connection(self.upstream)
            pair = (client, upstream)
            with self._lock:
                self._pairs.add(pair)
            for source, destination in (pair, pair[::-1]):
                threading.Thread(target=self._pipe, args=(source, destination, pair), daemon=True).start()

    def _pipe(self, source: socket.socket, destination: socket.socket, pair) -> None:
        with suppress(OSError):
            while data := source.recv(65536):
                self._flowing.wait()  # a hung database holds what it was sent
                destination.sendall(data)
        with self._lock:
            self._pairs.discard(pair)
        close_both(pair)


def close_both(pair) -> None:
    for sock in pair:
        with suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes the other pipe thread's recv
        sock.close()
