"""The figures a council can publish: counts only, never a description or anything about a person.

Every function takes one council and aggregates in the database, so a council with years of records stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Sum
from django.db.models.functions import ExtractQuarter, ExtractYear

from toegang.i18n import _
from toegang.web.raad import models as m


@dataclass(frozen=True, slots=True)
class ThemeQuarter:
    quarters: list[str]  # "2026 K1", oldest first
    themes: list[tuple[str, str]]  # (code, label) of the themes that occur
    counts: dict[tuple[str, str], int]  # (theme, quarter) → signals
    people: dict[tuple[str, str], int]  # (theme, quarter) → people

    def total(self, quarter: str) -> int:
        return sum(self.counts.get((theme, quarter), 0) for theme, _label in self.themes)

    def theme_total(self, theme: str) -> int:
        return sum(self.counts.get((theme, q), 0) for q in self.quarters)


def quarter_label(year: int, quarter: int) -> str:
    return _("{year} K{quarter}").format(year=year, quarter=quarter)


def signals_per_theme_quarter(council: m.Council, since: date | None = None) -> ThemeQuarter:
    rows = m.Signal.objects.filter(council=council)
    if since is not None:
        rows = rows.filter(received_on__gte=since)
    grouped = (
        rows.annotate(y=ExtractYear("received_on"), q=ExtractQuarter("received_on"))
        .values("theme", "y", "q")
        .annotate(n=Count("id"), people=Sum("people"))
        .order_by("y", "q", "theme")
    )
    counts: dict[tuple[str, str], int] = {}
    people: dict[tuple[str, str], int] = {}
    keys: set[tuple[int, int]] = set()
    seen: set[str] = set()
    for row in grouped:
        key = (int(row["y"]), int(row["q"]))
        keys.add(key)
        label = quarter_label(*key)
        counts[(row["theme"], label)] = int(row["n"])
        people[(row["theme"], label)] = int(row["people"] or 0)
        seen.add(row["theme"])
    quarters = [quarter_label(*key) for key in _fill_quarters(sorted(keys))]
    themes = [(code, str(label)) for code, label in m.THEMES if code in seen]
    return ThemeQuarter(quarters=quarters, themes=themes, counts=counts, people=people)


def _fill_quarters(keys: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every quarter from the first to the last, so a quarter without signals shows as 0, not as a gap."""
    if not keys:
        return []
    out = []
    year, quarter = keys[0]
    while (year, quarter) <= keys[-1]:
        out.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)
    return out


@dataclass(frozen=True, slots=True)
class AdviceFigures:
    sent: int
    answered_on_time: int
    answered_late: int
    waiting: int  # no reaction yet, term still running
    overdue: int  # no reaction and the term has passed


def advice_figures(council: m.Council, today: date | None = None) -> AdviceFigures:
    day = today or date.today()
    on_time = late = waiting = overdue = 0
    rows = m.Advice.objects.filter(council=council, sent_on__isnull=False).select_related("council")
    for advice in rows.only("sent_on", "reaction_on", "council"):
        due = advice.reaction_due
        assert due is not None
        if advice.reaction_on is not None:
            if advice.reaction_on <= due:
                on_time += 1
            else:
                late += 1
        elif day > due:
            overdue += 1
        else:
            waiting += 1
    return AdviceFigures(on_time + late + waiting + overdue, on_time, late, waiting, overdue)


@dataclass(frozen=True, slots=True)
class PromiseFigures:
    total: int
    kept_on_time: int
    kept_late: int
    broken: int
    open: int
    overdue: int


def promise_figures(council: m.Council, today: date | None = None) -> PromiseFigures:
    day = today or date.today()
    kept_on_time = kept_late = broken = still_open = overdue = 0
    for p in m.Promise.objects.filter(council=council).only("status", "due_on", "closed_on", "made_on"):
        status = p.effective_status(day)
        if status == m.Promise.KEPT:
            if p.kept_on_time():
                kept_on_time += 1
            else:
                kept_late += 1
        elif status == m.Promise.BROKEN:
            broken += 1
        elif status == m.Promise.OVERDUE:
            overdue += 1
        else:
            still_open += 1
    total = kept_on_time + kept_late + broken + still_open + overdue
    return PromiseFigures(total, kept_on_time, kept_late, broken, still_open, overdue)
