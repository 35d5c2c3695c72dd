"""Audit a JSON Lines file line by line. A bad line gets a Dutch error naming its line number and never stops
the others; the output has one object per input line, in the same order (the contract of architecture.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from toegang.audit.engine import DEFAULT_PROFILE, AuditInputError, audit_record
from toegang.audit.model import PageAudit
from toegang.i18n import _

MAX_LINE_BYTES = 20_000_000


@dataclass
class BatchResult:
    audits: list[PageAudit] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # Dutch, each naming its line
    lines: int = 0


def _parse(number: int, raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_LINE_BYTES:
        raise AuditInputError(
            _("Regel {n} is te groot ({mb} MB; maximaal {max} MB).").format(
                n=number, mb=len(raw) // 1_000_000, max=MAX_LINE_BYTES // 1_000_000
            )
        )
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise AuditInputError(
            _("Regel {n} is geen geldige UTF-8-tekst (teken {pos}). Sla het bestand op als UTF-8.").format(
                n=number, pos=exc.start + 1
            )
        ) from exc
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise AuditInputError(
            _("Regel {n} is geen geldige JSON ({why}, bij teken {pos}). Deze regel is overgeslagen.").format(
                n=number, why=exc.msg, pos=exc.pos + 1
            )
        ) from exc
    if not isinstance(record, dict):
        raise AuditInputError(
            _("Regel {n} is geen JSON-object. Deze regel is overgeslagen.").format(n=number)
        )
    return record


def audit_jsonl(
    source: Path,
    out: Path,
    *,
    law_date: date,
    profile: str = DEFAULT_PROFILE,
    progress: Callable[[int], None] | None = None,
) -> BatchResult:
    """Audit every line of `source` into `out`; returns the audits and the per-line errors."""
    result = BatchResult()
    out.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as handle, out.open("w", encoding="utf-8") as sink:
        for number, raw in enumerate(handle, start=1):
            result.lines = number
            if not raw.strip():
                continue
            try:
                record = _parse(number, raw)
                audit = audit_record(record, law_date=law_date, profile=profile)
            except AuditInputError as exc:
                message = str(exc)
                if not message.startswith(_("Regel")):
                    message = _("Regel {n}: {message}").format(n=number, message=message)
                result.errors.append(message)
                sink.write(json.dumps({"line": number, "error": message}, ensure_ascii=False) + "\n")
            else:
                result.audits.append(audit)
                row = audit.to_dict()
                row["line"] = number
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            if progress:
                progress(len(raw))
    return result
