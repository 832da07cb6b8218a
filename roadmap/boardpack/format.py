"""How the pack writes numbers, money and dates: short, consistent, locale-free."""

from __future__ import annotations

import datetime as dt

from roadmap.model.calendar import MONTH_NAMES

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹"}


def month(value: dt.date) -> str:
    """'Mar'."""
    return MONTH_NAMES[value.month - 1][:3]


def money(amount: float | None, currency: str) -> str:
    """'€1.2m', '$850k', 'CHF 12k'; an em dash for no amount."""
    if amount is None:
        return "—"
    symbol = _SYMBOLS.get(currency.upper())
    prefix = symbol if symbol else f"{currency.upper()} "
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


def percent(share: float | None) -> str:
    """'42%'; an em dash when there is nothing to divide."""
    return "—" if share is None else f"{share * 100:.0f}%"


def day(value: dt.date | None) -> str:
    """'12 Mar 2027'; an em dash for no date."""
    return "—" if value is None else f"{value.day} {month(value)} {value.year}"


def span(start: dt.date | None, end: dt.date | None) -> str:
    """'Mar 2027 – Sep 2027', or what is known of it."""
    if start is None and end is None:
        return "not scheduled"
    first = "?" if start is None else f"{month(start)} {start.year}"
    last = "?" if end is None else f"{month(end)} {end.year}"
    return first if first == last else f"{first} – {last}"


def span_variants(start: dt.date | None, end: dt.date | None) -> list[str]:
    """The span written ever shorter, for a label to take the longest that fits.

    'Jan 2027 – Sep 2027', then 'Jan–Sep 2027' within one year or
    'Oct 2027–Feb 2028' across two, then 'Oct ’27–Feb ’28'; a span with an
    unknown end has only its one form.
    """
    full = span(start, end)
    if start is None or end is None or full == f"{month(start)} {start.year}":
        return [full]
    variants = [full]
    if start.year == end.year:
        variants.append(f"{month(start)}–{month(end)} {end.year}")
    else:
        variants.append(f"{month(start)} {start.year}–{month(end)} {end.year}")
    variants.append(f"{month(start)} ’{start.year % 100:02d}–{month(end)} ’{end.year % 100:02d}")
    return variants
