"""What every page of the printed timeline shares: lanes, axis, events, rows per page.

The lanes are the app's (roadmap.views.timeline.lanes, through
boardpack/lanes.build_lanes); the plan measures their labels, places the
axis over the planning horizon's fiscal quarters and cuts the rows into
pages so that none is nearly empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from roadmap.views.timeline.lanes import contract_ends
from roadmap.views.timeline.model import LaneMode

from ..flowables import HEADING_HEIGHT
from ..lanes import Axis, Lane, Slot, build_lanes, lane_slots, paginate
from ..styles import SANS_BOLD, Scale
from ..text import wrap
from .ideas import idea_columns

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

ROW = 12.0
ROW_MAX = 17.0
ROW_MIN = 10.0
"""Rows are squeezed down to this height to keep a chart that nearly fits on one page."""
BAR = 8.0
QUARTER_ROW = 14.0
MONTH_ROW = 11.0
EVENT_ROW = 10.0
LEGEND = 26.0
LEGEND_LINE = 11.0
PANEL_LINE = 9.5
PANEL_HEAD = 13.0
PANEL_MAX_LINES = 12
"""Ideas beyond this many per horizon get their own table instead of a panel."""
LANE_WIDTH = 27 * mm
TITLE_WIDTH = 58 * mm
STATUS_WIDTH = 23 * mm
LABEL_LEADING = 8.6
IT_BADGE = "IT"


class TimelinePlan:
    """What every timeline page shares: lanes, axis, label wrapping, capacity."""

    def __init__(self, r: BoardPackRenderer, lanes_by: LaneMode) -> None:
        self.r = r
        facts = r.facts
        if r.timeline is None:
            raise ValueError("the timeline view model is read before the sections are built")
        self.lanes: list[Lane] = build_lanes(facts, r.timeline, lanes_by, r.preflight)
        self.width = r.frame_width
        self.time_x0 = LANE_WIDTH + TITLE_WIDTH + STATUS_WIDTH + 6
        self.axis = Axis.for_horizon(facts.horizon_start, facts.horizon_end, self.time_x0,
                                     self.width - self.time_x0 - 2, facts.fiscal_start_month)
        self.axis_start = self.axis.start
        self.axis_end = self.axis.end - dt.timedelta(days=1)
        self.events = [(when, r.preflight.clean(names, "timeline contract ends"))
                       for _vendor, names, when in contract_ends(r.timeline, self.axis_start,
                                                                 self.axis_end)]
        self.event_levels = 2 if self.events else 0
        self.lane_labels = [self._label_lines(lane) for lane in self.lanes]
        self.ideas = idea_columns(facts.initiatives)
        depth = max((len(v) for v in self.ideas.values()), default=0)
        self.panel_height = PANEL_HEAD + max(1, depth - 1) * PANEL_LINE + 6 if depth else 0.0
        self.row = ROW
        self.panel = 0 < depth <= PANEL_MAX_LINES
        self._arrows_to: dict[int, list[int]] | None = None

    def dependencies_among(self, shown: Collection[int]) -> list[tuple[int, int, bool]]:
        """The (dependent, prerequisite, violated) links between initiatives in `shown`.

        In the facts' order, the order their arrows are drawn in. A page
        looks up the links of its own rows: going through all of a large
        roadmap's links on each of its timeline pages cost more than drawing.
        """
        links = self.r.facts.dependencies
        if self._arrows_to is None:
            self._arrows_to = {}
            for index, (dependent, _prerequisite, _violated) in enumerate(links):
                self._arrows_to.setdefault(dependent, []).append(index)
        found = sorted(i for key in shown for i in self._arrows_to.get(key, ()))
        return [links[i] for i in found if links[i][1] in shown]

    def _label_lines(self, lane: Lane) -> list[str]:
        lines, cut = wrap(lane.title, LANE_WIDTH - 9, SANS_BOLD, Scale.SMALL, 3)
        if cut:
            self.r.preflight.note_shortened("timeline lane", lane.title, " ".join(lines))
        return lines

    @property
    def chart_top(self) -> float:
        """Height of the axis and events band above the first row."""
        return QUARTER_ROW + MONTH_ROW + self.event_levels * EVENT_ROW + (4 if self.events else 0)

    @property
    def room(self) -> float:
        """Points for rows on a page under the heading, axis and events, above the legend."""
        return self.r.frame_height - HEADING_HEIGHT - self.chart_top - LEGEND - 8

    def pages(self) -> list[list[Slot]]:
        """Rows of every page, lanes padded so each label fits beside its rows.

        A chart that fits on one page stretches its rows (up to ROW_MAX) to
        fill it; one that nearly fits (at rows down to ROW_MIN) is kept on one
        page rather than split into two half-empty ones.
        """
        spare = self.room - (self.panel_height if self.panel else 0)
        tight = self._slots(ROW_MIN)
        if tight and len(tight) * ROW_MIN <= spare:
            roomy = self._slots(ROW)
            if len(roomy) * ROW <= spare:
                self.row = min(ROW_MAX, spare / len(roomy))
                return [roomy]
            self.row = max(ROW_MIN, spare / len(tight))
            return [tight]
        slots = self._slots(ROW)
        capacity = max(2, int(self.room // ROW))
        tail = -int(-self.panel_height // ROW) if self.panel else 0
        if tail >= capacity:
            self.panel, tail = False, 0
        pages = paginate(slots, capacity, tail)
        if pages:
            spare = self.room - (self.panel_height if self.panel else 0)
            self.row = min(ROW_MAX, max(ROW, spare / max(len(p) for p in pages)))
        return pages

    def _slots(self, row: float) -> list[Slot]:
        """Every row in order, each lane padded so its label fits at this row height."""
        minimum = [max(len(lane.initiatives),
                       -(-len(lines) * LABEL_LEADING // row) if lines else 1)
                   for lane, lines in zip(self.lanes, self.lane_labels, strict=True)]
        return lane_slots(self.lanes, [int(m) for m in minimum])
