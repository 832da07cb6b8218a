"""How values read on screen, and how typed text becomes values again.

Shared by the item models, the delegates and the inspector so that a budget
or a date looks the same everywhere and parses with the same rules. Money
follows the default QLocale (set by ui.translation.apply_language): English
writes '€1,250,000', German '1.250.000 €'.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from roadmap import i18n
from roadmap.model.enums import LabelledEnum
from roadmap.model.errors import ValidationError

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF ", "INR": "₹"}
_MONEY = re.compile(r"^(?P<num>\d+(?:[.,]\d+)?)\s*(?P<unit>[kmb]?)$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1_000, "m": 1_000_000, "b": 1_000_000_000}

NONE_TEXT = "—"
"""Shown for an empty optional value."""


def currency_symbol(code: str) -> str:
    """'€' for EUR, '$' for USD; otherwise the code and a space."""
    return _SYMBOLS.get(code.upper(), f"{code.upper()} ")


def _english() -> bool:
    """True unless the app is translated (ui.translation sets the locale with the language)."""
    return i18n.language() == i18n.SOURCE_LANGUAGE


def money(amount: int | None, currency: str = "EUR") -> str:
    """A budget as '€1,250,000' (English) or '1.250.000 €' (German), or the none mark."""
    if amount is None:
        return NONE_TEXT
    if _english():
        return f"{currency_symbol(currency)}{amount:,}"
    return f"{QLocale().toString(amount)} {currency_symbol(currency).strip()}"


def parse_money(text: str, field: str = "budget") -> int | None:
    """Typed money to a whole amount: '1.2m', '250k', '€250,000', '250 000'; '' is None."""
    cleaned = text.strip()
    for symbol in set(_SYMBOLS.values()) | set(_SYMBOLS):
        cleaned = cleaned.replace(symbol.strip(), "")
    cleaned = cleaned.replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not cleaned or cleaned == NONE_TEXT:
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+", cleaned):
        cleaned = cleaned.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", cleaned) or (
            not _english() and re.fullmatch(r"\d{1,3}(\.\d{3})+", cleaned)):
        cleaned = cleaned.replace(".", "")  # German thousands: '1.250.000' ('250.000' in German)
    match = _MONEY.match(cleaned)
    if match is None:
        raise ValidationError(field, QCoreApplication.translate(
            "Formatting", "{text!r} is not an amount (e.g. 250000, 250k, 1.2m)").format(
                text=text.strip()))
    number = float(match["num"].replace(",", "."))
    return round(number * _UNITS[match["unit"].lower()])


def date_text(day: dt.date | None) -> str:
    """A date as ISO 'YYYY-MM-DD' (unambiguous in every locale), or the none mark."""
    return NONE_TEXT if day is None else day.isoformat()


def enum_text(value: LabelledEnum | None) -> str:
    """An enumeration member's label, or the none mark."""
    return NONE_TEXT if value is None else value.label


def decimal(value: float, places: int) -> str:
    """`value` with `places` decimals: '11.8' in English, '11,8' in German."""
    if _english():
        return f"{value:.{places}f}"
    return QLocale().toString(value, "f", places)


def day_text(day: dt.date | None) -> str:
    """A date to read (not to edit): '5 Jan 2027' in English, '5. Jan. 2027' in German; '?'."""
    if day is None:
        return "?"
    if _english():
        return f"{day.day} {day:%b %Y}"
    return QLocale().toString(QDate(day.year, day.month, day.day), "d. MMM yyyy")


def month_name(month: int, short: bool = False) -> str:
    """'September' or 'Sep' in English, 'September' or 'Sep' / 'Mär' in German (stand-alone)."""
    if _english():
        return dt.date(2000, month, 1).strftime("%b" if short else "%B")
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().standaloneMonthName(month, kind)


def yes_no(value: bool) -> str:
    """'Yes' or 'No', in the language on show."""
    return (QCoreApplication.translate("Formatting", "Yes") if value
            else QCoreApplication.translate("Formatting", "No"))
