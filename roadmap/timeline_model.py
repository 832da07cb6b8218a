"""Pure layout maths of the timeline: lanes, time scale, row packing, drags, arrows.

The timeline view (ui/timeline/) and, if it wants, the board pack lay out the
same roadmap from these functions: which lane an initiative belongs to, where
a bar sits in pixels, how bars pack into rows, what a drag does to the dates
(snapped to weeks) and which dependencies it would break, and how each
dependency arrow is routed so that no two arrows share a segment ambiguously.
Qt-free on purpose: it is unit-tested on its own and runs in the core.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

import networkx as nx
from sqlalchemy import select

from .calendar import quarter_of, snap_to_week
from .changes import Change
from .enums import Bucket, Health, Status
from .graph import build_graph
from .model import Milestone

if TYPE_CHECKING:
    from .document import Document

DAY = dt.timedelta(days=1)
NO_LEAD = "No lead department"
NO_THEME = "No theme"
UNSORTED = "Unsorted"
"""The column of date-less initiatives without a now / next / later bucket."""


class LaneMode(StrEnum):
    """What the swimlanes group initiatives by."""

    DEPARTMENT = "department"
    THEME = "theme"
    STATUS = "status"

    @property
    def label(self) -> str:
        """The text of the lane switch: 'Lead department', 'Theme', 'Status'."""
        return {"department": "Lead department", "theme": "Theme", "status": "Status"}[self.value]


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


@dataclass
class TimelineData:
    """Everything the timeline draws, as plain values (no ORM access while laying out)."""

    bars: dict[int, BarRecord]
    departments: list[tuple[int, str, str]]
    """(id, name, colour) in id order."""
    vendors: list[tuple[int, str, dt.date]]
    """(id, name, contract end) of every vendor with a contract end."""
    pairs: list[tuple[int, int]]
    """(dependent, prerequisite) of every dependency, sorted."""
    horizon: tuple[dt.date, dt.date]
    fiscal_year_start_month: int


def collect(doc: Document, graph: nx.MultiDiGraph | None = None) -> TimelineData:
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
    departments: list[tuple[int, str, str]] = []
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
            departments.append((a["id"], a["name"], a["colour"]))
        elif kind == "vendor" and a.get("contract_end") is not None:
            vendors.append((a["id"], a["name"], a["contract_end"]))
    pairs = [
        (int(u[11:]), int(v[11:]))
        for u, v, kind in graph.edges(keys=True) if kind == "depends_on"
    ]
    info = graph.graph
    return TimelineData(
        bars=dict(sorted(bars.items())),
        departments=sorted(departments),
        vendors=sorted(vendors),
        pairs=sorted(pairs),
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


# --- lanes ------------------------------------------------------------------------


@dataclass(frozen=True)
class Lane:
    """One swimlane: a stable key, the label shown and an optional colour."""

    key: str
    label: str
    colour: str | None = None


def assign_lanes(data: TimelineData, mode: LaneMode) -> tuple[list[Lane], dict[int, str]]:
    """The lanes in display order, and the lane key of every initiative.

    Lanes with no initiative are left out, except that every status has a
    fixed place in status mode; 'No lead department' and 'No theme' come last.
    """
    of: dict[int, str] = {}
    lanes: list[Lane] = []
    if mode is LaneMode.DEPARTMENT:
        for bar in data.bars.values():
            of[bar.id] = f"department:{bar.lead_department_id}" if bar.lead_department_id \
                else "department:none"
        lanes = [Lane(f"department:{k}", name, colour) for k, name, colour in data.departments]
        lanes.append(Lane("department:none", NO_LEAD))
    elif mode is LaneMode.THEME:
        themes: dict[str, str] = {}
        for bar in data.bars.values():
            theme = bar.theme.strip()
            key = f"theme:{theme.casefold()}" if theme else "theme:"
            themes.setdefault(key, theme)
            of[bar.id] = key
        lanes = [Lane(k, themes[k]) for k in sorted(themes, key=str.casefold) if k != "theme:"]
        lanes.append(Lane("theme:", NO_THEME))
    else:
        for bar in data.bars.values():
            of[bar.id] = f"status:{bar.status.value}"
        lanes = [Lane(f"status:{s.value}", s.label) for s in Status]
    used = set(of.values())
    return [lane for lane in lanes if lane.key in used], of


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
        if bar.dated:
            first, last = min(first, bar.start), max(last, bar.end)  # type: ignore[type-var]
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
    row_ends: list[float] = []
    rows: dict[int, int] = {}
    for key, x0, x1 in ordered:
        for row, end in enumerate(row_ends):
            if end + gap <= x0:
                row_ends[row] = x1
                rows[key] = row
                break
        else:
            rows[key] = len(row_ends)
            row_ends.append(x1)
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


_CLOSED = frozenset({Status.DONE, Status.CANCELLED})


def _breaks(dependent: BarRecord, prerequisite: BarRecord,
            start: dt.date | None, end: dt.date | None) -> bool:
    """CR202's rule: an open dependent starts before a live prerequisite ends."""
    if dependent.status in _CLOSED or prerequisite.status is Status.CANCELLED:
        return False
    return start is not None and end is not None and start < end


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


# --- arrow routing ----------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """A bar's rectangle and the row it sits in (rows are (lane, row) keys)."""

    x0: float
    x1: float
    top: float
    bottom: float
    row: tuple
    """The row this box sits in: boxes in one row never overlap."""

    @property
    def mid(self) -> float:
        """The vertical centre, where arrows leave and arrive."""
        return (self.top + self.bottom) / 2


Point = tuple[float, float]


_BUDGET = 300
"""Most segments one vertical-channel query inspects."""


class _Channels:
    """Occupied segments: a new segment moves to a free track instead of overlapping.

    Each segment carries the ends it belongs to ('from', id) and ('to', id);
    segments that share an end may overlap (fan-out, fan-in), others may not.
    Vertical segments are filed by x bucket, so a query only looks at
    segments near it.
    """

    def __init__(self, sep: float) -> None:
        self.sep = sep
        self.vertical: dict[int, list[tuple[float, float, float, frozenset]]] = defaultdict(list)
        self.horizontal: dict[float, list[tuple[float, float, frozenset]]] = defaultdict(list)

    def _blocking(self, x0: float, x1: float, lo: float, hi: float,
                  groups: frozenset) -> list[float]:
        """x of vertical segments near [x0, x1] overlapping [lo, hi] of other arrows.

        Looks at no more than _BUDGET segments: in a chart so dense that more
        are near, arrows overlap whatever the router does, and the time is
        better spent elsewhere (level of detail for thousands of arrows).
        """
        found = []
        vertical = self.vertical
        budget = _BUDGET
        for b in range(int(x0 // self.sep) - 1, int(x1 // self.sep) + 2):
            entries = vertical.get(b)
            if not entries:
                continue
            if len(entries) > budget:
                entries = entries[-budget:]
            budget -= len(entries)
            for ox, oy0, oy1, og in entries:
                if oy0 <= hi and lo <= oy1 and og.isdisjoint(groups):
                    found.append(ox)
            if budget <= 0:
                break
        return found

    def add_vertical(self, x: float, y0: float, y1: float, groups: frozenset) -> None:
        lo, hi = (y0, y1) if y0 <= y1 else (y1, y0)
        self.vertical[int(x // self.sep)].append((x, lo, hi, groups))

    def free_x(self, x: float, y0: float, y1: float, groups: frozenset, step: float,
               limit: float) -> float:
        """The first x from `x` in steps of `step` (not past `limit`) with no clash."""
        lo, hi = (y0, y1) if y0 <= y1 else (y1, y0)
        blocking = self._blocking(min(x, limit), max(x, limit), lo, hi, groups)
        if not blocking:
            return x
        sep = self.sep - 0.01
        candidate = x
        while (step > 0 and candidate <= limit) or (step < 0 and candidate >= limit):
            near = candidate - sep, candidate + sep
            if not any(near[0] < ox < near[1] for ox in blocking):
                return candidate
            candidate += step
        return x

    def horizontal_clash(self, y: float, x0: float, x1: float, groups: frozenset) -> bool:
        lo, hi = min(x0, x1), max(x0, x1)
        return any(
            ox0 <= hi and lo <= ox1 and og.isdisjoint(groups)
            for ox0, ox1, og in self.horizontal.get(round(y, 2), ())
        )

    def add_horizontal(self, y: float, x0: float, x1: float, groups: frozenset) -> None:
        self.horizontal[round(y, 2)].append((min(x0, x1), max(x0, x1), groups))


def route_arrows(boxes: dict[int, Box], pairs: Iterable[tuple[int, int]], *,
                 stub: float = 10.0, sep: float = 4.0, row_gap: float = 12.0,
                 reach: float = 24.0) -> dict[tuple[int, int], list[Point]]:
    """Orthogonal routes from each prerequisite's end to its dependent's start.

    A route leaves the prerequisite at its right end, drops to the gutter
    beside the dependent's row, runs along it and enters the dependent from
    the left: (end, mid) -> stub -> gutter -> before start -> (start, mid).
    Vertical runs and gutter tracks are spread `sep` apart so two arrows
    never overlap along a segment unless they share an end (a fan-out from
    one bar or a fan-in to one bar reads unambiguously); vertical runs stay
    within `reach` of their bar and clear of its row neighbours. Neighbours in
    one row with nothing between them get a straight arrow.
    """
    channels = _Channels(sep)
    tracks = max(1, int(row_gap // sep) - 1)
    after: dict[int, float] = {}
    before: dict[int, float] = {}
    next_in_row: dict[int, int] = {}
    by_row: dict[tuple, list[tuple[float, int]]] = defaultdict(list)
    for key, box in boxes.items():
        by_row[box.row].append((box.x0, key))
    for row in by_row.values():
        row.sort()
        for (_x, a), (_y, b) in itertools.pairwise(row):
            next_in_row[a] = b
            after[a] = boxes[b].x0 - 2
            before[b] = boxes[a].x1 + 2
    routes: dict[tuple[int, int], list[Point]] = {}
    ordered = sorted(
        (p for p in pairs if p[0] in boxes and p[1] in boxes),
        key=lambda p: (boxes[p[1]].x1, boxes[p[1]].mid, boxes[p[0]].x0, p),
    )
    for dependent, prerequisite in ordered:
        src, dst = boxes[prerequisite], boxes[dependent]
        sx, sy, tx, ty = src.x1, src.mid, dst.x0, dst.mid
        if src.row == dst.row and next_in_row.get(prerequisite) == dependent \
                and tx - sx >= stub:
            routes[(dependent, prerequisite)] = [(sx, sy), (tx, ty)]
            continue
        src_group = frozenset({("from", prerequisite)})
        dst_group = frozenset({("to", dependent)})
        both = src_group | dst_group
        gutter_base, direction = (
            (dst.top - sep, -1.0) if src.mid < dst.mid else (dst.bottom + sep, 1.0)
        )
        gy = gutter_base
        for k in range(tracks):
            candidate = gutter_base + direction * k * sep
            if not channels.horizontal_clash(candidate, sx + stub, tx - stub, both):
                gy = candidate
                break
        vx = channels.free_x(sx + stub, sy, gy, src_group, sep,
                             min(after.get(prerequisite, sx + reach), sx + reach))
        wx = channels.free_x(tx - stub, gy, ty, dst_group, -sep,
                             max(before.get(dependent, tx - reach), tx - reach))
        channels.add_vertical(vx, sy, gy, src_group)
        channels.add_vertical(wx, gy, ty, dst_group)
        channels.add_horizontal(gy, vx, wx, both)
        routes[(dependent, prerequisite)] = [
            (sx, sy), (vx, sy), (vx, gy), (wx, gy), (wx, ty), (tx, ty),
        ]
    return routes


# --- the whole layout -------------------------------------------------------------


@dataclass(frozen=True)
class LayoutParams:
    """Sizes in pixels and the text measure the packing uses for labels outside bars."""

    px_per_day: float = 2.0
    row_height: float = 26.0
    row_gap: float = 12.0
    bar_gap: float = 28.0
    """Least space between two bars in one row: room for arrows' vertical runs."""
    lane_padding: float = 10.0
    bucket_width: float = 220.0
    bucket_gap: float = 40.0
    label_padding: float = 8.0
    compact: bool = True
    text_width: Callable[[str], float] = lambda text: 7.0 * len(text)
    event_height: float = 20.0
    """Height of one row of vendor contract-end events."""
    label_width: Callable[[BarRecord], float] | None = None
    """Width of a bar's label with its icons; defaults to text_width(title) + 24."""


@dataclass
class BarGeometry:
    """Where one initiative's bar sits and whether its label fits inside it."""

    id: int
    x0: float
    x1: float
    top: float
    bottom: float
    lane: int
    row: int
    label_inside: bool
    column: str | None = None
    """The bucket column ('Now', 'Next', 'Later', 'Unsorted') of a date-less initiative."""


@dataclass
class LaneGeometry:
    """One lane's vertical extent and how many initiatives it holds."""

    lane: Lane
    top: float
    bottom: float
    count: int


@dataclass
class VendorEvent:
    """A vendor's contract end, drawn as an event on the axis."""

    vendor_id: int
    name: str
    date: dt.date
    x: float
    top: float
    bottom: float


@dataclass
class TimelineLayout:
    """Everything the scene needs to place items: one layout per zoom and lane mode."""

    scale: TimeScale
    first: dt.date
    last: dt.date
    time_width: float
    width: float
    height: float
    lanes: list[LaneGeometry]
    bars: dict[int, BarGeometry]
    columns: list[tuple[str, float, float]]
    events: list[VendorEvent]
    routes: dict[tuple[int, int], list[Point]]
    events_band: tuple[float, float] | None


def fitting_px_per_day(data: TimelineData, width: float, params: LayoutParams) -> float:
    """The scale at which the whole time axis and the bucket columns fill `width` pixels."""
    first, last = axis_span(data)
    columns = len({bucket_column(b) for b in data.bars.values() if not b.dated})
    fixed = columns * (params.bucket_width + params.label_padding) + (
        params.bucket_gap if columns else 0.0)
    return max(40.0, width - fixed) / ((last - first).days + 1)


def bucket_column(bar: BarRecord) -> str:
    """The date-less column of an initiative: its bucket's label, else 'Unsorted'."""
    return bar.bucket.label if bar.bucket is not None else UNSORTED


def layout_timeline(data: TimelineData, mode: LaneMode, params: LayoutParams) -> TimelineLayout:
    """Lay out lanes, bars, bucket columns, vendor events and arrows in pixels."""
    first, last = axis_span(data)
    scale = TimeScale(first, params.px_per_day)
    time_width = scale.x_of(last + DAY)
    lanes, lane_of = assign_lanes(data, mode)
    lane_index = {lane.key: i for i, lane in enumerate(lanes)}
    names = [Bucket.NOW.label, Bucket.NEXT.label, Bucket.LATER.label, UNSORTED]
    used = {bucket_column(b) for b in data.bars.values() if not b.dated}
    column_names = [n for n in names if n in used]
    columns: list[tuple[str, float, float]] = []
    x = time_width + params.bucket_gap
    for name in column_names:
        columns.append((name, x, x + params.bucket_width))
        x += params.bucket_width + params.label_padding
    width = x if columns else time_width
    pitch = params.row_height + params.row_gap

    y = 0.0
    events: list[VendorEvent] = []
    events_band = None
    vendors = [v for v in data.vendors if first <= v[2] <= last]
    if vendors:
        extents = []
        for vendor_id, name, day in vendors:
            ex = scale.x_of(day)
            extents.append((vendor_id, ex - 8, ex + 16 + params.text_width(_event_label(name))))
        rows = pack_rows(extents, params.label_padding)
        count = max(rows.values()) + 1
        y = params.lane_padding / 2
        step = params.event_height + 4
        for vendor_id, name, day in vendors:
            top = y + rows[vendor_id] * step
            events.append(VendorEvent(vendor_id, name, day, scale.x_of(day), top,
                                      top + params.event_height))
        events_band = (0.0, y + count * step + params.lane_padding / 2)
        y = events_band[1]

    members: dict[int, list[BarRecord]] = defaultdict(list)
    for bar in data.bars.values():
        members[lane_index[lane_of[bar.id]]].append(bar)
    bars: dict[int, BarGeometry] = {}
    lane_geometry: list[LaneGeometry] = []
    for index, lane in enumerate(lanes):
        top = y
        y += params.lane_padding
        dated = [b for b in members[index] if b.dated]
        spans: dict[int, tuple[float, float, bool]] = {}
        extents = []
        for bar in dated:
            x0 = scale.x_of(bar.start)  # type: ignore[arg-type]
            x1 = scale.x_of(bar.end + DAY)  # type: ignore[operator]
            text = (params.label_width(bar) if params.label_width is not None
                    else params.text_width(bar.title) + 24) + 2 * params.label_padding
            inside = text <= x1 - x0
            spans[bar.id] = (x0, x1, inside)
            right = x1 if inside else x1 + params.bar_gap + text
            extents.append((bar.id, x0, right))
        rows = pack_rows(extents, params.bar_gap, params.compact)
        for bar in dated:
            x0, x1, inside = spans[bar.id]
            row_top = y + rows[bar.id] * pitch
            bars[bar.id] = BarGeometry(bar.id, x0, x1, row_top, row_top + params.row_height,
                                       index, rows[bar.id], inside)
        row_count = max(rows.values()) + 1 if rows else 0
        stacks: dict[str, int] = defaultdict(int)
        for bar in sorted((b for b in members[index] if not b.dated),
                          key=lambda b: (b.title.casefold(), b.id)):
            name = bucket_column(bar)
            _n, cx0, cx1 = next(c for c in columns if c[0] == name)
            row = stacks[name]
            stacks[name] += 1
            row_top = y + row * pitch
            bars[bar.id] = BarGeometry(bar.id, cx0, cx1, row_top, row_top + params.row_height,
                                       index, row, True, name)
        row_count = max(row_count, *stacks.values()) if stacks else row_count
        y += max(row_count, 1) * pitch - params.row_gap + params.lane_padding
        lane_geometry.append(LaneGeometry(lane, top, y, len(members[index])))

    boxes = {
        key: Box(g.x0, g.x1, g.top, g.bottom, (g.lane, g.column or "", g.row))
        for key, g in bars.items()
    }
    routes = route_arrows(boxes, data.pairs, row_gap=params.row_gap,
                          reach=params.bar_gap - 4)
    return TimelineLayout(scale, first, last, time_width, width, y, lane_geometry, bars,
                          columns, events, routes, events_band)


def _event_label(name: str) -> str:
    # The flag and the legend say "contract ends"; the name alone keeps the band short.
    return name


def event_label(event: VendorEvent) -> str:
    """The text next to a vendor's contract-end marker."""
    return _event_label(event.name)
