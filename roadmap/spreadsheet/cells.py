"""The cell formats of an initiatives sheet, read and written.

One module holds both directions so that what the exporter writes the
importer reads back: formula neutralisation (a leading apostrophe) and its
reversal, lists separated by ';' (a ';' inside a name written '\\;'),
'Marketing (lead)' department roles, 'Go-live 2027-06-30' milestones, and
budgets such as '1,200,000', '€1.2m', '250k' or '1e6'.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from roadmap.i18n import translate
from roadmap.model.enums import Role

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is a formula to Excel, LibreOffice and Sheets."""

_SPLIT = re.compile(r"(?<!\\);")
_ISO_AT_END = re.compile(r"^(\S.*?)\s+(\d{4}-\d{2}-\d{2})$")
_ROLE = re.compile(r"^(.*?)\s*[\(\[]\s*([^\(\)\[\]]*?)\s*[\)\]]\s*$")
_SCALE = {"k": 10**3, "m": 10**6, "mn": 10**6, "mio": 10**6, "bn": 10**9, "b": 10**9,
          "thousand": 10**3, "tsd": 10**3, "million": 10**6, "millionen": 10**6,
          "mrd": 10**9, "billion": 10**9}
_BUDGET = re.compile(r"^(?P<number>\d[\d.,' _]*)\s*(?P<scale>k|m|mn|mio|bn|b|thousand|tsd|"
                     r"million|millionen|mrd|billion)?\.?$")
_SCIENTIFIC = re.compile(r"^\d+(?:\.\d+)?e[+-]?\d{1,2}$")
_CODES = r"(?:eur|euro|euros|usd|dollars?|gbp|chf|sek|nok|dkk|pln|czk|jpy|cad|aud|nzd)"
_CURRENCY = re.compile(rf"^{_CODES}\s*|\s*{_CODES}$|[€$£¥₹]")


def neutralise(text: str) -> str:
    """Prefix an apostrophe when a cell would start a formula (or already starts quoted).

    Leading apostrophes are counted first, so a value that really starts
    with "'=" survives the round trip as well.
    """
    bare = text.lstrip("'")
    return "'" + text if bare.startswith(DANGEROUS_START) else text


def restore(text: str) -> str:
    """Reverse `neutralise`: drop the apostrophe it added, and only that one."""
    if text.startswith("'") and text.lstrip("'").startswith(DANGEROUS_START):
        return text[1:]
    return text


def join_list(items: list[str]) -> str:
    """'Shopify; Adyen' from names (a ';' inside a name escaped as '\\;')."""
    return "; ".join(item.replace(";", "\\;") for item in items)


def split_list(text: str) -> list[str]:
    """The non-empty items of a ';'-separated cell, stripped and unescaped.

    A cell without an escaped ';' (nearly every one) is split by `str.split`,
    which gives the same items as the pattern, at a fraction of its cost.
    """
    if "\\;" not in text:
        return [part for part in map(str.strip, text.split(";")) if part]
    return [part.strip().replace("\\;", ";") for part in _SPLIT.split(text) if part.strip()]


def format_department(name: str, role: Role) -> str:
    """'Marketing (lead)'."""
    return f"{name} ({role.value})"


def parse_department(item: str) -> tuple[str, str | None]:
    """('Marketing', 'lead') from 'Marketing (lead)'; the role is None when not given."""
    match = _ROLE.match(item)
    if match and match[1]:
        return match[1].strip(), match[2].strip()
    return item.strip(), None


def format_vendor(name: str, category: object, contract_end: dt.date | None) -> str:
    """'Shopify (commerce platform, 2028-03-31)' or 'Adyen (payments)'."""
    label = getattr(category, "label", str(category)).lower()
    end = f", {contract_end.isoformat()}" if contract_end is not None else ""
    return f"{name} ({label}{end})"


def parse_vendor(item: str) -> tuple[str, str | None, str | None]:
    """('Shopify', 'commerce platform', '2028-03-31') from 'Shopify (commerce platform,
    2028-03-31)'; the category and the date are None when not given."""
    match = _ROLE.match(item)
    if not (match and match[1]):
        return item.strip(), None, None
    parts = [part.strip() for part in match[2].split(",") if part.strip()]
    category = parts[0] if parts else None
    return match[1].strip(), category, ", ".join(parts[1:]) or None


def format_milestone(name: str, when: dt.date) -> str:
    """'Go-live 2027-06-30'."""
    return f"{name} {when.isoformat()}"


@lru_cache(maxsize=65536)
def split_milestone(item: str) -> tuple[str, str]:
    """('Go-live', '2027-06-30') from 'Go-live 2027-06-30', 'Go-live: 30 Jun 2027' and the like.

    The date is the last one, two or three words (so '30 Jun 2027' works);
    the caller parses it. Without a date the second part is ''. Cached: a
    big sheet repeats the same few milestones on the same dates.
    """
    iso = _ISO_AT_END.match(item)
    if iso:  # the form the exporter writes: no need to try word by word
        return iso[1].rstrip(" :-,"), iso[2]
    bracketed = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
    if bracketed and re.search(r"\d", bracketed[2]):
        return bracketed[1].strip(" :-"), bracketed[2].strip()
    words = item.split()
    for size in (3, 2, 1):
        if len(words) > size and _looks_like_date(" ".join(words[-size:])):
            return " ".join(words[:-size]).rstrip(" :-,"), " ".join(words[-size:])
    return item.strip(), ""


def _looks_like_date(text: str) -> bool:
    from .dates import read_date

    try:
        read_date(text)
    except ValueError:
        return False
    return True


def parse_budget(value: Any) -> int | None:
    """A whole amount from 1200000, '1,200,000', '1.200.000', '€1.2m', '250k', 'EUR 5 000'.

    Empty means None. ValueError with a message for anything else.
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueError(translate("Import", "{value} is not an amount").format(value=repr(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(translate("Import", "{value} is not an amount").format(
                value=repr(value)))
        return round(value)
    text = str(value).strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return None
    negative = text.startswith("-") or (text.startswith("(") and text.endswith(")"))
    text = _CURRENCY.sub("", text.strip("-() ")).strip()
    if _SCIENTIFIC.match(text):  # 1e6, 2.5e5: what a sheet shows for a big number
        result = int(Decimal(text).to_integral_value())
        return -result if negative else result
    match = _BUDGET.match(text)
    if not match:
        raise ValueError(_not_an_amount(value))
    number = _decimal(match["number"].strip(), bool(match["scale"]))
    if number is None:
        raise ValueError(_not_an_amount(value))
    amount = number * _SCALE.get(match["scale"] or "", 1)
    result = int(amount.to_integral_value())
    return -result if negative else result


def _not_an_amount(value: Any) -> str:
    return translate("Import", "{value} is not an amount (write it like 1200000, 1,200,000, "
                     "€1.2m, 250k or 1e6)").format(value=repr(value))


def _decimal(text: str, scaled: bool) -> Decimal | None:
    """Read thousands separators and a decimal mark, in English or European style."""
    text = text.replace(" ", "").replace("_", "").replace("'", "")
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif commas or dots:
        mark = "," if commas else "."
        parts = text.split(mark)
        grouped = len(parts) > 2 or (len(parts[-1]) == 3 and not scaled)
        if grouped and all(len(p) == 3 for p in parts[1:]):
            text = "".join(parts)
        elif len(parts) == 2:
            text = parts[0] + "." + parts[1]
        else:
            return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
