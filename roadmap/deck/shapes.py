"""Drawing helpers for the deck: text boxes, filled shapes and colours in slide units.

Every shape is native PowerPoint (rectangles, diamonds, text frames), so a
CIO can move, recolour and retype any of it. Positions are in inches on a
13.333 x 7.5 in (16:9) slide; type is in points and never under 12 pt, so
that it reads from the back of a room.
"""

from __future__ import annotations

from typing import Any

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from roadmap.model import palette

SLIDE_WIDTH = 13.333
SLIDE_HEIGHT = 7.5
MARGIN = 0.5
FONT = "DejaVu Sans"
"""The pack's typeface; PowerPoint substitutes its own where it is not installed."""

MIN_TYPE = 12.0
"""The smallest type on any slide, in points."""


def _colour(red: int, green: int, blue: int) -> RGBColor:
    # python-pptx's RGBColor is a tuple subclass whose constructor carries no annotations.
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]


def rgb(hex_value: str) -> RGBColor:
    """A python-pptx colour from '#RRGGBB'."""
    value = hex_value.lstrip("#")
    return _colour(*(int(value[k:k + 2], 16) for k in (0, 2, 4)))


def tint(hex_value: str, amount: float) -> RGBColor:
    """`hex_value` mixed with white: 0 is the colour, 1 is white."""
    value = hex_value.lstrip("#")
    parts = [int(value[k:k + 2], 16) for k in (0, 2, 4)]
    return _colour(*(round(c + (255 - c) * amount) for c in parts))


INK = rgb(palette.INK)
MUTED = rgb(palette.MUTED_INK)
ACCENT = rgb(palette.ACCENT)
SHADE = rgb(palette.SHADE)
PAPER = rgb(palette.PAPER)
RULE = rgb(palette.RULE)
VIOLATION = rgb(palette.VIOLATION)


def emu(inches: float) -> Emu:
    """Inches as the EMU python-pptx places shapes in."""
    return Emu(int(Inches(inches)))


def text(slide: Any, x: float, y: float, w: float, h: float, value: str, *,
         size: float = 16, bold: bool = False, colour: RGBColor = INK,
         align: str = "left", anchor: str = "top", wrap: bool = True,
         name: str | None = None) -> Any:
    """A text box at (x, y) inches holding `value` (lines split on '\\n')."""
    box = slide.shapes.add_textbox(emu(x), emu(y), emu(w), emu(h))
    if name:
        box.name = name
    frame = box.text_frame
    frame.word_wrap = wrap
    frame.margin_left = frame.margin_right = emu(0.04)
    frame.margin_top = frame.margin_bottom = emu(0.02)
    frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE,
                             "bottom": MSO_ANCHOR.BOTTOM}[anchor]
    for index, line in enumerate(value.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER,
                               "right": PP_ALIGN.RIGHT}[align]
        run = paragraph.add_run()
        run.text = line
        font = run.font
        font.name = FONT
        font.size = Pt(max(size, MIN_TYPE))
        font.bold = bold
        font.color.rgb = colour
    return box


def box(slide: Any, x: float, y: float, w: float, h: float, fill: RGBColor | None, *,
        line: RGBColor | None = None, kind: Any = MSO_SHAPE.RECTANGLE,
        label: str = "", size: float = 14, ink: RGBColor = INK, bold: bool = False,
        align: str = "left", name: str | None = None, wrap: bool = True) -> Any:
    """A filled autoshape (rectangle by default), optionally with a label inside."""
    shape = slide.shapes.add_shape(kind, emu(x), emu(y), emu(max(w, 0.02)), emu(max(h, 0.02)))
    if name:
        shape.name = name
    if fill is None:
        shape.fill.background()
    else:
        shape.fill.solid()
        shape.fill.fore_color.rgb = fill
    if line is None:
        shape.line.fill.background()
    else:
        shape.line.color.rgb = line
        shape.line.width = Pt(1)
    shape.shadow.inherit = False
    if label:
        frame = shape.text_frame
        frame.word_wrap = wrap
        frame.margin_left = frame.margin_right = emu(0.03)
        frame.margin_top = frame.margin_bottom = emu(0.02)
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER,
                               "right": PP_ALIGN.RIGHT}[align]
        run = paragraph.add_run()
        run.text = label
        run.font.name = FONT
        run.font.size = Pt(max(size, MIN_TYPE))
        run.font.bold = bold
        run.font.color.rgb = ink
    return shape


def fit(value: str, width: float, size: float, *, bold: bool = False) -> str:
    """`value` shortened with '…' to `width` inches at `size` points (DejaVu's metrics)."""
    from roadmap.boardpack.styles import SANS, SANS_BOLD
    from roadmap.boardpack.text import shorten

    return shorten(value, width * 72, SANS_BOLD if bold else SANS, size)


def heading(slide: Any, title: str, message: str = "") -> float:
    """The slide's title and one-line key message; returns the y the body starts at."""
    text(slide, MARGIN, 0.3, SLIDE_WIDTH - 2 * MARGIN, 0.6, title, size=30, bold=True,
         colour=ACCENT, name="Title")
    if message:
        text(slide, MARGIN, 0.92, SLIDE_WIDTH - 2 * MARGIN, 0.4, message, size=16,
             colour=MUTED, name="Key message")
    return 1.45


def footer(slide: Any, left: str, right: str) -> None:
    """Confidentiality and date at the foot of a slide."""
    text(slide, MARGIN, SLIDE_HEIGHT - 0.42, 6, 0.3, left, size=12, bold=True, colour=ACCENT,
         name="Footer")
    text(slide, SLIDE_WIDTH - MARGIN - 6, SLIDE_HEIGHT - 0.42, 6, 0.3, right, size=12,
         colour=MUTED, align="right", name="Footer date")
