"""Letter figures for `make eval` on the corpus in shared/corpus/letters (see shared/domain/letters.md).

- pairs: the share of before/after rewrites where the rewrite scores easier than the original. The main figure
  uses the plain-language score (Flesch-Douma minus officialese and passives, see check.plain_score); the
  Flesch-Douma score alone is printed beside it. Where the original reads as threatening, the share of
  rewrites
  that no longer do is printed too.
- tone: accuracy of "threatening or not" against the source's label (dreigend / vriendelijk).
- wordlist: the share of officialese words from style guides that the word list flags.

Only the measurement lives here; the corpus text is read at run time and never stored.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from toegang.i18n import _
from toegang.letters.check import plain_score
from toegang.letters.officialese import find_officialese
from toegang.letters.tone import analyse_tone
from toegang.text.readability import readability


def _letters_dir(corpus_dir: Path) -> Path:
    """Accept the corpus root (with letters/ inside) or the letters folder itself."""
    inner = corpus_dir / "letters"
    return inner if inner.is_dir() else corpus_dir


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if isinstance(row, dict):
                    yield row


def _files(folder: Path, kind: str) -> list[Path]:
    """The dev file and any other split of the same set (e.g. held-out files put beside it)."""
    return sorted(folder.glob(f"{kind}_*.jsonl"))


def _scores(text: str) -> tuple[float | None, float | None]:
    reading = readability(text)
    plain = plain_score(reading, len(find_officialese(text)))
    return plain.score, reading.score


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def evaluate_pairs(path: Path) -> dict[str, Any]:
    pairs = easier = easier_fd = threatening_before = calmer = 0
    for row in _rows(path):
        before, after = str(row.get("before", "")), str(row.get("after", ""))
        if not before.strip() or not after.strip():
            continue
        pairs += 1
        plain_before, fd_before = _scores(before)
        plain_after, fd_after = _scores(after)
        if plain_before is not None and plain_after is not None and plain_after > plain_before:
            easier += 1
        if fd_before is not None and fd_after is not None and fd_after > fd_before:
            easier_fd += 1
        if analyse_tone(before).tone == "dreigend":
            threatening_before += 1
            if analyse_tone(after).tone != "dreigend":
                calmer += 1
    return {
        "file": path.name,
        "pairs": pairs,
        "easier": easier,
        "easier_share": _ratio(easier, pairs),
        "easier_reading_ease": easier_fd,
        "easier_reading_ease_share": _ratio(easier_fd, pairs),
        "threatening_before": threatening_before,
        "calmer_after": calmer,
        "calmer_share": _ratio(calmer, threatening_before),
    }


def evaluate_tone(path: Path) -> dict[str, Any]:
    total = correct = 0
    confusion: dict[str, dict[str, int]] = {}
    for row in _rows(path):
        label = str(row.get("label", ""))
        if label not in ("dreigend", "vriendelijk"):
            continue
        predicted = "dreigend" if analyse_tone(str(row.get("text", ""))).tone == "dreigend" else "vriendelijk"
        total += 1
        correct += predicted == label
        confusion.setdefault(label, {"dreigend": 0, "vriendelijk": 0})[predicted] += 1
    return {"file": path.name, "sentences": total, "correct": correct, "accuracy": _ratio(correct, total),
            "confusion": confusion}  # fmt: skip


def evaluate_wordlist(path: Path) -> dict[str, Any]:
    total = flagged = 0
    for row in _rows(path):
        word = str(row.get("difficult", "")).strip()
        if not word:
            continue
        total += 1
        flagged += bool(find_officialese(word))
    return {"file": path.name, "words": total, "flagged": flagged, "recall": _ratio(flagged, total)}


def evaluate_letters(corpus_dir: Path) -> dict[str, Any]:
    """All letter figures for every split found (pairs_*.jsonl, tone_*.jsonl, wordlist_*.jsonl)."""
    folder = _letters_dir(corpus_dir)
    return {
        "folder": str(folder),
        "pairs": [evaluate_pairs(p) for p in _files(folder, "pairs")],
        "tone": [evaluate_tone(p) for p in _files(folder, "tone")],
        "wordlist": [evaluate_wordlist(p) for p in _files(folder, "wordlist")],
    }


def _share(value: float | None) -> str:
    return "   –  " if value is None else f"{value * 100:5.1f}%"


def format_letters_eval(result: dict[str, Any]) -> str:
    """A stable printout: one block per set, one line per file; targets in brackets."""
    lines = [_("Brieventoets — {folder}").format(folder=result.get("folder", ""))]
    lines.append(_("Herschrijvingen (doel ≥ 85% makkelijker):"))
    for r in result.get("pairs", []):
        lines.append(
            _(
                "  {file}: {pairs} paren; herschrijving makkelijker (taalscore) {share} ({n}); "
                "alleen Flesch-Douma {fd_share} ({fd}); dreigend → niet meer dreigend {calm_share} "
                "({calm}/{threat})"
            ).format(
                file=r["file"],
                pairs=r["pairs"],
                share=_share(r["easier_share"]),
                n=r["easier"],
                fd_share=_share(r["easier_reading_ease_share"]),
                fd=r["easier_reading_ease"],
                calm_share=_share(r["calmer_share"]),
                calm=r["calmer_after"],
                threat=r["threatening_before"],
            )
        )
    lines.append(_("Toon (doel ≥ 85% juist):"))
    for r in result.get("tone", []):
        confusion = r.get("confusion", {})
        threat = confusion.get("dreigend", {})
        friendly = confusion.get("vriendelijk", {})
        lines.append(
            _(
                "  {file}: {n} zinnen; nauwkeurigheid {acc}; dreigend herkend {tt}/{tn}, "
                "vriendelijk herkend {ff}/{fn}"
            ).format(
                file=r["file"],
                n=r["sentences"],
                acc=_share(r["accuracy"]),
                tt=threat.get("dreigend", 0),
                tn=sum(threat.values()),
                ff=friendly.get("vriendelijk", 0),
                fn=sum(friendly.values()),
            )
        )
    lines.append(_("Ambtelijke woorden (doel ≥ 60% gevonden):"))
    for r in result.get("wordlist", []):
        lines.append(
            _("  {file}: {n} woorden; gevonden {share} ({k})").format(
                file=r["file"], n=r["words"], share=_share(r["recall"]), k=r["flagged"]
            )
        )
    return "\n".join(lines)
