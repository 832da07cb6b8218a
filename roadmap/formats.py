"""Numbers, money, percentages and dates written for the reader's language.

English (the source language) keeps the core's own compact style, the same
text on every machine: '€11.8m', 'EUR 1,250,000', '65%', '12 Mar 2027',
'1 January 2027'. Any other language installed in `roadmap.i18n` is written
with Babel's CLDR data for it: '11,8 Mio. €', '1.250.000 €', '65 %',
'12. März 2027', '1. Januar 2027'. The process locale is never read, so a
board pack looks the same whichever machine makes it.

The currency is always the roadmap's own (its `currency` property, EUR by
default); callers pass it in.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import (
    format_compact_currency,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_symbol,
)

from .i18n import SOURCE_LANGUAGE, language

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
"""English month names, independent of the process locale (same text everywhere)."""

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}
"""The currency signs the English compact style writes in front of an amount."""

NBSP = "\u00a0"


@lru_cache(maxsize=8)
def _babel_locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None


def locale() -> Locale | None:
    """Babel's locale for the installed language, or None for English (the core's own style)."""
    code = language()
    return None if code == SOURCE_LANGUAGE else _babel_locale(code)


# --- numbers ------------------------------------------------------------------


def number(value: float, digits: int = 0, fixed: bool = False) -> str:
    """'1,250,000' / '1.250.000'; `digits` decimals (English always writes them all; other
    languages at most that many unless `fixed`)."""
    loc = locale()
    if loc is None:
        return f"{value:,.{digits}f}"
    pattern = "#,##0" + ("." + ("0" if fixed else "#") * digits if digits else "")
    return format_decimal(value, format=pattern, locale=loc)


def integer(value: float) -> str:
    """A count: '1234' as the core always wrote it in English, '1.234' in German."""
    loc = locale()
    if loc is None:
        return str(value) if isinstance(value, int) else f"{value:.0f}"
    return format_decimal(round(value), format="#,##0", locale=loc)


def percent(share: float | None) -> str:
    """'42%' / '42 %' from 0.42; an em dash when there is nothing to divide."""
    if share is None:
        return "—"
    loc = locale()
    if loc is None:
        return f"{share * 100:.0f}%"
    return format_percent(share, format="#,##0 %", locale=loc)


def percent_number(value: float, general: bool = False) -> str:
    """'42%' / '42 %' from 42 (a share in hundredths); `general`: '12.5%' as :g writes it."""
    loc = locale()
    if loc is None:
        return f"{value:g}%" if general else f"{value:.0f}%"
    pattern = "#,##0.######" if general else "#,##0"
    return f"{format_decimal(value, format=pattern, locale=loc)}{NBSP}%"


# --- money --------------------------------------------------------------------


def _symbol_first(loc: Locale) -> bool:
    pattern = str(loc.currency_formats["standard"].pattern)
    return pattern.lstrip().startswith("¤")


def money(amount: float | None, currency: str) -> str:
    """Short: '€1.2m', '$850k', 'CHF 12k' / '1,2 Mio. €', '850 Tsd. €'; an em dash for none."""
    if amount is None:
        return "—"
    code = (currency or "EUR").upper()
    loc = locale()
    if loc is None:
        return _english_money(amount, code)
    value = abs(amount)
    if value >= 1_000_000:
        digits = 0 if 100_000_000 <= value < 1_000_000_000 else 1
        return format_compact_currency(amount, code, locale=loc, fraction_digits=digits)
    if value >= 10_000:
        from .i18n import translate

        thousands = format_decimal(round(amount / 1_000), format="#,##0", locale=loc)
        text = translate("Formats", "{number} k").format(number=thousands).replace(" ", NBSP)
        symbol = get_currency_symbol(code, locale=loc)
        return f"{symbol}{NBSP}{text}" if _symbol_first(loc) else f"{text}{NBSP}{symbol}"
    return money_exact(amount, code)


def _english_money(amount: float, code: str) -> str:
    symbol = SYMBOLS.get(code)
    prefix = symbol if symbol else f"{code} "
    sign = "-" if amount < 0 else ""
    value = abs(amount)
    if value >= 1_000_000_000:
        text = f"{value / 1_000_000_000:.1f}bn"
    elif value >= 100_000_000:
        text = f"{value / 1_000_000:.0f}m"
    elif value >= 1_000_000:
        text = f"{value / 1_000_000:.1f}m"
    elif value >= 10_000:
        text = f"{value / 1_000:.0f}k"
    elif value >= 1_000:
        text = f"{value / 1_000:.1f}k"
    else:
        text = f"{value:.0f}"
    return f"{sign}{prefix}{text.replace('.0m', 'm').replace('.0k', 'k').replace('.0bn', 'bn')}"


def money_exact(amount: float, currency: str) -> str:
    """Whole units: 'EUR 1,250,000' / '1.250.000 €'."""
    code = (currency or "EUR").upper()
    loc = locale()
    if loc is None:
        return f"{code} {amount:,.0f}"
    pattern = loc.currency_formats["standard"].pattern.split(";")[0]
    whole = pattern.replace("#,##0.00", "#,##0").replace("0.00", "0")
    return format_currency(amount, code, format=whole, locale=loc, currency_digits=False)


def amount_code(amount: float, currency: str) -> str:
    """A whole amount then the code: '1,250,000 EUR' / '1.250.000 €'."""
    if locale() is None:
        return f"{amount:,} {currency}"
    return money_exact(amount, currency)


# --- dates --------------------------------------------------------------------


def iso_day(value: dt.date) -> str:
    """'2027-03-12' / '12.03.2027': a date in a sentence, exact and short."""
    loc = locale()
    if loc is None:
        return value.isoformat()
    return format_date(value, "dd.MM.y" if loc.language == "de" else "short", locale=loc)


def month(value: dt.date) -> str:
    """The month abbreviated: 'Mar' / 'März'."""
    loc = locale()
    if loc is None:
        return MONTH_NAMES[value.month - 1][:3]
    return format_date(value, "LLL", locale=loc).rstrip(".")


def month_year(value: dt.date) -> str:
    """'Mar 2027' / 'März 2027'."""
    loc = locale()
    if loc is None:
        return f"{MONTH_NAMES[value.month - 1][:3]} {value.year}"
    return format_date(value, "MMM y", locale=loc)


def day(value: dt.date | None) -> str:
    """'12 Mar 2027' / '12. März 2027'; an em dash for no date."""
    if value is None:
        return "—"
    loc = locale()
    if loc is None:
        return f"{value.day} {MONTH_NAMES[value.month - 1][:3]} {value.year}"
    return format_date(value, "d. MMM y" if loc.language == "de" else "medium", locale=loc)


def long_day(value: dt.date) -> str:
    """'12 March 2027' / '12. März 2027': a date no reader can take the wrong way round."""
    loc = locale()
    if loc is None:
        return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"
    return format_date(value, "long", locale=loc)


def day_time(value: dt.datetime) -> str:
    """'2027-03-12 14:05' / '12.03.2027 14:05' (a moment in a listing)."""
    loc = locale()
    if loc is None:
        return f"{value:%Y-%m-%d %H:%M}"
    return f"{iso_day(value.date())} {value:%H:%M}"
