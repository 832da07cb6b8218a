"""How values read on screen, and how typed text becomes values again.

Shared by the item models, the delegates and the inspector so that a budget
or a date looks the same everywhere and parses with the same rules.
"""

from __future__ import annotations

import datetime as dt
import re

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


def money(amount: int | None, currency: str = "EUR") -> str:
    """A budget as '€1,250,000', or the none mark."""
    if amount is None:
        return NONE_TEXT
    return f"{currency_symbol(currency)}{amount:,}"


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
    match = _MONEY.match(cleaned)
    if match is None:
        raise ValidationError(field, f"{text.strip()!r} is not an amount (e.g. 250000, 250k, 1.2m)")
    number = float(match["num"].replace(",", "."))
    return round(number * _UNITS[match["unit"].lower()])


def date_text(day: dt.date | None) -> str:
    """A date as ISO 'YYYY-MM-DD' (unambiguous in every locale), or the none mark."""
    return NONE_TEXT if day is None else day.isoformat()


def enum_text(value: LabelledEnum | None) -> str:
    """An enumeration member's label, or the none mark."""
    return NONE_TEXT if value is None else value.label


def yes_no(value: bool) -> str:
    """'Yes' or 'No'."""
    return "Yes" if value else "No"
