"""How a dependency link runs on the map, the same in the app's graph view and the PDF.

A link runs with the flow, from the right side of the initiative waited for
to the left side of the one that waits, as a curve leaving and arriving
level; a link against the flow (part of a cycle, or between boxes that
overlap across) loops below both boxes instead of cutting through them.
Pure geometry in the caller's units; `down` says which way is below
(+1 where y grows downwards, as on screen; -1 on a PDF page).
"""

from __future__ import annotations

from dataclasses import dataclass

from roadmap.views.map.geometry import Box, Cubic, Point, point_at
from roadmap.views.map.obstacles import Obstacles, passes


@dataclass(frozen=True)
class LinkRoute:
    """A link's route in cubic pieces from `start` to `end`.

    `c1` is the first piece's first control point, `c2` the last piece's
    second one. A link that runs level through gaps between boxes has more than one
    piece (`pieces`); the arrow at its end follows the last piece (`c2`).
    """

    start: Point
    c1: Point
    c2: Point
    end: Point
    forward: bool
    """True when the link runs with the flow (left to right)."""
    pieces: tuple[Cubic, ...] = ()

    def curves(self) -> tuple[Cubic, ...]:
        """Every cubic piece in order (one for a link that needed no detour)."""
        return self.pieces or ((self.start, self.c1, self.c2, self.end),)


def dependency_route(tail: Box, head: Box, *, min_bend: float, clearance: float,
                     gap: float = 0.0, down: float = 1.0,
                     obstacles: Obstacles | None = None, margin: float = 4.0) -> LinkRoute:
    """The route from `tail` (waited for) to `head` (waits).

    `gap` is the least horizontal room between the boxes for a link to run
    with the flow; `min_bend` the least reach of the curve's level ends;
    `clearance` how far below the lower box a link against the flow loops.
    With `obstacles` (every box of the map), a link with the flow crosses
    each column of boxes in between level through a gap, at least `margin`
    from any box, instead of running through them.
    """
    if head.left - tail.right > gap:
        start, end = (tail.right, tail.y), (head.left, head.y)
        bend = max(min_bend, (end[0] - start[0]) * 0.45)
        plain = LinkRoute(start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end,
                          True)
        if obstacles is None or not obstacles.blocks(plain.curves()[0], margin, (tail, head)):
            return plain
        return _detour(start, end, passes(tail, head, obstacles, margin))
    start = (tail.x, tail.y + down * tail.half_height)
    end = (head.x, head.y + down * head.half_height)
    lowest = max(start[1] * down, end[1] * down) * down
    loop = lowest + down * clearance
    return LinkRoute(start, (start[0], loop), (end[0], loop), end, False)


def _detour(start: Point, end: Point, steps: list[tuple[float, float, float]]) -> LinkRoute:
    """Level curves between the passes and straight runs through them.

    Each bend's control points lie level with its ends and within its
    width, so the bend stays in the free channel between two columns.
    """
    pieces: list[Cubic] = []
    here = start
    for enter, leave, level in steps:
        pieces.append(_bend(here, (enter, level)))
        if leave > enter:
            third = (leave - enter) / 3
            pieces.append(((enter, level), (enter + third, level), (leave - third, level),
                           (leave, level)))
        here = (leave, level)
    pieces.append(_bend(here, end))
    return LinkRoute(start, pieces[0][1], pieces[-1][2], end, True, tuple(pieces))


def sample(piece: Cubic, steps: int = 32) -> list[Point]:
    """Points along a cubic piece, its ends included."""
    return [point_at(piece, step / steps) for step in range(steps + 1)]


def _bend(a: Point, b: Point) -> Cubic:
    reach = (b[0] - a[0]) * 0.45
    return a, (a[0] + reach, a[1]), (b[0] - reach, b[1]), b


__all__ = ["Box", "Cubic", "LinkRoute", "Obstacles", "Point", "dependency_route", "sample"]
