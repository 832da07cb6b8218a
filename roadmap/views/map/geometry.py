"""The shapes the map's routing works with: points and node boxes, in the caller's units."""

from __future__ import annotations

from dataclasses import dataclass

Point = tuple[float, float]
Cubic = tuple[Point, Point, Point, Point]
"""One cubic piece of a route: start, two control points, end."""


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


def point_at(piece: Cubic, t: float) -> Point:
    """The point of a cubic piece at parameter `t` (0 at its start, 1 at its end)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = piece
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3


def t_at_x(piece: Cubic, x: float) -> float:
    """The parameter where a piece whose x only grows reaches `x` (clamped to 0..1)."""
    low, high = 0.0, 1.0
    for _ in range(30):
        middle = (low + high) / 2
        if point_at(piece, middle)[0] < x:
            low = middle
        else:
            high = middle
    return (low + high) / 2
