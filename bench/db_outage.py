"""What readers get while the database is stopped or hung, and how soon the site comes back.

    .venv/bin/python bench/db_outage.py                    # the production defaults
    .venv/bin/python bench/db_outage.py --requests 50      # more requests per phase

It starts a private PostgreSQL server (initdb and pg_ctl from /usr/lib/postgresql/15/bin,
run as the ``postgres`` user when run as root) in a temporary folder on a free port, migrates
it and loads the demo site, and serves the site with gunicorn and production settings
(bench/served_site.py), the database timeouts at their defaults unless set in the environment.
Then, timing each answer:

1. healthy: pages;
2. stopped (``pg_ctl stop -m fast``): pages, then robots.txt, a static file and the health
   checks; then started again, and the time until a page answers 200;
3. hung (every server process sent SIGSTOP, as a server stuck on storage or swapping): the
   same, while workers first wait out their pooled connections; then SIGCONT.

It prints status counts, median and worst time per phase, whether any worker was killed, and
how many lines the outage logged. tests/core/test_database_outage.py checks the same through a
proxy it breaks, in CI. This is a benchmark: timings depend on the machine.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.served_site import Answer, ServedSite, free_port  # noqa: E402

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")
WORKERS = 2
PAGES = ["/", "/faq/", "/news/", "/programmes/"]
STILL_SERVED = ["/robots.txt", "/static/css/site.css", "/health/live/", "/health/ready/"]
LIMITS = ("DATABASE_CONNECT_TIMEOUT", "DATABASE_STATEMENT_TIMEOUT", "DATABASE_RETRY_AFTER")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=20, help="page requests per phase")
    return parser.parse_args()


def as_postgres(command: list[str]) -> list[str]:
    """initdb refuses to run as root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


class PrivatePostgres:
    def __init__(self, folder: Path):
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/wyhp"

    def create(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        initdb = [str(POSTGRES_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres"]
        run(as_postgres(initdb))
        self.start()
        run(as_postgres([str(POSTGRES_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "wyhp"]))

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg_ctl = [str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log")]
        run(as_postgres([*pg_ctl, "-o", options, "-w", "start"]))

    def stop(self) -> None:
        run(as_postgres([str(POSTGRES_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"]))

    def processes(self) -> list[int]:
        """The postmaster and every process it started."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        found, waiting = [], [postmaster]
        while waiting:
            pid = waiting.pop()
            found.append(pid)
            children = Path(f"/proc/{pid}/task/{pid}/children")
            if children.exists():
                waiting += [int(child) for child in children.read_text().split()]
        return found

    @contextmanager
    def paused(self):
        processes = self.processes()
        for pid in processes:
            os.kill(pid, signal.SIGSTOP)
        try:
            yield
        finally:
            for pid in processes:
                os.kill(pid, signal.SIGCONT)


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


def prepare_site(database_url: str) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wyhp_site.settings.test",
        "DATABASE_URL": database_url,
        "DATABASE_STATEMENT_TIMEOUT": "0",  # a migration may take its time
    }
    manage = [sys.executable, "manage.py"]
    run([*manage, "migrate", "--no-input", "-v", "0"], env)
    run([*manage, "load_demo_content", "--no-admin"], env)


def report(phase: str, answers: list[Answer]) -> None:
    statuses = Counter(answer.status or "dropped" for answer in answers)
    seconds = sorted(answer.seconds for answer in answers)
    counts = ", ".join(f"{count} x {status}" for status, count in sorted(statuses.items(), key=str))
    print(
        f"  {phase:<42} {counts:<22} median {statistics.median(seconds) * 1000:8.1f} ms"
        f"   worst {seconds[-1] * 1000:8.1f} ms"
    )


def pages(site: ServedSite, count: int) -> list[Answer]:
    return [site.get(PAGES[number % len(PAGES)]) for number in range(count)]


def still_served(site: ServedSite) -> None:
    for path in STILL_SERVED:
        report(path, [site.get(path) for _ in range(5)])


def back_after(site: ServedSite) -> None:
    back = site.wait_for("/", 200, within=60)
    print(f"  {'first 200 after the database returned':<42} {back.seconds * 1000:.0f} ms")


@contextmanager
def demo_site(folder: Path):
    """The demo site in a private PostgreSQL server, served by gunicorn: (site, database)."""
    database = PrivatePostgres(folder)
    print(f"Private PostgreSQL on port {database.port}; migrating and loading the demo site...")
    database.create()
    try:
        prepare_site(database.url)
        site = ServedSite(database.url, folder / "gunicorn.log", {"WEB_CONCURRENCY": str(WORKERS)})
        site.start()
        try:
            yield site, database
        finally:
            site.stop()
    finally:
        database.stop()


def main() -> None:
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory(prefix="wyhp-outage-") as folder:
        with demo_site(Path(folder)) as (site, database):
            measure(site, database, arguments.requests)
        print_log_summary(site.log())


def measure(site: ServedSite, database: PrivatePostgres, requests: int) -> None:
    with ThreadPoolExecutor(WORKERS * 2) as pool:
        list(pool.map(site.get, PAGES * 3))  # every worker loaded, with a pooled connection
    workers = site.worker_pids()
    limits = {name: os.environ.get(name, "default") for name in LIMITS}
    print(f"gunicorn with {WORKERS} workers; {limits}")

    print("Healthy")
    report("pages", pages(site, requests))

    print("Stopped (pg_ctl stop -m fast)")
    database.stop()
    report("pages", pages(site, requests))
    still_served(site)
    database.start()
    back_after(site)

    print("Hung (SIGSTOP to every server process)")
    with database.paused():
        with ThreadPoolExecutor(WORKERS * 2) as pool:
            report("pages, all workers at once", list(pool.map(site.get, ["/"] * WORKERS * 2)))
        report("pages, one after another", pages(site, requests))
        still_served(site)
    back_after(site)

    killed = workers - site.worker_pids()
    print(f"Workers killed or restarted: {len(killed)}")


def print_log_summary(log: str) -> None:
    print("Log")
    for line in ("Database unavailable", "Database answering again", "Traceback", "WORKER TIMEOUT"):
        print(f"  {line!r}: {log.count(line)} lines")


if __name__ == "__main__":
    main()
