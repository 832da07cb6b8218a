"""What a board pack prints: the one set of options the command line and the dialog share.

Each choice is an enum whose members are the only values there are: the
`export` command takes their values as its choices, the export dialog lists
their labels, and the exporter reads a frozen `BoardPackOptions`, so no
front end can offer a choice the exporter does not know.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.views.timeline.model import LaneMode


class Sections(StrEnum):
    """Which sections the pack holds."""

    FULL = "full"
    SUMMARY = "summary"
    TIMELINE = "timeline"

    @property
    def label(self) -> str:
        """The choice as the export dialog names it."""
        return translate("Options", {"full": QT_TRANSLATE_NOOP("Options", "Full pack"),
                                     "summary": QT_TRANSLATE_NOOP("Options", "Executive one-pager"),
                                     "timeline": QT_TRANSLATE_NOOP(
                                         "Options", "Chart only (the timeline)")}[self.value])

    @property
    def sections(self) -> tuple[str, ...]:
        """The names of the sections printed, in order."""
        if self is Sections.FULL:
            return ("cover", "summary", "changes", "timeline", "dependency_map", "ownership",
                    "findings", "appendix")
        return (self.value,)


_POINTS_PER_MM = 72 / 25.4
_A4_LANDSCAPE = (297 * _POINTS_PER_MM, 210 * _POINTS_PER_MM)
_LETTER_LANDSCAPE = (11 * 72.0, 8.5 * 72.0)


class PageSize(StrEnum):
    """The paper, always landscape."""

    A4 = "a4"
    LETTER = "letter"

    @property
    def label(self) -> str:
        """The choice as the export dialog names it."""
        return translate("Options", {"a4": QT_TRANSLATE_NOOP("Options", "A4 landscape"),
                                     "letter": QT_TRANSLATE_NOOP("Options", "Letter landscape")
                                     }[self.value])

    @property
    def points(self) -> tuple[float, float]:
        """Width and height of the landscape page in points."""
        return _A4_LANDSCAPE if self is PageSize.A4 else _LETTER_LANDSCAPE


@dataclass(frozen=True)
class BoardPackOptions:
    """Everything the user chooses about a board pack."""

    sections: Sections = Sections.FULL
    page_size: PageSize = PageSize.A4
    lanes: LaneMode = LaneMode.DEPARTMENT
    """What the timeline's swimlanes group initiatives by."""
    as_of: dt.date | None = None
    """The date the pack reports as of (None: today)."""
    logo: Path | None = None
    """A PNG or JPEG for the cover and the page header."""
    since: str | None = None
    """The snapshot the "What changed since" page compares with (None: the latest)."""

    def on(self, today: dt.date) -> BoardPackOptions:
        """These options with `as_of` filled in (`today` when none was chosen)."""
        return self if self.as_of is not None else replace(self, as_of=today)
