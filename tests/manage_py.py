"""Running the project's own manage.py in a child process, as an operator would."""

import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def run_manage_py(args, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    """Run `manage.py *args` from the project root with exactly `env`; output is captured as text."""
    return subprocess.run(  # noqa: S603 - fixed arguments, our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
