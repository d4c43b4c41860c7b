"""Debian's Chromium, which the browser tests drive (Playwright's own browser download is not used)."""

from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def require_chromium(path: Path = CHROMIUM) -> Path:
    """Fail, never skip, without Chromium: CI must not pass with the browser tests left out."""
    if not path.is_file():
        pytest.fail(
            f"The browser tests need Debian's Chromium at {path}. Install it with:\n"
            "    sudo apt-get install -y chromium\n"
            "(`make test` does this itself when run as root; Playwright's own browser download is not used.)",
            pytrace=False,
        )
    return path
