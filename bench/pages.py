"""Requests a second for each public page type, side by side with a bare Django view, in one run.

    .venv/bin/python -m bench.pages [--seconds 10] [--memory-requests 20000]

Builds the demo site in a fresh PostgreSQL database, then serves it with gunicorn and
production settings, two workers, as the container does, three ways: uncached (the page
cache off), with the page cache inside the app (in Redis), and, when Debian's varnishd
and deploy/varnish/default.vcl are here, through Varnish. The yardstick is
bench/bare_site.py: Django's default middleware and whitenoise answering a fixed 20 KB
page, also two gunicorn workers. Each address is loaded with wrk (Debian's package):
``wrk -t2 -c8``. Then prints the SQL queries each page type costs made afresh, and the
resident memory of each worker before and after ``--memory-requests`` mixed requests
(workers are not recycled for this run).

The machines are shared and noisy: read the ratios, which are measured together.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from pathlib import Path

import redis

from bench.databases import recreate_database
from bench.served_site import ROOT, ServedSite
from bench.served_varnish import VARNISHD, ServedVarnish

DATABASE = "wyhp_bench_pages"
BARE_APP = "bench.bare_site"
REDIS_URL = "redis://127.0.0.1:6379/13"
TARGETS = {"uncached": 1 / 10, "in-app cache": 1 / 2, "Varnish": 1.0}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", default="postgres://postgres@127.0.0.1:5432", help="PostgreSQL server")
    parser.add_argument("--seconds", type=int, default=10, help="wrk's duration for each address")
    parser.add_argument(
        "--memory-requests", type=int, default=20_000, help="mixed requests for the memory check"
    )
    return parser.parse_args()


def manage(database_url: str, *args: str, settings="wyhp_site.settings.dev") -> str:
    # The page cache off: the survey counts the queries of the pages themselves.
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": settings,
        "PAGE_CACHE_SECONDS": "0",
    }
    result = subprocess.run(  # noqa: S603 (our own manage.py)
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


# Run inside the site (manage.py shell): one address of each page type, and what each costs.
SURVEY = """
import json
from django.test import Client
from django.db import connection
from django.test.utils import CaptureQueriesContext
from blog.models import PostPage
from faq.models import FAQEntryPage
from programmes.models import ProgrammePage
from wyhp_site.core.models import ContentGeneration

entry = FAQEntryPage.objects.readable().first()
pages = {
    "home": "/",
    "FAQ": "/faq/",
    "FAQ topic": "/faq/topic/%s/" % entry.topics.first().slug,
    "FAQ month": "/faq/asked/%s/" % entry.date_asked.strftime("%Y/%m"),
    "FAQ entry": entry.url,
    "news": "/news/",
    "weekly update": PostPage.objects.readable().first().url,
    "programme": ProgrammePage.objects.readable().first().url,
    "sitemap": "/sitemap.xml",
    "news feed": "/news/feed/",
    "search": "/search/?q=stroke",
}
client = Client(HTTP_HOST="127.0.0.1")


def count(path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200, path
    return len(captured)


queries = {}
for name, path in pages.items():
    client.get(path)
    ContentGeneration.advance()  # made afresh, as after a publish
    queries[name] = (count(path), count(path))  # afresh, then as the next reader gets it
print(json.dumps({"pages": pages, "queries": queries}))
"""


def wrk(port: int, path: str, seconds: int) -> float:
    result = subprocess.run(  # noqa: S603
        ["wrk", "-t2", "-c8", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx" in result.stdout:
        raise SystemExit(f"{path} answered errors under load:\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


class BareSite(ServedSite):
    """bench/bare_site.py under gunicorn, two workers."""

    def start(self):
        self.env["WEB_CONCURRENCY"] = "2"
        with self.log_path.open("w") as log:
            self.process = subprocess.Popen(  # noqa: S603
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "-w",
                    "2",
                    "-b",
                    f"127.0.0.1:{self.port}",
                    "bench.bare_site",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_for("/", 200, within=30)
        return self


def site(database_url: str, folder: Path, name: str, **env) -> ServedSite:
    env = {"WEB_CONCURRENCY": "2", "GUNICORN_CMD_ARGS": "--max-requests 0", "REDIS_URL": REDIS_URL, **env}
    return ServedSite(database_url, folder / f"{name}.log", env).start()


def resident_kib(pids) -> list[int]:
    sizes = []
    for pid in sorted(pids):
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)))
    return sizes


def mixed_requests(served: ServedSite, paths: list[str], count: int) -> None:
    with ThreadPoolExecutor(8) as pool:
        for answer in pool.map(served.get, islice(cycle(paths), count)):
            if answer.status != 200:
                raise SystemExit(f"A mixed request answered {answer.status}")


def through_varnish(served: ServedSite, folder: Path, pages: dict, results: dict, seconds: int) -> None:
    """Each page read through Varnish with deploy/varnish/default.vcl in front of ``served``,
    once it is in Varnish's cache (searches are never kept there: they are passed on)."""
    varnish = ServedVarnish([served.port], folder / "varnish").start()
    try:
        for name, path in pages.items():
            varnish.get(path)
            results[name]["Varnish"] = wrk(varnish.port, path, seconds)
    finally:
        varnish.stop()


def main():
    arguments = parse_arguments()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")
    database_url = recreate_database(arguments.server, DATABASE)
    manage(database_url, "migrate", "--no-input", "-v", "0")
    manage(database_url, "load_demo_content")
    survey = json.loads(manage(database_url, "shell", "-c", SURVEY).strip().splitlines()[-1])
    pages, queries = survey["pages"], survey["queries"]

    # A fresh database starts its content generations again: what an earlier run kept is not its.
    redis.Redis.from_url(REDIS_URL).flushdb()
    folder = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    bare = BareSite("", folder / "bare.log", {}).start()
    results: dict[str, dict[str, float]] = {}
    try:
        bare_rate = wrk(bare.port, "/", arguments.seconds)
        for label, env in (("uncached", {"PAGE_CACHE_SECONDS": "0"}), ("in-app cache", {})):
            served = site(database_url, folder, label.replace(" ", "-"), **env)
            try:
                for name, path in pages.items():
                    served.get(path)  # renditions and per-process caches, as on any running site
                    results.setdefault(name, {})[label] = wrk(served.port, path, arguments.seconds)
                if label == "in-app cache" and VARNISHD.exists():
                    through_varnish(served, folder, pages, results, arguments.seconds)
                if label == "uncached":
                    before = resident_kib(served.worker_pids())
                    started = time.monotonic()
                    mixed_requests(served, list(pages.values()), arguments.memory_requests)
                    memory_seconds = time.monotonic() - started
                    after = resident_kib(served.worker_pids())
            finally:
                served.stop()
    finally:
        bare.stop()

    print(f"\nBare Django view (20 KB, default middleware, whitenoise): {bare_rate:,.0f} req/s\n")
    labels = list(next(iter(results.values())))
    print("Queries: made afresh after a publish / for the next reader (work kept per content generation)")
    print(f"{'page':<15}{'queries':>9}" + "".join(f"{label:>22}" for label in labels))
    for name, rates in results.items():
        cells = "".join(f"{rates[label]:>10,.0f} ({rates[label] / bare_rate:>6.3f}×)  " for label in labels)
        afresh, next_reader = queries[name]
        print(f"{name:<15}{f'{afresh} / {next_reader}':>9}  {cells}")
    for label in labels:
        # Searches are never kept (every query differs); they have a target of their own.
        worst = min(rates[label] / bare_rate for name, rates in results.items() if name != "search")
        target = TARGETS[label]
        print(f"{label}: slowest page but search at {worst:.3f}× the bare view (target ≥ {target:.2f}×)")
    growth = [(b - a) / a for a, b in zip(before, after, strict=False)]
    print(
        f"\nResident memory per worker, KiB: {before} before, {after} after "
        f"{arguments.memory_requests:,} mixed requests in {memory_seconds:.0f} s "
        f"(growth {', '.join(f'{g:+.1%}' for g in growth)}; target ≤ +10%)"
    )
    print(f"Logs: {folder}")


if __name__ == "__main__":
    main()
