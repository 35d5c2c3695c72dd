"""Import a measurement folder (see toegang.measure.store) into the database, once.

The folder is read with `toegang.measure.store.load_measurement`: manifest.json, results.json (rules in report
order and gemeente results), summary.json, findings.jsonl (audited pages) and texts.jsonl (page texts, for
quotes in context). What the pages would otherwise work out for every visitor is derived here, once: the
national map (monitor.maps) and each rule result's quotes in their page context (monitor.quotes).

Importing is keyed on the manifest id: the same folder twice changes nothing; a folder whose results differ
from an already imported one with the same id is refused unless `replace=True`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.db import transaction

from toegang.i18n import _
from toegang.measure.aggregate import national_summary
from toegang.measure.model import AuditedPage, GemeenteResult
from toegang.measure.store import FINDINGS, RESULTS, TEXTS, MeasurementError, load_measurement
from toegang.web.core.pagecache import forget_stamp
from toegang.web.monitor import models as m
from toegang.web.monitor.maps import draw_map
from toegang.web.monitor.quotes import quotes_in_context


class MeasurementImportError(Exception):
    """The folder cannot be imported; the message is Dutch and says what to do."""


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    measurement: m.Measurement
    created: bool
    pages: int
    gemeenten: int


def _day(value: Any) -> date | None:
    if not value:
        return None
    text = str(value)
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            return None


def content_hash(folder: Path) -> str:
    """A hash of the analysis files, to tell a re-import from a changed folder (the manifest's status may
    change without the results changing, so it is left out)."""
    digest = hashlib.sha256()
    for name in (RESULTS, FINDINGS, TEXTS):
        path = folder / name
        if path.exists():
            digest.update(name.encode())
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


def import_measurement(folder: Path, *, replace: bool = False) -> ImportOutcome:
    """Import `folder`; a no-op when a measurement with the same manifest id and content exists."""
    folder = Path(folder)
    try:
        loaded = load_measurement(folder)
    except MeasurementError as exc:
        raise MeasurementImportError(str(exc)) from exc
    ident = str(loaded.manifest.get("id") or "").strip()
    if not ident:
        raise MeasurementImportError(
            _("manifest.json heeft geen 'id'. Zonder id kan de meting niet veilig worden geïmporteerd.")
        )
    fingerprint = content_hash(folder)
    existing = m.Measurement.objects.filter(ident=ident).first()
    if existing is not None:
        if existing.content_hash == fingerprint:
            return ImportOutcome(existing, False, existing.pages.count(), existing.gemeenten_count)
        if not replace:
            raise MeasurementImportError(
                _(
                    "Meting {ident} is al geïmporteerd, maar de bestanden zijn veranderd. Gebruik --vervang "
                    "om de oude versie te vervangen."
                ).format(ident=ident)
            )
    try:
        results = list(loaded.results)
        pages = list(loaded.pages().values())
        texts = loaded.texts()
    except (MeasurementError, KeyError, TypeError, ValueError) as exc:
        raise MeasurementImportError(
            _("De meting in {folder} kan niet worden gelezen: {error}").format(folder=folder, error=exc)
        ) from exc
    summary = loaded.summary or national_summary(results, list(loaded.rules))
    law_date = _day(loaded.manifest.get("law_date"))
    measured_on = _day(loaded.manifest.get("measured_on")) or _day(loaded.manifest.get("created")) or law_date
    if measured_on is None or law_date is None:
        raise MeasurementImportError(_("manifest.json noemt geen datum van de meting."))

    with transaction.atomic():
        if existing is not None:
            existing.delete()
        measurement = m.Measurement.objects.create(
            ident=ident,
            title=str(loaded.manifest.get("title") or ""),
            measured_on=measured_on,
            law_date=law_date,
            profile=str(loaded.manifest.get("profile") or "bijstand-aanvraag"),
            content_hash=fingerprint,
            manifest={k: v for k, v in loaded.manifest.items() if k != "gemeenten"},
            summary=dict(summary),
            gemeenten_count=len(results),
            measured_count=sum(1 for r in results if r.measured),
            mean_score=summary.get("mean_score"),
            map_html=draw_map({r.code: (r.score if r.measured else None) for r in results}),
        )
        gemeenten = _upsert_gemeenten(results)
        page_rows = _create_pages(measurement, pages, texts, gemeenten)
        _create_results(measurement, results, gemeenten, page_rows)
    forget_stamp()
    return ImportOutcome(measurement, True, len(pages), len(results))


def _upsert_gemeenten(results: list[GemeenteResult]) -> dict[str, m.Gemeente]:
    known = {g.code: g for g in m.Gemeente.objects.filter(code__in=[r.code for r in results])}
    for result in results:
        gemeente = known.get(result.code)
        fields = {
            "name": result.name,
            "province": result.province,
            "executing_org": result.executing_org or "",
        }
        if gemeente is None:
            gemeente = m.Gemeente(code=result.code, **fields)
            gemeente.save()
            known[result.code] = gemeente
        elif any(getattr(gemeente, k) != v for k, v in fields.items()):
            for key, value in fields.items():
                setattr(gemeente, key, value)
            gemeente.save()
    return known


def _create_pages(
    measurement: m.Measurement,
    pages: list[AuditedPage],
    texts: Mapping[str, str],
    gemeenten: Mapping[str, m.Gemeente],
) -> dict[str, m.Page]:
    rows = m.Page.objects.bulk_create(
        [
            m.Page(
                measurement=measurement,
                page_id=page.id,
                url=page.url[:2000],
                title=page.title[:500],
                site=page.site[:200],
                site_kind=page.site_kind[:40],
                score=page.score,
                verdict=page.verdict[:40],
                text=texts.get(page.id, ""),
            )
            for page in pages
        ],
        batch_size=500,
    )
    if rows and rows[0].pk is None:  # backends that do not return ids from bulk inserts
        rows = list(m.Page.objects.filter(measurement=measurement))
    by_id = {row.page_id: row for row in rows}
    through = m.Page.gemeenten.through
    links = [
        through(page_id=by_id[page.id].pk, gemeente_id=gemeenten[code].pk)
        for page in pages
        for code in dict.fromkeys(page.gemeenten)
        if code in gemeenten
    ]
    through.objects.bulk_create(links, batch_size=1000)
    m.Finding.objects.bulk_create(
        [
            m.Finding(
                page=by_id[page.id],
                rule=finding.rule,
                status=finding.status,
                impact=finding.impact,
                evidence=[e.to_dict() for e in finding.evidence],
                message=finding.message,
            )
            for page in pages
            for finding in page.findings
        ],
        batch_size=1000,
    )
    return by_id


def _create_results(
    measurement: m.Measurement,
    results: list[GemeenteResult],
    gemeenten: Mapping[str, m.Gemeente],
    pages: Mapping[str, m.Page],
) -> None:
    rows = m.GemeenteResult.objects.bulk_create(
        [
            m.GemeenteResult(
                measurement=measurement,
                gemeente=gemeenten[result.code],
                name=result.name,
                measured=result.measured,
                reason=result.reason[:60],
                score=result.score,
                rank=result.rank,
                verdict=result.verdict[:40],
                placement=result.placement,
                wrong_count=result.count("wrong"),
                absent_count=result.count("absent"),
                present_count=result.count("present"),
                main_page_url=(pages[result.main_page].url if result.main_page in pages else ""),
                shared_with=list(result.shared_with),
            )
            for result in results
        ],
        batch_size=500,
    )
    if rows and rows[0].pk is None:
        by_code = {
            r.gemeente.code: r
            for r in m.GemeenteResult.objects.filter(measurement=measurement).select_related("gemeente")
        }
        rows = [by_code[result.code] for result in results]
    m.GemeenteRuleResult.objects.bulk_create(
        [
            m.GemeenteRuleResult(
                result=row,
                rule=rule.rule,
                position=position,
                impact=rule.impact,
                status=rule.status,
                page=pages.get(rule.page) if rule.page else None,
                url=rule.url[:2000],
                evidence=[e.to_dict() for e in rule.evidence],
                message=rule.message,
                fix=rule.fix,
                elsewhere_url=(pages[rule.elsewhere].url if rule.elsewhere in pages else ""),
                quotes=quotes_in_context(
                    (e.to_dict() for e in rule.evidence), pages[rule.page].text if rule.page in pages else ""
                ),
            )
            for row, result in zip(rows, results, strict=True)
            for position, rule in enumerate(result.rules)
        ],
        batch_size=1000,
    )
