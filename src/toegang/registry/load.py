"""Read the registry CSV files. Pure parsing; the only I/O is opening the file that is asked for."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path

from toegang.i18n import _
from toegang.registry.model import ExecutingOrg, Gemeente, Registry, RegistryError, make_registry

REQUIRED_COLUMNS = ("cbs_code", "name", "province", "website")
PACKAGED_GEMEENTEN = "gemeenten.csv"
PACKAGED_ORGS = "executing_orgs.csv"


def _packaged_text(name: str) -> str:
    return resources.files("toegang").joinpath("data", name).read_text(encoding="utf-8")


def _parse_date(value: str, where: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise RegistryError(
            _("{where}: datum {value} is ongeldig; gebruik JJJJ-MM-DD.").format(where=where, value=value)
        ) from exc


def parse_gemeenten(text: str, origin: str = "gemeenten.csv") -> list[Gemeente]:
    """Parse the gemeenten CSV (columns of shared/gemeenten/README.md; `valid_to` optional)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError(
            _("{origin}: kolommen ontbreken: {columns}.").format(origin=origin, columns=", ".join(missing))
        )
    rows: list[Gemeente] = []
    for line_no, row in enumerate(reader, start=2):
        where = f"{origin}:{line_no}"
        code = (row.get("cbs_code") or "").strip()
        website = (row.get("website") or "").strip()
        if not code or not (row.get("name") or "").strip():
            raise RegistryError(_("{where}: code of naam ontbreekt.").format(where=where))
        if not website:
            raise RegistryError(_("{where}: website ontbreekt.").format(where=where))
        try:
            rows.append(
                Gemeente(
                    code=code,
                    name=row["name"].strip(),
                    province=(row.get("province") or "").strip(),
                    website=website,
                    executing_org=(row.get("executing_org") or "").strip() or None,
                    valid_from=_parse_date(row.get("valid_from") or "", where),
                    valid_to=_parse_date(row.get("valid_to") or "", where),
                    source=(row.get("source") or "").strip(),
                )
            )
        except RegistryError as exc:
            raise RegistryError(f"{where}: {exc}") from exc
    return rows


def parse_orgs(text: str) -> list[ExecutingOrg]:
    """Parse executing_orgs.csv: name, website (may be blank), source."""
    return [
        ExecutingOrg(
            name=row["name"].strip(),
            website=(row.get("website") or "").strip() or None,
            source=(row.get("source") or "").strip(),
        )
        for row in csv.DictReader(io.StringIO(text))
        if (row.get("name") or "").strip()
    ]


def load_registry(path: Path | str | None = None, orgs_path: Path | str | None = None) -> Registry:
    """Load the packaged registry, or the CSV at `path` (the `--registry` override).

    The executing organisations' websites come from the packaged list unless `orgs_path` is given; a
    registry override does not need its own list.
    """
    if path is None:
        text, origin = _packaged_text(PACKAGED_GEMEENTEN), PACKAGED_GEMEENTEN
    else:
        p = Path(path)
        try:
            text, origin = p.read_text(encoding="utf-8"), str(p)
        except OSError as exc:
            raise RegistryError(_("Kan het register niet lezen: {path}.").format(path=p)) from exc
    orgs_text = Path(orgs_path).read_text(encoding="utf-8") if orgs_path else _packaged_text(PACKAGED_ORGS)
    return make_registry(parse_gemeenten(text, origin), parse_orgs(orgs_text))


def to_rows(gemeenten: Iterable[Gemeente]) -> list[dict[str, str]]:
    """Plain dicts for JSON or CSV output."""
    return [
        {
            "code": g.code,
            "name": g.name,
            "province": g.province,
            "website": g.website,
            "executing_org": g.executing_org or "",
            "valid_from": g.valid_from.isoformat() if g.valid_from else "",
            "valid_to": g.valid_to.isoformat() if g.valid_to else "",
        }
        for g in gemeenten
    ]
