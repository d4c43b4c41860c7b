"""The site served by gunicorn from the source tree, with production settings, for the database
outage test (tests/core/test_database_outage.py) and bench (bench/db_outage.py).
"""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 60
SECRET_KEY = "outage-bench-not-secret-0123456789-abcdefghijklmnopqrstuvwxyz"  # noqa: S105


@dataclass
class Answer:
    status: int  # 0: the connection was dropped with no answer
    headers: dict[str, str]
    body: str
    seconds: float
    cookies: dict[str, str] = field(default_factory=dict)  # every Set-Cookie, by name


def request(
    port: int,
    method: str,
    path: str,
    headers: dict[str, str] | None = None,
    body: bytes | None = None,
    **options,
) -> Answer:
    """One request to 127.0.0.1:``port``; ``options`` go to HTTPConnection (timeout, source_address)."""
    options.setdefault("timeout", 30)
    connection = http.client.HTTPConnection("127.0.0.1", port, **options)
    started = time.monotonic()
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        status, received = response.status, {name.lower(): value for name, value in response.getheaders()}
        cookies = SimpleCookie()
        for line in response.headers.get_all("Set-Cookie") or []:
            cookies.load(line)
    except (ConnectionError, TimeoutError, http.client.HTTPException):
        status, received, text, cookies = 0, {}, "", SimpleCookie()
    finally:
        connection.close()
    seconds = time.monotonic() - started
    return Answer(status, received, text, seconds, {name: morsel.value for name, morsel in cookies.items()})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServedProcess:
    """A server process started by ``launch`` on ``self.port``, ready once /health/live/ answers
    200 through it; its output goes to ``log_path``."""

    name = "server"

    def __init__(self, log_path: Path, port: int | None = None):
        self.port = port or free_port()
        self.log_path = log_path
        self.process: subprocess.Popen | None = None

    def launch(self, log) -> subprocess.Popen:
        raise NotImplementedError

    def start(self):
        with self.log_path.open("w") as log:
            self.process = self.launch(log)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} stopped while starting:\n{self.log()}")
            if self.get("/health/live/", timeout=2).status == 200:
                return self
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer within {START_TIMEOUT} s:\n{self.log()}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def log(self) -> str:
        return self.log_path.read_text()

    def get(self, path: str, headers: dict[str, str] | None = None, **options) -> Answer:
        return request(self.port, "GET", path, headers, **options)


class ServedSite(ServedProcess):
    """gunicorn -c gunicorn.conf.py, as the container runs it, on a free local port."""

    name = "gunicorn"

    def __init__(self, database_url: str, log_path: Path, env: dict[str, str]):
        super().__init__(log_path)
        self.env = {
            **os.environ,
            # Production, but static files found where they live, as no collectstatic ran.
            "DJANGO_SETTINGS_MODULE": "bench.production_settings",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "PORT": str(self.port),
            "PYTHONUNBUFFERED": "1",
            **env,
        }

    def launch(self, log) -> subprocess.Popen:
        return subprocess.Popen(  # noqa: S603 (our own gunicorn configuration)
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "wyhp_site.wsgi:application"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )

    def worker_pids(self) -> set[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        return {int(pid) for pid in children.split()}

    def wait_for(self, path: str, status: int, within: float) -> Answer:
        """Ask until ``path`` answers ``status``; the answer that did, timed from the first ask."""
        started = time.monotonic()
        while True:
            answer = self.get(path, timeout=within)
            if answer.status == status:
                answer.seconds = time.monotonic() - started
                return answer
            if time.monotonic() - started > within:
                raise AssertionError(f"{path} still answers {answer.status} after {within} s:\n{self.log()}")
            time.sleep(0.1)
