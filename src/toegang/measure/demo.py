"""A measurement of the fictional web (toegang.demo_web): what `toegang demo` and the end-to-end tests run.

The fictional gemeenten (codes GM99xx, which CBS does not use) get a registry of their own, so that a demo
never mixes with real gemeenten. Only the fictional web's own loopback ports are allow-listed for the crawler.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from toegang.demo_web import DemoWeb
from toegang.demo_web.specs import CODES, EXECUTED_BY_WERKPLEIN, allowlist, demo_site_specs
from toegang.measure.run import MeasurementRun, MeasureProgress, run_measurement
from toegang.registry import ExecutingOrg, Gemeente, Registry, make_registry

DEMO_PROVINCE = "Demoland"

# Our own web on 127.0.0.1: short pauses and timeouts, so the demo takes seconds. Robots.txt, one request at
# a time per host and the address checks stay as they are.
DEMO_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0.02,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 2.0,
    "DNS_TIMEOUT": 2,
    "TOEGANG_FSYNC": False,
}


def _short(title: str) -> str:
    return title.removeprefix("Gemeente ").strip()


def demo_registry(web: DemoWeb) -> Registry:
    """The fictional gemeenten as a registry, with the Werkplein as the executing organisation of those that
    share it."""
    org_name = web.title("werkplein") if "werkplein" in web.names else None
    gemeenten = [
        Gemeente(
            code=CODES[name],
            name=_short(web.title(name)),
            province=DEMO_PROVINCE,
            website=web.base_url(name) + "/",
            executing_org=org_name if name in EXECUTED_BY_WERKPLEIN else None,
            source="demo",
        )
        for name in web.names
        if name in CODES
    ]
    orgs = [ExecutingOrg(org_name, web.base_url("werkplein") + "/", "demo")] if org_name else []
    return make_registry(gemeenten, orgs)


def run_demo_measurement(
    web: DemoWeb,
    out_dir: Path | str,
    *,
    law_date: date,
    settings_overrides: Mapping[str, Any] | None = None,
    progress: Callable[[MeasureProgress], None] | None = None,
    workers: int | None = None,
) -> MeasurementRun:
    """Measure every fictional gemeente of `web` (which must be started) into `out_dir`."""
    return run_measurement(
        demo_registry(web),
        "all",
        out_dir,
        law_date=law_date,
        sites=demo_site_specs(web),
        settings_overrides={**DEMO_SETTINGS, **(settings_overrides or {})},
        allow_private=True,
        allowlist=allowlist(web),
        progress=progress,
        workers=workers,
        source="demo",
    )
