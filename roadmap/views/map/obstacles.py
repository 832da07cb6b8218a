"""Where a dependency link may pass between the boxes it would otherwise run through.

A link with the flow runs from the right side of one initiative to the left
side of another; the boxes between them (a long link skips whole layers of
the map) are obstacles. The boxes are gathered once per map into columns:
boxes whose spans across overlap share a column, so columns never overlap
and the channels between them are free. `passes` crosses each column
between the link's ends level, at the free height nearest the line the link
would take, at least `margin` off every box of the column; between columns
the link bends in the free channel. A column is crossed in O(log n).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from roadmap.views.map.geometry import Box, Cubic, point_at, t_at_x

Pass = tuple[float, float, float]
"""How a link crosses one column of boxes: level at y, from x `enter` to x `leave`."""


@dataclass
class _Column:
    """Boxes whose spans across overlap: where they stand across, and their heights."""

    left: float
    right: float
    spans: list[tuple[float, float]]
    """(top, bottom) of every box, sorted."""
    boxes: list[Box] = field(default_factory=list)
    _free: dict[float, tuple[list[float], list[float]]] = field(default_factory=dict)

    def blocked(self, margin: float) -> tuple[list[float], list[float]]:
        """The heights no link may cross at, as sorted disjoint (starts, ends), `margin` kept."""
        if margin not in self._free:
            starts: list[float] = []
            ends: list[float] = []
            for top, bottom in self.spans:
                if starts and top - margin <= ends[-1]:
                    ends[-1] = max(ends[-1], bottom + margin)
                else:
                    starts.append(top - margin)
                    ends.append(bottom + margin)
            self._free[margin] = (starts, ends)
        return self._free[margin]

    def level_near(self, wanted: float, margin: float) -> float:
        """The free height nearest `wanted` (above or below every box there always is one)."""
        return _level_near(self.blocked(margin), wanted)

    def part(self, left: float, right: float, skip: tuple[Box, Box]) -> _Column | None:
        """The boxes of this column that overlap `left`..`right` across, but those in `skip`.

        A link's own end boxes share a column with boxes that may stand in
        its way (a map's columns merge where boxes overlap across).
        """
        inside = [box for box in self.boxes if box not in skip
                  and box.left < right and box.right > left]
        if not inside:
            return None
        return _Column(max(left, min(box.left for box in inside)),
                       min(right, max(box.right for box in inside)),
                       sorted((box.y - box.half_height, box.y + box.half_height)
                              for box in inside), inside)


def _level_near(blocked: tuple[list[float], list[float]], wanted: float) -> float:
    """The height nearest `wanted` outside every blocked (starts, ends) span."""
    starts, ends = blocked
    index = bisect_right(starts, wanted) - 1
    if index < 0 or wanted >= ends[index]:
        return wanted
    above, below = starts[index], ends[index]
    return above if wanted - above <= below - wanted else below


class Obstacles:
    """Every box of a map, gathered into columns for routing links between them."""

    def __init__(self, boxes: Iterable[Box]) -> None:
        ordered = sorted(boxes, key=lambda box: (box.left, box.right))
        self.columns: list[_Column] = []
        self._column_of: dict[Box, int] = {}
        for box in ordered:
            span = (box.y - box.half_height, box.y + box.half_height)
            if self.columns and box.left < self.columns[-1].right:
                column = self.columns[-1]
                column.right = max(column.right, box.right)
                column.spans.append(span)
                column.boxes.append(box)
            else:
                self.columns.append(_Column(box.left, box.right, [span], [box]))
            self._column_of[box] = len(self.columns) - 1
        for column in self.columns:
            column.spans.sort()
        self._rights = [column.right for column in self.columns]
        self._lefts = [column.left for column in self.columns]

    def column_of(self, box: Box) -> int | None:
        """The index of the column holding `box`, None when it is not one of the map's."""
        return self._column_of.get(box)

    def between(self, left: float, right: float) -> range:
        """Indexes of the columns that overlap the open span from `left` to `right` across."""
        first = bisect_right(self._rights, left)
        return range(first, max(first, bisect_left(self._lefts, right)))

    def blocks(self, piece: Cubic, margin: float, ends: tuple[Box, Box]) -> bool:
        """True when a level curve (x only grows, y between its ends) comes within
        `margin` of a box outside the columns of its `ends`.

        Only columns with a box at the curve's heights are looked at closely:
        there the curve is followed in steps finer than the margin.
        """
        own = {self.column_of(ends[0]), self.column_of(ends[1])}
        low, high = sorted((piece[0][1], piece[3][1]))
        for index in self.between(piece[0][0], piece[3][0]):
            column = self.columns[index]
            if index in own:
                part = column.part(piece[0][0], piece[3][0], ends)
                if part is None:
                    continue
                column = part
            starts, stops = column.blocked(margin)
            at = bisect_right(starts, high) - 1
            if at < 0 or stops[at] <= low:
                continue  # nothing at the heights the curve spans
            first, last = t_at_x(piece, column.left), t_at_x(piece, column.right)
            rise = abs(point_at(piece, last)[1] - point_at(piece, first)[1])
            steps = max(2, min(200, int(rise / max(margin, 1.0)) + 2))
            for step in range(steps + 1):
                y = point_at(piece, first + (last - first) * step / steps)[1]
                at = bisect_right(starts, y) - 1
                if at >= 0 and y < stops[at]:
                    return True
        return False


def passes(tail: Box, head: Box, obstacles: Obstacles, margin: float) -> list[Pass]:
    """Where a link from `tail`'s right side to `head`'s left side crosses each column of boxes.

    Empty when no column stands between them. In the columns of the link's
    own ends only the boxes between the ends count.
    """
    x, y = tail.right, tail.y
    end_x, end_y = head.left, head.y
    own = {obstacles.column_of(tail), obstacles.column_of(head)}
    found: list[Pass] = []
    for index in obstacles.between(x, end_x):
        column = obstacles.columns[index]
        if index in own:
            part = column.part(x, end_x, (tail, head))
            if part is None:
                continue
            column = part
        enter, leave = max(column.left, x), min(column.right, end_x)
        middle = (enter + leave) / 2
        share = (middle - x) / (end_x - x) if end_x > x else 1.0
        wanted = y + (end_y - y) * min(1.0, max(0.0, share))
        level = column.level_near(wanted, margin)
        found.append((enter, leave, level))
        x, y = leave, level
    return found
