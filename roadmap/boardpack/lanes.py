"""The printed timeline's geometry as data: lanes, rows, pages and the time axis.

The lanes themselves (which initiative falls in which, their order and
labels) are the app's, from roadmap.views.timeline.lanes; here they are cut
into pages of whole rows, and dates are placed on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from roadmap.model.calendar import Quarter, add_months, months_between, quarter_of, quarters_between
from roadmap.views.timeline.lanes import timeline_lanes
from roadmap.views.timeline.model import LaneMode, TimelineData

from .facts import BoardFacts, InitiativeFact
from .preflight import Preflight


@dataclass
class Lane:
    """One swimlane of the printed timeline: the view model's lane with its initiatives' facts."""

    key: str
    title: str
    colour: str | None
    initiatives: list[InitiativeFact]
    """The scheduled initiatives, one row each, in the view model's order."""
    ideas: int = 0
    """Initiatives of the lane not yet scheduled (listed with the ideas, not as rows)."""


@dataclass(frozen=True)
class Slot:
    """One row of a timeline page: an initiative (or padding) in a lane."""

    lane: int
    initiative: InitiativeFact | None
    continued: bool = False
    """True on the first row of a lane that began on an earlier page."""


def build_lanes(facts: BoardFacts, timeline: TimelineData, mode: LaneMode,
                preflight: Preflight) -> list[Lane]:
    """The app's swimlanes (roadmap.views.timeline.lanes) with the facts the PDF prints.

    Every lane the app shows is printed, in the same order and with the same
    initiatives; a lane holding only ideas keeps one row that says so.
    """
    by_id = {i.id: i for i in facts.initiatives}
    lanes: list[Lane] = []
    for lane in timeline_lanes(timeline, mode):
        rows = [by_id[member] for member in lane.dated]
        lanes.append(Lane(lane.key, preflight.clean(lane.label, "timeline lane"), lane.colour,
                          rows, len(lane.members) - len(rows)))
    return lanes


def lane_slots(lanes: list[Lane], min_rows: list[int]) -> list[Slot]:
    """Every row in order; lanes padded to `min_rows` so their labels fit."""
    slots: list[Slot] = []
    for index, lane in enumerate(lanes):
        slots.extend(Slot(index, i) for i in lane.initiatives)
        slots.extend(Slot(index, None) for _ in range(min_rows[index] - len(lane.initiatives)))
    return slots


def paginate(slots: list[Slot], capacity: int, tail: int = 0) -> list[list[Slot]]:
    """Cut rows into pages of at most `capacity`, balanced so no page is nearly empty.

    `tail` rows are kept free at the foot of the last page (for the panel of
    ideas not yet scheduled); they are never split from it.
    """
    if capacity < 1:
        raise ValueError("a timeline page must hold at least one row")
    if tail >= capacity:
        raise ValueError("the tail must leave room for at least one row")
    if not slots:
        return []
    total = len(slots)
    pages = 1
    while total > pages * capacity - tail:
        pages += 1
    base, extra = divmod(total, pages)
    sizes = [base + (1 if k < extra else 0) for k in range(pages)]
    excess = sizes[-1] - (capacity - tail)
    for _ in range(max(0, excess)):  # the last page also holds the tail: move rows up
        sizes[-1] -= 1
        sizes[min(k for k in range(pages - 1) if sizes[k] < capacity)] += 1
    chunks: list[list[Slot]] = []
    start = 0
    for size in sizes:
        chunks.append(slots[start:start + size])
        start += size
    for chunk_index in range(1, len(chunks)):
        first = chunks[chunk_index][0]
        previous = chunks[chunk_index - 1][-1]
        if first.lane == previous.lane:
            chunks[chunk_index][0] = Slot(first.lane, first.initiative, continued=True)
    return chunks


@dataclass(frozen=True)
class Axis:
    """Maps dates to x positions over whole fiscal quarters of the planning horizon."""

    start: dt.date
    end: dt.date
    """The day after the last day shown."""
    x0: float
    width: float
    fiscal_start_month: int

    @classmethod
    def for_horizon(cls, first: dt.date, last: dt.date, x0: float, width: float,
                    fiscal_start_month: int = 1) -> Axis:
        """The axis of whole fiscal quarters covering [first, last]."""
        if last < first:
            first, last = last, first
        start = quarter_of(first, fiscal_start_month).start
        end = quarter_of(last, fiscal_start_month).end + dt.timedelta(days=1)
        return cls(start, end, x0, width, fiscal_start_month)

    @property
    def days(self) -> int:
        """Days shown on the axis."""
        return (self.end - self.start).days

    def x(self, day: dt.date) -> float:
        """The x position of the start of `day`, clamped to the axis."""
        offset = min(max((day - self.start).days, 0), self.days)
        return self.x0 + self.width * offset / self.days

    def contains(self, day: dt.date) -> bool:
        """True when `day` lies on the axis."""
        return self.start <= day < self.end

    def quarters(self) -> list[Quarter]:
        """The fiscal quarters on the axis."""
        return quarters_between(self.start, self.end - dt.timedelta(days=1),
                                self.fiscal_start_month)

    def months(self) -> list[tuple[dt.date, dt.date]]:
        """Each month on the axis as (first day, first day of the next month)."""
        return [(m, add_months(m, 1))
                for m in months_between(self.start, self.end - dt.timedelta(days=1))]

    def bar(self, start: dt.date, end: dt.date) -> tuple[float, float, bool, bool]:
        """Left and right x of a bar from start to end (inclusive), and whether it was cut."""
        left = self.x(start)
        right = self.x(end + dt.timedelta(days=1))
        return left, right, start < self.start, end >= self.end
