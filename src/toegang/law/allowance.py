"""Volunteer allowance (vrijwilligersvergoeding) for supporters, checked against the dated tax-free maxima.

A supporter who gets more than the yearly or the monthly maximum no longer gets a tax-free volunteer allowance
(Belastingdienst, vrijwilligersregeling; parameters `vrijwilligersvergoeding.jaar-maximum` and `.maand-maximum`).
Not modelled: the maximum per hour, and the rule that costs shown with receipts may be paid on top.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from toegang.i18n import _
from toegang.law.parameters import Parameters, load_parameters

YEAR_MAXIMUM = "vrijwilligersvergoeding.jaar-maximum"
MONTH_MAXIMUM = "vrijwilligersvergoeding.maand-maximum"


@dataclass(frozen=True, slots=True)
class AllowanceCheck:
    """The allowance of one supporter in one calendar year, against the maxima of that year."""

    year: int
    total: Decimal
    year_maximum: Decimal
    months_over: tuple[tuple[int, Decimal, Decimal], ...]  # (month, paid, maximum) where paid > maximum
    messages: tuple[str, ...]
    to_verify: tuple[str, ...]  # notes of parameter versions that still need a check

    @property
    def within(self) -> bool:
        return self.total <= self.year_maximum and not self.months_over


def _euro(amount: Decimal) -> str:
    return f"€ {amount:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def check_allowance(
    payments: Iterable[tuple[date, Decimal]], year: int, *, params: Parameters | None = None
) -> AllowanceCheck:
    """Sum the payments of `year` and compare with the yearly maximum and each month's maximum."""
    params = params or load_parameters()
    per_month: dict[int, Decimal] = {}
    for day, amount in payments:
        if amount < 0:
            raise ValueError(_("Een vergoeding kan niet negatief zijn."))
        if day.year == year:
            per_month[day.month] = per_month.get(day.month, Decimal(0)) + amount
    total = sum(per_month.values(), Decimal(0))
    year_version = params.get(YEAR_MAXIMUM, date(year, 1, 1))
    year_maximum = params.euro(YEAR_MAXIMUM, date(year, 1, 1))
    notes = [year_version.to_verify] if year_version.to_verify else []
    messages: list[str] = []
    months_over: list[tuple[int, Decimal, Decimal]] = []
    for month in sorted(per_month):
        first = date(year, month, 1)
        maximum = params.euro(MONTH_MAXIMUM, first)
        version = params.get(MONTH_MAXIMUM, first)
        if version.to_verify and version.to_verify not in notes:
            notes.append(version.to_verify)
        if per_month[month] > maximum:
            months_over.append((month, per_month[month], maximum))
            messages.append(
                _(
                    "In {month}-{year} is {paid} betaald. Dat is meer dan het maximum van {max} per maand."
                ).format(month=f"{month:02d}", year=year, paid=_euro(per_month[month]), max=_euro(maximum))
            )
    if total > year_maximum:
        messages.append(
            _("In {year} is {paid} betaald. Dat is meer dan het maximum van {max} per jaar.").format(
                year=year, paid=_euro(total), max=_euro(year_maximum)
            )
        )
    return AllowanceCheck(
        year=year,
        total=total,
        year_maximum=year_maximum,
        months_over=tuple(months_over),
        messages=tuple(messages),
        to_verify=tuple(notes),
    )


def room_left(
    payments: Iterable[tuple[date, Decimal]], on: date, *, params: Parameters | None = None
) -> Decimal:
    """How much may still be paid on `on` without passing the month's or the year's maximum (never below 0)."""
    params = params or load_parameters()
    paid_year = Decimal(0)
    paid_month = Decimal(0)
    for day, amount in payments:
        if day.year == on.year:
            paid_year += amount
            if day.month == on.month:
                paid_month += amount
    year_left = params.euro(YEAR_MAXIMUM, date(on.year, 1, 1)) - paid_year
    month_left = params.euro(MONTH_MAXIMUM, date(on.year, on.month, 1)) - paid_month
    return max(min(year_left, month_left), Decimal(0))
