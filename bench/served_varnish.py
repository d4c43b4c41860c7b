"""Debian's varnishd running the repository's VCL (deploy/varnish/default.vcl, unchanged) in
front of app servers on this machine, for the Varnish tests and bench/varnish_bench.py.

The VCL includes ``site.vcl`` for what differs between deployments; this writes one naming
the app servers' local ports and allowing purges from 127.0.0.1 only, in a folder searched
before deploy/varnish/.
"""

import shutil
import subprocess
from pathlib import Path

from .served_site import ROOT, Answer, ServedProcess, request

VCL = ROOT / "deploy" / "varnish" / "default.vcl"
VARNISHD = Path(shutil.which("varnishd") or "/usr/sbin/varnishd")
VARNISHSTAT = Path(shutil.which("varnishstat") or "/usr/bin/varnishstat")
PROBE_INTERVAL = 1  # seconds

SITE_VCL = """
probe app_alive {{
    .request = "GET /health/live/ HTTP/1.1" "Host: 127.0.0.1" "Connection: close";
    .interval = {interval}s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}}
{backends}
acl purgers {{
    "127.0.0.1";
}}
sub vcl_init {{
    new app = directors.round_robin();
{members}
}}
"""
BACKEND = 'backend app{n} {{ .host = "127.0.0.1"; .port = "{port}"; .probe = app_alive; }}'
MEMBER = "    app.add_backend(app{n});"


class ServedVarnish(ServedProcess):
    """varnishd -F on a free local port (or ``port``), round-robin over ``backend_ports``."""

    name = "varnishd"

    def __init__(self, backend_ports: list[int], folder: Path, port: int | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        super().__init__(folder / "varnishd.log", port)
        self.folder = folder
        self.site_vcl = SITE_VCL.format(
            interval=PROBE_INTERVAL,
            backends="\n".join(BACKEND.format(n=n, port=port) for n, port in enumerate(backend_ports)),
            members="\n".join(MEMBER.format(n=n) for n in range(len(backend_ports))),
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def launch(self, log) -> subprocess.Popen:
        vcl_folder = self.folder / "vcl"
        vcl_folder.mkdir(parents=True, exist_ok=True)
        (vcl_folder / "site.vcl").write_text(self.site_vcl)
        command = [
            str(VARNISHD),
            "-F",  # in the foreground, so that stopping this process stops Varnish
            "-j",
            "none",  # no privilege separation: runs as whoever runs the tests
            "-n",
            str(self.folder / "state"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={vcl_folder}:{VCL.parent}",
            "-s",
            "malloc,64m",
        ]
        return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603

    def purge(self, keys: str, **options) -> Answer:
        return request(self.port, "PURGE", "/", {"Surrogate-Key": keys}, **options)

    def client_requests(self) -> int:
        """Requests Varnish has had from clients (readers and purges alike) since it started."""
        stats = subprocess.run(  # noqa: S603
            [str(VARNISHSTAT), "-n", str(self.folder / "state"), "-1"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for line in stats.splitlines():
            name, value, *_ = line.split()
            if name == "MAIN.client_req":
                return int(value)
        raise RuntimeError(f"varnishstat gave no MAIN.client_req:\n{stats}")
