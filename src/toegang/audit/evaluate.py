"""Evaluation of the page audit against hand labels (shared/corpus/pages/*.jsonl): per-rule and overall
precision, recall and F1 per status, the confusion matrix, and throughput. The printout is a contract: later work
is compared with it, so keep its shape stable.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from toegang.audit.engine import audit_record
from toegang.audit.model import STATUSES

TARGETS = {"mean_rule_accuracy": 0.92, "present_f1": 0.88, "wrong_precision": 0.92, "wrong_recall": 0.75}


@dataclass
class PageEvaluation:
    rules: list[str]
    pairs: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )  # rule → (gold, got)
    pages: int = 0
    seconds: float = 0.0
    misses: list[dict[str, Any]] = field(default_factory=list)


def evaluate_pages(rows: Iterable[dict[str, Any]], *, law_date: date) -> PageEvaluation:
    rows = list(rows)
    started = time.perf_counter()
    audits = [audit_record(row, law_date=law_date, readability=False) for row in rows]
    seconds = time.perf_counter() - started
    rules = [f.rule for f in audits[0].findings] if audits else []
    result = PageEvaluation(rules=rules, pages=len(rows), seconds=seconds)
    for row, audit in zip(rows, audits, strict=True):
        for finding in audit.findings:
            gold = row["gold"].get(finding.rule, {}).get("status", "absent")
            result.pairs[finding.rule].append((gold, finding.status))
            if gold != finding.status:
                result.misses.append(
                    {
                        "id": row.get("id"),
                        "rule": finding.rule,
                        "gold": gold,
                        "got": finding.status,
                        "gold_quote": row["gold"].get(finding.rule, {}).get("quote", ""),
                        "evidence": [e.quote for e in finding.evidence],
                    }
                )
    return result


def prf(
    pairs: Sequence[tuple[str, str]], status: str
) -> tuple[float | None, float | None, float | None, int]:
    """Precision, recall, F1 of one status (None where undefined) and its gold support."""
    tp = sum(1 for gold, got in pairs if gold == status and got == status)
    predicted = sum(1 for _, got in pairs if got == status)
    support = sum(1 for gold, _ in pairs if gold == status)
    precision = tp / predicted if predicted else None
    recall = tp / support if support else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1, support


def accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    return sum(1 for gold, got in pairs if gold == got) / len(pairs) if pairs else 0.0


def summary(result: PageEvaluation) -> dict[str, float | None]:
    everything = [pair for rule in result.rules for pair in result.pairs[rule]]
    per_rule = [accuracy(result.pairs[rule]) for rule in result.rules]
    present = prf(everything, "present")
    wrong = prf(everything, "wrong")
    return {
        "mean_rule_accuracy": sum(per_rule) / len(per_rule) if per_rule else 0.0,
        "accuracy": accuracy(everything),
        "present_f1": present[2],
        "wrong_precision": wrong[0],
        "wrong_recall": wrong[1],
        "all_absent_accuracy": accuracy([(gold, "absent") for gold, _ in everything]),
        "pages_per_second": result.pages / result.seconds if result.seconds else None,
    }


def _fmt(value: float | None) -> str:
    return "   - " if value is None else f"{value:5.2f}"


def format_page_evaluation(result: PageEvaluation, *, source: str, law_date: date) -> str:
    lines = [f"PAGES  {source}  ({result.pages} pages, law date {law_date.isoformat()})", ""]
    header = f"{'rule':24} {'acc':>5}  " + "  ".join(f"{s[:7]:>7} P     R     F1 " for s in STATUSES[:3])
    lines.append(header)
    for rule in [*result.rules, "ALL"]:
        pairs = [p for r in result.rules for p in result.pairs[r]] if rule == "ALL" else result.pairs[rule]
        cells = []
        for status in STATUSES[:3]:
            precision, recall, f1, support = prf(pairs, status)
            cells.append(f"{support:4d} {_fmt(precision)} {_fmt(recall)} {_fmt(f1)}")
        lines.append(f"{rule:24} {accuracy(pairs):5.3f}  " + "  ".join(cells))
    lines.append("")
    lines.append("confusion (rows: gold, columns: audit)")
    everything = [p for r in result.rules for p in result.pairs[r]]
    counts = Counter(everything)
    lines.append(f"{'':16}" + "".join(f"{s:>16}" for s in STATUSES))
    for gold in STATUSES:
        lines.append(f"{gold:16}" + "".join(f"{counts[(gold, got)]:16d}" for got in STATUSES))
    lines.append("")
    figures = summary(result)
    for key, target in TARGETS.items():
        value = figures[key]
        mark = "ok" if value is not None and value >= target else "BELOW TARGET"
        lines.append(f"{key:24} {_fmt(value)}   (target >= {target:.2f})  {mark}")
    lines.append(f"{'all_absent_accuracy':24} {_fmt(figures['all_absent_accuracy'])}   (baseline)")
    speed = figures["pages_per_second"]
    lines.append(f"{'pages_per_second':24} {speed:8.1f}" if speed else "pages_per_second         -")
    return "\n".join(lines)


def format_misses(result: PageEvaluation, rule: str | None = None) -> str:
    """The pages where audit and gold disagree, for developers tuning a recogniser (prints corpus text)."""
    out = []
    for miss in result.misses:
        if rule and miss["rule"] != rule:
            continue
        out.append(
            f"{miss['id']} {miss['rule']}: gold={miss['gold']} got={miss['got']}\n"
            f"    gold quote: {miss['gold_quote'][:200]!r}\n    evidence:   {[q[:200] for q in miss['evidence']]!r}"
        )
    return "\n".join(out)


def read_labelled_pages(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
