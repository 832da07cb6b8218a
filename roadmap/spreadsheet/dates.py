"""Dates as people type them in spreadsheets, and the day/month ambiguity.

ISO dates and date-times (2027-03-01, 2027-03-01T10:30:00), Excel serial
days (46447, also as text), month names in English and German (1 Mar 2027,
March 1, 2027, 1. März 2027), periods (Q3 2027, H2 2027, FY27 Q1, Mar 2027;
see `periods`) and real date cells are unambiguous. Planning tools add a
weekday and a clock time ("Mon 3/1/27", "January 3, 2027 8:00 AM",
"15/Mar/27 9:00 AM"): the time is dropped and the weekday picks the reading
it fits. Real date cells are unambiguous too. 01/03/2027 is 1 March to a European and
January 3 to an American: the order is decided per column from the rows
that can only be read one way (25/03/2027), or given by the user; when
nothing decides it, each ambiguous date is reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.calendar import long_day

from .periods import MONTHS, read_period


class DateOrder(StrEnum):
    """How a numeric date with the year last is read."""

    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"


@dataclass(frozen=True)
class DateReading:
    """The readings of one value: equal when unambiguous, one None when impossible."""

    text: str
    day_first: dt.date | None
    month_first: dt.date | None
    last: dt.date | None = None
    """For a period (Q3 2027): its last day; the first is day_first (= month_first)."""

    @property
    def ambiguous(self) -> bool:
        """True when both orders give valid, different dates."""
        return (self.day_first is not None and self.month_first is not None
                and self.day_first != self.month_first)

    @property
    def only(self) -> DateOrder | None:
        """The one order this value can be read in, if it rules the other out."""
        if self.day_first is not None and self.month_first is None:
            return DateOrder.DAY_FIRST
        if self.month_first is not None and self.day_first is None:
            return DateOrder.MONTH_FIRST
        return None


_MONTHS = MONTHS
"""Month names and abbreviations a sheet may write, lower case -> month number."""
_TIME = r"(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?z| ?[+-]\d{2}:?\d{2})?)?"
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})" + _TIME + "$")
_DAY_MONTH_NAME = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th)?[ \-/.]+([a-zäöü]+)\.?,?[ \-/.]+(\d{2}|\d{4})$")
_MONTH_NAME_DAY = re.compile(
    r"^([a-zäöü]+)\.?[ \-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[ \-/.]+(\d{4})$")
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
             "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_WEEKDAY = re.compile(
    r"^(mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\.?,? +(?=\d|[a-zä])")
_CLOCK = re.compile(r"(?<=\d)[ ,]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?|uhr)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)
FORMS = "2027-03-01, 01/03/2027, 1 Mar 2027, March 1, 2027, Q3 2027 or H2 2027"

ORDER_WORDS = {"day-first": QT_TRANSLATE_NOOP("Dates", "day-first"),
               "month-first": QT_TRANSLATE_NOOP("Dates", "month-first")}


class AmbiguousDateError(ValueError):
    """A date the column's other dates cannot settle (03/04/2027): the user picks the order."""


def order_words(order: DateOrder) -> str:
    """'day-first' / 'month-first' in the reader's language."""
    return translate("Dates", ORDER_WORDS[order.value])


def _forms() -> str:
    return translate("Dates", "2027-03-01, 01/03/2027, 1 Mar 2027, March 1, 2027, Q3 2027 or "
                     "H2 2027")


@lru_cache(maxsize=65536)
def read_date(value: Any, fiscal_start: int = 1) -> DateReading:
    """Every reading of `value`; ValueError with a message when it is no date at all.

    `fiscal_start` is the month the roadmap's fiscal year starts in, for
    'FY27 Q1'. Cached: a big sheet repeats its dates, and each is read to
    decide the column's order and again to resolve it.
    """
    if isinstance(value, dt.datetime):
        return _same(str(value), value.date())
    if isinstance(value, dt.date):
        return _same(str(value), value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 20000 <= value <= 80000:  # an Excel serial day (a fraction is the time of day)
            return _same(str(value), EXCEL_EPOCH + dt.timedelta(days=int(value)))
        raise ValueError(translate("Dates", "{value} is not a date (use {forms})").format(
            value=repr(value), forms=_forms()))
    text = " ".join(str(value).strip().lower().split())
    if _SERIAL.match(text) and 20000 <= float(text) <= 80000:  # a serial day as text
        return _same(text, EXCEL_EPOCH + dt.timedelta(days=int(float(text))))
    weekday = _WEEKDAY.match(text)
    if weekday is not None:  # 'mon 3/1/27': the weekday settles which reading is meant
        reading = read_date(text[weekday.end():] or "?", fiscal_start)
        return _on_weekday(reading, _WEEKDAYS[weekday[1]], value)
    if _CLOCK.search(text) and not _ISO.match(text):
        text = _CLOCK.sub("", text)
    period = read_period(text, fiscal_start)
    if period is not None:
        return DateReading(str(value).strip(), period[0], period[0], period[1])
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return _same(text, _make(year, month, day, value))
    match = _NUMERIC.match(text)
    if match:
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        day_first = _valid(year, second, first)
        month_first = _valid(year, first, second)
        if day_first is None and month_first is None:
            raise ValueError(translate("Dates", "{value} is not a valid date").format(
                value=repr(value)))
        return DateReading(str(value).strip(), day_first, month_first)
    for pattern, day_group, month_group in ((_DAY_MONTH_NAME, 1, 2), (_MONTH_NAME_DAY, 2, 1)):
        match = pattern.match(text)
        if match and match[month_group] in _MONTHS:
            month = _MONTHS[match[month_group]]
            return _same(text, _make(_year(match[3]), month, int(match[day_group]), value))
    raise ValueError(translate("Dates", "{value} is not a date (use {forms})").format(
        value=repr(value), forms=_forms()))


def decide_order(readings: Iterable[DateReading]) -> tuple[DateOrder | None, list[DateReading]]:
    """The order the unambiguous values agree on, and the values that contradict it.

    With day-first-only and month-first-only values both present, the
    majority decides and the minority is returned as contradicting.
    """
    day, month = [], []
    for reading in readings:
        if reading.only is DateOrder.DAY_FIRST:
            day.append(reading)
        elif reading.only is DateOrder.MONTH_FIRST:
            month.append(reading)
    if not day and not month:
        return None, []
    if len(day) >= len(month):
        return DateOrder.DAY_FIRST, month
    return DateOrder.MONTH_FIRST, day


def resolve(reading: DateReading, order: DateOrder | None, *, end: bool = False) -> dt.date:
    """The date `reading` means under `order`; ValueError when it stays ambiguous or impossible.

    A period gives its first day, or with `end` its last (an end column).
    """
    if reading.last is not None:
        assert reading.day_first is not None
        return reading.last if end else reading.day_first
    if not reading.ambiguous:
        chosen = reading.day_first or reading.month_first
        if (order is DateOrder.DAY_FIRST and reading.day_first is None) \
                or (order is DateOrder.MONTH_FIRST and reading.month_first is None):
            raise ValueError(translate(
                "Dates", "{text} cannot be read {order} like the other dates of this column; "
                "write it as YYYY-MM-DD").format(text=repr(reading.text),
                                                 order=order_words(order)))
        assert chosen is not None
        return chosen
    if order is DateOrder.DAY_FIRST:
        assert reading.day_first is not None
        return reading.day_first
    if order is DateOrder.MONTH_FIRST:
        assert reading.month_first is not None
        return reading.month_first
    assert reading.day_first is not None and reading.month_first is not None
    raise AmbiguousDateError(translate(
        "Dates", "{text} is ambiguous: {day_first} (day first) or {month_first} (month first), "
        "and no other date in this column decides; write it as YYYY-MM-DD or choose the date "
        "order").format(text=repr(reading.text), day_first=long_day(reading.day_first),
                        month_first=long_day(reading.month_first)))


def _on_weekday(reading: DateReading, weekday: int, original: Any) -> DateReading:
    """Keep the readings that fall on `weekday`; ValueError when none does."""
    if reading.last is not None:
        return reading
    fits = [d if d is not None and d.weekday() == weekday else None
            for d in (reading.day_first, reading.month_first)]
    if fits[0] is None and fits[1] is None:
        raise ValueError(translate("Dates", "{value} is not a valid date: the weekday does not "
                                   "match").format(value=repr(original)))
    chosen = fits[0] or fits[1]
    assert chosen is not None
    if fits[0] is not None and fits[1] is not None and fits[0] != fits[1]:
        return DateReading(str(original).strip(), fits[0], fits[1])
    return _same(str(original).strip(), chosen)  # certain: no vote on the column's order


def _same(text: str, value: dt.date) -> DateReading:
    return DateReading(text, value, value)


def _make(year: int, month: int, day: int, original: Any) -> dt.date:
    value = _valid(year, month, day)
    if value is None:
        raise ValueError(translate("Dates", "{value} is not a valid date").format(
            value=repr(original)))
    return value


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


