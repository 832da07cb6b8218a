"""Pages within a presentation step, so nothing on the wall needs a scroll bar.

A clicker only steps forward and back. A step whose content is taller than
the screen is cut into parts: the timeline into groups of whole lanes that
fit ("lanes 1-4 of 10"), the ownership matrix into screens of rows
("initiatives 1-18 of 28"), the findings into screens. PageDown shows the
next part, and the next step after the last.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea

from roadmap.views.timeline.layout import layout_timeline
from ui.views.timeline.view import TimelineView


class Pager(Protocol):
    """The parts of one step."""

    def count(self) -> int:
        """How many parts the step has now (at least 1)."""

    def show(self, part: int) -> None:
        """Bring part `part` (0-based, already clamped) on screen."""

    def label(self, part: int) -> str:
        """What the counter says about part `part` ('lanes 1–4 of 10')."""


class ScrollPager:
    """Screens of a scrolled widget: the findings text, or the matrix rows."""

    def __init__(self, area: QAbstractScrollArea, noun: str = "") -> None:
        self.area = area
        self.noun = noun
        """With a noun ('initiatives') and an item view, parts are named by their rows."""

    def _rows_per_page(self) -> int:
        bar = self.area.verticalScrollBar()
        return max(1, bar.pageStep())

    def count(self) -> int:
        """Screens needed to show everything once."""
        bar = self.area.verticalScrollBar()
        if bar.maximum() <= bar.minimum():
            return 1
        return max(1, math.ceil((bar.maximum() - bar.minimum()) / self._rows_per_page()) + 1)

    def show(self, part: int) -> None:
        """Scroll to the part's first screen line."""
        bar = self.area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), bar.minimum() + part * self._rows_per_page()))

    def label(self, part: int) -> str:
        """'initiatives 1–18 of 28' for item views with a noun, else 'page 2 of 3'."""
        total = self.count()
        view = self.area
        if self.noun and isinstance(view, QAbstractItemView) and view.model() is not None:
            rows = view.model().rowCount()
            first = min(rows, part * self._rows_per_page() + 1)
            last = min(rows, first + self._rows_per_page() - 1)
            if part == total - 1:
                last = rows
                first = max(1, min(first, rows - self._rows_per_page() + 1))
            return QCoreApplication.translate(
                "ScrollPager", "{noun} {first}–{last} of {rows}"
            ).format(noun=self.noun, first=first, last=last, rows=rows)
        return QCoreApplication.translate("ScrollPager", "page {value} of {total}").format(
            value=part + 1, total=total
        )


class LanePager:
    """Groups of whole timeline lanes, each group as tall as the screen allows."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self.groups: list[list[tuple[str, float]]] = []
        self._lane_count = 0

    def plan(self) -> None:
        """Split the lanes into groups that fit the timeline's drawing area."""
        scene = self.view.scene
        if scene.data is None:
            self.groups = []
            return
        full = layout_timeline(scene.data, scene.mode, replace(scene.params(), lanes=None))
        lanes = [(g.lane.key, g.bottom - g.top) for g in full.lanes]
        self._lane_count = len(lanes)
        band = full.events_band[1] - full.events_band[0] if full.events_band else 0.0
        room = max(120.0, self.view.canvas.viewport().height() - band - 8)
        groups: list[list[tuple[str, float]]] = []
        height = 0.0
        for key, lane_height in lanes:
            if groups and height + lane_height <= room:
                groups[-1].append((key, lane_height))
                height += lane_height
            else:
                groups.append([(key, lane_height)])
                height = lane_height
        # Even out the groups: a last page with one small lane reads as an afterthought.
        self.groups = _balanced(lanes, groups, room)

    def count(self) -> int:
        """Lane groups (1 when every lane fits)."""
        return max(1, len(self.groups))

    def show(self, part: int) -> None:
        """Lay out only the lanes of group `part` (all lanes when they fit together)."""
        keys = None if self.count() == 1 else frozenset(k for k, _h in self.groups[part])
        self.view.show_lanes(keys)

    def label(self, part: int) -> str:
        """'lanes 1–4 of 10'."""
        if not self.groups:
            return ""
        first = sum(len(g) for g in self.groups[:part]) + 1
        last = first + len(self.groups[part]) - 1
        if first == last:
            return QCoreApplication.translate("LanePager", "lane {first} of {count}").format(
                first=first, count=self._lane_count)
        return QCoreApplication.translate("LanePager", "lanes {first}–{last} of {count}").format(
            first=first, last=last, count=self._lane_count)


def _balanced(lanes: list[tuple[str, float]], greedy: list[list[tuple[str, float]]],
              room: float) -> list[list[tuple[str, float]]]:
    """The same number of groups as `greedy`, with heights as even as the order allows."""
    count = len(greedy)
    if count <= 1:
        return greedy
    total = sum(h for _k, h in lanes)
    target = total / count
    groups: list[list[tuple[str, float]]] = [[]]
    height = 0.0
    for index, (key, lane_height) in enumerate(lanes):
        left = len(lanes) - index
        need_new = groups[-1] and (height + lane_height > room or (
            height + lane_height / 2 > target and len(groups) < count))
        if need_new and left >= count - len(groups):
            groups.append([])
            height = 0.0
        groups[-1].append((key, lane_height))
        height += lane_height
    if len(groups) != count or any(sum(h for _k, h in g) > room and len(g) > 1
                                   for g in groups):
        return greedy
    return groups
