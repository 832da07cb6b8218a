"""How the pack writes numbers, money and dates: short and consistent.

English keeps the pack's own compact style ('€1.2m', '12 Mar 2027');
another language is written by `roadmap.formats` with that language's
conventions ('1,2 Mio. €', '12. März 2027').
"""

from __future__ import annotations

import datetime as dt

from roadmap import formats
from roadmap.i18n import translate


def month(value: dt.date) -> str:
    """'Mar'."""
    return formats.month(value)


def money(amount: float | None, currency: str) -> str:
    """'€1.2m', '$850k', 'CHF 12k'; an em dash for no amount."""
    return formats.money(amount, currency)


def percent(share: float | None) -> str:
    """'42%'; an em dash when there is nothing to divide."""
    return formats.percent(share)


def day(value: dt.date | None) -> str:
    """'12 Mar 2027'; an em dash for no date."""
    return formats.day(value)


def span(start: dt.date | None, end: dt.date | None) -> str:
    """'Mar 2027 – Sep 2027', or what is known of it."""
    if start is None and end is None:
        return translate("Formats", "not scheduled")
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
