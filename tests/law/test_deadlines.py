"""Worked examples for the statutory terms: bezwaar, months, Atw art. 4, post, dwangsom."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from toegang.law.deadlines import (
    Unit,
    add_months,
    atw_governs,
    beroep_niet_tijdig_from,
    bezwaar_deadline,
    bezwaar_on_time,
    bezwaar_term,
    compute_term,
    dwangsom_amount,
    dwangsom_period,
    end_of_term,
    format_day,
    term_after,
)


def test_bezwaar_ends_on_the_weekday_of_sending_six_weeks_later() -> None:
    # Sent Monday 2 June 2025: the term runs from Tuesday 3 June and ends Monday 14 July.
    term = bezwaar_term(date(2025, 6, 2))
    assert term.start == date(2025, 6, 3)
    assert term.end == date(2025, 7, 14)
    assert not term.extended


def test_bezwaar_ending_on_tweede_kerstdag_runs_to_monday() -> None:
    # Friday 14 November 2025 + 6 weeks = Friday 26 December (Tweede Kerstdag), then the weekend.
    term = bezwaar_term(date(2025, 11, 14))
    assert term.raw_end == date(2025, 12, 26)
    assert term.end == date(2025, 12, 29)
    assert "art. 1" in term.steps[0]


def test_bezwaar_ending_on_liberation_day_in_a_normal_year() -> None:
    assert bezwaar_deadline(date(2026, 3, 24)) == date(2026, 5, 6)  # 5 May 2026 is a Tuesday


def test_months_end_on_the_same_day_number_or_the_end_of_a_short_month() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2025, 11, 30), 3) == date(2026, 2, 28)
    # A month "after" 15 January: the term begins on 16 January and its last day is 15 February.
    assert term_after(date(2025, 1, 15), months=1).raw_end == date(2025, 2, 15)
    # 15 February 2025 is a Saturday: the Atw moves it to Monday 17 February.
    assert term_after(date(2025, 1, 15), months=1).end == date(2025, 2, 17)


@pytest.mark.parametrize(
    ("length", "unit", "governed"),
    [
        (90, Unit.DAYS, True),
        (91, Unit.DAYS, False),
        (12, Unit.WEEKS, True),
        (13, Unit.WEEKS, False),
        (3, Unit.MONTHS, True),
        (4, Unit.MONTHS, False),
    ],
)
def test_article_4_limits(length: int, unit: Unit, governed: bool) -> None:
    assert atw_governs(length, unit) is governed


def test_a_long_term_ending_on_a_saturday_stays_there() -> None:
    # 13 weeks from Sunday 5 January 2025 ends Saturday 5 April 2025: more than 12 weeks, so no Atw.
    term = compute_term(date(2025, 1, 5), weeks=13)
    assert term.end == term.raw_end == date(2025, 4, 5)
    assert not term.atw_applies
    assert compute_term(date(2025, 1, 12), weeks=12).end == date(2025, 4, 7)  # 12 weeks: moved from Saturday


def test_a_term_needs_exactly_one_unit_and_a_positive_length() -> None:
    with pytest.raises(ValueError):
        compute_term(date(2025, 1, 1))
    with pytest.raises(ValueError):
        compute_term(date(2025, 1, 1), days=3, weeks=1)
    with pytest.raises(ValueError):
        compute_term(date(2025, 1, 1), days=0)
    with pytest.raises(ValueError):
        compute_term(date(2025, 1, 1), days=3, suspended_days=-1)


def test_suspension_is_added_before_the_atw() -> None:
    # Aanvraag Monday 2 March 2026: 8 weeks end Monday 27 April (Koningsdag) -> Tuesday 28 April.
    assert end_of_term(date(2026, 3, 3), weeks=8) == date(2026, 4, 28)
    # Nine days of suspension: Wednesday 6 May, a working day.
    term = compute_term(date(2026, 3, 3), weeks=8, suspended_days=9)
    assert term.end == date(2026, 5, 6)
    assert "9 dagen" in term.steps[0]


@pytest.mark.parametrize(
    ("received", "posted", "on_time"),
    [
        (date(2025, 12, 29), None, True),  # received on the last day
        (date(2025, 12, 30), None, False),
        (date(2026, 1, 5), date(2025, 12, 29), True),  # posted on the last day, received within a week
        (date(2026, 1, 6), date(2025, 12, 29), False),  # received more than a week after
        (date(2026, 1, 2), date(2025, 12, 30), False),  # posted too late
        (None, date(2025, 12, 29), True),  # posted in time, not yet received
    ],
)
def test_bezwaar_by_post(received: date | None, posted: date | None, on_time: bool) -> None:
    assert bezwaar_on_time(date(2025, 12, 29), received=received, posted=posted) is on_time


def test_dwangsom_runs_from_two_weeks_after_a_timely_notice_for_42_days() -> None:
    assert dwangsom_period(date(2026, 4, 28), date(2026, 4, 28)) is None  # too early: term not expired
    period = dwangsom_period(date(2026, 4, 28), date(2026, 5, 4))
    assert period is not None
    assert period.first_day == date(2026, 5, 18)
    assert period.last_day == date(2026, 6, 28)  # 42 days, no Atw (Awb 4:17 lid 1)
    assert beroep_niet_tijdig_from(date(2026, 5, 4)) == date(2026, 5, 18)


def test_dwangsom_amount_per_block_of_fourteen_days() -> None:
    rates = (Decimal(23), Decimal(35), Decimal(45))
    assert dwangsom_amount(42, rates=rates) == Decimal(1442)
    assert dwangsom_amount(20, rates=rates) == Decimal(14 * 23 + 6 * 35)
    assert dwangsom_amount(0, rates=rates) == 0
    assert dwangsom_amount(42, rates=(Decimal(20), Decimal(30), Decimal(40))) == Decimal(1260)
    with pytest.raises(ValueError):
        dwangsom_amount(-1, rates=rates)


def test_dates_are_written_as_in_a_dutch_letter() -> None:
    assert format_day(date(2025, 7, 14)) == "maandag 14 juli 2025"
