"""SiteSpecs for the fictional web, as a national run would build them from the registry.

The codes GM99xx do not exist at CBS; they mark the fictional gemeenten. Halverwaarde (onvolledig) has its
bijstand carried out by the Werkplein, which is crawled once as its own site and credited to Halverwaarde.
"""

from __future__ import annotations

from toegang.crawl.sites import SiteSpec
from toegang.demo_web.server import DemoWeb

CODES = {
    "goed": "GM9901",
    "onvolledig": "GM9902",
    "misleidend": "GM9903",
    "traag": "GM9904",
    "omleiding": "GM9905",
    "groot": "GM9906",
    "verboden": "GM9907",
    "prive": "GM9908",
}
EXECUTED_BY_WERKPLEIN = ("onvolledig",)


def demo_site_specs(web: DemoWeb, names: list[str] | None = None) -> list[SiteSpec]:
    specs: list[SiteSpec] = []
    for name in names or web.names:
        if name == "werkplein":
            specs.append(
                SiteSpec(
                    site_id="org:werkplein",
                    name=web.title(name),
                    home_url=web.base_url(name) + "/",
                    domains=(web.netloc(name),),
                    credits=tuple(CODES[n] for n in EXECUTED_BY_WERKPLEIN),
                    kind="uitvoerder",
                )
            )
            continue
        handoff = (
            (web.netloc("werkplein"),) if name in EXECUTED_BY_WERKPLEIN and "werkplein" in web.names else ()
        )
        specs.append(
            SiteSpec(
                site_id=CODES[name],
                name=web.title(name),
                home_url=web.base_url(name) + "/",
                domains=(web.netloc(name),),
                credits=(CODES[name],),
                handoff=handoff,
            )
        )
    return specs


def allowlist(web: DemoWeb) -> list[str]:
    """The fictional web's own ports: the only loopback addresses a test crawl may reach."""
    return [web.netloc(name) for name in web.names]
