"""A measurement from start to end: choose gemeenten and sites, crawl, then analyse.

`run_measurement` is what `toegang meting run` and the demo call. A shared executing organisation's site is
one SiteSpec, crawled once, whose pages are credited to each member gemeente that is part of the run.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from toegang.crawl import CrawlProgress, CrawlSummary, SiteSpec, crawl, resume, sites_from_registry
from toegang.i18n import _
from toegang.measure.analyse import AnalysisProgress, AnalysisSummary, analyse
from toegang.measure.model import GemeenteInfo
from toegang.measure.store import (
    MANIFEST,
    STATE,
    MeasurementError,
    manifest_gemeenten,
    new_manifest,
    read_manifest,
    write_manifest,
)
from toegang.registry import Gemeente, Registry, normalise_code

DEFAULT_PROFILE = "bijstand-aanvraag"


@dataclass(frozen=True, slots=True)
class MeasureProgress:
    """What a progress bar shows: gemeenten done, pages fetched, errors; then pages analysed."""

    phase: str  # "crawl" | "analyse"
    gemeenten_done: int
    gemeenten_total: int
    pages_fetched: int
    errors: int
    analysed: int = 0
    to_analyse: int = 0


@dataclass(frozen=True)
class MeasurementRun:
    folder: Path
    manifest: dict[str, Any]
    crawl: CrawlSummary
    analysis: AnalysisSummary


def select_gemeenten(registry: Registry, codes: Sequence[str] | str, day: date) -> list[Gemeente]:
    """`"all"` (every gemeente that exists on `day`) or a list of codes; unknown codes fail in Dutch."""
    current = registry.on(day)
    if isinstance(codes, str):
        if codes.strip().lower() == "all":
            return sorted(current, key=lambda g: g.code)
        codes = [c for c in codes.split(",") if c.strip()]
    chosen: dict[str, Gemeente] = {}
    for code in codes:
        gemeente = current.get(normalise_code(code))
        chosen[gemeente.code] = gemeente
    if not chosen:
        raise MeasurementError(_("Kies minstens één gemeente, of 'all' voor alle gemeenten."))
    return sorted(chosen.values(), key=lambda g: g.code)


def restrict_sites(sites: Sequence[SiteSpec], codes: Collection[str]) -> list[SiteSpec]:
    """The sites that credit at least one chosen gemeente, each crediting only the chosen ones."""
    wanted = set(codes)
    kept: list[SiteSpec] = []
    for spec in sites:
        credits = tuple(c for c in spec.credits if c in wanted)
        if credits:
            kept.append(dataclasses.replace(spec, credits=credits))
    return kept


def _infos(gemeenten: Sequence[Gemeente]) -> list[GemeenteInfo]:
    return [GemeenteInfo(g.code, g.name, g.province, g.executing_org) for g in gemeenten]


class _ProgressAdapter:
    """Turns the crawler's per-site events into gemeenten done (a gemeente is done when all its sites are)."""

    def __init__(self, sites: Sequence[SiteSpec], callback: Callable[[MeasureProgress], None]) -> None:
        self.callback = callback
        self.waiting: dict[str, set[str]] = {}
        for spec in sites:
            for code in spec.credits:
                self.waiting.setdefault(code, set()).add(spec.site_id)
        self.total = len(self.waiting)
        self.done_sites: set[str] = set()
        self.pages = 0
        self.errors = 0

    def gemeenten_done(self) -> int:
        return sum(1 for sites in self.waiting.values() if sites <= self.done_sites)

    def crawl(self, event: CrawlProgress) -> None:
        if event.event == "site_done":
            self.done_sites.add(event.site)
        if event.event == "start":
            self.done_sites.clear()
        self.pages, self.errors = event.pages_fetched, event.errors
        self.callback(MeasureProgress("crawl", self.gemeenten_done(), self.total, self.pages, self.errors))

    def analyse(self, event: AnalysisProgress) -> None:
        self.callback(
            MeasureProgress(
                "analyse",
                self.gemeenten_done(),
                self.total,
                self.pages,
                self.errors,
                event.done,
                event.total,
            )
        )


def run_measurement(
    registry: Registry,
    codes: Sequence[str] | str,
    out_dir: Path | str,
    *,
    law_date: date,
    measured_on: date | None = None,
    sites: Sequence[SiteSpec] | None = None,
    settings_overrides: Mapping[str, Any] | None = None,
    allow_private: bool = False,
    allowlist: Collection[str] = (),
    progress: Callable[[MeasureProgress], None] | None = None,
    workers: int | None = None,
    profile: str = DEFAULT_PROFILE,
    source: str = "registry",
) -> MeasurementRun:
    """Measure `codes` ("all" or CBS codes) into the new folder `out_dir`: crawl, then analyse.

    `sites` replaces the sites the registry gives (the demo's fictional web); `allow_private` with
    `allowlist` are passed to the crawler, which only accepts loopback ports there.
    """
    folder = Path(out_dir)
    if (folder / MANIFEST).exists() or (folder / STATE).exists():
        raise MeasurementError(
            _(
                "In {path} staat al een meting. Kies een lege map, of hervat met: toegang meting hervat"
            ).format(path=folder)
        )
    day = measured_on or date.today()
    gemeenten = select_gemeenten(registry, codes, day)
    specs = restrict_sites(
        sites if sites is not None else sites_from_registry(registry, day), [g.code for g in gemeenten]
    )
    manifest = new_manifest(
        gemeenten=_infos(gemeenten),
        law_date=law_date,
        measured_on=day,
        profile=profile,
        source=source,
        sites=len(specs),
    )
    folder.mkdir(parents=True, exist_ok=True)
    manifest["status"] = "crawling"
    write_manifest(folder, manifest)
    adapter = _ProgressAdapter(specs, progress or (lambda _event: None))
    summary = crawl(
        specs,
        folder,
        settings_overrides=settings_overrides,
        progress=adapter.crawl,
        allow_private=allow_private,
        allowlist=allowlist,
    )
    return _finish(folder, summary, adapter, workers)


def resume_measurement(
    out_dir: Path | str,
    *,
    progress: Callable[[MeasureProgress], None] | None = None,
    workers: int | None = None,
) -> MeasurementRun:
    """Continue a measurement whose crawl was stopped, then analyse it."""
    folder = Path(out_dir)
    manifest = read_manifest(folder)
    from toegang.crawl.state import Store

    store = Store(folder / STATE, readonly=True)
    try:
        specs = [store.spec(str(row["site_id"])) for row in store.sites()]
    finally:
        store.close()
    codes = {g.code for g in manifest_gemeenten(manifest)}
    adapter = _ProgressAdapter(restrict_sites(specs, codes), progress or (lambda _event: None))
    summary = resume(folder, progress=adapter.crawl)
    return _finish(folder, summary, adapter, workers)


def _finish(
    folder: Path, summary: CrawlSummary, adapter: _ProgressAdapter, workers: int | None
) -> MeasurementRun:
    manifest = read_manifest(folder)
    manifest["crawl"] = {
        "sites_total": summary.sites_total,
        "sites_done": summary.sites_done,
        "pages_fetched": summary.pages_fetched,
        "errors": summary.errors,
        "finished": summary.finished,
        "outcomes": dict(summary.outcomes),
        "site_reasons": dict(summary.site_reasons),
    }
    manifest["status"] = "crawled" if summary.finished else "crawl_unfinished"
    write_manifest(folder, manifest)
    analysis = analyse(folder, workers=workers, progress=adapter.analyse)
    return MeasurementRun(folder, read_manifest(folder), summary, analysis)
