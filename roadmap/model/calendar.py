"""Calendar maths of a roadmap: fiscal quarters and years, months, weeks.

The timeline view and the board pack draw the same axis from these
functions, so the app and the PDF agree on what "Q1 FY2027" means.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from roadmap import formats

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
"""English month names, independent of the process locale (same text everywhere)."""


@dataclass(frozen=True, order=True)
class Quarter:
    """A fiscal quarter: its first and last day and its label."""

    start: dt.date
    end: dt.date
    fiscal_year: int
    number: int

    @property
    def label(self) -> str:
        """'Q1 2027' for calendar years, 'Q1 FY2028' when the fiscal year starts later."""
        return f"Q{self.number} {self.fiscal_year}"

    def fiscal_label(self, fiscal_year_start_month: int) -> str:
        """The label with 'FY' when the fiscal year is not the calendar year."""
        prefix = "" if fiscal_year_start_month == 1 else "FY"
        return f"Q{self.number} {prefix}{self.fiscal_year}"


def long_day(value: dt.date) -> str:
    """'12 March 2027' ('12. März 2027'): a date no reader can take the wrong way round."""
    return formats.long_day(value)


def add_months(day: dt.date, months: int) -> dt.date:
    """The first day of the month `months` after the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def fiscal_year(day: dt.date, start_month: int = 1) -> int:
    """The fiscal year `day` falls in, named after the calendar year it ends in."""
    if start_month == 1:
        return day.year
    return day.year + 1 if day.month >= start_month else day.year


def quarter_of(day: dt.date, start_month: int = 1) -> Quarter:
    """The fiscal quarter containing `day`."""
    offset = (day.month - start_month) % 12
    number = offset // 3 + 1
    first = add_months(dt.date(day.year, day.month, 1), -(offset % 3))
    last = add_months(first, 3) - dt.timedelta(days=1)
    return Quarter(first, last, fiscal_year(day, start_month), number)


def quarters_between(first: dt.date, last: dt.date, start_month: int = 1) -> list[Quarter]:
    """Every fiscal quarter overlapping [first, last], in order."""
    quarters: list[Quarter] = []
    current = quarter_of(first, start_month)
    while current.start <= last:
        quarters.append(current)
        current = quarter_of(current.end + dt.timedelta(days=1), start_month)
    return quarters


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month overlapping [first, last]."""
    months: list[dt.date] = []
    current = dt.date(first.year, first.month, 1)
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


def snap_to_week(day: dt.date) -> dt.date:
    """The Monday nearest to `day` (drag operations snap to weeks)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday + dt.timedelta(days=7) if day.weekday() >= 4 else monday
