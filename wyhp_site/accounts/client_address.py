"""The address a request came from, as lockouts and throttles count it.

``X-Forwarded-For`` is believed only when the request reached the site from one of
``TRUSTED_PROXY_ADDRESSES`` (the load balancer): anyone else could write any address
there and so escape every per-address limit.
"""

import ipaddress

from django.conf import settings


def trusted_proxy_networks() -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.TRUSTED_PROXY_ADDRESSES]


def is_trusted_proxy(address: str, networks) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request) -> str:
    """The nearest address in the chain that is not one of our proxies.

    Proxies append the address they were reached from, so the chain is read from the
    right: the first address that is not a trusted proxy is the client (or the first
    untrusted party, whose own claims about the chain cannot be believed)."""
    remote = request.META.get("REMOTE_ADDR", "")
    networks = trusted_proxy_networks()
    if not is_trusted_proxy(remote, networks):
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for address in reversed([part for part in forwarded if part]):
        if not is_trusted_proxy(address, networks):
            try:
                return str(ipaddress.ip_address(address))
            except ValueError:
                return remote  # a garbled header: count the proxy rather than trust it
    return remote
