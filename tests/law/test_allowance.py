"""Volunteer allowance against the yearly and monthly maxima of the year it is paid in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from toegang.law.allowance import check_allowance, room_left


def monthly(year: int, amount: str, months: range = range(1, 13)) -> list[tuple[date, Decimal]]:
    return [(date(year, month, 15), Decimal(amount)) for month in months]


def test_twelve_times_the_monthly_maximum_is_exactly_the_yearly_one_in_2024() -> None:
    check = check_allowance(monthly(2024, "175"), 2024)
    assert check.total == Decimal(2100) and check.year_maximum == Decimal(2100)
    assert check.within and check.messages == () and check.to_verify == ()


def test_a_month_over_its_maximum_is_named() -> None:
    payments = [*monthly(2024, "100"), (date(2024, 3, 20), Decimal("120"))]
    check = check_allowance(payments, 2024)
    assert not check.within
    assert check.months_over == ((3, Decimal(220), Decimal(210)),)
    assert check.messages == (
        "In 03-2024 is € 220,00 betaald. Dat is meer dan het maximum van € 210,00 per maand.",
    )


def test_the_year_maximum_depends_on_the_year() -> None:
    payments = monthly(2023, "160")  # 1.920 in 2023: over the 1.900 of that year
    check = check_allowance(payments, 2023)
    assert check.year_maximum == Decimal(1900) and not check.within
    assert check.messages[-1].startswith("In 2023 is € 1.920,00 betaald")
    assert check_allowance(monthly(2024, "160"), 2024).within


def test_payments_of_other_years_are_ignored_and_unverified_years_are_flagged() -> None:
    check = check_allowance([*monthly(2025, "200"), (date(2024, 12, 31), Decimal(500))], 2026)
    assert check.total == 0 and check.within
    assert check_allowance(monthly(2026, "10"), 2026).to_verify  # 2026 rests on no source yet
    with pytest.raises(ValueError):
        check_allowance([(date(2024, 1, 1), Decimal(-5))], 2024)


def test_room_left_is_the_smaller_of_month_and_year() -> None:
    payments = monthly(2024, "200", range(1, 10))  # 1.800 paid by September
    assert room_left(payments, date(2024, 10, 1)) == Decimal(210)
    assert room_left([*payments, (date(2024, 10, 2), Decimal(200))], date(2024, 11, 1)) == Decimal(100)
    assert room_left(monthly(2024, "210"), date(2024, 12, 20)) == 0
