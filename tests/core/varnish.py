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


def cached(varnish: ServedVarnish, path: str) -> str:
    """Read ``path`` through Varnish until it is kept there; its body."""
    first = varnish.get(path)
    assert first.status == 200, f"{path}: {first.status}"
    again = varnish.get(path)
    assert again.headers["x-cache"] == "HIT", f"{path} was not kept: {again.headers}"
    assert again.body == first.body
    return again.body


def fresh(varnish: ServedVarnish, path: str) -> str:
    """Read ``path`` through Varnish, which must have been purged of it; its body."""
    answer = varnish.get(path)
    assert answer.status == 200, f"{path}: {answer.status}"
    assert answer.headers["x-cache"] == "MISS", f"{path} was not purged"
    return answer.body
