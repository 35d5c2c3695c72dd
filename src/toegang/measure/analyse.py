"""Analysis of a crawled measurement: stored WARC → page texts → audit of the candidate pages → results.

Separate from crawling on purpose: `analyse(folder)` can run again at any time on the stored responses (a
new catalogue, a fixed recogniser) and gives the same files for the same input. The audit of many pages is
spread over the machine's cores; pages with the same bytes (sha256) are audited once.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from toegang.i18n import _
from toegang.measure.aggregate import gemeente_results, national_summary
from toegang.measure.links import link_targets
from toegang.measure.model import AuditedPage, rule_metas
from toegang.measure.store import (
    FINDINGS,
    GEMEENTEN_CSV,
    HANDOFFS,
    PAGES,
    RESULTS,
    STATE,
    SUMMARY,
    TEXTS,
    MeasurementError,
    iter_jsonl,
    manifest_gemeenten,
    read_manifest,
    results_document,
    site_outcomes,
    write_gemeenten_csv,
    write_json,
    write_jsonl,
    write_manifest,
)

# Below this many pages one process is faster than starting workers.
PARALLEL_FROM = 64
CHUNK = 16

# (key, warc path, offset, url, organisation, law date, profile, content type)
Task = tuple[str, str, int, str, str, str, str, str]
# (key, audit dict with the audited text under "text", or None; an error message or "")
Outcome = tuple[str, dict[str, Any] | None, str]


@dataclass(frozen=True, slots=True)
class AnalysisProgress:
    done: int
    total: int


@dataclass
class AnalysisSummary:
    folder: Path
    fetched: int = 0
    candidates: int = 0
    audited: int = 0
    unique: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    gemeenten: int = 0
    measured: int = 0
    workers: int = 1
    seconds: float = 0.0

    def counts(self) -> dict[str, Any]:
        """What goes into the manifest (no timings: a re-run must give the same files)."""
        return {
            "pages_fetched": self.fetched,
            "candidates": self.candidates,
            "pages_audited": self.audited,
            "skipped": dict(sorted(self.skipped.items())),
            "errors": len(self.errors),
            "gemeenten": self.gemeenten,
            "gemeenten_measured": self.measured,
        }


def _auditable(content_type: str | None) -> str | None:
    """'html' or 'text' for what the audit can read; None for PDFs, images and the like."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return "html"
    if kind == "text/plain":
        return "text"
    return None


def audit_task(task: Task) -> Outcome:
    """Read one stored response, extract its main text and audit it (runs in a worker process)."""
    from toegang.audit import AuditInputError, audit_html, audit_text
    from toegang.crawl.warc import read_response

    key, warc, offset, url, organisation, law_date, profile, kind = task
    try:
        body = read_response(Path(warc), offset).body
        common: dict[str, Any] = {
            "law_date": date.fromisoformat(law_date),
            "profile": profile,
            "page_id": key,
            "url": url,
            "organisation": organisation,
        }
        if kind == "html":
            audit = audit_html(body, **common)
        else:
            audit = audit_text(body.decode("utf-8", errors="replace"), **common)
    except (OSError, ValueError, AuditInputError) as exc:
        return key, None, _("Pagina {url} kon niet worden gelezen: {why}").format(url=url, why=exc)
    except Exception as exc:  # a broken record or parser error on one page must not stop a national run
        why = f"{type(exc).__name__}: {exc}"
        return key, None, _("Pagina {url} kon niet worden gelezen: {why}").format(url=url, why=why)
    data = audit.to_dict()
    data["text"] = audit.text
    return key, data, ""


def worker_count(requested: int | None = None) -> int:
    if requested is not None:
        return max(1, requested)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _run_tasks(
    tasks: Sequence[Task], workers: int, progress: Callable[[AnalysisProgress], None] | None
) -> Iterator[Outcome]:
    total = len(tasks)
    if progress:
        progress(AnalysisProgress(0, total))
    if workers <= 1 or total < PARALLEL_FROM:
        outcomes: Iterator[Outcome] = map(audit_task, tasks)
        for done, outcome in enumerate(outcomes, start=1):
            if progress:
                progress(AnalysisProgress(done, total))
            yield outcome
        return
    # forkserver, not fork: the caller may run threads (the demo web), which fork would copy mid-lock.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["toegang.measure.analyse", "toegang.audit", "toegang.crawl.warc"])
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            for outcome in pool.map(audit_task, tasks, chunksize=CHUNK):
                done += 1
                if progress:
                    progress(AnalysisProgress(done, total))
                yield outcome
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish the rest here rather than lose the whole analysis.
        for task in tasks[done:]:
            done += 1
            if progress:
                progress(AnalysisProgress(done, total))
            yield audit_task(task)


def analyse(
    folder: Path | str,
    *,
    law_date: date | None = None,
    workers: int | None = None,
    progress: Callable[[AnalysisProgress], None] | None = None,
) -> AnalysisSummary:
    """(Re)analyse a crawled measurement folder and (re)write its texts, findings and results.

    The law date and profile come from the manifest unless `law_date` is given (then the manifest records
    the new one).
    """
    started = time.perf_counter()
    folder = Path(folder)
    manifest = read_manifest(folder)
    if not (folder / PAGES).exists():
        raise MeasurementError(
            _(
                "In {path} staat geen crawl (pages.jsonl ontbreekt). Meet eerst met: toegang meting run"
            ).format(path=folder)
        )
    if law_date is not None:
        manifest["law_date"] = law_date.isoformat()
    law = str(manifest["law_date"])
    profile = str(manifest.get("profile") or "bijstand-aanvraag")
    summary = AnalysisSummary(folder=folder, workers=worker_count(workers))

    sites = site_outcomes(folder)
    kinds = {s.site: s.kind for s in sites}
    names = {s.site: s.name for s in sites}
    candidates: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for row in iter_jsonl(folder / PAGES):
        summary.fetched += 1
        if not row.get("candidate"):
            continue
        summary.candidates += 1
        if row.get("outcome") != "ok" or not row.get("warc_file") or row.get("warc_offset") is None:
            skipped["not_fetched"] += 1
        elif _auditable(row.get("content_type")) is None:
            skipped["not_html"] += 1
        else:
            candidates.append(row)
    summary.skipped = dict(skipped)

    # One task per distinct body: identical pages (the same bytes at two addresses) are audited once.
    tasks: dict[str, Task] = {}
    key_of: list[str] = []
    for row in candidates:
        key = str(row.get("sha256") or f"{row['site']}/{row['seq']}")
        key_of.append(key)
        if key not in tasks:
            tasks[key] = (
                key,
                str(folder / str(row["warc_file"])),
                int(row["warc_offset"]),
                str(row["url"]),
                names.get(str(row["site"]), str(row["site"])),
                law,
                profile,
                _auditable(row.get("content_type")) or "html",
            )
    summary.unique = len(tasks)
    audits: dict[str, dict[str, Any]] = {}
    for key, data, error in _run_tasks(list(tasks.values()), summary.workers, progress):
        if data is None:
            summary.errors.append(error)
        else:
            audits[key] = data

    page_ids = [f"{row['site']}/{row['seq']}" for row in candidates]
    links = link_targets(
        folder / STATE,
        [(pid, str(row["site"]), str(row["url"])) for pid, row in zip(page_ids, candidates, strict=True)],
        iter_jsonl(folder / HANDOFFS),
    )
    pages: list[AuditedPage] = []
    texts: list[dict[str, Any]] = []
    for page_id, key, row in zip(page_ids, key_of, candidates, strict=True):
        data = audits.get(key)
        if data is None:
            continue
        page = AuditedPage.from_dict(
            {
                **data,
                "id": page_id,
                "url": row["url"],
                "organisation": names.get(str(row["site"]), ""),
                "site": row["site"],
                "site_kind": kinds.get(str(row["site"]), "gemeente"),
                "gemeenten": row.get("credits") or [],
                "title": row.get("title") or "",
                "depth": row.get("depth"),
                "relevance": row.get("relevance"),
                "links_to": links.get(page_id, ()),
                "sha256": row.get("sha256") or "",
                "fetched_at": row.get("fetched_at") or "",
            }
        )
        pages.append(page)
        texts.append(
            {"id": page_id, "site": page.site, "url": page.url, "sha256": page.sha256, "text": data["text"]}
        )
    summary.audited = len(pages)
    write_jsonl(folder / TEXTS, texts)
    write_jsonl(folder / FINDINGS, (p.to_dict() for p in pages))

    from toegang.rules import load_catalogue

    rules = rule_metas(load_catalogue().rules(profile, date.fromisoformat(law)))
    gemeenten = manifest_gemeenten(manifest)
    results = gemeente_results(gemeenten, pages, rules, sites)
    national = national_summary(results, rules)
    summary.gemeenten = len(results)
    summary.measured = sum(1 for r in results if r.measured)
    write_json(folder / RESULTS, results_document(manifest, rules, results))
    write_json(
        folder / SUMMARY,
        {
            "measurement": manifest.get("id", ""),
            "measured_on": manifest.get("measured_on", ""),
            "law_date": law,
            "profile": profile,
            "analysis": {**summary.counts(), "errors": summary.errors},
            **national,
        },
    )
    write_gemeenten_csv(results, rules, {p.id: p for p in pages}, folder / GEMEENTEN_CSV)
    manifest["analysis"] = summary.counts()
    manifest["status"] = "analysed"
    write_manifest(folder, manifest)
    summary.seconds = time.perf_counter() - started
    return summary
