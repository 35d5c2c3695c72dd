"""Benchmarks of a whole measurement: crawl+audit on a local web, and `analyse` over many stored pages.

crawl+audit   a web of synthetic gemeente sites (pages from pages.py) served by toegang.demo_web's server on
              127.0.0.1, measured with run_measurement end to end: crawler process, WARC, extraction, audit,
              gemeente results. Pages per second of wall time, and peak memory.
analysis      a measurement folder written directly (WARC + pages.jsonl, every page a candidate: the worst
              case, as a real crawl audits only its candidate pages), then `analyse(folder)` on it, spread over
              the machine's cores. Wall time against the 60 s target for 10,000 pages.

Only loopback addresses are used; the crawler allow-lists exactly the local web's ports.
"""

from __future__ import annotations

import html
import json
import math
import os
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from pages import generate_page

SITE_PAGES = 50  # pages per synthetic site: under the crawler's page budget per site
ANALYSIS_TARGET_SECONDS = 60.0
OTHER_PAGE = (
    "<!doctype html><html lang=nl><title>{path}</title><body><main><h1>{path}</h1>"
    "<p>Op deze pagina leest u meer over dit onderwerp van de gemeente.</p></main></body></html>"
)


def _mib(kib: float) -> float:
    return kib / (1024 * 1024) if sys.platform == "darwin" else kib / 1024


def own_peak() -> float:
    """Peak resident set size of this process, MiB."""
    return _mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class ChildPeaks:
    """Samples /proc while it runs: the peak RSS (VmHWM) of every process below this one (crawler, analysis
    workers). getrusage cannot tell: a child's figure includes this process's pages it had before exec."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self.cpu: dict[int, float] = {}
        self.tick = float(os.sysconf("SC_CLK_TCK")) if hasattr(os, "sysconf") else 100.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> ChildPeaks:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    @staticmethod
    def _descendants() -> list[int]:
        parents: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
        found, frontier = [], [os.getpid()]
        while frontier:
            pid = frontier.pop()
            children = [child for child, parent in parents.items() if parent == pid]
            found += children
            frontier += children
        return found

    def _run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        while not self._stop.wait(self.interval):
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                        fields = handle.read().rsplit(")", 1)[1].split()
                    ticks = int(fields[11]) + int(fields[12])  # utime + stime
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), ticks / self.tick)
                    with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
                        for line in handle:
                            if line.startswith("VmHWM:"):
                                kib = float(line.split()[1])
                                self.peaks[pid] = max(self.peaks.get(pid, 0.0), kib)
                                break
                except (OSError, IndexError, ValueError):
                    continue

    @property
    def cpu_seconds(self) -> float:
        """CPU seconds of the child processes (as last sampled: a little low for short-lived ones)."""
        return sum(self.cpu.values())

    def describe(self) -> str:
        if not self.peaks:
            return "no child processes seen"
        largest = _mib(max(self.peaks.values()))
        total = _mib(sum(self.peaks.values()))
        return f"largest child process {largest:.1f} MiB, all {len(self.peaks)} child processes at most {total:.1f} MiB"


def _site_router(first: int, count: int, seed: int) -> Callable[[str, dict[str, list[str]]], Any]:
    from toegang.demo_web.server import Static

    links = "".join(
        f'<li><a href="/werk-en-inkomen/bijstand-{i}">Bijstand aanvragen ({i})</a></li>'
        for i in range(first, first + count)
    )
    home = (
        f"<!doctype html><html lang=nl><title>Home</title><body><h1>Welkom</h1><ul>{links}</ul></body></html>"
    )

    def route(path: str, query: dict[str, list[str]]) -> Any:
        if path == "/":
            return Static(home.encode("utf-8"))
        prefix = "/werk-en-inkomen/bijstand-"
        if path.startswith(prefix) and path[len(prefix) :].isdigit():
            index = int(path[len(prefix) :])
            if first <= index < first + count:
                return Static(generate_page(index, seed=seed).html.encode("utf-8"))
        if path in ("/robots.txt", "/sitemap.xml"):
            return None
        # Every other link (menus, footers) leads to a small page on another topic, as on a real site.
        return Static(OTHER_PAGE.replace("{path}", html.escape(path.strip("/"))).encode("utf-8"))

    return route


def bench_crawl(pages: int, law_date: date, seed: int = 0) -> None:
    """Measure a local web of `pages` synthetic bijstand pages end to end."""
    from toegang.crawl import SiteSpec
    from toegang.demo_web import DemoWeb, SiteDef
    from toegang.measure.demo import DEMO_SETTINGS
    from toegang.measure.run import run_measurement
    from toegang.registry import Gemeente, make_registry

    sites = max(1, math.ceil(pages / SITE_PAGES))
    defs = []
    for s in range(sites):
        first = s * SITE_PAGES
        count = min(SITE_PAGES, pages - first)
        defs.append(SiteDef(f"bench{s}", f"Gemeente Bench {s}", _site_router(first, count, seed)))
    settings = {**DEMO_SETTINGS, "DOWNLOAD_DELAY": 0.0}
    with tempfile.TemporaryDirectory(prefix="toegang-bench-") as tmp, DemoWeb(defs, max_seconds=30.0) as web:
        codes = [f"GM98{s:02d}" for s in range(sites)]
        registry = make_registry(
            Gemeente(code, f"Bench {s}", "Demoland", web.base_url(f"bench{s}") + "/")
            for s, code in enumerate(codes)
        )
        specs = [
            SiteSpec(
                code,
                f"Gemeente Bench {s}",
                web.base_url(f"bench{s}") + "/",
                (web.netloc(f"bench{s}"),),
                (code,),
            )
            for s, code in enumerate(codes)
        ]
        started = time.perf_counter()
        with ChildPeaks() as children:
            run = run_measurement(
                registry,
                "all",
                Path(tmp) / "meting",
                law_date=law_date,
                sites=specs,
                settings_overrides=settings,
                allow_private=True,
                allowlist=[web.netloc(d.name) for d in defs],
                source="bench",
            )
        wall = time.perf_counter() - started
    fetched = run.crawl.pages_fetched
    print(
        f"crawl+audit: {fetched / wall:.1f} pages/s wall ({fetched} pages fetched from {sites} local sites, "
        f"{run.analysis.audited} audited; {wall:.2f} s wall, of which analysis {run.analysis.seconds:.2f} s)"
    )
    print(f"crawl+audit memory: peak rss {own_peak():.1f} MiB in this process; {children.describe()}")


def write_analysis_folder(folder: Path, pages: int, law_date: date, seed: int = 0) -> None:
    """A measurement folder as a crawl would leave it: one WARC, pages.jsonl, sites.jsonl, a manifest."""
    from toegang.crawl.warc import Exchange, WarcFile
    from toegang.measure.model import GemeenteInfo
    from toegang.measure.store import new_manifest, write_manifest

    sites = max(1, math.ceil(pages / SITE_PAGES))
    folder.mkdir(parents=True)
    warc = WarcFile(folder / "warc" / "bench-00001.warc.gz", fsync=False)
    now = datetime.now(UTC)
    rows: list[dict[str, Any]] = []
    try:
        for index in range(pages):
            page = generate_page(index, seed=seed)
            body = page.html.encode("utf-8")
            pointer = warc.write(
                Exchange(
                    url=page.url,
                    method="GET",
                    request_target="/",
                    request_headers=[("Host", "bench.example")],
                    status=200,
                    protocol="HTTP/1.1",
                    response_headers=[("Content-Type", "text/html; charset=utf-8")],
                    body=body,
                    fetched_at=now,
                )
            )
            site = f"GM98{index // SITE_PAGES:02d}"
            rows.append(
                {
                    "url": page.url,
                    "site": site,
                    "credits": [site],
                    "depth": 1,
                    "title": "Bijstand aanvragen",
                    "relevance": 0.9,
                    "candidate": True,
                    "status": 200,
                    "outcome": "ok",
                    "content_type": "text/html; charset=utf-8",
                    "sha256": f"{index:064x}",
                    "warc_file": f"warc/{pointer.file}",
                    "warc_offset": pointer.offset,
                    "seq": index % SITE_PAGES + 1,
                    "fetched_at": now.isoformat(),
                }
            )
    finally:
        warc.close()
    with open(folder / "pages.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)
    codes = [f"GM98{s:02d}" for s in range(sites)]
    with open(folder / "sites.jsonl", "w", encoding="utf-8") as handle:
        for code in codes:
            row = {
                "site": code,
                "name": code,
                "kind": "gemeente",
                "credits": [code],
                "status": "done",
                "reason": "complete",
            }
            handle.write(json.dumps(row) + "\n")
    infos = [GemeenteInfo(code, f"Bench {code}") for code in codes]
    write_manifest(
        folder,
        new_manifest(
            gemeenten=infos,
            law_date=law_date,
            measured_on=date.today(),
            profile="bijstand-aanvraag",
            source="bench",
            sites=sites,
        ),
    )


def bench_analysis(pages: int, law_date: date, seed: int = 0) -> None:
    """`analyse` over `pages` stored pages, all candidates; wall time against the 60 s target at 10,000."""
    from toegang.measure import analyse

    with tempfile.TemporaryDirectory(prefix="toegang-bench-") as tmp:
        folder = Path(tmp) / "meting"
        started = time.perf_counter()
        write_analysis_folder(folder, pages, law_date, seed)
        written = time.perf_counter() - started
        started = time.perf_counter()
        cpu_before = time.process_time()
        with ChildPeaks() as children:
            summary = analyse(folder)
        wall = time.perf_counter() - started
        cpu = time.process_time() - cpu_before + children.cpu_seconds
    scaled = wall * 10_000 / pages
    free = cpu / summary.workers * 10_000 / pages
    verdict = "within" if scaled < ANALYSIS_TARGET_SECONDS else "OVER"
    print(
        f"analysis: {pages / wall:.1f} pages/s wall over {summary.workers} processes ({pages} stored pages, "
        f"{summary.audited} audited, {len(summary.errors)} errors; {wall:.2f} s wall, {cpu:.1f} s cpu in all "
        f"processes; folder written in {written:.2f} s)"
    )
    label = "measured" if pages == 10_000 else f"scaled from {pages}"
    print(
        f"analysis of 10,000 pages: {scaled:.1f} s wall ({label}; target {ANALYSIS_TARGET_SECONDS:.0f} s: "
        f"{verdict}); cpu / {summary.workers} cores = {free:.1f} s if nothing else runs"
    )
    print(f"analysis memory: peak rss {own_peak():.1f} MiB in this process; {children.describe()}")
