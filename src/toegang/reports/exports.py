"""Machine-readable exports of page audits: CSV for spreadsheets, JSON summary, JSON Lines for other tools.

Page text is untrusted input. The CSV is opened in spreadsheets, which run cells that start with a formula
character, so those cells are defused (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from toegang.audit.model import STATUSES, PageAudit

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "url",
    "organisation",
    "law_date",
    "rule",
    "status",
    "impact",
    "quote",
    "start",
    "end",
    "message",
)

# A cell starting with one of these is read as a formula by Excel, LibreOffice or Google Sheets.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def defuse_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet would run as a formula; other text is returned unchanged."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _prepare(path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def findings_rows(audits: Iterable[PageAudit]) -> Iterable[dict[str, str | int]]:
    """One row per page and rule. A finding with several quotes gives the first; the JSONL export has all."""
    for audit in audits:
        for finding in audit.findings:
            first = finding.evidence[0] if finding.evidence else None
            yield {
                "id": audit.id,
                "url": audit.url,
                "organisation": audit.organisation,
                "law_date": audit.law_date,
                "rule": finding.rule,
                "status": finding.status,
                "impact": finding.impact,
                "quote": first.quote if first else "",
                "start": first.start if first else "",
                "end": first.end if first else "",
                "message": finding.message,
            }


def write_findings_csv(
    audits: Iterable[PageAudit], path: str | os.PathLike[str], *, bom: bool = True
) -> Path:
    """Write findings as CSV (comma, UTF-8). The byte order mark lets Excel show ë and é correctly."""
    target = _prepare(path)
    with target.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in findings_rows(audits):
            writer.writerow({k: defuse_cell(v) if isinstance(v, str) else v for k, v in row.items()})
    return target


def summary(audits: Sequence[PageAudit]) -> dict[str, Any]:
    """Counts per rule and status (rules in the order the audit reports them) and the score of every page."""
    per_rule: dict[str, Counter[str]] = {}
    for audit in audits:
        for finding in audit.findings:
            per_rule.setdefault(finding.rule, Counter())[finding.status] += 1
    scores = [a.score for a in audits]
    return {
        "pages": len(audits),
        "mean_score": round(sum(scores) / len(scores), 2) if scores else None,
        "law_dates": sorted({a.law_date for a in audits}),
        "rules": {rule: {s: counts[s] for s in STATUSES} for rule, counts in per_rule.items()},
        "page_scores": [
            {
                "id": a.id,
                "url": a.url,
                "organisation": a.organisation,
                "law_date": a.law_date,
                "score": a.score,
                "verdict": a.verdict,
                "counts": {s: sum(1 for f in a.findings if f.status == s) for s in STATUSES},
            }
            for a in audits
        ],
    }


def write_summary_json(audits: Sequence[PageAudit], path: str | os.PathLike[str]) -> Path:
    target = _prepare(path)
    target.write_text(json.dumps(summary(audits), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def write_findings_jsonl(audits: Iterable[PageAudit], path: str | os.PathLike[str]) -> Path:
    """One PageAudit.to_dict() per line: the audit output contract of the architecture."""
    target = _prepare(path)
    with target.open("w", encoding="utf-8", newline="\n") as handle:
        for audit in audits:
            handle.write(json.dumps(audit.to_dict(), ensure_ascii=False) + "\n")
    return target
