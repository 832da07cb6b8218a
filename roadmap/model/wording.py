"""How the core words counts and lists in the sentences it shows people.

Findings, import reports, the board pack and the command line all say
"1 day", "3 initiatives" and "A, B or C" the same way, from here.
"""

from __future__ import annotations

from collections.abc import Sequence

from roadmap.i18n import translate


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 initiative', '3 initiatives'; `many` for other plurals ('dependencies are')."""
    return f"{count} {noun if count == 1 else (many if many is not None else noun + 's')}"


def join_names(names: Sequence[str]) -> str:
    """'A', 'A or B', 'A, B or C': alternatives named in advice."""
    if len(names) <= 1:
        return "".join(names)
    return translate("Wording", "{names} or {last}").format(
        names=translate("Wording", ", ").join(names[:-1]), last=names[-1])


def join_all(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C': a list of things that all hold."""
    if len(names) <= 1:
        return "".join(names)
    return translate("Wording", "{names} and {last}").format(
        names=translate("Wording", ", ").join(names[:-1]), last=names[-1])


def counted(count: int, one: str, other: str, **values: object) -> str:
    """`one` or `other` (translated texts with a {count} placeholder) for `count`.

    `counted(n, translate("CR202", "{count} day"), translate("CR202", "{count} days"))`:
    the catalogue has both forms, the code picks one; `values` fill further placeholders.
    """
    return (one if count == 1 else other).format(count=count, **values)
