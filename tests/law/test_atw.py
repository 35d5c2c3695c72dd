"""The Algemene termijnenwet against an independent statement of it.

The holidays of 2025-2030 below were written out by hand from a calendar (Easter Sunday: 20-04-2025, 05-04-2026,
28-03-2027, 16-04-2028, 01-04-2029, 21-04-2030), each with its weekday so the list checks itself. The term
arithmetic is compared with a deliberately naive version that walks day by day, following the words of Atw art. 1,
2 and 4 (https://wetten.overheid.nl/BWBR0002448/2010-10-10), using only this hand-written list.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toegang.law.deadlines import compute_term, counted_back, end_of_term
from toegang.law.holidays import easter_sunday, holidays, is_atw_rest_day, kings_day, next_working_day

WEEKDAY = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}

# (day, weekday, what) for every Atw holiday, art. 3 lid 1 and lid 2 (Goede Vrijdag).
HAND_WRITTEN: dict[int, list[tuple[str, str, str]]] = {
    2025: [
        ("2025-01-01", "wo", "Nieuwjaarsdag"),
        ("2025-04-18", "vr", "Goede Vrijdag"),
        ("2025-04-21", "ma", "Tweede Paasdag"),
        ("2025-04-26", "za", "Koningsdag (27 april is een zondag)"),
        ("2025-05-05", "ma", "5 mei"),
        ("2025-05-29", "do", "Hemelvaartsdag"),
        ("2025-06-09", "ma", "Tweede Pinksterdag"),
        ("2025-12-25", "do", "Eerste Kerstdag"),
        ("2025-12-26", "vr", "Tweede Kerstdag"),
    ],
    2026: [
        ("2026-01-01", "do", "Nieuwjaarsdag"),
        ("2026-04-03", "vr", "Goede Vrijdag"),
        ("2026-04-06", "ma", "Tweede Paasdag"),
        ("2026-04-27", "ma", "Koningsdag"),
        ("2026-05-05", "di", "5 mei"),
        ("2026-05-14", "do", "Hemelvaartsdag"),
        ("2026-05-25", "ma", "Tweede Pinksterdag"),
        ("2026-12-25", "vr", "Eerste Kerstdag"),
        ("2026-12-26", "za", "Tweede Kerstdag"),
    ],
    2027: [
        ("2027-01-01", "vr", "Nieuwjaarsdag"),
        ("2027-03-26", "vr", "Goede Vrijdag"),
        ("2027-03-29", "ma", "Tweede Paasdag"),
        ("2027-04-27", "di", "Koningsdag"),
        ("2027-05-05", "wo", "5 mei"),
        ("2027-05-06", "do", "Hemelvaartsdag"),
        ("2027-05-17", "ma", "Tweede Pinksterdag"),
        ("2027-12-25", "za", "Eerste Kerstdag"),
        ("2027-12-26", "zo", "Tweede Kerstdag"),
    ],
    2028: [
        ("2028-01-01", "za", "Nieuwjaarsdag"),
        ("2028-04-14", "vr", "Goede Vrijdag"),
        ("2028-04-17", "ma", "Tweede Paasdag"),
        ("2028-04-27", "do", "Koningsdag"),
        ("2028-05-05", "vr", "5 mei"),
        ("2028-05-25", "do", "Hemelvaartsdag"),
        ("2028-06-05", "ma", "Tweede Pinksterdag"),
        ("2028-12-25", "ma", "Eerste Kerstdag"),
        ("2028-12-26", "di", "Tweede Kerstdag"),
    ],
    2029: [
        ("2029-01-01", "ma", "Nieuwjaarsdag"),
        ("2029-03-30", "vr", "Goede Vrijdag"),
        ("2029-04-02", "ma", "Tweede Paasdag"),
        ("2029-04-27", "vr", "Koningsdag"),
        ("2029-05-05", "za", "5 mei"),
        ("2029-05-10", "do", "Hemelvaartsdag"),
        ("2029-05-21", "ma", "Tweede Pinksterdag"),
        ("2029-12-25", "di", "Eerste Kerstdag"),
        ("2029-12-26", "wo", "Tweede Kerstdag"),
    ],
    2030: [
        ("2030-01-01", "di", "Nieuwjaarsdag"),
        ("2030-04-19", "vr", "Goede Vrijdag"),
        ("2030-04-22", "ma", "Tweede Paasdag"),
        ("2030-04-27", "za", "Koningsdag"),
        ("2030-05-05", "zo", "5 mei"),
        ("2030-05-30", "do", "Hemelvaartsdag"),
        ("2030-06-10", "ma", "Tweede Pinksterdag"),
        ("2030-12-25", "wo", "Eerste Kerstdag"),
        ("2030-12-26", "do", "Tweede Kerstdag"),
    ],
}
HOLIDAYS = frozenset(date.fromisoformat(day) for days in HAND_WRITTEN.values() for day, _wd, _what in days)
FIRST, LAST = date(2025, 1, 1), date(2030, 12, 31)


@pytest.mark.parametrize("year", sorted(HAND_WRITTEN))
def test_hand_written_list_has_the_weekdays_it_claims(year: int) -> None:
    for day, weekday, what in HAND_WRITTEN[year]:
        assert date.fromisoformat(day).weekday() == WEEKDAY[weekday], (day, what)


@pytest.mark.parametrize("year", sorted(HAND_WRITTEN))
def test_holidays_match_the_hand_written_list(year: int) -> None:
    assert [h.day.isoformat() for h in holidays(year)] == [day for day, _wd, _what in HAND_WRITTEN[year]]


def test_easter_by_hand_and_at_the_extremes_of_the_algorithm() -> None:
    assert [easter_sunday(y) for y in range(2025, 2031)] == [
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
        date(2028, 4, 16),
        date(2029, 4, 1),
        date(2030, 4, 21),
    ]
    assert easter_sunday(2000) == date(2000, 4, 23)
    assert easter_sunday(2285) == date(2285, 3, 22)  # earliest possible date
    assert easter_sunday(2038) == date(2038, 4, 25)  # latest possible date


def test_koningsdag_moves_to_saturday_only_when_the_birthday_is_a_sunday() -> None:
    assert kings_day(2014) == date(2014, 4, 26)
    assert kings_day(2025) == date(2025, 4, 26)
    assert kings_day(2031) == date(2031, 4, 26)
    assert kings_day(2026) == date(2026, 4, 27)
    assert kings_day(2030) == date(2030, 4, 27)  # a Saturday: stays
    assert kings_day(2006) == date(2006, 4, 29)  # Koninginnedag, 30 April was a Sunday
    assert kings_day(2013) == date(2013, 4, 30)
    for year in range(1980, 2100):
        assert kings_day(year).weekday() != 6


def test_liberation_day_counts_every_year_and_good_friday_too() -> None:
    assert is_atw_rest_day(date(2026, 5, 5))  # Tuesday, not a lustrum year
    assert is_atw_rest_day(date(2027, 5, 5))
    assert is_atw_rest_day(date(2026, 4, 3))  # Goede Vrijdag (art. 3 lid 2)
    assert not is_atw_rest_day(date(2026, 4, 2))
    assert not is_atw_rest_day(date(2026, 12, 24))  # Christmas Eve is not a holiday
    assert not is_atw_rest_day(date(2026, 12, 31))


def test_years_before_1980_are_refused() -> None:
    with pytest.raises(ValueError, match="1980"):
        holidays(1979)


def test_rest_days_agree_with_the_hand_written_list_every_day() -> None:
    day = FIRST
    while day <= LAST:
        assert is_atw_rest_day(day) == (day.weekday() >= 5 or day in HOLIDAYS), day
        day += timedelta(days=1)


# --- the naive statement of Atw art. 1, 2 and 4 ------------------------------------------------------------


def rest(day: date) -> bool:
    """Atw art. 1 lid 1: a Saturday, a Sunday or a generally recognised holiday (here: the hand-written list)."""
    return day.weekday() in (5, 6) or day in HOLIDAYS


def naive_end(start: date, length_in_days: int, *, governed: bool, suspended: int = 0) -> date:
    """Walk the term day by day, then apply art. 1 and art. 2 in that order, as the law states them."""
    last = start
    counted = 1
    while counted < length_in_days + suspended:
        last += timedelta(days=1)
        counted += 1
    if not governed:  # art. 4: not for terms of more than 90 days, 12 weeks or 3 months
        return last
    while rest(last):  # art. 1: "loopt door tot en met de eerstvolgende dag die niet ... is"
        last += timedelta(days=1)
    if length_in_days >= 3:  # art. 2: at least two days in the term that are not ...
        while True:
            working = 0
            day = start
            while day <= last:
                if not rest(day):
                    working += 1
                day += timedelta(days=1)
            if working >= 2:
                break
            last += timedelta(days=1)
    return last


starts = st.dates(min_value=FIRST, max_value=date(2030, 9, 20))


@settings(max_examples=400, deadline=None)
@given(start=starts, days=st.integers(min_value=1, max_value=100), suspended=st.integers(0, 20))
def test_term_in_days_matches_the_naive_walk(start: date, days: int, suspended: int) -> None:
    expected = naive_end(start, days, governed=days <= 90, suspended=suspended)
    assert end_of_term(start, days=days, suspended_days=suspended) == expected


@settings(max_examples=300, deadline=None)
@given(start=starts, weeks=st.integers(min_value=1, max_value=14))
def test_term_in_weeks_matches_the_naive_walk(start: date, weeks: int) -> None:
    assert end_of_term(start, weeks=weeks) == naive_end(start, 7 * weeks, governed=weeks <= 12)


@settings(max_examples=200, deadline=None)
@given(start=starts, days=st.integers(min_value=1, max_value=60))
def test_a_term_not_set_in_a_law_is_not_moved(start: date, days: int) -> None:
    assert end_of_term(start, days=days, statutory=False) == naive_end(start, days, governed=False)


@settings(max_examples=300, deadline=None)
@given(start=starts, days=st.integers(min_value=1, max_value=90))
def test_a_governed_term_ends_on_a_working_day_and_never_earlier(start: date, days: int) -> None:
    term = compute_term(start, days=days)
    assert not rest(term.end)
    assert term.end >= term.raw_end
    assert term.extended == bool(term.steps)
    assert next_working_day(term.end) == term.end


@settings(max_examples=200, deadline=None)
@given(moment=st.dates(min_value=date(2025, 3, 1), max_value=LAST), days=st.integers(1, 60))
def test_a_term_counted_back_is_not_moved_by_article_1(moment: date, days: int) -> None:
    assert counted_back(moment, days=days) == moment - timedelta(days=days)


def test_short_term_over_easter_needs_two_working_days() -> None:
    # 3-day term from Goede Vrijdag 2026: Fri (holiday), Sat, Sun; Mon is Tweede Paasdag; Tue and Wed work.
    term = compute_term(date(2026, 4, 3), days=3)
    assert term.raw_end == date(2026, 4, 5)
    assert term.end == date(2026, 4, 8)
    assert "art. 2" in " ".join(term.steps)
    # A 2-day term is not covered by art. 2, only by art. 1.
    assert end_of_term(date(2026, 4, 3), days=2) == date(2026, 4, 7)
