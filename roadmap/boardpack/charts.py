"""Vector charts of the executive summary, drawn with reportlab.graphics.

Both charts are labelled horizontal bars: every bar carries its name and its
value in text, so colour is never the only carrier of meaning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Line, Rect, String

from roadmap.i18n import translate
from roadmap.model import palette

from . import styles
from .styles import SANS, SANS_BOLD, Scale, colour

Fit = Callable[[str, float, str, float, str], str]

BAR_HEIGHT = 11.0
BAR_GAP = 6.0


def bar_chart(rows: Sequence[tuple[str, str, float]], value_text: Callable[[float], str],
              width: float, height: float, fit: Fit, where: str, *,
              max_bars: int | None = None) -> Drawing:
    """Horizontal bars, one per (label, #colour, value), each labelled with its value.

    Labels take up to a third of the width and are shortened to fit; when
    there are more rows than room, the smallest are summed into 'Other'.
    """
    drawing = Drawing(width, height)
    # renderPDF would otherwise set Helvetica, unembedded. Drawing takes any
    # attribute; types-reportlab does not list this one.
    drawing.initialFontName = SANS  # type: ignore[attr-defined]
    room = max(1, int((height + BAR_GAP) // (BAR_HEIGHT + BAR_GAP)))
    limit = min(room, max_bars or room)
    rows = list(rows)
    if len(rows) > limit:
        rest = rows[limit - 1:]
        total = sum(r[2] for r in rest)
        rows = [*rows[: limit - 1], (translate("Charts", "Other ({count})").format(
            count=len(rest)), palette.GREY, total)]
    if not rows:
        drawing.add(String(0, height - Scale.BODY, translate("Charts", "Nothing to show."),
                           fontName=SANS,
                           fontSize=Scale.BODY, fillColor=styles.MUTED))
        return drawing
    label_width = width * 0.32
    value_room = 52.0
    bar_room = width - label_width - value_room - 6
    top = max((r[2] for r in rows), default=0) or 1
    y = height - BAR_HEIGHT
    for label, hex_colour, value in rows:
        text = value_text(value)
        drawing.add(String(0, y + 2.5, fit(label, label_width - 6, SANS, Scale.SMALL, where),
                           fontName=SANS, fontSize=Scale.SMALL, fillColor=styles.INK))
        length = max(bar_room * value / top, 1.0 if value else 0.0)
        bar = Rect(label_width, y, length, BAR_HEIGHT)
        bar.fillColor, bar.strokeColor = colour(hex_colour), None
        drawing.add(bar)
        drawing.add(String(label_width + length + 4, y + 2.5,
                           fit(text, value_room, SANS_BOLD, Scale.SMALL, where),
                           fontName=SANS_BOLD, fontSize=Scale.SMALL, fillColor=styles.INK))
        y -= BAR_HEIGHT + BAR_GAP
    drawing.add(Line(label_width, y + BAR_HEIGHT + BAR_GAP - 3, label_width, height,
                     strokeColor=styles.RULE, strokeWidth=0.6))
    return drawing
