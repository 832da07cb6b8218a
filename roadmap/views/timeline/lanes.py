"""The timeline's swimlanes, defined once for every renderer.

Which lane each initiative falls in, the order of the lanes, which themes
merge into one lane, each lane's label and colour, and the order of the
initiatives inside it: the app's timeline, the presentation and the board
pack all draw these lanes, so they can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from roadmap.graph import no_lead_label
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model import palette
from roadmap.model.enums import Status
from roadmap.views.timeline.model import BarRecord, LaneMode, TimelineData

NO_THEME = QT_TRANSLATE_NOOP("Views", "No theme")
"""The lane of initiatives with no theme."""
NO_LEAD_KEY = "department:none"
NO_THEME_KEY = "theme:"


@dataclass(frozen=True)
class Lane:
    """One swimlane: a stable key, the label shown, a colour and its initiatives in order."""

    key: str
    label: str
    colour: str | None = None
    members: tuple[int, ...] = ()
    """Ids of the lane's initiatives: scheduled ones by start, end and title, then the others."""
    dated: tuple[int, ...] = ()
    """The scheduled members (a start and an end), in the same order."""


def theme_key(theme: str) -> str:
    """The lane key of a theme: themes that differ only in case or spacing share a lane."""
    cleaned = " ".join(theme.split())
    return f"theme:{cleaned.casefold()}" if cleaned else NO_THEME_KEY


def lane_key(bar: BarRecord, mode: LaneMode) -> str:
    """The key of the lane `bar` falls in under `mode`."""
    if mode is LaneMode.DEPARTMENT:
        return (f"department:{bar.lead_department_id}" if bar.lead_department_id
                else NO_LEAD_KEY)
    if mode is LaneMode.THEME:
        return theme_key(bar.theme)
    return f"status:{bar.status.value}"


def _order(bar: BarRecord) -> tuple[int, dt.date, dt.date, str, int]:
    if bar.dated:
        return (0, bar.start or dt.date.max, bar.end or dt.date.max, bar.title.casefold(), bar.id)
    return (1, dt.date.max, dt.date.max, bar.title.casefold(), bar.id)


def _candidates(data: TimelineData, mode: LaneMode) -> list[tuple[str, str, str | None]]:
    """Every lane that could show under `mode`, in display order: (key, label, colour)."""
    if mode is LaneMode.DEPARTMENT:
        lanes: list[tuple[str, str, str | None]] = [
            (f"department:{key}", name, colour) for key, name, colour in data.departments]
        return [*lanes, (NO_LEAD_KEY, no_lead_label(), palette.GREY)]
    if mode is LaneMode.THEME:
        labels: dict[str, str] = {}
        for bar in data.bars.values():  # by id: the oldest spelling of a theme names its lane
            key = theme_key(bar.theme)
            labels.setdefault(key, " ".join(bar.theme.split()))
        named = sorted((k for k in labels if k != NO_THEME_KEY), key=lambda k: (k, labels[k]))
        lanes = [(key, labels[key], palette.department_colour(index))
                 for index, key in enumerate(named)]
        return [*lanes, (NO_THEME_KEY, translate("Views", NO_THEME), palette.GREY)]
    return [(f"status:{s.value}", s.label, palette.STATUS[s]) for s in Status]


def timeline_lanes(data: TimelineData, mode: LaneMode) -> list[Lane]:
    """The lanes in display order, each with its initiatives; lanes with none are left out.

    By lead department: business departments first, then IT, each by name,
    and 'No lead department' last; by theme: alphabetical, 'No theme' last;
    by status: in the order of the status list.
    """
    members: dict[str, list[BarRecord]] = {}
    for bar in data.bars.values():
        members.setdefault(lane_key(bar, mode), []).append(bar)
    lanes: list[Lane] = []
    for key, label, colour in _candidates(data, mode):
        bars = sorted(members.get(key, ()), key=_order)
        if bars:
            lanes.append(Lane(key, label, colour, tuple(b.id for b in bars),
                              tuple(b.id for b in bars if b.dated)))
    return lanes


def lane_of(lanes: Iterable[Lane]) -> dict[int, str]:
    """The lane key of every initiative in `lanes`."""
    return {member: lane.key for lane in lanes for member in lane.members}


def contract_ends(data: TimelineData, first: dt.date, last: dt.date
                  ) -> list[tuple[int, str, dt.date]]:
    """Vendor contract ends between `first` and `last`, one per day naming every vendor.

    Each entry is (first vendor id, 'Name, Name', day), by day; vendors on one
    day are named alphabetically.
    """
    days: dict[dt.date, tuple[int, str, dt.date]] = {}
    inside = [v for v in data.vendors if first <= v[2] <= last]
    for vendor_id, name, day in sorted(inside, key=lambda v: (v[2], v[1].casefold(), v[0])):
        if day in days:
            first_id, names, _day = days[day]
            days[day] = (first_id, f"{names}, {name}", day)
        else:
            days[day] = (vendor_id, name, day)
    return list(days.values())
