"""Requests per second for pages read through Varnish and straight from gunicorn, side by side.

    .venv/bin/python bench/varnish_bench.py                        # /, /faq/ and an answer, 10 s each
    .venv/bin/python bench/varnish_bench.py --paths /news/ --seconds 20

It starts a private PostgreSQL server with the demo site (as bench/db_outage.py does), serves
the site with gunicorn, production settings and 2 workers (bench/served_site.py), and puts
Varnish with deploy/varnish/default.vcl in front of it (bench/served_varnish.py). Each page is
loaded with wrk (Debian's package), two threads and eight connections, first from gunicorn,
then through Varnish after one read has put it in the cache. This is a benchmark: the figures
depend on the machine, and wrk shares its two cores with the servers.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.db_outage import demo_site  # noqa: E402
from bench.served_site import ServedSite  # noqa: E402
from bench.served_varnish import ServedVarnish  # noqa: E402

PATHS = ["/", "/faq/", "/faq/what-is-a-sustainability-and-transformation-plan/"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paths", nargs="+", default=PATHS, help="pages to load")
    parser.add_argument("--seconds", type=int, default=10, help="how long wrk loads each")
    return parser.parse_args()


def requests_per_second(port: int, path: str, seconds: int) -> float:
    wrk = shutil.which("wrk")
    if wrk is None:
        sys.exit("wrk is not installed: apt-get install -y wrk")
    command = [wrk, "-t2", "-c8", f"-d{seconds}s", f"http://127.0.0.1:{port}{path}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        sys.exit(f"{path} answered {errors[1]} errors under load:\n{output}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])


def main() -> None:
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory(prefix="wyhp-varnish-") as folder, demo_site(Path(folder)) as (site, _):
        varnish = ServedVarnish([site.port], Path(folder) / "varnish").start()
        try:
            measure(site, varnish, arguments.paths, arguments.seconds)
        finally:
            varnish.stop()


def measure(site: ServedSite, varnish: ServedVarnish, paths: list[str], seconds: int) -> None:
    print(f"{'page':<55} {'gunicorn req/s':>15} {'Varnish req/s':>15} {'ratio':>8}")
    for path in paths:
        if site.get(path).status != 200:
            sys.exit(f"{path} does not answer 200 from gunicorn")
        direct = requests_per_second(site.port, path, seconds)
        varnish.get(path)
        if varnish.get(path).headers.get("x-cache") != "HIT":
            sys.exit(f"{path} is not kept by Varnish")
        cached = requests_per_second(varnish.port, path, seconds)
        print(f"{path:<55} {direct:>15,.0f} {cached:>15,.0f} {cached / direct:>7,.0f}x")


if __name__ == "__main__":
    main()
