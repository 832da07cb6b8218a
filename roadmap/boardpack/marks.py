"""Small vector marks shared by the timeline and the dependency map.

Health shapes (circle, triangle, square: health reads without colour),
milestone diamonds, event triangles, continuation chevrons, legend samples,
and the placement of event labels so that they never overlap.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pdfgeom import bezierArc

from roadmap.model import palette
from roadmap.model.enums import Health, Status

from . import styles
from .encoding import number
from .stamps import stamp
from .styles import SANS, Scale, colour, tint
from .text import shorten

HEALTH_SHAPES = {Health.GREEN: "circle", Health.AMBER: "triangle", Health.RED: "square"}
"""Each health has its own shape as well as its colour."""


def legend_arrow(canv: Canvas, x: float, y: float, violated: bool) -> None:
    """The legend's sample of a dependency arrow: plain, or dashed red when violated."""
    canv.saveState()
    colour_ = styles.VIOLATION if violated else styles.MUTED
    canv.setStrokeColor(colour_)
    canv.setFillColor(colour_)
    canv.setLineWidth(0.9 if violated else 0.45)
    if violated:
        canv.setDash(2.5, 1.5)
    canv.line(x, y + 2.3, x + 12, y + 2.3)
    canv.setDash()
    head = canv.beginPath()
    head.moveTo(x + 15, y + 2.3)
    head.lineTo(x + 12, y + 4.1)
    head.lineTo(x + 12, y + 0.5)
    head.close()
    canv.drawPath(head, stroke=0, fill=1)
    canv.restoreState()


def place_label(canv: Canvas, taken: list[list[tuple[float, float]]], text: str, x: float,
                 low: float, high: float) -> tuple[int, float, str]:
    """Where a marker's label goes: (level, left x, text shown), never over another label.

    Tries right of the marker, then left, on each level; otherwise shortens
    it into the widest free gap beside the marker ('' when there is none).
    """
    full = canv.stringWidth(text, SANS, Scale.CAPTION)
    candidates = []
    for level, spans in enumerate(taken):
        for left in (x + 4, x - 4 - full):
            if left >= low and left + full <= high and free(spans, left, left + full):
                spans.append((left - 3, left + full + 3))
                return level, left, text
        right_blocked = any(a < x + 4 < b for a, b in spans)
        right_gap = 0.0 if right_blocked else (
            min([a for a, _ in spans if a >= x + 4] + [high]) - (x + 4))
        left_blocked = any(a < x - 4 < b for a, b in spans)
        left_edge = max([b for _, b in spans if b <= x - 4] + [low])
        candidates.append((right_gap, level, x + 4))
        candidates.append((0.0 if left_blocked else x - 4 - left_edge, level, left_edge))
    gap, level, left = max(candidates)
    if gap < 22:
        return 0, x, ""
    shown = shorten(text, gap - 3, SANS, Scale.CAPTION)
    if left != x + 4:
        left = x - 4 - canv.stringWidth(shown, SANS, Scale.CAPTION)
    taken[level].append((left - 3, left + canv.stringWidth(shown, SANS, Scale.CAPTION) + 3))
    return level, left, shown


def free(spans: list[tuple[float, float]], left: float, right: float) -> bool:
    """True when [left, right] overlaps none of the taken `spans`."""
    return all(right <= a or left >= b for a, b in spans)


def bar(canv: Canvas, x: float, y: float, w: float, h: float, status: Status, health: Health,
        *, critical: bool = False, it_alone: bool = False) -> None:
    """A timeline bar: status reads from its fill and outline, not colour alone.

    Done and in-progress bars are solid in their health colour, planned ones
    tinted, ideas white with a dashed outline, cancelled ones grey and struck
    through; the critical path has a bold outline, IT-alone work is hatched.
    Health shows as its shape (circle, triangle, square) at the bar's start.
    The timeline's bars and its legend samples both draw here, so they agree.
    It sets the colours, width and dash it needs and leaves them set: a
    timeline draws thousands of bars, and saving the whole graphics state
    around each one cost more than the bar itself. Only the hatching's clip
    is saved and restored.
    """
    ink = palette.HEALTH[health]
    grey = palette.STATUS[Status.CANCELLED]
    canv.setLineWidth(0.6)
    if status is Status.CANCELLED:
        canv.setFillColor(tint(grey, 0.6))
        canv.setStrokeColor(colour(grey))
    elif status is Status.IDEA:
        canv.setFillColor(styles.PAPER)
        canv.setStrokeColor(colour(ink))
        canv.setDash(2, 1.5)
    elif status is Status.PLANNED:
        canv.setFillColor(tint(ink, 0.45))
        canv.setStrokeColor(colour(ink))
    else:
        canv.setFillColor(colour(ink))
        canv.setStrokeColor(colour(ink))
    if critical:
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(1.2)
        if status is Status.IDEA:
            canv.setDash()
    canv.rect(x, y, w, h, stroke=1, fill=1)
    if status is Status.IDEA and not critical:
        canv.setDash()
    if it_alone:
        canv.saveState()
        path = canv.beginPath()
        path.rect(x, y, w, h)
        canv.clipPath(path, stroke=0, fill=0)
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.6)
        # The hatching's lines as Canvas.line writes them, in one piece: their
        # x are new on every bar, their two y the same for the whole bar.
        bottom, top = number(y), number(y + h)
        lines = []
        step = 3.0
        k = x - h
        while k < x + w:
            lines.append(f"n {fp_str(k)} {bottom} m {fp_str(k + h)} {top} l S")
            k += step
        canv.addLiteral("\n".join(lines))
        canv.restoreState()
    if status is Status.CANCELLED:
        canv.setStrokeColor(styles.INK)
        canv.setLineWidth(0.7)
        canv.line(x, y + h / 2, x + w, y + h / 2)
    elif w >= h + 2:
        # The health's shape at the bar's start, so health reads in greyscale too.
        health_mark(canv, health, x + h / 2 + 0.5, y + h / 2, h * 0.3, styles.PAPER, 0.5)


LEGEND_BARS = {
    "planned": (Status.PLANNED, False, False),
    "idea": (Status.IDEA, False, False),
    "cancelled": (Status.CANCELLED, False, False),
    "critical": (Status.IN_PROGRESS, True, False),
    "it": (Status.IN_PROGRESS, False, True),
}
"""Legend sample kind -> (status, critical, IT alone); any other kind is a plain bar."""


def legend_bar(canv: Canvas, kind: str, x: float, y: float) -> None:
    """The legend's sample bar of one kind ('planned', 'idea', 'cancelled', 'critical', 'it')."""
    status, critical, it_alone = LEGEND_BARS.get(kind, (Status.IN_PROGRESS, False, False))
    bar(canv, x, y, 12, 6.5, status, Health.GREEN, critical=critical, it_alone=it_alone)


def health_mark(canv: Canvas, health: Health, x: float, y: float, r: float, fill: Color,
                line_width: float) -> None:
    """The health's shape of radius `r` centred on (x, y), filled `fill`, outlined in ink.

    Drawn once per document for each look and placed by reference (stamps.py):
    a timeline has one or two beside every bar.
    """
    def draw(c: Canvas) -> None:
        c.setFillColor(fill)
        c.setStrokeColor(styles.INK)
        c.setLineWidth(line_width)
        shape(c, HEALTH_SHAPES[health], 0, 0, r)

    reach = r + line_width + 1
    stamp(canv, ("health", health, r, fill.rgb(), line_width), (-reach, -reach, reach, reach),
          draw, x, y)


def shape(canv: Canvas, kind: str, x: float, y: float, r: float) -> None:
    """A health shape of radius `r` centred on (x, y): 'circle', 'square' or a triangle."""
    if kind == "circle":
        circle(canv, x, y, r)
    elif kind == "square":
        canv.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, stroke=1, fill=1)
    else:
        path = canv.beginPath()
        path.moveTo(x, y + r)
        path.lineTo(x + r, y - r * 0.8)
        path.lineTo(x - r, y - r * 0.8)
        path.close()
        canv.drawPath(path, stroke=1, fill=1)


_UNIT_CIRCLE = bezierArc(-1, -1, 1, 1, 0, 360)
"""The four Bézier quarters of a circle of radius 1 about the origin, computed once."""


def circle(canv: Canvas, x: float, y: float, r: float, *, stroke: int = 1,
           fill: int = 1) -> None:
    """The circle canvas.circle draws, from the unit circle's curves scaled and moved."""
    path = canv.beginPath()
    first = _UNIT_CIRCLE[0]
    path.moveTo(x + r * first[0], y + r * first[1])
    for _x1, _y1, x2, y2, x3, y3, x4, y4 in _UNIT_CIRCLE:
        path.curveTo(x + r * x2, y + r * y2, x + r * x3, y + r * y3, x + r * x4, y + r * y4)
    path.close()
    canv.drawPath(path, stroke=stroke, fill=fill)


def diamond(canv: Canvas, x: float, y: float, r: float) -> None:
    """A milestone: an ink diamond with a paper outline, so it shows on any bar.

    Drawn once per document for each size and placed by reference (stamps.py).
    """
    def draw(c: Canvas) -> None:
        c.setFillColor(styles.INK)
        c.setStrokeColor(styles.PAPER)
        c.setLineWidth(0.5)
        path = c.beginPath()
        path.moveTo(0, r)
        path.lineTo(r, 0)
        path.lineTo(0, -r)
        path.lineTo(-r, 0)
        path.close()
        c.drawPath(path, stroke=1, fill=1)

    reach = r + 1
    stamp(canv, ("diamond", r), (-reach, -reach, reach, reach), draw, x, y)


def triangle_down(canv: Canvas, x: float, y: float, r: float) -> None:
    """An event marker (a vendor contract end) pointing down at its date, in the fill colour."""
    path = canv.beginPath()
    path.moveTo(x - r, y)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r * 1.2)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)


def chevron(canv: Canvas, x: float, y: float, direction: int) -> None:
    """A small arrowhead at a bar's cut end (-1 left, 1 right): it continues off the page."""
    path = canv.beginPath()
    path.moveTo(x, y + 3)
    path.lineTo(x + 3 * direction, y)
    path.lineTo(x, y - 3)
    path.close()
    canv.drawPath(path, stroke=0, fill=1)
