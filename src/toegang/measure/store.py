"""The files of a measurement folder: names, the manifest, and reading/writing results.

A measurement is one folder. The crawler's files (state.sqlite, warc/, pages.jsonl, sites.jsonl,
handoffs.jsonl) sit beside the analysis files written here (texts.jsonl, findings.jsonl, results.json,
summary.json, gemeenten.csv) and the manifest that says what was measured, when, on which law and with which
catalogue. Writes are atomic (a temporary file, then a rename), so a folder never holds half a file.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from toegang import __version__
from toegang.i18n import _
from toegang.measure.model import AuditedPage, GemeenteInfo, GemeenteResult, RuleMeta, SiteOutcome
from toegang.reports.exports import defuse_cell

MANIFEST = "manifest.json"
TEXTS = "texts.jsonl"
FINDINGS = "findings.jsonl"
RESULTS = "results.json"
SUMMARY = "summary.json"
GEMEENTEN_CSV = "gemeenten.csv"
REPORT_DIR = "rapport"
PAGES = "pages.jsonl"
SITES = "sites.jsonl"
HANDOFFS = "handoffs.jsonl"
STATE = "state.sqlite"

MANIFEST_VERSION = 1


class MeasurementError(RuntimeError):
    """A measurement folder that cannot be used; the message is Dutch because users see it."""


# --- small file helpers ------------------------------------------------------------------------------------


def atomic_write_text(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)
    return path


def write_json(path: Path, data: Any) -> Path:
    return atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise MeasurementError(_("Het bestand {path} ontbreekt.").format(path=path)) from exc
    except json.JSONDecodeError as exc:
        raise MeasurementError(
            _("Het bestand {path} is geen geldige JSON (regel {line}).").format(path=path, line=exc.lineno)
        ) from exc


def write_jsonl(path: Path, rows: Iterable[Mapping[str, Any]]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    count = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    os.replace(tmp, path)
    return count


def iter_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise MeasurementError(
                    _("Regel {n} van {path} is geen geldige JSON.").format(n=number, path=path)
                ) from exc


# --- the manifest ------------------------------------------------------------------------------------------


def catalogue_hash(root: Path | None) -> str:
    """SHA-256 over every catalogue file (path and bytes): two measurements with the same hash used the same
    rules."""
    digest = hashlib.sha256()
    if root is None or not root.is_dir():
        return ""
    for path in sorted(p for p in root.rglob("*.yaml") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def new_manifest(
    *,
    gemeenten: Sequence[GemeenteInfo],
    law_date: date,
    measured_on: date,
    profile: str,
    source: str,
    sites: int,
    created: datetime | None = None,
) -> dict[str, Any]:
    """The manifest of a new measurement: what, when, on which law and catalogue, by which tool version."""
    from toegang.rules import load_catalogue

    catalogue = load_catalogue()
    now = created or datetime.now(UTC)
    return {
        "manifest_version": MANIFEST_VERSION,
        "id": f"meting-{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}",
        "created": now.isoformat(timespec="seconds"),
        "measured_on": measured_on.isoformat(),
        "law_date": law_date.isoformat(),
        "profile": profile,
        "source": source,
        "catalogue": {
            "sha256": catalogue_hash(catalogue.root),
            "rules": len(catalogue.rules(profile, law_date)),
        },
        "tool": {"name": "toegang", "version": __version__},
        "gemeenten": [g.to_dict() for g in gemeenten],
        "counts": {"gemeenten": len(gemeenten), "sites": sites},
        "status": "new",
    }


def read_manifest(folder: Path) -> dict[str, Any]:
    path = Path(folder) / MANIFEST
    if not path.exists():
        raise MeasurementError(
            _("In {path} staat geen meting (manifest.json ontbreekt).").format(path=Path(folder))
        )
    data = read_json(path)
    if not isinstance(data, dict) or "gemeenten" not in data or "law_date" not in data:
        raise MeasurementError(_("{path} is geen geldig manifest van een meting.").format(path=path))
    return data


def write_manifest(folder: Path, manifest: Mapping[str, Any]) -> Path:
    return write_json(Path(folder) / MANIFEST, manifest)


def manifest_gemeenten(manifest: Mapping[str, Any]) -> list[GemeenteInfo]:
    return [GemeenteInfo.from_dict(g) for g in manifest.get("gemeenten") or ()]


# --- results -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Measurement:
    """A measurement folder as read back: manifest, rules, gemeente results (ranked) and the summary."""

    folder: Path
    manifest: dict[str, Any]
    rules: tuple[RuleMeta, ...]
    results: tuple[GemeenteResult, ...]
    summary: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.manifest.get("id", self.folder.name))

    @property
    def law_date(self) -> str:
        return str(self.manifest.get("law_date", ""))

    @property
    def measured_on(self) -> str:
        return str(self.manifest.get("measured_on", ""))

    def result(self, code: str) -> GemeenteResult | None:
        return next((r for r in self.results if r.code == code), None)

    def pages(self) -> dict[str, AuditedPage]:
        """Every audited page by id (read on demand: findings.jsonl can be large)."""
        return {p.id: p for p in (AuditedPage.from_dict(row) for row in iter_jsonl(self.folder / FINDINGS))}

    def texts(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Page texts by id; only the ids asked for, when given."""
        wanted = set(ids) if ids is not None else None
        return {
            str(row["id"]): str(row.get("text", ""))
            for row in iter_jsonl(self.folder / TEXTS)
            if wanted is None or row.get("id") in wanted
        }

    def describe(self) -> dict[str, Any]:
        """Who this measurement is, for diff output."""
        return {
            "id": self.id,
            "folder": str(self.folder),
            "measured_on": self.measured_on,
            "law_date": self.law_date,
            "catalogue": self.manifest.get("catalogue", {}).get("sha256", ""),
        }


def results_document(
    manifest: Mapping[str, Any], rules: Sequence[RuleMeta], results: Sequence[GemeenteResult]
) -> dict[str, Any]:
    return {
        "measurement": manifest.get("id", ""),
        "law_date": manifest.get("law_date", ""),
        "profile": manifest.get("profile", ""),
        "rules": [{"id": r.id, "impact": r.impact} for r in rules],
        "gemeenten": [r.to_dict() for r in results],
    }


def load_measurement(folder: Path | str) -> Measurement:
    """Read an analysed measurement folder; a Dutch MeasurementError says what is missing."""
    path = Path(folder)
    if not path.is_dir():
        raise MeasurementError(_("De map {path} bestaat niet.").format(path=path))
    manifest = read_manifest(path)
    if not (path / RESULTS).exists():
        raise MeasurementError(
            _("In {path} staan nog geen resultaten. Maak ze met: toegang meting analyse {path}").format(
                path=path
            )
        )
    document = read_json(path / RESULTS)
    rules = tuple(RuleMeta(str(r["id"]), str(r.get("impact", ""))) for r in document.get("rules") or ())
    results = tuple(GemeenteResult.from_dict(r) for r in document.get("gemeenten") or ())
    summary = read_json(path / SUMMARY) if (path / SUMMARY).exists() else {}
    return Measurement(path, manifest, rules, results, summary)


GEMEENTEN_COLUMNS = (
    "rank",
    "code",
    "name",
    "province",
    "executing_org",
    "measured",
    "reason",
    "score",
    "verdict",
    "wrong",
    "absent",
    "present",
    "voorschot_placement",
    "main_url",
)


def write_gemeenten_csv(
    results: Sequence[GemeenteResult], rules: Sequence[RuleMeta], pages: Mapping[str, AuditedPage], path: Path
) -> Path:
    """One row per gemeente with its status on each rule (columns named by rule id). UTF-8 with BOM for Excel;
    every text cell defused against formula injection (names and URLs come from outside)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*GEMEENTEN_COLUMNS, *(r.id for r in rules)])
        for result in results:
            main = pages.get(result.main_page) if result.main_page else None
            statuses = {r.rule: r.status for r in result.rules}
            row: list[Any] = [
                result.rank if result.rank is not None else "",
                result.code,
                result.name,
                result.province,
                result.executing_org or "",
                "ja" if result.measured else "nee",
                result.reason,
                result.score if result.score is not None else "",
                result.verdict,
                result.count("wrong"),
                result.count("absent"),
                result.count("present"),
                result.placement,
                main.url if main else "",
                *(statuses.get(r.id, "") for r in rules),
            ]
            writer.writerow([defuse_cell(v) if isinstance(v, str) else v for v in row])
    os.replace(tmp, path)
    return path


def site_outcomes(folder: Path) -> list[SiteOutcome]:
    return [SiteOutcome.from_dict(row) for row in iter_jsonl(Path(folder) / SITES)]
