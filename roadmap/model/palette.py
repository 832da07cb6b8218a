"""One colour palette for the app and the board pack, safe for colour-blind readers.

Colours come from Paul Tol's qualitative schemes, which stay distinct under
the common forms of colour blindness; `colour_vision` checks each set of
categories against simulated deuteranopia, protanopia and tritanopia.
Colour never carries meaning alone: every use pairs it with text, a pattern
or a shape.
"""

from __future__ import annotations

from roadmap.model.enums import Health, Severity, Status

# Paul Tol "bright" and "muted" qualitative colours.
BLUE = "#4477AA"
CYAN = "#66CCEE"
GREEN = "#228833"
YELLOW = "#CCBB44"
RED = "#EE6677"
PURPLE = "#AA3377"
GREY = "#BBBBBB"
INDIGO = "#332288"
TEAL = "#44AA99"
OLIVE = "#999933"
WINE = "#882255"
SAND = "#DDCC77"
PINK = "#FFAABB"

INK = "#1F2933"
"""Body text."""
MUTED_INK = "#52606D"
"""Secondary text, axis labels."""
RULE = "#CBD2D9"
"""Hairlines, grid lines."""
PAPER = "#FFFFFF"
SHADE = "#F0F4F8"
"""Alternate lane and row backgrounds."""
ACCENT = "#1D3557"
"""Headings, cover band."""
VIOLATION = "#CC3311"
"""A violated dependency, a cycle: always paired with a dashed stroke or a label."""

DEPARTMENT_COLOURS = (BLUE, TEAL, PURPLE, OLIVE, CYAN, WINE, SAND, INDIGO, GREEN, PINK)
"""Colours handed out to departments in order: any two differ by CIEDE2000 8 or more
for normal vision and for each full dichromacy (checked by colour_vision)."""

HEALTH = {Health.GREEN: GREEN, Health.AMBER: YELLOW, Health.RED: RED}
SEVERITY = {Severity.HIGH: VIOLATION, Severity.MEDIUM: "#EE7733", Severity.LOW: "#0077BB"}
STATUS = {
    Status.IDEA: GREY,
    Status.PLANNED: CYAN,
    Status.IN_PROGRESS: BLUE,
    Status.DONE: GREEN,
    Status.CANCELLED: "#777777",
}


def department_colour(index: int) -> str:
    """The palette colour for the index-th department."""
    return DEPARTMENT_COLOURS[index % len(DEPARTMENT_COLOURS)]


def text_on(background: str) -> str:
    """Black or white, whichever reads better on `background` (#RRGGBB)."""
    r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return INK if luminance > 140 else PAPER
