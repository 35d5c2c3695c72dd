"""Helpers for the measurement tests: audited pages built by hand, and a measurement of the fictional web.

The fictional web listens on 127.0.0.1 only, and each crawl allow-lists exactly its ports.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from toegang.audit.model import Evidence, Finding
from toegang.demo_web import DemoWeb, default_sites
from toegang.measure.demo import run_demo_measurement
from toegang.measure.model import AuditedPage, RuleMeta, SiteOutcome
from toegang.measure.run import MeasureProgress

LAW_DATE = date(2026, 3, 1)

# Small delays and timeouts for tests; robots.txt and one request at a time per host stay as they are.
FAST: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0.01,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": 1.5,
    "DNS_TIMEOUT": 2,
    "TOEGANG_FSYNC": False,
}

RULES: tuple[RuleMeta, ...] = (
    RuleMeta("melding.direct", "critical"),
    RuleMeta("voorschot.vermeld", "critical"),
    RuleMeta("beslistermijn", "serious"),
    RuleMeta("jongeren.zoekperiode", "moderate"),
)


def finding(rule: str, status: str, quote: str = "", start: int = 0) -> Finding:
    impact = next(r.impact for r in RULES if r.id == rule)
    evidence = (Evidence(quote, start, start + len(quote)),) if quote else ()
    return Finding(rule, status, impact, evidence, f"bericht {rule} {status}", "")  # type: ignore[arg-type]


def page(
    page_id: str,
    statuses: dict[str, str] | None = None,
    *,
    site: str = "GM0001",
    gemeenten: Sequence[str] = ("GM0001",),
    relevance: float = 0.9,
    depth: int | None = 1,
    links_to: Sequence[str] = (),
    findings: Sequence[Finding] | None = None,
    kind: str = "gemeente",
) -> AuditedPage:
    """A page with the given status per rule; rules not named are absent."""
    statuses = statuses or {}
    if findings is None:
        findings = [
            finding(r.id, statuses.get(r.id, "absent"), f"citaat {r.id}" if r.id in statuses else "")
            for r in RULES
        ]
    return AuditedPage(
        id=page_id,
        site=site,
        site_kind=kind,
        url=f"https://{site.lower()}.example/{page_id}",
        title=f"Pagina {page_id}",
        depth=depth,
        relevance=relevance,
        gemeenten=tuple(gemeenten),
        law_date=LAW_DATE.isoformat(),
        score=0.0,
        verdict="afgekeurd",
        findings=tuple(findings),
        links_to=tuple(links_to),
    )


def site(
    site_id: str, credits: Sequence[str], *, reason: str = "complete", kind: str = "gemeente"
) -> SiteOutcome:
    return SiteOutcome(
        site=site_id,
        name=f"Site {site_id}",
        kind=kind,
        home_url=f"https://{site_id.lower()}.example/",
        credits=tuple(credits),
        status="done",
        reason=reason,
    )


@pytest.fixture(scope="session")
def kit() -> SimpleNamespace:
    """The builders above, for tests (conftest is not importable under --import-mode=importlib)."""
    return SimpleNamespace(page=page, finding=finding, site=site, rules=RULES, law_date=LAW_DATE, fast=FAST)


@pytest.fixture(scope="module")
def web() -> Iterator[DemoWeb]:
    with DemoWeb(default_sites(big_size=8 * 1024 * 1024, slow_delay=0.2), max_seconds=15.0) as demo:
        yield demo


@pytest.fixture(scope="module")
def demo_run(web: DemoWeb, tmp_path_factory: pytest.TempPathFactory) -> SimpleNamespace:
    """One full measurement of the fictional web, shared by the end-to-end tests of a module."""
    out: Path = tmp_path_factory.mktemp("demo") / "meting"
    events: list[MeasureProgress] = []
    run = run_demo_measurement(
        web, out, law_date=LAW_DATE, settings_overrides=FAST, workers=1, progress=events.append
    )
    return SimpleNamespace(run=run, events=events, folder=out)
