"""The board pack's look: font names, one type scale, the palette, named styles.

Every size the pack prints comes from `Scale`, every colour from
roadmap/model/palette.py (the same colour-blind-safe palette the app uses), and
the few paragraph styles (fixed headings) from `stylesheet()`, so pages stay
consistent.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from roadmap.model import palette

SANS = "Crossroads-Sans"
SANS_BOLD = "Crossroads-Sans-Bold"
SANS_ITALIC = "Crossroads-Sans-Oblique"

FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
}


def font_path(font: str) -> Path:
    """The shipped TrueType file of one of the pack's fonts (never cwd-relative)."""
    return Path(str(resources.files("resources") / "fonts" / FONT_FILES[font]))


class Scale:
    """The one type scale of the pack, in points: nothing under 8 pt but the 7 pt footer."""

    FOOTER = 7.0
    CAPTION = 8.0
    SMALL = 8.0
    BODY = 9.0
    LEAD = 11.0
    H3 = 11.0
    H2 = 14.0
    H1 = 20.0
    FIGURE = 24.0
    DISPLAY = 34.0


@lru_cache(maxsize=256)
def colour(hex_value: str) -> colors.Color:
    """A reportlab colour from '#RRGGBB' (made once per value: pages ask thousands of times)."""
    return colors.HexColor(hex_value)


@lru_cache(maxsize=256)
def tint(hex_value: str, amount: float) -> colors.Color:
    """`hex_value` mixed with white: 0 is the colour, 1 is white (made once per pair)."""
    base = colors.HexColor(hex_value)
    return colors.Color(
        base.red + (1 - base.red) * amount,
        base.green + (1 - base.green) * amount,
        base.blue + (1 - base.blue) * amount,
    )


INK = colour(palette.INK)
MUTED = colour(palette.MUTED_INK)
RULE = colour(palette.RULE)
SHADE = colour(palette.SHADE)
PAPER = colour(palette.PAPER)
ACCENT = colour(palette.ACCENT)
VIOLATION = colour(palette.VIOLATION)


@lru_cache(maxsize=1)
def stylesheet() -> StyleSheet1:
    """The named paragraph styles of the pack, built once."""
    sheet = StyleSheet1()
    body = ParagraphStyle(
        "Body", fontName=SANS, fontSize=Scale.BODY, leading=Scale.BODY * 1.3,
        textColor=INK, alignment=TA_LEFT,
    )
    sheet.add(body)
    sheet.add(ParagraphStyle("H2", parent=body, fontName=SANS_BOLD, fontSize=Scale.H2,
                             leading=Scale.H2 * 1.25, textColor=ACCENT, spaceBefore=4,
                             spaceAfter=4))
    return sheet
