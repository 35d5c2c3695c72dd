"""Public holidays of the Algemene termijnenwet (Atw), so deadlines can skip them.

Only the days of Atw art. 3 count: lid 1 lists Nieuwjaarsdag, tweede Paasdag, tweede Pinksterdag, both Christmas
days, Hemelvaartsdag, the day the King's birthday is celebrated and 5 mei (every year, not only lustrum years);
lid 2 adds Goede Vrijdag. Lid 3 lets the Crown add days by decree (published in the Staatscourant); no such decree
is modelled here. Source: https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel3 (legal brief R-ATW-01).

Eerste Paasdag and eerste Pinksterdag are always Sundays, so they are rest days anyway and are not listed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta

from toegang.i18n import _

FIRST_SUPPORTED_YEAR = 1980
"""Koninginnedag has not been held on a Sunday since 1980; earlier years followed other rules, not modelled."""

ATW_URL = "https://wetten.overheid.nl/BWBR0002448/2010-10-10#Artikel3"


@dataclass(frozen=True, slots=True)
class Holiday:
    """One Atw holiday: the day, its Dutch name and the lid of Atw art. 3 that makes it one."""

    day: date
    name: str
    basis: str


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).

    Goede Vrijdag, tweede Paasdag, Hemelvaartsdag and tweede Pinksterdag are fixed offsets from it.
    """
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def kings_day(year: int) -> date:
    """The day the monarch's birthday is celebrated (Atw art. 3 lid 1: "de dag waarop de verjaardag ... wordt gevierd").

    Since 2014 Koningsdag is 27 April, and 26 April when 27 April is a Sunday (as in 2014 and 2025). From 1980 to
    2013 Koninginnedag was 30 April, and 29 April when 30 April was a Sunday. The move away from Sunday rests on a
    royal decree of 1980, known here from secondary sources only; the moved day is always a Saturday, so it never
    changes a deadline (a Saturday is a rest day under Atw art. 1 anyway).
    """
    _check_year(year)
    birthday = date(year, 4, 27) if year >= 2014 else date(year, 4, 30)
    if birthday.weekday() == 6:  # Sunday: celebrated the day before
        return birthday - timedelta(days=1)
    return birthday


def holidays(year: int) -> tuple[Holiday, ...]:
    """All Atw holidays of `year`, in date order (Atw art. 3 lid 1 and lid 2)."""
    return _holidays(year)


@functools.cache
def _holidays(year: int) -> tuple[Holiday, ...]:
    _check_year(year)
    easter = easter_sunday(year)
    lid1 = _("Algemene termijnenwet art. 3 lid 1")
    lid2 = _("Algemene termijnenwet art. 3 lid 2")
    days = [
        Holiday(date(year, 1, 1), _("Nieuwjaarsdag"), lid1),
        Holiday(easter - timedelta(days=2), _("Goede Vrijdag"), lid2),
        Holiday(easter + timedelta(days=1), _("Tweede Paasdag"), lid1),
        Holiday(kings_day(year), _("Koningsdag") if year >= 2014 else _("Koninginnedag"), lid1),
        Holiday(date(year, 5, 5), _("5 mei (Bevrijdingsdag)"), lid1),
        Holiday(easter + timedelta(days=39), _("Hemelvaartsdag"), lid1),
        Holiday(easter + timedelta(days=50), _("Tweede Pinksterdag"), lid1),
        Holiday(date(year, 12, 25), _("Eerste Kerstdag"), lid1),
        Holiday(date(year, 12, 26), _("Tweede Kerstdag"), lid1),
    ]
    return tuple(sorted(days, key=lambda holiday: holiday.day))


@functools.cache
def holiday_dates(year: int) -> frozenset[date]:
    """The dates of `holidays(year)`, for fast membership tests."""
    return frozenset(holiday.day for holiday in _holidays(year))


def is_atw_holiday(day: date) -> bool:
    """True on an "algemeen erkende feestdag" or Goede Vrijdag (Atw art. 3)."""
    return day in holiday_dates(day.year)


def is_atw_rest_day(day: date) -> bool:
    """True on a Saturday, Sunday or Atw holiday: the days Atw art. 1 and 2 do not count as working days."""
    return day.weekday() >= 5 or is_atw_holiday(day)


def next_working_day(day: date) -> date:
    """`day` itself when it is a working day under the Atw, else the first working day after it."""
    while is_atw_rest_day(day):
        day += timedelta(days=1)
    return day


def _check_year(year: int) -> None:
    if year < FIRST_SUPPORTED_YEAR:
        raise ValueError(
            _("De feestdagen vóór {first} zijn niet beschikbaar (gevraagd: {year}).").format(
                first=FIRST_SUPPORTED_YEAR, year=year
            )
        )
