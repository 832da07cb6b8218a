"""Routing of the timeline's dependency arrows, so no two arrows share a segment ambiguously.

Pure geometry on plain boxes (a bar's rectangle and its row): the timeline
layout (roadmap.views.timeline.layout) and the drag preview (ui/views/timeline/scene.py)
route arrows with it. Qt-free and unit-tested on its own.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

Groups = frozenset[tuple[str, int]]
"""The arrows a run belongs to: ('from', prerequisite) and ('to', dependent) ids."""


@dataclass(frozen=True)
class Box:
    """A bar's rectangle and the row it sits in (rows are (lane, row) keys)."""

    x0: float
    x1: float
    top: float
    bottom: float
    row: tuple[int | str, ...]
    """The row this box sits in: boxes in one row never overlap."""

    @property
    def mid(self) -> float:
        """The vertical centre, where arrows leave and arrive."""
        return (self.top + self.bottom) / 2


Point = tuple[float, float]


_BUDGET = 300
"""Most segments one vertical-channel query inspects."""

_SPAN = 256.0
"""Width of the stretches of a gutter track horizontal segments are filed under: a query
looks at the segments of the stretches it passes, not at the whole track."""


class _Channels:
    """Occupied segments: a new segment moves to a free track instead of overlapping.

    Each segment carries the ends it belongs to ('from', id) and ('to', id);
    segments that share an end may overlap (fan-out, fan-in), others may not.
    Vertical segments are filed by x bucket, horizontal ones by track and
    stretch, so a query only looks at segments near it.
    """

    def __init__(self, sep: float) -> None:
        self.sep = sep
        self.vertical: dict[int, list[tuple[float, float, float, Groups]]] = defaultdict(list)
        self.horizontal: dict[tuple[float, int], list[tuple[float, float, Groups]]] = \
            defaultdict(list)
        """Horizontal segments by track (y) and stretch of _SPAN pixels."""

    def _considered(self, x0: float, x1: float) -> dict[int, int]:
        """Per x bucket near [x0, x1], the index of its first segment a query looks at.

        At most _BUDGET segments, the newest of each bucket, buckets from left
        to right: in a chart so dense that more are near, arrows overlap
        whatever the router does, and the time is better spent elsewhere.
        """
        starts: dict[int, int] = {}
        get = self.vertical.get
        budget = _BUDGET
        for b in range(int(x0 // self.sep) - 1, int(x1 // self.sep) + 2):
            entries = get(b)
            if entries:
                count = len(entries)
                if count < budget:
                    starts[b] = 0
                    budget -= count
                else:
                    starts[b] = count - budget
                    break
        return starts

    def _clash(self, left: float, right: float, lo: float, hi: float, groups: Groups,
               starts: dict[int, int]) -> bool:
        """Whether a looked-at vertical segment of another arrow lies strictly between
        `left` and `right` and overlaps [lo, hi]."""
        vertical = self.vertical
        for b in range(int(left // self.sep), int(right // self.sep) + 1):
            start = starts.get(b)
            if start is None:
                continue
            entries = vertical[b]
            for ox, oy0, oy1, og in (entries[start:] if start else entries):
                if left < ox < right and oy0 <= hi and lo <= oy1 and og.isdisjoint(groups):
                    return True
        return False

    def add_vertical(self, x: float, y0: float, y1: float, groups: Groups) -> None:
        lo, hi = (y0, y1) if y0 <= y1 else (y1, y0)
        self.vertical[int(x // self.sep)].append((x, lo, hi, groups))

    def free_x(self, x: float, y0: float, y1: float, groups: Groups, step: float,
               limit: float) -> float:
        """The first x from `x` in steps of `step` (not past `limit`) with no clash.

        A candidate clashes with a segment less than `sep` away from it; only
        the segments `_considered` for the whole range count. Each candidate
        looks at the two or three buckets around it and stops at the first
        clash, so a crowded channel costs a few checks, not every segment near.
        """
        lo, hi = (y0, y1) if y0 <= y1 else (y1, y0)
        starts = self._considered(min(x, limit), max(x, limit))
        if not starts:
            return x
        sep = self.sep - 0.01
        candidate = x
        while (step > 0 and candidate <= limit) or (step < 0 and candidate >= limit):
            if not self._clash(candidate - sep, candidate + sep, lo, hi, groups, starts):
                return candidate
            candidate += step
        return x

    def horizontal_clash(self, y: float, x0: float, x1: float, groups: Groups) -> bool:
        """Whether a horizontal segment of another arrow at `y` overlaps [x0, x1]."""
        lo, hi = min(x0, x1), max(x0, x1)
        track = round(y, 2)
        horizontal = self.horizontal
        for b in range(int(lo // _SPAN), int(hi // _SPAN) + 1):
            entries = horizontal.get((track, b))
            if entries and any(ox0 <= hi and lo <= ox1 and og.isdisjoint(groups)
                               for ox0, ox1, og in entries):
                return True
        return False

    def add_horizontal(self, y: float, x0: float, x1: float, groups: Groups) -> None:
        """File a horizontal segment under each stretch of its track it passes."""
        lo, hi = min(x0, x1), max(x0, x1)
        track = round(y, 2)
        for b in range(int(lo // _SPAN), int(hi // _SPAN) + 1):
            self.horizontal[(track, b)].append((lo, hi, groups))


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
    by_row: dict[tuple[int | str, ...], list[tuple[float, int]]] = defaultdict(list)
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

