"""What to crawl: one SiteSpec per site, and the scope rule that keeps the crawler on it.

A shared executing organisation (werkplein, ISD) gets its own SiteSpec, crawled once and credited to every
member
gemeente. A member's own site lists the organisation's domain as a *hand-off*: links to it are recorded (with
their click depth) but not followed, so that the organisation's site is not fetched once per member.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from toegang.registry import Registry

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class SiteSpec:
    """One site to crawl.

    `domains` are hosts the crawl may visit; a plain host also admits its subdomains (almere.nl admits
    www.almere.nl), a `host:port` entry admits exactly that port (the fictional web runs on 127.0.0.1 ports).
    Empty means: the host of `home_url`, without a leading `www.`.
    """

    site_id: str
    name: str
    home_url: str
    domains: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    handoff: tuple[str, ...] = ()
    kind: str = "gemeente"
    extra: Mapping[str, str] = field(default_factory=dict)

    def scope(self) -> tuple[str, ...]:
        if self.domains:
            return tuple(d.lower() for d in self.domains)
        return (default_domain(self.home_url),)

    def to_dict(self) -> dict[str, Any]:
        return {
            "site_id": self.site_id,
            "name": self.name,
            "home_url": self.home_url,
            "domains": list(self.domains),
            "credits": list(self.credits),
            "handoff": list(self.handoff),
            "kind": self.kind,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteSpec:
        return cls(
            site_id=str(data["site_id"]),
            name=str(data["name"]),
            home_url=str(data["home_url"]),
            domains=tuple(data.get("domains") or ()),
            credits=tuple(data.get("credits") or ()),
            handoff=tuple(data.get("handoff") or ()),
            kind=str(data.get("kind") or "gemeente"),
            extra=dict(data.get("extra") or {}),
        )


def default_domain(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def url_port(url: str) -> int | None:
    parts = urlsplit(url)
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return None


def _split_domain(entry: str) -> tuple[str, int | None]:
    entry = entry.strip().lower()
    if entry.startswith("["):  # [::1]:8080
        host, _, rest = entry[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else None
    if entry.count(":") == 1:
        host, port = entry.split(":")
        return host, int(port)
    return entry, None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def in_domains(url: str, domains: Iterable[str]) -> bool:
    """True when the URL's host (and port, where the entry names one) matches one of `domains`."""
    parts = urlsplit(url)
    if parts.scheme not in DEFAULT_PORTS:
        return False
    host = (parts.hostname or "").lower()
    port = url_port(url)
    if not host or port is None:
        return False
    for entry in domains:
        d_host, d_port = _split_domain(entry)
        if d_port is not None and d_port != port:
            continue
        if host == d_host:
            return True
        if not _is_ip(d_host) and host.endswith("." + d_host):
            return True
    return False


def in_scope(url: str, spec: SiteSpec, extra_domains: Iterable[str] = ()) -> bool:
    return in_domains(url, (*spec.scope(), *extra_domains))


def slug(text: str) -> str:
    """A stable ASCII id for an organisation name."""
    table = str.maketrans("áàäâéèëêíìïîóòöôúùüûçñ", "aaaaeeeeiiiioooouuuucn")
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(table)).strip("-")[:60]


def sites_from_registry(registry: Registry, day: date) -> list[SiteSpec]:
    """SiteSpecs for a national run on `day`: every gemeente, plus each executing organisation with a known
    site."""
    current = registry.on(day)
    specs: list[SiteSpec] = []
    org_domains: dict[str, str] = {}
    for name, members in current.by_executing_org().items():
        org = current.org(name)
        if not org.home_url:
            continue
        org_domains[name] = default_domain(org.home_url)
        specs.append(
            SiteSpec(
                site_id=f"org:{slug(name)}",
                name=name,
                home_url=org.home_url,
                credits=tuple(g.code for g in members),
                kind="uitvoerder",
            )
        )
    gemeenten = [
        SiteSpec(
            site_id=g.code,
            name=g.name,
            home_url=g.home_url,
            credits=(g.code,),
            handoff=(org_domains[g.executing_org],) if g.executing_org in org_domains else (),
        )
        for g in sorted(current, key=lambda g: g.code)
    ]
    return gemeenten + specs
