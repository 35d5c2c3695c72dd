"""Refuse private, loopback and link-local addresses before any connection is made.

A measurement crawler follows links written by others; a link or redirect to 10.x, 192.168.x, 169.254.169.254
or
127.0.0.1 must never make it reach into a network it has no business in. Tests may open an explicit
allow-list of
loopback `ip:port` pairs (their own fictional web); nothing else can ever be allowed.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

from toegang.crawl.sites import url_port

AllowList = frozenset[tuple[str, int]]


def parse_allowlist(entries: Iterable[str]) -> AllowList:
    """Parse `127.0.0.1:PORT` entries. Only loopback addresses with an explicit port are accepted."""
    allowed: set[tuple[str, int]] = set()
    for entry in entries:
        host, sep, port_text = entry.strip().rpartition(":")
        host = host.strip("[]")
        if not sep or not port_text.isdigit():
            raise ValueError(f"allow-list entry needs ip:port, got {entry!r}")
        addr = ipaddress.ip_address(host)
        if not addr.is_loopback:
            raise ValueError(f"only loopback addresses may be allow-listed, got {entry!r}")
        allowed.add((str(addr), int(port_text)))
    return frozenset(allowed)


def address_refusal(ip: str, port: int, allow: AllowList = frozenset()) -> str | None:
    """Why a connection to ip:port must not be made, or None when it may (a public address, or
    allow-listed)."""
    try:
        addr = ipaddress.ip_address(ip.strip("[]").split("%")[0])
    except ValueError:
        return "invalid_address"
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if (str(addr), port) in allow:
        return None
    if addr.is_loopback:
        return "loopback_address"
    if addr.is_link_local:
        return "link_local_address"
    if addr.is_unspecified:
        return "unspecified_address"
    if addr.is_multicast:
        return "multicast_address"
    if addr.is_private:
        return "private_address"
    if addr.is_reserved or not addr.is_global:
        return "reserved_address"
    return None


def literal_host(url: str) -> str | None:
    """The host of a URL when it is an IP literal (then no DNS is involved), else None."""
    host = urlsplit(url).hostname
    if not host:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return None
    return host


def url_refusal(url: str, allow: AllowList = frozenset()) -> str | None:
    """Refusal for a URL that can be judged without DNS: a bad scheme, or an IP-literal host that is not
    public."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return "unsupported_scheme"
    port = url_port(url)
    if port is None:
        return "invalid_port"
    host = literal_host(url)
    if host is None:
        return None
    return address_refusal(host, port, allow)
