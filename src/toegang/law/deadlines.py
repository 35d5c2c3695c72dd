"""Statutory terms: when does a term end, with the Algemene termijnenwet (Atw) applied where the law says so.

Conventions (the same in every function here):
- A term has a first day (`start`, the day it begins to run) and a last day (`end`); an act is in time when it is
  done on or before `end`. A term "of N weeks after event E" begins the day after E, so its last day is E + N weeks
  (the day of the event itself is not counted).
- Days are calendar days. Atw art. 1 and 2 then move the last day; see `compute_term`.
- Whatever is not settled in the sources read is named in the docstring, and the callers in `toegang.law.track`
  show it to the user as a doubt instead of asserting one reading.

Sources: Atw (BWBR0002448) art. 1-4, https://wetten.overheid.nl/BWBR0002448/2010-10-10; Awb (BWBR0005537)
art. 4:13-4:17, 6:7-6:9, 6:12, https://wetten.overheid.nl/BWBR0005537/2025-07-01 (legal brief R-ATW-01,
R-TERM-01..05, R-BEZW-02/03).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from toegang.i18n import _
from toegang.law.holidays import is_atw_rest_day, next_working_day


class Unit(StrEnum):
    """How the law expresses a term; Atw art. 4 draws its limits per unit."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


ATW_LIMITS: dict[Unit, int] = {Unit.DAYS: 90, Unit.WEEKS: 12, Unit.MONTHS: 3}
"""Atw art. 4 onder a: the Atw does not govern terms of more than 90 days, 12 weeks or 3 months (nor hours, years)."""


@dataclass(frozen=True, slots=True)
class Term:
    """A computed term: its raw last day, the last day after the Atw, and why it moved (Dutch, for the user)."""

    start: date
    length: int
    unit: Unit
    suspended_days: int
    raw_end: date
    end: date
    atw_applies: bool
    steps: tuple[str, ...]

    @property
    def extended(self) -> bool:
        return self.end != self.raw_end


def add_months(day: date, months: int) -> date:
    """The day with the same number `months` later, or the last day of that month when it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def raw_end(start: date, length: int, unit: Unit) -> date:
    """Last day of a term that begins on `start`, before any Atw shift.

    Days and weeks: `start` + length - 1 day. Months: the day with the same number as the day before `start`
    (the event day), `length` months on; the last day of the month when that month is shorter. The month rule is
    the usual reading in Dutch practice (as in EU Regulation 1182/71 art. 3), not a text of the Atw itself.
    """
    if length < 1:
        raise ValueError(_("Een termijn moet minstens 1 lang zijn, niet {length}.").format(length=length))
    if unit is Unit.DAYS:
        return start + timedelta(days=length - 1)
    if unit is Unit.WEEKS:
        return start + timedelta(weeks=length) - timedelta(days=1)
    return add_months(start - timedelta(days=1), length)


def atw_governs(length: int, unit: Unit) -> bool:
    """Whether the Atw applies to a term of this length (Atw art. 4 onder a)."""
    return length <= ATW_LIMITS[unit]


def atw_article_1(end: date) -> date:
    """Atw art. 1 lid 1: a term ending on a Saturday, Sunday or holiday runs to the next day that is none of those.

    Not for terms counted backwards from a moment or event (art. 1 lid 2); see `counted_back`.
    """
    return next_working_day(end)


def atw_article_2(start: date, end: date, length_in_days: int) -> date:
    """Atw art. 2: a term of at least three days is extended, if needed, so it holds at least two working days.

    A working day is a day that is not a Saturday, Sunday or Atw holiday. Shorter terms are returned unchanged.
    """
    if length_in_days < 3:
        return end
    working = sum(
        1 for offset in range((end - start).days + 1) if not is_atw_rest_day(start + timedelta(offset))
    )
    while working < 2:
        end += timedelta(days=1)
        if not is_atw_rest_day(end):
            working += 1
    return end


def compute_term(
    start: date,
    *,
    days: int | None = None,
    weeks: int | None = None,
    months: int | None = None,
    suspended_days: int = 0,
    statutory: bool = True,
) -> Term:
    """The last day of a term that begins on `start`, in exactly one of days, weeks or months.

    `suspended_days` are added before the Atw (a beslistermijn stands still under Awb 4:15). `statutory=False`
    is for terms not set in a law, such as a hersteltermijn chosen by the college: the Atw covers only "een in
    een wet gestelde termijn" (art. 1, art. 2; art. 5 extends it to AMvB terms). For a statutory term within the
    limits of Atw art. 4, art. 2 (two working days) and then art. 1 (next working day) are applied; the order
    does not change the result.
    """
    options = ((days, Unit.DAYS), (weeks, Unit.WEEKS), (months, Unit.MONTHS))
    chosen = [(value, unit) for value, unit in options if value is not None]
    if len(chosen) != 1:
        raise ValueError(_("Geef de termijn in precies één eenheid: dagen, weken of maanden."))
    length, unit = chosen[0]
    if suspended_days < 0:
        raise ValueError(_("Het aantal opgeschorte dagen kan niet negatief zijn."))
    unsuspended = raw_end(start, length, unit)
    end = unsuspended + timedelta(days=suspended_days)
    applies = statutory and atw_governs(length, unit)
    steps: list[str] = []
    if suspended_days:
        steps.append(
            _("De termijn stond {n} dagen stil (opschorting).").format(n=suspended_days)
            if suspended_days != 1
            else _("De termijn stond 1 dag stil (opschorting).")
        )
    final = end
    if applies:
        after_2 = atw_article_2(start, end, (unsuspended - start).days + 1)
        if after_2 != end:
            steps.append(
                _(
                    "In de termijn zitten minder dan twee werkdagen. Daarom loopt hij door tot {day} "
                    "(Algemene termijnenwet art. 2)."
                ).format(day=format_day(after_2))
            )
        final = atw_article_1(after_2)
        if final != after_2:
            steps.append(
                _(
                    "De termijn eindigt op een zaterdag, zondag of feestdag. Daarom loopt hij door tot {day} "
                    "(Algemene termijnenwet art. 1)."
                ).format(day=format_day(final))
            )
    return Term(
        start=start,
        length=length,
        unit=unit,
        suspended_days=suspended_days,
        raw_end=end,
        end=final,
        atw_applies=applies,
        steps=tuple(steps),
    )


def end_of_term(
    start: date,
    *,
    days: int | None = None,
    weeks: int | None = None,
    months: int | None = None,
    suspended_days: int = 0,
    statutory: bool = True,
) -> date:
    """Last day of a term beginning on `start`, after Atw art. 1 and 2 where they apply (see `compute_term`)."""
    return compute_term(
        start, days=days, weeks=weeks, months=months, suspended_days=suspended_days, statutory=statutory
    ).end


def term_after(
    event: date, *, days: int | None = None, weeks: int | None = None, months: int | None = None
) -> Term:
    """A statutory term of the given length "na" an event: it begins the day after the event."""
    return compute_term(event + timedelta(days=1), days=days, weeks=weeks, months=months)


def counted_back(moment: date, *, days: int | None = None, weeks: int | None = None) -> date:
    """The day a term counted back from `moment` reaches, e.g. "uiterlijk twee weken vóór de zitting".

    Atw art. 1 lid 2: art. 1 lid 1 does not apply to terms counted backwards, so a rest day is not skipped. The
    text of Atw art. 2 does not exclude such terms, but how its extension would work backwards is not settled in
    the sources read, so it is not applied here.
    """
    if (days is None) == (weeks is None):
        raise ValueError(_("Geef de termijn in precies één eenheid: dagen of weken."))
    span = timedelta(days=days) if days is not None else timedelta(weeks=weeks or 0)
    return moment - span


def bezwaar_term(bekendmaking: date, *, weeks: int = 6) -> Term:
    """The bezwaar (or beroep) term against a decision made known on `bekendmaking`.

    Awb 6:7: the term is six weeks. Awb 6:8 lid 1: it begins the day after the decision was made known in the
    prescribed way (Awb 3:41: by sending or handing it over), so its last day is the same weekday as the day of
    sending, six weeks later. Then Atw art. 1 (and art. 2) apply, as for any statutory term.
    """
    return term_after(bekendmaking, weeks=weeks)


def bezwaar_deadline(bekendmaking: date, *, weeks: int = 6) -> date:
    """Last day to lodge bezwaar against a decision made known on `bekendmaking` (Awb 6:7, 6:8, Atw)."""
    return bezwaar_term(bekendmaking, weeks=weeks).end


def bezwaar_on_time(last_day: date, *, received: date | None, posted: date | None = None) -> bool:
    """Whether a bezwaarschrift was lodged in time (Awb 6:9).

    Lid 1: in time when received before the end of the term (on or before `last_day`). Lid 2: sent by post, it
    is also in time when it was posted before the end of the term and received no later than one week after.
    Not modelled: Awb 6:11 (late but excusable) and 6:15 (lodged with the wrong body counts from that day).
    """
    if received is not None and received <= last_day:
        return True
    if posted is None or posted > last_day:
        return False
    return received is None or received <= last_day + timedelta(weeks=1)


@dataclass(frozen=True, slots=True)
class DwangsomPeriod:
    """The days a penalty for late decision runs (Awb 4:17), when the notice of default was in time."""

    first_day: date
    last_day: date


def dwangsom_period(
    term_end: date, notice_received: date, *, wait_weeks: int = 2, max_days: int = 42
) -> DwangsomPeriod | None:
    """When the dwangsom for a late decision runs; None when the ingebrekestelling came too early.

    Awb 4:17 lid 3: the first day is the day on which two weeks have passed after the day the decision term had
    expired and the college had received a written ingebrekestelling; lid 1: at most 42 days, and the Atw does
    not apply to those 42 days. Read here as: the notice must be received after `term_end` (a notice sent before
    the term expired has no effect, an inference from the wording "is verstreken"), and the first day is
    receipt + two weeks. Whether that first day is receipt + 14 or + 15 days, and whether the Atw moves it, is
    not settled in the sources read; this follows the legal brief (receipt + 2 weeks, no Atw).
    """
    if notice_received <= term_end:
        return None
    first = notice_received + timedelta(weeks=wait_weeks)
    return DwangsomPeriod(first_day=first, last_day=first + timedelta(days=max_days - 1))


def dwangsom_amount(days: int, *, rates: tuple[Decimal, Decimal, Decimal], block: int = 14) -> Decimal:
    """Total dwangsom for `days` days in default (Awb 4:17 lid 2): three rates, each for a block of 14 days.

    The last rate holds for the remaining days; the caller caps `days` at the 42 days of lid 1.
    """
    if days < 0:
        raise ValueError(_("Het aantal dagen kan niet negatief zijn."))
    first, second, rest = rates
    in_first = min(days, block)
    in_second = min(max(days - block, 0), block)
    in_rest = max(days - 2 * block, 0)
    return first * in_first + second * in_second + rest * in_rest


def beroep_niet_tijdig_from(notice_date: date, *, wait_weeks: int = 2) -> date:
    """First day a beroep against a late decision can be lodged (Awb 6:12 lid 2).

    The college must be in default and two weeks must have passed after the day the person told it so in
    writing. Read as notice + two weeks, like `dwangsom_period`; the same doubt (+14 or +15 days) applies. The
    beroep itself is not bound to a term (lid 1), but may not be unreasonably late (lid 4).
    """
    return notice_date + timedelta(weeks=wait_weeks)


_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def format_day(day: date) -> str:
    """A date the way a Dutch letter writes it: 'maandag 14 juli 2025'."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
