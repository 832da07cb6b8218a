"""How the timeline looks: the desk theme and the projector theme.

Colours come from roadmap.model.palette so the app and the board pack agree; the
projector theme scales type by 1.6, thickens every stroke and drops the
muted greys a projector washes out (pure black on white).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from roadmap.model import palette
from roadmap.model.enums import Health

_DARK = palette.INK
_LIGHT = palette.PAPER


@dataclass(frozen=True)
class TimelineTheme:
    """Sizes and colours of one way of drawing the timeline."""

    name: str
    font_scale: float
    background: str
    lane_shade: str
    grid: str
    quarter_rule: str
    ink: str
    muted: str
    outline: str
    outline_width: float
    arrow: str
    arrow_width: float
    highlight: str
    today: str
    header_fill: str

    def font(self, base: QFont, *, bold: bool = False, scale: float = 1.0) -> QFont:
        """`base` resized by the theme's type scale (times `scale`)."""
        font = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * self.font_scale * scale)
        font.setBold(bold)
        return font

    def row_height(self, base: QFont) -> float:
        """The height of one bar: the label's line height plus breathing room."""
        return round(QFontMetricsF(self.font(base)).height() * 1.55)


DESK = TimelineTheme(
    name="desk", font_scale=1.0, background=palette.PAPER, lane_shade=palette.SHADE,
    grid="#E4E7EB", quarter_rule=palette.RULE, ink=palette.INK, muted=palette.MUTED_INK,
    outline="#3E4C59", outline_width=1.0, arrow="#52606D", arrow_width=1.3,
    highlight=palette.ACCENT, today="#CC3311", header_fill="#F5F7FA",
)
"""The theme at a desk: the app's normal type size, quiet greys."""

PROJECTOR = TimelineTheme(
    name="projector", font_scale=1.6, background="#FFFFFF", lane_shade="#E9EEF3",
    grid="#C5CCD3", quarter_rule="#7B8794", ink="#000000", muted="#000000",
    outline="#000000", outline_width=2.0, arrow="#000000", arrow_width=2.2,
    highlight="#0033AA", today="#CC3311", header_fill="#FFFFFF",
)
"""The theme on a wall: type 1.6 times larger, black ink, heavier strokes."""

HIGH_CONTRAST_THEME = replace(PROJECTOR, name="high_contrast", font_scale=DESK.font_scale)
"""The timeline in high contrast: the projector's colours and strokes, the desk's type."""

HIGH_CONTRAST_PROPERTY = "crossroadsHighContrast"
"""The application property that is true while the app draws in high contrast."""


def desk_theme() -> TimelineTheme:
    """The timeline's theme at a desk: high contrast while the app is in it."""
    app = QCoreApplication.instance()
    return HIGH_CONTRAST_THEME if app is not None and app.property(HIGH_CONTRAST_PROPERTY) \
        else DESK


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio between two #RRGGBB colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: str) -> str:
    """Dark ink or white, whichever has the higher WCAG contrast on `background`."""
    return _DARK if contrast(_DARK, background) >= contrast(_LIGHT, background) else _LIGHT


def health_colour(health: Health) -> QColor:
    """The bar fill of a health (palette.HEALTH)."""
    return QColor(palette.HEALTH.get(health, palette.GREY))


# The same marks the dependency graph uses (ui/views/graph/style.py), so an initiative
# reads the same in both views.
IT_ALONE_HATCH = palette.VIOLATION
"""Diagonal hatch over an IT-alone bar."""
IT_ALONE_BADGE = palette.INK
"""Fill of the 'IT ALONE' badge (white text)."""
UPSTREAM = "#0077BB"
"""Outline of what the selection waits for."""
DOWNSTREAM = "#EE7733"
"""Outline of what waits for the selection."""
DIM_OPACITY = 0.4
"""Opacity of bars and arrows the highlight leaves out."""
