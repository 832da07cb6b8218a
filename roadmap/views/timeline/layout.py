"""The timeline in pixels: lanes, bars and their labels, date-less columns, events, arrows.

`layout_timeline` places everything for one zoom and lane mode; `plan_fit`
chooses the zoom (and whether the date-less columns stack into one) at which
the whole planning horizon, every label and the date-less initiatives fit a
given width, so the chart opens readable without scrolling sideways. A label
that does not fit in its bar goes after it, or before it when the axis ends
too soon, so labels stay on the time axis instead of running into the
date-less columns. Qt-free: the view passes text measures in as callables.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.enums import Bucket
from roadmap.views.timeline.lanes import Lane, contract_ends, lane_of, timeline_lanes
from roadmap.views.timeline.model import (
    DAY,
    BarRecord,
    LaneMode,
    TimelineData,
    TimeScale,
    axis_span,
    pack_rows,
)
from roadmap.views.timeline.routes import Box, Point, route_arrows

UNSORTED = QT_TRANSLATE_NOOP("Views", "Unsorted")
"""The column of date-less initiatives without a now / next / later bucket (a key: English;
`column_title` is what a person reads)."""
NOT_SCHEDULED = QT_TRANSLATE_NOOP("Views", "Not scheduled")
"""The one column of date-less initiatives when the columns stack (each card tagged)."""


def column_title(name: str) -> str:
    """A date-less column's title in the reader's language: a bucket's label ('Now'),
    'Unsorted' or 'Not scheduled'."""
    for bucket in Bucket:
        if name == bucket.english_label:
            return bucket.label
    return translate("Views", name)
BUCKET_ORDER = (Bucket.NOW.english_label, Bucket.NEXT.english_label, Bucket.LATER.english_label,
                UNSORTED)
STACK_SHARE = 0.3
"""Separate now / next / later columns may take at most this share of the fitted width."""
MIN_TIME_SHARE = 0.5
"""A fit gives labels at most half the time axis; past that, labels may run past its end."""


@dataclass(frozen=True)
class LayoutParams:
    """Sizes in pixels and the text measures the packing uses for labels outside bars."""

    px_per_day: float = 2.0
    lanes: frozenset[str] | None = None
    """Keys of the lanes to lay out (a presentation shows a few at a time); None: all."""
    row_height: float = 26.0
    row_gap: float = 12.0
    bar_gap: float = 28.0
    """Least space between two bars in one row: room for arrows' vertical runs."""
    lane_padding: float = 10.0
    bucket_width: float = 160.0
    """Widest a date-less column grows; longer titles are shortened on their cards."""
    bucket_min_width: float = 110.0
    """Narrowest date-less column: room for its title on the axis."""
    bucket_gap: float = 16.0
    label_padding: float = 8.0
    label_min: float = 100.0
    """Shortest a label beside a bar is cut to (its title then ends in '…') to stay on the axis."""
    compact: bool = True
    stack_buckets: bool = False
    """One 'Not scheduled' column with tagged cards instead of a column per bucket."""
    tag_width: float = 0.0
    """Width of the now / next / later tag a card shows in the stacked column."""
    text_width: Callable[[str], float] = lambda text: 7.0 * len(text)
    event_height: float = 20.0
    """Height of one row of vendor contract-end events."""
    event_mark: float = 16.0
    """Room for a contract-end flag between its date and its label."""
    event_rows: int = 3
    """Most rows of contract ends; past them, names are shortened to fit."""
    label_width: Callable[[BarRecord], float] | None = None
    """Width of a bar's label with its icons; defaults to text_width(title) + 24."""
    lane_height: Callable[[Lane, int], float] | None = None
    """Least height of a lane so its name and count (lane, count) show in full."""

    def label_extent(self, bar: BarRecord) -> float:
        """Room a bar's label takes, padding included (inside or beside the bar)."""
        label = (self.label_width(bar) if self.label_width is not None
                 else self.text_width(bar.title) + 24)
        return label + 2 * self.label_padding


@dataclass
class BarGeometry:
    """Where one initiative's bar sits and where its label goes."""

    id: int
    x0: float
    x1: float
    top: float
    bottom: float
    lane: int
    row: int
    label_inside: bool
    column: str | None = None
    """The bucket ('Now', 'Next', 'Later', 'Unsorted') of a date-less initiative."""
    label_left: bool = False
    """The label is drawn before the bar (the axis ends too soon after it)."""
    label_room: float | None = None
    """Width a label beside the bar is cut to (None: its full width)."""
    tag: str | None = None
    """The bucket a card in the stacked 'Not scheduled' column names on itself."""


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
    label_left: bool = False
    """The name is written before the flag (the axis ends too soon after it)."""
    label_room: float | None = None
    """Width the name is cut to (0: the flag alone), else None: in full."""


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
    """(title, x0, x1) of each date-less column."""
    events: list[VendorEvent]
    routes: dict[tuple[int, int], list[Point]]
    events_band: tuple[float, float] | None


# --- date-less columns --------------------------------------------------------------


def bucket_column(bar: BarRecord) -> str:
    """The bucket of a date-less initiative: its label, else 'Unsorted'."""
    return bar.bucket.english_label if bar.bucket is not None else UNSORTED


def bucket_columns(data: TimelineData, params: LayoutParams) -> list[tuple[str, float]]:
    """(title, width) of each date-less column: only as wide as its cards need.

    No date-less initiative, no column. Stacked, one 'Not scheduled' column
    holds every card, each tagged with its bucket.
    """
    needs: dict[str, float] = {}
    for bar in data.bars.values():
        if not bar.dated:
            name = bucket_column(bar)
            needs[name] = max(needs.get(name, 0.0), params.label_extent(bar))
    if not needs:
        return []
    if params.stack_buckets:
        need = max(needs.values()) + params.tag_width
        return [(NOT_SCHEDULED, _clamp(need, params.bucket_min_width, params.bucket_width))]
    return [(name, _clamp(needs[name], params.bucket_min_width, params.bucket_width))
            for name in BUCKET_ORDER if name in needs]


def columns_width(columns: list[tuple[str, float]], params: LayoutParams) -> float:
    """Width the date-less columns take after the time axis, gaps included."""
    if not columns:
        return 0.0
    return (params.bucket_gap + sum(w for _n, w in columns)
            + params.label_padding * (len(columns) - 1))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


# --- labels beside bars -------------------------------------------------------------


@dataclass(frozen=True)
class LabelPlace:
    """Where a bar's label goes: 'inside', 'right' or 'left', and what bar and label cover."""

    side: str
    left: float
    right: float
    room: float | None = None
    """The label's width (padding included) when it is cut short, else None."""


def place_label(x0: float, x1: float, extent: float, gap: float, time_width: float,
                shortest: float = 0.0) -> LabelPlace:
    """Where the label of a bar over [x0, x1] goes, `extent` wide with its padding.

    Inside when it fits; else after the bar when that stays on the time axis;
    else before the bar when there is room; else cut short on the roomier side
    when at least `shortest` fits there; else after the bar, past the axis end.
    """
    if extent <= x1 - x0:
        return LabelPlace("inside", x0, x1)
    if x1 + gap + extent <= time_width:
        return LabelPlace("right", x0, x1 + gap + extent)
    if x0 - gap - extent >= 0:
        return LabelPlace("left", x0 - gap - extent, x1)
    after, before = time_width - x1 - gap, x0 - gap
    if max(after, before) >= min(shortest, extent):
        if after >= before:
            return LabelPlace("right", x0, x1 + gap + after, after)
        return LabelPlace("left", x0 - gap - before, x1, before)
    return LabelPlace("right", x0, x1 + gap + extent)


@dataclass(frozen=True)
class EventPlace:
    """Where a contract-end flag's label goes: its row, side, span and width if cut short."""

    row: int
    before: bool
    left: float
    right: float
    room: float | None = None
    """The label's width when it is cut short (0: the flag alone), else None."""


def pack_events(events: list[tuple[int, float, float]], gap: float, mark: float,
                time_width: float, max_rows: int = 3) -> dict[int, EventPlace]:
    """Rows for contract-end flags at x with labels `text` wide, keyed by event id.

    Each flag goes in the first row where its label fits after it, or else
    before it (a label goes before its flag only when it would run past the
    axis end after it). Past `max_rows` rows, a flag takes the row that frees
    up soonest and the label before it there is cut short to make room (the
    tooltips keep the full names).
    """
    placed: dict[int, EventPlace] = {}
    rows: list[tuple[float, int, float]] = []
    """(end, last id, last x) of each row."""
    for key, x, text in sorted(events, key=lambda e: (e[1], e[0])):
        after, before = (False, x - 8, x + mark + text), (True, x - mark - text, x + 8)
        if x + mark + text > time_width and before[1] >= 0:
            sides = [before]
        else:
            sides = [after, before] if before[1] >= 0 else [after]
        for row, (end, _last, _x) in enumerate(rows):
            fit = next((s for s in sides if end + gap <= s[1]), None)
            if fit is not None:
                rows[row] = (fit[2], key, x)
                placed[key] = EventPlace(row, *fit)
                break
        else:
            if len(rows) < max_rows:
                rows.append((sides[0][2], key, x))
                placed[key] = EventPlace(len(rows) - 1, *sides[0])
                continue
            row = min(range(len(rows)), key=lambda r: rows[r][0])
            end, last, last_x = rows[row]
            previous = placed[last]
            if end + gap > x - 8 and not previous.before:
                room = max(0.0, x - 8 - gap - last_x - mark)
                placed[last] = EventPlace(row, False, previous.left, last_x + mark + room,
                                          room)
                end = placed[last].right
            room = max(0.0, min(text, time_width - x - mark))
            place = EventPlace(row, False, x - 8, x + mark + room,
                               None if room >= text else room)
            if sides[0][0]:
                room = max(0.0, min(text, x - mark - end - gap))
                place = EventPlace(row, True, x - mark - room, x + 8,
                                   None if room >= text else room)
            rows[row] = (place.right, key, x)
            placed[key] = place
    return placed


# --- fitting ------------------------------------------------------------------------


def plan_fit(data: TimelineData, width: float, params: LayoutParams) -> LayoutParams:
    """`params` with the zoom, and the column stacking, that fit the roadmap into `width`.

    The date-less columns stay separate when they take no more than
    STACK_SHARE of the width, else they stack into one. The time axis gets the
    rest, less whatever labels need past its end.
    """
    separate = replace(params, stack_buckets=False)
    columns = bucket_columns(data, separate)
    stack = len(columns) > 1 and columns_width(columns, separate) > STACK_SHARE * width
    planned = replace(params, stack_buckets=stack)
    return replace(planned, px_per_day=fitting_px_per_day(data, width, planned))


def fitting_px_per_day(data: TimelineData, width: float, params: LayoutParams) -> float:
    """The scale at which the time axis, labels and date-less columns fill `width` pixels."""
    first, last = axis_span(data)
    days = (last - first).days + 1
    room = max(120.0, width - columns_width(bucket_columns(data, params), params))
    spans = [((span[0] - first).days, (span[1] - first).days + 1, params.label_extent(b))
             for b in data.bars.values() if (span := b.span) is not None]
    gap = params.bar_gap

    def needed(px: float) -> float:
        time_width = days * px
        right = time_width
        for start, end, extent in spans:
            place = place_label(start * px, end * px, extent, gap, time_width, params.label_min)
            right = max(right, place.right)
        return right

    high = room / days
    if needed(high) <= room:
        return high
    low = high * MIN_TIME_SHARE
    if needed(low) > room:
        return high  # labels cannot all fit: keep the axis wide and let them run on
    for _ in range(20):
        middle = (low + high) / 2
        low, high = (middle, high) if needed(middle) <= room else (low, middle)
    return low


# --- the whole layout -------------------------------------------------------------


def layout_timeline(data: TimelineData, mode: LaneMode, params: LayoutParams) -> TimelineLayout:
    """Lay out lanes, bars, date-less columns, vendor events and arrows in pixels."""
    first, last = axis_span(data)
    scale = TimeScale(first, params.px_per_day)
    time_width = scale.x_of(last + DAY)
    lanes = timeline_lanes(data, mode)
    lane_index = {lane.key: i for i, lane in enumerate(lanes)}
    lane_of_bar = lane_of(lanes)
    pitch = params.row_height + params.row_gap

    spans: dict[int, tuple[float, float, LabelPlace]] = {}
    reach = time_width
    for bar in data.bars.values():
        if bar.span is not None:
            x0 = scale.x_of(bar.span[0])
            x1 = scale.x_of(bar.span[1] + DAY)
            place = place_label(x0, x1, params.label_extent(bar), params.bar_gap, time_width,
                                params.label_min)
            spans[bar.id] = (x0, x1, place)
            reach = max(reach, place.right)

    y = 0.0
    events: list[VendorEvent] = []
    events_band = None
    vendors = contract_ends(data, first, last)
    if vendors:
        events_at = pack_events([(v, scale.x_of(day), params.text_width(name))
                              for v, name, day in vendors],
                             params.label_padding, params.event_mark, time_width,
                             params.event_rows)
        count = max(p.row for p in events_at.values()) + 1
        # A flag may poke past the axis end; only labels after flags push the columns.
        reach = max([reach, *(p.right for p in events_at.values() if not p.before)])
        y = params.lane_padding / 2
        step = params.event_height + 4
        for vendor_id, name, day in vendors:
            event = events_at[vendor_id]
            top = y + event.row * step
            events.append(VendorEvent(vendor_id, name, day, scale.x_of(day), top,
                                      top + params.event_height, event.before, event.room))
        events_band = (0.0, y + count * step + params.lane_padding / 2)
        y = events_band[1]

    columns: list[tuple[str, float, float]] = []
    x = reach + params.bucket_gap
    for name, column_width in bucket_columns(data, params):
        columns.append((name, x, x + column_width))
        x += column_width + params.label_padding
    width = x - params.label_padding if columns else reach

    members: dict[int, list[BarRecord]] = defaultdict(list)
    for bar in data.bars.values():
        members[lane_index[lane_of_bar[bar.id]]].append(bar)
    bars: dict[int, BarGeometry] = {}
    lane_geometry: list[LaneGeometry] = []
    for index, lane in enumerate(lanes):
        if params.lanes is not None and lane.key not in params.lanes:
            continue
        top = y
        y += params.lane_padding
        dated = [b for b in members[index] if b.dated]
        rows = pack_rows(((b.id, spans[b.id][2].left, spans[b.id][2].right) for b in dated),
                         params.bar_gap, params.compact)
        for bar in dated:
            x0, x1, place = spans[bar.id]
            row_top = y + rows[bar.id] * pitch
            room = None if place.room is None else place.room - 2 * params.label_padding
            bars[bar.id] = BarGeometry(bar.id, x0, x1, row_top, row_top + params.row_height,
                                       index, rows[bar.id], place.side == "inside",
                                       label_left=place.side == "left", label_room=room)
        row_count = max(rows.values()) + 1 if rows else 0
        row_count = max(row_count, _place_cards(
            [b for b in members[index] if not b.dated], columns, params, y, index, bars))
        y += max(row_count, 1) * pitch - params.row_gap + params.lane_padding
        if params.lane_height is not None:
            y = max(y, top + params.lane_height(lane, len(members[index])))
        lane_geometry.append(LaneGeometry(lane, top, y, len(members[index])))

    boxes = {
        key: Box(g.x0, g.x1, g.top, g.bottom, (g.lane, g.column or "", g.row))
        for key, g in bars.items()
    }
    pairs = data.pairs if params.lanes is None else [
        pair for pair in data.pairs if pair[0] in boxes and pair[1] in boxes]
    routes = route_arrows(boxes, pairs, row_gap=params.row_gap,
                          reach=params.bar_gap - 4)
    return TimelineLayout(scale, first, last, time_width, width, y, lane_geometry, bars,
                          columns, events, routes, events_band)


def _place_cards(cards: list[BarRecord], columns: list[tuple[str, float, float]],
                 params: LayoutParams, top: float, lane: int,
                 out: dict[int, BarGeometry]) -> int:
    """Stack one lane's date-less cards in their columns; returns the rows used."""
    if not cards:
        return 0
    pitch = params.row_height + params.row_gap
    order = {name: i for i, name in enumerate(BUCKET_ORDER)}
    stacks: dict[str, int] = defaultdict(int)
    for bar in sorted(cards, key=lambda b: (order[bucket_column(b)], b.title.casefold(),
                                            b.id)):
        name = bucket_column(bar)
        title = NOT_SCHEDULED if params.stack_buckets else name
        _n, x0, x1 = next(c for c in columns if c[0] == title)
        row = stacks[title]
        stacks[title] += 1
        row_top = top + row * pitch
        out[bar.id] = BarGeometry(bar.id, x0, x1, row_top, row_top + params.row_height, lane,
                                  row, True, name,
                                  tag=name if params.stack_buckets else None)
    return max(stacks.values())


def event_label(event: VendorEvent) -> str:
    """The text next to a vendor's contract-end marker (the flag says 'contract ends')."""
    return event.name
