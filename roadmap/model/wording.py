"""How the core words counts and lists in the sentences it shows people.

Findings, import reports, the board pack and the command line all say
"1 day", "3 initiatives" and "A, B or C" the same way, from here.
"""

from __future__ import annotations

from collections.abc import Sequence


def plural(count: int, noun: str, many: str | None = None) -> str:
    """'1 initiative', '3 initiatives'; `many` for other plurals ('dependencies are')."""
    return f"{count} {noun if count == 1 else (many if many is not None else noun + 's')}"


def join_names(names: Sequence[str]) -> str:
    """'A', 'A or B', 'A, B or C': alternatives named in advice."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]
