"""A stand-in for the shared cache in front of the site (Varnish), for the tests: a local HTTP
server that writes down the surrogate keys of each ``PURGE`` it is sent. The ``cache`` fixture
(``tests/core/conftest.py``) starts one and points ``FRONTEND_CACHE_URL`` at it."""

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FrontEndCache(ThreadingHTTPServer):
    """A stand-in for Varnish on a local port that writes down each purge it is sent."""

    def __init__(self):
        self.purges: list[set[str]] = []
        super().__init__(("127.0.0.1", 0), RecordPurge)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    @property
    def keys(self) -> set[str]:
        return set().union(*self.purges)


class RecordPurge(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the method's name is the HTTP method's
        self.server.purges.append(set(self.headers["Surrogate-Key"].split()))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass
