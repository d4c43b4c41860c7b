"""The real site, served with demo content, driven by Debian's Chromium through Playwright.

The site runs in a subprocess exactly as a reader meets it: DEBUG off, static
files from whitenoise, its own throwaway SQLite database. Tests talk to it only
over HTTP, so nothing here shares state with the rest of the suite.
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from tests.manage_py import PROJECT_ROOT, run_manage_py

from .chromium import CHROMIUM_ARGS, require_chromium

SERVER_START_TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_manage(args: list[str], env: dict[str, str]) -> None:
    result = run_manage_py(args, env, timeout=600)
    if result.returncode:
        pytest.fail(
            f"manage.py {' '.join(args)} failed while preparing the browser-test site:\n"
            f"{result.stdout}\n{result.stderr}",
            pytrace=False,
        )


def wait_until_serving(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"The site stopped while starting:\n{log.read_text()}", pytrace=False)
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our local server)
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    pytest.fail(
        f"The site did not answer {url} within {SERVER_START_TIMEOUT} s:\n{log.read_text()}", pytrace=False
    )


@pytest.fixture(scope="session")
def live_site_env(tmp_path_factory) -> dict[str, str]:
    """The live site's environment: manage.py run with it works on the site's database."""
    folder = tmp_path_factory.mktemp("browser-site")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wyhp_site.settings.test",
        "DATABASE_URL": f"sqlite:///{folder / 'site.sqlite3'}",
        "TEST_MEDIA_ROOT": str(folder / "media"),
        "DEBUG": "false",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture(scope="session")
def live_site(live_site_env) -> str:
    """The address of the site, serving the demo content with DEBUG off."""
    env = live_site_env
    folder = Path(env["DATABASE_URL"].removeprefix("sqlite:///")).parent
    run_manage(["migrate", "--no-input", "-v", "0"], env)
    run_manage(["load_demo_content", "--no-admin"], env)

    port = free_port()
    log = folder / "server.log"
    with log.open("w") as log_file:
        server = subprocess.Popen(  # noqa: S603 (our own manage.py, fixed arguments)
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{base_url}/robots.txt", server, log)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture
def account(live_site, live_site_env):
    """A new administrator on the live site, with no authenticator app yet."""
    username, password = f"admin-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
    env = {**live_site_env, "DJANGO_SUPERUSER_PASSWORD": password}
    run_manage(
        ["createsuperuser", "--noinput", "--username", username, "--email", f"{username}@example.org"], env
    )
    return username, password


@pytest.fixture
def role_account(live_site, live_site_env):
    """``role_account(group)``: a new user of the live site in one of the roles' groups (Comms,
    Editors, Moderators): their username and password."""

    def make(group: str) -> tuple[str, str]:
        username, password = f"{group.lower()}-{secrets.token_hex(4)}", secrets.token_urlsafe(16)
        script = (
            "from django.contrib.auth.models import Group, User\n"
            f"user = User.objects.create_user({username!r}, password={password!r})\n"
            f"user.groups.add(Group.objects.get(name={group!r}))\n"
        )
        run_manage(["shell", "-c", script], live_site_env)
        return username, password

    return make


# Package scope, not session: while Playwright's sync API is running it keeps an
# asyncio loop running in this thread, and Django refuses database access from
# there, which would break every later test that uses the database.
@pytest.fixture(scope="package")
def browser():
    chromium = require_chromium()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """One browser context on the live site, recording every request its pages make."""

    def __init__(self, browser, base_url: str, **context_options):
        self.base_url = base_url
        self.context = browser.new_context(base_url=base_url, **context_options)
        self.requests: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()

    def open(self, path: str, expected_status: int = 200):
        response = self.page.goto(path)
        assert response is not None, f"No response for {path}"
        assert response.status == expected_status, (
            f"{path} answered {response.status}, expected {expected_status}"
        )
        return self.page

    def requests_elsewhere(self) -> list[str]:
        """Requests to any host but the site itself (data: and blob: URLs never leave the browser)."""
        own = urlsplit(self.base_url).netloc
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in {"data", "blob", "about"} and urlsplit(url).netloc != own
        ]

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, live_site):
    """A fresh browser context (no cookies, no cache) at desktop width."""
    session = Visit(browser, live_site, viewport={"width": 1280, "height": 800})
    yield session
    session.close()


@pytest.fixture
def visit_factory(browser, live_site):
    """Fresh browser contexts with options of the test's choosing (viewport, JavaScript off)."""
    sessions = []

    def make(**context_options) -> Visit:
        session = Visit(browser, live_site, **context_options)
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        session.close()
