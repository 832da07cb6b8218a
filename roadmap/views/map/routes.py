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

Point = tuple[float, float]


@dataclass(frozen=True)
class Box:
    """A node's box: centre and half sizes."""

    x: float
    y: float
    half_width: float
    half_height: float

    @property
    def left(self) -> float:
        """The x of the left side."""
        return self.x - self.half_width

    @property
    def right(self) -> float:
        """The x of the right side."""
        return self.x + self.half_width


@dataclass(frozen=True)
class LinkRoute:
    """A cubic curve from `start` to `end` with control points `c1` and `c2`."""

    start: Point
    c1: Point
    c2: Point
    end: Point
    forward: bool
    """True when the link runs with the flow (left to right)."""


def dependency_route(tail: Box, head: Box, *, min_bend: float, clearance: float,
                     gap: float = 0.0, down: float = 1.0) -> LinkRoute:
    """The route from `tail` (waited for) to `head` (waits).

    `gap` is the least horizontal room between the boxes for a link to run
    with the flow; `min_bend` the least reach of the curve's level ends;
    `clearance` how far below the lower box a link against the flow loops.
    """
    if head.left - tail.right > gap:
        start, end = (tail.right, tail.y), (head.left, head.y)
        bend = max(min_bend, (end[0] - start[0]) * 0.45)
        return LinkRoute(start, (start[0] + bend, start[1]), (end[0] - bend, end[1]), end, True)
    start = (tail.x, tail.y + down * tail.half_height)
    end = (head.x, head.y + down * head.half_height)
    lowest = max(start[1] * down, end[1] * down) * down
    loop = lowest + down * clearance
    return LinkRoute(start, (start[0], loop), (end[0], loop), end, False)
