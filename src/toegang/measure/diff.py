"""Compare two measurements per gemeente and rule: better, worse or unchanged (wrong < absent < present).

`not_applicable`, and a gemeente or rule that one of the two measurements lacks, cannot be put on that scale:
such a pair is `not_comparable` unless both sides are the same.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from toegang.i18n import _
from toegang.measure.aggregate import STATUS_RANK
from toegang.measure.model import GemeenteResult
from toegang.reports.exports import defuse_cell

Change = Literal["better", "worse", "unchanged", "not_comparable"]
CHANGES: tuple[Change, ...] = ("better", "worse", "unchanged", "not_comparable")
CSV_COLUMNS = ("code", "name", "rule", "before", "after", "change", "score_before", "score_after")


@dataclass(frozen=True, slots=True)
class RuleChange:
    rule: str
    before: str | None
    after: str | None
    change: Change


@dataclass(frozen=True, slots=True)
class GemeenteChange:
    code: str
    name: str
    score_before: float | None
    score_after: float | None
    rules: tuple[RuleChange, ...]

    def count(self, change: Change) -> int:
        return sum(1 for r in self.rules if r.change == change)


def change_of(before: str | None, after: str | None) -> Change:
    """The change from one status to another on the scale wrong < absent < present."""
    if before is not None and before == after:
        return "unchanged"
    if before is None or after is None or before not in STATUS_RANK or after not in STATUS_RANK:
        return "not_comparable"
    return "better" if STATUS_RANK[after] > STATUS_RANK[before] else "worse"


def _statuses(result: GemeenteResult | None) -> dict[str, str]:
    if result is None or not result.measured:
        return {}
    return {r.rule: r.status for r in result.rules}


def compare(before: Sequence[GemeenteResult], after: Sequence[GemeenteResult]) -> list[GemeenteChange]:
    """Per gemeente (in code order) and rule (in the order of the later measurement), what changed."""
    old = {r.code: r for r in before}
    new = {r.code: r for r in after}
    rule_order: dict[str, None] = {}
    for result in (*after, *before):
        for rule in result.rules:
            rule_order.setdefault(rule.rule, None)
    changes: list[GemeenteChange] = []
    for code in sorted(old.keys() | new.keys()):
        a, b = old.get(code), new.get(code)
        sa, sb = _statuses(a), _statuses(b)
        rules = tuple(
            RuleChange(rule, sa.get(rule), sb.get(rule), change_of(sa.get(rule), sb.get(rule)))
            for rule in rule_order
            if rule in sa or rule in sb
        )
        name = (b or a).name if (b or a) else code  # type: ignore[union-attr]
        changes.append(
            GemeenteChange(
                code=code,
                name=name,
                score_before=a.score if a and a.measured else None,
                score_after=b.score if b and b.measured else None,
                rules=rules,
            )
        )
    return changes


def totals(changes: Sequence[GemeenteChange]) -> dict[str, int]:
    counts = Counter(r.change for c in changes for r in c.rules)
    return {change: counts[change] for change in CHANGES}


def rows(changes: Sequence[GemeenteChange]) -> list[dict[str, Any]]:
    """One row per gemeente and rule."""
    return [
        {
            "code": c.code,
            "name": c.name,
            "rule": r.rule,
            "before": r.before or "",
            "after": r.after or "",
            "change": r.change,
            "score_before": c.score_before,
            "score_after": c.score_after,
        }
        for c in changes
        for r in c.rules
    ]


def _status_word(status: str | None) -> str:
    words = {
        "present": _("aanwezig"),
        "absent": _("ontbreekt"),
        "wrong": _("fout"),
        "not_applicable": _("niet van toepassing"),
    }
    return words.get(status or "", _("niet gemeten"))


def _change_word(change: Change) -> str:
    words = {
        "better": _("beter"),
        "worse": _("slechter"),
        "unchanged": _("gelijk"),
        "not_comparable": _("niet te vergelijken"),
    }
    return words[change]


def _score(value: float | None) -> str:
    return f"{value:.1f}".replace(".", ",") if value is not None else "–"


def format_diff(
    changes: Sequence[GemeenteChange], before_label: str, after_label: str, *, all_rules: bool = False
) -> str:
    """The comparison in Dutch for the terminal: per gemeente the score and every rule that changed."""
    counts = totals(changes)
    lines = [
        _("Vergelijking van {a} (eerst) met {b} (nu)").format(a=before_label, b=after_label),
        _(
            "Per gemeente en regel: {better} keer beter, {worse} keer slechter, {same} keer gelijk, "
            "{other} keer niet te vergelijken."
        ).format(
            better=counts["better"],
            worse=counts["worse"],
            same=counts["unchanged"],
            other=counts["not_comparable"],
        ),
    ]
    for change in changes:
        shown = [r for r in change.rules if all_rules or r.change != "unchanged"]
        lines.append("")
        lines.append(
            _("{code} {name}: score {a} → {b} ({better} beter, {worse} slechter)").format(
                code=change.code,
                name=change.name,
                a=_score(change.score_before),
                b=_score(change.score_after),
                better=change.count("better"),
                worse=change.count("worse"),
            )
        )
        if not shown:
            lines.append("   " + _("geen verandering"))
        for rule in shown:
            lines.append(
                f"   {rule.rule}: {_change_word(rule.change)} "
                f"({_status_word(rule.before)} → {_status_word(rule.after)})"
            )
    return "\n".join(lines)


def write_diff_csv(changes: Sequence[GemeenteChange], path: str | os.PathLike[str]) -> Path:
    """CSV with a byte order mark (Excel), every text cell defused against formula injection."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in rows(changes):
            writer.writerow({k: defuse_cell(v) if isinstance(v, str) else v for k, v in row.items()})
    return target


def diff_document(
    changes: Sequence[GemeenteChange], before: dict[str, Any], after: dict[str, Any]
) -> dict[str, Any]:
    """The JSON form: which measurements, the totals, and every gemeente with its rules."""
    return {
        "before": before,
        "after": after,
        "totals": totals(changes),
        "gemeenten": [
            {
                "code": c.code,
                "name": c.name,
                "score_before": c.score_before,
                "score_after": c.score_after,
                "rules": [
                    {"rule": r.rule, "before": r.before, "after": r.after, "change": r.change}
                    for r in c.rules
                ],
            }
            for c in changes
        ],
    }


def write_diff_json(document: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
