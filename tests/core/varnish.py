"""Varnish for the tests: Debian's varnishd with the repository's VCL (bench/served_varnish.py)."""

import pytest

from bench.served_varnish import VARNISHD, ServedVarnish

XKEY_VMOD = "libvmod_xkey.so"


def require_varnishd() -> None:
    """Fail, never skip, without Varnish: CI must not pass with the shared cache untested."""
    vmods = list(VARNISHD.parent.parent.glob(f"lib/*/varnish/vmods/{XKEY_VMOD}"))
    if not VARNISHD.is_file() or not vmods:
        pytest.fail(
            f"The Varnish tests need Debian's varnishd ({VARNISHD}) and vmod_xkey. Install them with:\n"
            "    sudo apt-get install -y varnish varnish-modules\n"
            "(`make test` does this itself when run as root.)",
            pytrace=False,
        )


def serve_varnish(backend_ports: list[int], folder, port: int | None = None) -> ServedVarnish:
    require_varnishd()
    return ServedVarnish(backend_ports, folder, port).start()
