"""Arrow routing: the indexed router gives exactly the routes of the original scan.

The original router (kept below as the reference) collected every segment
near a channel before trying each track; the indexed one checks each track
against the few buckets around it. Both must route every arrow of a
generated roadmap identically, also when the look-up budget cuts in.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

import pytest

from roadmap.samples.generate import generate_roadmap
from roadmap.views.timeline import routes as timeline_routes
from roadmap.views.timeline.layout import LayoutParams, layout_timeline, plan_fit
from roadmap.views.timeline.model import LaneMode, TimelineData, collect
from roadmap.views.timeline.routes import Box, Point, route_arrows


class _ReferenceChannels:
    """The original channel bookkeeping: a linear scan of the segments near a query."""

    def __init__(self, sep: float, budget: int) -> None:
        self.sep = sep
        self.budget = budget
        self.vertical: dict[int, list[tuple[float, float, float, frozenset]]] = defaultdict(list)
        self.horizontal: dict[float, list[tuple[float, float, frozenset]]] = defaultdict(list)

    def _blocking(self, x0: float, x1: float, lo: float, hi: float,
                  groups: frozenset) -> list[float]:
        found = []
        budget = self.budget
        for b in range(int(x0 // self.sep) - 1, int(x1 // self.sep) + 2):
            entries = self.vertical.get(b)
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
        return any(ox0 <= hi and lo <= ox1 and og.isdisjoint(groups)
                   for ox0, ox1, og in self.horizontal.get(round(y, 2), ()))

    def add_horizontal(self, y: float, x0: float, x1: float, groups: frozenset) -> None:
        self.horizontal[round(y, 2)].append((min(x0, x1), max(x0, x1), groups))


def _reference_routes(boxes: dict[int, Box], pairs: Iterable[tuple[int, int]], *,
                      budget: int, stub: float = 10.0, sep: float = 4.0,
                      row_gap: float = 12.0, reach: float = 24.0
                      ) -> dict[tuple[int, int], list[Point]]:
    """route_arrows as first written (before the channel index)."""
    channels = _ReferenceChannels(sep, budget)
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


@pytest.fixture(scope="module")
def generated() -> TimelineData:
    doc = generate_roadmap(300, seed=11)
    try:
        return collect(doc)
    finally:
        doc.close()


def _boxes(data: TimelineData, mode: LaneMode, params: LayoutParams) -> dict[int, Box]:
    """The boxes layout_timeline routes between (built the same way)."""
    layout = layout_timeline(data, mode, params)
    return {key: Box(g.x0, g.x1, g.top, g.bottom, (g.lane, g.column or "", g.row))
            for key, g in layout.bars.items()}


@pytest.mark.parametrize("budget", [timeline_routes._BUDGET, 12])
@pytest.mark.parametrize("mode", [LaneMode.DEPARTMENT, LaneMode.STATUS])
@pytest.mark.parametrize("fit", [True, False])
def test_indexed_router_matches_the_original_scan(generated: TimelineData, budget: int,
                                                  mode: LaneMode, fit: bool,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    params = LayoutParams(row_height=26, row_gap=12, bar_gap=34, px_per_day=2.0)
    if fit:  # squeezed to a laptop's width, as the timeline opens: crowded channels
        params = plan_fit(generated, 700, params)
    monkeypatch.setattr(timeline_routes, "_BUDGET", budget)
    boxes = _boxes(generated, mode, params)
    kwargs = {"row_gap": params.row_gap, "reach": params.bar_gap - 4}
    expected = _reference_routes(boxes, generated.pairs, budget=budget, **kwargs)
    routes = route_arrows(boxes, generated.pairs, **kwargs)
    assert len(routes) > 250, "the generated roadmap has plenty of arrows to route"
    assert routes == expected
    bent = [points for points in routes.values() if len(points) == 6]
    shifted = [p for p in bent if p[1][0] != p[0][0] + 10.0 or p[4][0] != p[5][0] - 10.0]
    assert shifted, "some arrows had to move to a free track, so clashes were checked"
