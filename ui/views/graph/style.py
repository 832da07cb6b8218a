"""How each kind of node and edge looks: one table read by the items and the legend.

Every distinction is made twice, so nothing depends on colour alone: edge
kinds differ by dash pattern, width and end marker; node kinds by shape and
glyph; IT-alone initiatives by a hatch and an "IT ALONE" badge; violated
dependencies are red AND dashed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.views.map.layered import node_size

DIM_OPACITY = 0.3
"""Opacity of what the highlight leaves out."""
LABEL_LOD = 0.42
"""Below this zoom (level of detail) node outlines turn to hairlines."""
MIN_LABEL_PX = 12
"""Node text smaller than this on screen (9 pt) is not drawn; with department
clusters on the map, the clusters' overview is drawn instead."""
DETAIL_LOD = 0.75
"""Below this zoom the second line of text and the glyphs are not drawn."""
BUNDLE_LOD = 0.8
"""Below this zoom plain links are drawn as 1-pixel lines in one batch (LinkBundle)."""
BUNDLE_LOD_LARGE = 1.6
"""The same threshold when the scene holds more than BUNDLE_LARGE_LINKS links."""
BUNDLE_LARGE_LINKS = 600
CONTEXT_EDGE_LOD = 0.22
"""Below this zoom only dependency edges (and highlighted ones) are drawn."""


@dataclass(frozen=True)
class EdgeStyle:
    """The stroke of one edge kind and its end marker ('arrow', 'open', 'dot', '')."""

    label: str
    colour: str
    width: float
    dash: Qt.PenStyle
    marker: str
    description: str


EDGE_STYLES: dict[str, EdgeStyle] = {
    "depends_on": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Depends on"), palette.INK, 2.0,
                            Qt.PenStyle.SolidLine, "arrow",
                            QT_TRANSLATE_NOOP("GraphStyle", "B waits for A (A → B)")),
    "leads": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Leads"), palette.ACCENT, 2.6,
                       Qt.PenStyle.SolidLine, "",
                       QT_TRANSLATE_NOOP("GraphStyle", "department drives it")),
    "contributes": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Contributes"), palette.ACCENT, 1.6,
                             Qt.PenStyle.DashLine, "",
                             QT_TRANSLATE_NOOP("GraphStyle", "department takes part")),
    "enables": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Enables"), palette.MUTED_INK, 1.4,
                         Qt.PenStyle.DotLine, "",
                         QT_TRANSLATE_NOOP("GraphStyle", "department (often IT) enables")),
    "accountable": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Accountable"), palette.MUTED_INK,
                             1.2, Qt.PenStyle.SolidLine, "dot",
                             QT_TRANSLATE_NOOP("GraphStyle", "owner answers for it")),
    "sponsors": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Sponsors"), palette.PURPLE, 1.4,
                          Qt.PenStyle.DashDotLine, "dot",
                          QT_TRANSLATE_NOOP("GraphStyle", "executive sponsor")),
    "uses_vendor": EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Uses vendor"), palette.TEAL, 1.4,
                             Qt.PenStyle.DashDotDotLine, "open",
                             QT_TRANSLATE_NOOP("GraphStyle", "buys from the vendor")),
}
"""Style of each edge kind of ui.graph.data.EDGE_KINDS (label and description translated
where shown, in the GraphStyle context)."""

VIOLATED = EdgeStyle(QT_TRANSLATE_NOOP("GraphStyle", "Violated dependency"), palette.VIOLATION,
                     2.6, Qt.PenStyle.DashLine, "arrow",
                     QT_TRANSLATE_NOOP("GraphStyle", "starts too early"))

UPSTREAM = "#0077BB"
"""Outline of what the selection waits for (paired with a left-pointing tab)."""
DOWNSTREAM = "#EE7733"
"""Outline of what waits for the selection (paired with a right-pointing tab)."""
SELECTED = palette.ACCENT

KIND_FILL = {
    "initiative": palette.PAPER,
    "department": palette.BLUE,
    "owner": "#E8EEF5",
    "vendor": "#EAF4F1",
}
"""Fill of each node kind (departments use their own colour when they have one)."""

IT_ALONE_HATCH = palette.VIOLATION
IT_ALONE_BADGE = palette.INK

NODE_LABEL = {"initiative": QT_TRANSLATE_NOOP("GraphStyle", "Initiative"),
              "department": QT_TRANSLATE_NOOP("GraphStyle", "Department"),
              "owner": QT_TRANSLATE_NOOP("GraphStyle", "Owner"),
              "vendor": QT_TRANSLATE_NOOP("GraphStyle", "Vendor")}



@dataclass(frozen=True)
class NodeMetrics:
    """How big node boxes, their type and the links are, in layout units.

    The app's graph tab uses APP (the sizes it always had). The presentation
    uses PROJECTOR: type twice as large relative to the boxes, boxes grown
    to hold two lines of it, and the layout stretched by `spread` so the
    gaps between boxes stay; fitted on a wall, titles come out at least 1.5
    times the app's type. Every painting constant of a node is a base size
    (the APP value) times `text`.
    """

    text: float = 1.0
    """Multiplier of every font size and text offset inside a node."""
    box: tuple[float, float] = (1.0, 1.0)
    """Multipliers of a node box's (width, height) from roadmap.views.map.layered.NODE_SIZE."""
    spread: tuple[float, float] = (1.0, 1.0)
    """Multipliers of layout positions (x, y), so grown boxes keep their gaps."""
    line: float = 1.0
    """Multiplier of link widths and arrowheads."""
    detail: bool = True
    """Draw an initiative's second (detail) line when its title fits on one."""
    condensed: bool = False
    """Use a condensed face so more of each title fits a line."""

    def px(self, base: float) -> int:
        """A base pixel size (the app's) scaled for these metrics."""
        return max(1, round(base * self.text))

    def font(self, base: int, bold: bool = False) -> QFont:
        """The shared font for a base pixel size (the app's), scaled."""
        return font(self.px(base), bold, self.condensed)

    def size(self, kind: str) -> tuple[float, float]:
        """The (width, height) of a node box of `kind`."""
        width, height = node_size(kind)
        return width * self.box[0], height * self.box[1]


APP = NodeMetrics()
"""The graph tab's sizes."""
PROJECTOR = NodeMetrics(text=2.0, box=(1.3, 1.43), spread=(1.14, 1.37), line=1.5,
                        detail=False, condensed=True)
"""The presentation's dependency map: titles 26 units in boxes 234 x 80, on a layout
stretched to keep 50-unit gaps between layers and 24 between rows."""

_pens: dict[tuple, QPen] = {}
_fonts: dict[tuple, QFont] = {}


def edge_pen(kind: str, violated: bool = False, extra: float = 0.0,
             cosmetic: bool = False, scale: float = 1.0) -> QPen:
    """The pen of an edge kind (shared; do not modify it).

    A cosmetic pen keeps its width in screen pixels: used when zoomed out,
    where a scene-unit width would shrink below a pixel. `scale` multiplies
    the scene-unit width (NodeMetrics.line).
    """
    key = (kind, violated, extra, cosmetic, scale)
    pen = _pens.get(key)
    if pen is None:
        style = edge_style(kind, violated)
        # Zoomed out, 1-pixel hairlines take Qt's fast path; violated links stay bold.
        width = ((2.0 if violated or extra else 1.0) if cosmetic else (style.width + extra) * scale)
        pen = QPen(QColor(style.colour), width, style.dash,
                   Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        pen.setCosmetic(cosmetic)
        _pens[key] = pen
    return pen


def edge_style(kind: str, violated: bool = False) -> EdgeStyle:
    """The style record of an edge kind (the violated style for broken dependencies)."""
    return VIOLATED if violated else EDGE_STYLES.get(kind, EDGE_STYLES["contributes"])


def font(pixel_size: int, bold: bool = False, condensed: bool = False) -> QFont:
    """A shared font of the application's family, sized in scene units (pixels at 100 %)."""
    key = (pixel_size, bold, condensed)
    found = _fonts.get(key)
    if found is None:
        found = QFont()
        found.setPixelSize(pixel_size)
        found.setBold(bold)
        if condensed:
            found.setStretch(QFont.Stretch.Condensed)
        _fonts[key] = found
    return found
