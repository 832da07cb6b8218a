"""The timeline's facts and pure maths: records, lanes, time scale, row packing, drags.

The timeline view (ui/views/timeline/) reads the roadmap once into plain records
(`collect`) and works from these functions: which lane an initiative belongs
to, how dates map to pixels, how bars pack into rows, what a drag does to the
dates (snapped to weeks) and which dependencies it would break. The pixel
layout is roadmap.views.timeline.layout, the arrow routing roadmap.views.timeline.routes.
Qt-free on purpose: it is unit-tested on its own and runs in the core.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from roadmap.analysis.dependencies import finish_to_start_gap
from roadmap.graph import RoadmapGraph, build_graph, dependency_pairs
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.calendar import quarter_of, snap_to_week
from roadmap.model.entities import Milestone
from roadmap.model.enums import Bucket, Health, Status
from roadmap.services.changes import Change

if TYPE_CHECKING:
    from roadmap.services.document import Document

DAY = dt.timedelta(days=1)


class LaneMode(StrEnum):
    """What the swimlanes group initiatives by."""

    DEPARTMENT = "department"
    THEME = "theme"
    STATUS = "status"

    @property
    def label(self) -> str:
        """The text of the lane switch: 'Lead department', 'Theme', 'Status'."""
        return translate("Views", {"department": QT_TRANSLATE_NOOP("Views", "Lead department"),
                                   "theme": QT_TRANSLATE_NOOP("Views", "Theme"),
                                   "status": QT_TRANSLATE_NOOP("Views", "Status")}[self.value])


class DragMode(StrEnum):
    """Which part of a bar a drag holds: the whole bar, its start or its end."""

    MOVE = "move"
    START = "start"
    END = "end"


# --- the roadmap as plain records -----------------------------------------------


@dataclass
class BarRecord:
    """What the timeline shows of one initiative, read once from the document."""

    id: int
    title: str
    start: dt.date | None
    end: dt.date | None
    bucket: Bucket | None
    status: Status
    health: Health
    theme: str
    lead_department_id: int | None
    it_alone: bool = False
    """IT is involved and no business department leads or contributes (CR101's rule)."""
    milestones: list[tuple[str, dt.date]] = field(default_factory=list)

    @property
    def dated(self) -> bool:
        """True when the initiative has a start and an end (else it sits in a bucket)."""
        return self.start is not None and self.end is not None

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """(start, end) of a scheduled initiative, None for one in a bucket."""
        if self.start is None or self.end is None:
            return None
        return self.start, self.end


@dataclass
class TimelineData:
    """Everything the timeline draws, as plain values (no ORM access while laying out)."""

    bars: dict[int, BarRecord]
    departments: list[tuple[int, str, str]]
    """(id, name, colour): business departments first, then IT, each by name (as the board pack)."""
    vendors: list[tuple[int, str, dt.date]]
    """(id, name, contract end) of every vendor with a contract end."""
    pairs: list[tuple[int, int]]
    """(dependent, prerequisite) of every dependency, sorted."""
    horizon: tuple[dt.date, dt.date]
    fiscal_year_start_month: int


def collect(doc: Document, graph: RoadmapGraph | None = None) -> TimelineData:
    """Read everything the timeline needs from the roadmap graph (built when not given).

    Lead department and IT alone come from the graph's ownership facts, so the
    timeline, the analysis, the graph view and the board pack agree.
    """
    graph = build_graph(doc) if graph is None else graph
    milestones: dict[int, list[tuple[str, dt.date]]] = defaultdict(list)
    table = Milestone.__table__
    query = select(table.c.initiative_id, table.c.name, table.c.date).order_by(
        table.c.date, table.c.id)
    for initiative_id, name, day in doc.session.execute(query):
        milestones[initiative_id].append((name, day))
    bars: dict[int, BarRecord] = {}
    departments: list[tuple[bool, str, int, str, str]] = []
    vendors: list[tuple[int, str, dt.date]] = []
    for _key, a in graph.nodes(data=True):
        kind = a["kind"]
        if kind == "initiative":
            bars[a["id"]] = BarRecord(
                a["id"], a["title"], a["start"], a["end"], a["bucket"],
                a["status"] or Status.PLANNED, a["health"] or Health.GREEN, a["theme"] or "",
                a.get("lead_department"), bool(a.get("it_alone")),
                milestones.get(a["id"], []),
            )
        elif kind == "department":
            departments.append((bool(a.get("is_it")), a["name"].casefold(), a["id"],
                                a["name"], a["colour"]))
        elif kind == "vendor" and a.get("contract_end") is not None:
            vendors.append((a["id"], a["name"], a["contract_end"]))
    info = graph.graph
    return TimelineData(
        bars=dict(sorted(bars.items())),
        departments=[(key, name, colour) for *_, key, name, colour in sorted(departments)],
        vendors=sorted(vendors),
        pairs=sorted(dependency_pairs(graph)),
        horizon=(info["horizon_start"], info["horizon_end"]),
        fiscal_year_start_month=info.get("fiscal_year_start_month") or 1,
    )


RECORD_FIELDS = frozenset({"title", "start", "end", "bucket", "status", "health", "theme"})
"""Initiative columns a BarRecord copies: edits touching only these can be patched in."""


def patch(data: TimelineData, change: Change) -> bool:
    """Apply an edit of initiative fields to the records in place; False when it cannot.

    A drag or a rename then needs no new read of the document. Anything else
    (new rows, links, departments, ownership) asks for a fresh `collect`.
    """
    rows = change.rows
    if not rows or any(
        r.table != "initiative" or r.before is None or r.after is None
        or not set(r.after) <= RECORD_FIELDS or r.key not in data.bars
        for r in rows
    ):
        return False
    for r in rows:
        record = data.bars[r.key]
        for name, value in r.after.items():  # type: ignore[union-attr]
            setattr(record, name, "" if name == "theme" and value is None else value)
    return True


# --- time scale -------------------------------------------------------------------


@dataclass(frozen=True)
class TimeScale:
    """Maps dates to x and back: day `origin` starts at x = 0."""

    origin: dt.date
    px_per_day: float

    def x_of(self, day: dt.date) -> float:
        """The x where `day` begins."""
        return (day - self.origin).days * self.px_per_day

    def date_at(self, x: float) -> dt.date:
        """The day whose span contains x."""
        return self.origin + dt.timedelta(days=int(x // self.px_per_day))

    def days(self, dx: float) -> int:
        """A horizontal distance in whole days, rounded to the nearest."""
        return round(dx / self.px_per_day)


def axis_span(data: TimelineData) -> tuple[dt.date, dt.date]:
    """First and last day on the axis: the horizon widened to every dated bar, whole quarters.

    Vendor contract ends do not widen it: one ending after all the work is
    done concerns no initiative on this roadmap (CR302 is about the others).
    """
    first, last = data.horizon
    for bar in data.bars.values():
        if bar.span is not None:
            first, last = min(first, bar.span[0]), max(last, bar.span[1])
    fy = data.fiscal_year_start_month
    return quarter_of(first, fy).start, quarter_of(last, fy).end


# --- row packing ------------------------------------------------------------------


def pack_rows(extents: Iterable[tuple[int, float, float]], gap: float = 0.0,
              compact: bool = True) -> dict[int, int]:
    """Rows for items spanning [x0, x1]: each goes in the first row where it fits.

    Items are placed in order of x0 (then key); two items share a row only when
    `gap` separates them. With `compact` False every item gets its own row.
    """
    ordered = sorted(extents, key=lambda e: (e[1], e[0]))
    if not compact:
        return {key: row for row, (key, _x0, _x1) in enumerate(ordered)}
    # Items come by x0, so a row free for one item stays free for every later one
    # until it is given out again: the rows freed so far wait in a heap by number,
    # the rows in use in a heap by where they free up (n log n, not rows x items).
    busy: list[tuple[float, int]] = []
    free: list[int] = []
    rows: dict[int, int] = {}
    for key, x0, x1 in ordered:
        while busy and busy[0][0] <= x0:
            heapq.heappush(free, heapq.heappop(busy)[1])
        row = heapq.heappop(free) if free else len(busy)  # else every row so far is in use
        rows[key] = row
        heapq.heappush(busy, (x1 + gap, row))
    return rows


# --- drags ------------------------------------------------------------------------


def snap_end_to_week(day: dt.date) -> dt.date:
    """The Sunday nearest to `day`: a snapped end closes the week a snapped start opens."""
    return snap_to_week(day + DAY) - DAY


def dragged_dates(mode: DragMode, start: dt.date, end: dt.date,
                  delta_days: int) -> tuple[dt.date, dt.date]:
    """The dates after dragging a bar by `delta_days`, snapped to weeks.

    A move snaps the start to a Monday and keeps the duration; a resize snaps
    the moved end only, and never lets the bar shrink below one week.
    """
    delta = dt.timedelta(days=delta_days)
    if mode is DragMode.MOVE:
        new_start = snap_to_week(start + delta)
        return new_start, new_start + (end - start)
    if mode is DragMode.START:
        new_start = snap_to_week(start + delta)
        return min(new_start, end - 6 * DAY), end
    new_end = snap_end_to_week(end + delta)
    return start, max(new_end, start + 6 * DAY)


def _breaks(dependent: BarRecord, prerequisite: BarRecord,
            start: dt.date | None, end: dt.date | None) -> bool:
    """CR202's rule (analysis.dependencies) for the dependent starting at `start`."""
    return finish_to_start_gap(dependent.status, start, prerequisite.status, end) is not None


def broken_dependencies(moved: int, start: dt.date, end: dt.date,
                        bars: dict[int, BarRecord],
                        pairs: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (dependent, prerequisite) pairs that `moved` at [start, end] would violate.

    Finish-to-start, as the analysis judges it (CR202): an open dependent must
    not start before its (not cancelled) prerequisite ends.
    """
    broken: list[tuple[int, int]] = []
    me = bars.get(moved)
    if me is None:
        return broken
    for dependent, prerequisite in pairs:
        if moved == dependent:
            other = bars.get(prerequisite)
            if other is not None and _breaks(me, other, start, other.end):
                broken.append((dependent, prerequisite))
        elif moved == prerequisite:
            other = bars.get(dependent)
            if other is not None and _breaks(other, me, other.start, end):
                broken.append((dependent, prerequisite))
    return broken


def violated_pairs(bars: dict[int, BarRecord],
                   pairs: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """Every (dependent, prerequisite) pair the analysis reports as CR202."""
    out: set[tuple[int, int]] = set()
    for dependent, prerequisite in pairs:
        a, b = bars.get(dependent), bars.get(prerequisite)
        if a is not None and b is not None and _breaks(a, b, a.start, b.end):
            out.add((dependent, prerequisite))
    return out
