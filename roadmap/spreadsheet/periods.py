"""Periods people write where a date is wanted: 'Q3 2027', 'H2 2027', 'FY27 Q1', 'Mar 2027'.

A period is a first and a last day. A start column takes the first, an end
column the last (`dates.resolve`), so 'Q3 2027' to 'Q4 2027' is 1 July to
31 December. Quarters and halves written with 'FY' are fiscal: fiscal year
2027 is named after the calendar year it ends in (as `roadmap.model.calendar`
names it), so with a fiscal year starting in April, 'FY27 Q1' is April to
June 2026. A plain 'Q3 2027' is a calendar quarter. Month names are read in
English and German, the languages the app speaks.
"""

from __future__ import annotations

import datetime as dt
import re

from roadmap.model.calendar import MONTH_NAMES, add_months

GERMAN_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                 "september", "oktober", "november", "dezember")
"""German month names, lower case (the app's second language)."""

MONTHS: dict[str, int] = {
    **{name: number for number, full in enumerate(MONTH_NAMES, start=1)
       for name in (full.lower(), full[:3].lower())},
    **{name: number for number, full in enumerate(GERMAN_MONTHS, start=1)
       for name in (full, full[:3])},
    "sept": 9, "maerz": 3, "mrz": 3, "jänner": 1, "jän": 1, "okt": 10, "dez": 12,
}
"""Month names and abbreviations (English and German), lower case -> month number."""

_YEAR = r"(?P<fy>fy\s*)?'?(?P<year>\d{4}|\d{2})"
_PART = r"(?P<kind>[qh])\s*(?P<number>[1-4])"
_PERIOD_FORMS = (
    re.compile(rf"^{_PART}[\s/\-.,]*{_YEAR}$"),   # Q3 2027, Q3/27, H2-2027, Q1 FY27
    re.compile(rf"^{_YEAR}[\s/\-.,]*{_PART}$"),   # 2027 Q3, FY27 Q1, 2027-H2
)
_FISCAL_YEAR = re.compile(r"^fy\s*'?(?P<year>\d{4}|\d{2})$")
_MONTH_YEAR = re.compile(r"^(?P<month>[a-zäöü]+)\.?[\s/\-.,]+(?P<year>\d{4})$")
_ISO_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})$")


def read_period(text: str, fiscal_start: int = 1) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period `text` names, or None when it names none.

    `text` is lower case with single spaces; `fiscal_start` is the month the
    roadmap's fiscal year starts in (1 for calendar years).
    """
    for pattern in _PERIOD_FORMS:
        match = pattern.match(text)
        if match:
            year = _year(match["year"])
            fiscal = bool(match["fy"])
            first = _year_start(year, fiscal_start if fiscal else 1)
            size = 3 if match["kind"] == "q" else 6
            number = int(match["number"])
            if match["kind"] == "h" and number > 2:
                return None
            first = add_months(first, size * (number - 1))
            return first, add_months(first, size) - dt.timedelta(days=1)
    match = _FISCAL_YEAR.match(text)
    if match:
        first = _year_start(_year(match["year"]), fiscal_start)
        return first, add_months(first, 12) - dt.timedelta(days=1)
    match = _MONTH_YEAR.match(text) or _ISO_MONTH.match(text)
    if match:
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
        if month is None or not 1 <= month <= 12:
            return None
        first = dt.date(int(match["year"]), month, 1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    return None


def _year_start(fiscal_year: int, start_month: int) -> dt.date:
    """The first day of a (fiscal) year named after the calendar year it ends in."""
    if start_month == 1:
        return dt.date(fiscal_year, 1, 1)
    return dt.date(fiscal_year - 1, start_month, 1)


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year
