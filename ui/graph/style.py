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

from roadmap import palette

DIM_OPACITY = 0.3
"""Opacity of what the highlight leaves out."""
LABEL_LOD = 0.42
"""Below this zoom (level of detail) node text is not drawn."""
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
    "depends_on": EdgeStyle("Depends on", palette.INK, 2.0, Qt.PenStyle.SolidLine, "arrow",
                            "B waits for A (A → B)"),
    "leads": EdgeStyle("Leads", palette.ACCENT, 2.6, Qt.PenStyle.SolidLine, "",
                       "department drives it"),
    "contributes": EdgeStyle("Contributes", palette.ACCENT, 1.6, Qt.PenStyle.DashLine, "",
                             "department takes part"),
    "enables": EdgeStyle("Enables", palette.MUTED_INK, 1.4, Qt.PenStyle.DotLine, "",
                         "department (often IT) enables"),
    "accountable": EdgeStyle("Accountable", palette.MUTED_INK, 1.2, Qt.PenStyle.SolidLine,
                             "dot", "owner answers for it"),
    "sponsors": EdgeStyle("Sponsors", palette.PURPLE, 1.4, Qt.PenStyle.DashDotLine, "dot",
                          "executive sponsor"),
    "uses_vendor": EdgeStyle("Uses vendor", palette.TEAL, 1.4, Qt.PenStyle.DashDotDotLine,
                             "open", "buys from the vendor"),
}
"""Style of each edge kind of ui.graph.data.EDGE_KINDS."""

VIOLATED = EdgeStyle("Violated dependency", palette.VIOLATION, 2.6, Qt.PenStyle.DashLine,
                     "arrow", "starts too early")

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

NODE_LABEL = {"initiative": "Initiative", "department": "Department", "owner": "Owner",
              "vendor": "Vendor"}

_pens: dict[tuple, QPen] = {}
_fonts: dict[tuple, QFont] = {}


def edge_pen(kind: str, violated: bool = False, extra: float = 0.0,
             cosmetic: bool = False) -> QPen:
    """The pen of an edge kind (shared; do not modify it).

    A cosmetic pen keeps its width in screen pixels: used when zoomed out,
    where a scene-unit width would shrink below a pixel.
    """
    key = (kind, violated, extra, cosmetic)
    pen = _pens.get(key)
    if pen is None:
        style = edge_style(kind, violated)
        # Zoomed out, 1-pixel hairlines take Qt's fast path; violated links stay bold.
        width = ((2.0 if violated or extra else 1.0) if cosmetic else style.width + extra)
        pen = QPen(QColor(style.colour), width, style.dash,
                   Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin)
        pen.setCosmetic(cosmetic)
        _pens[key] = pen
    return pen


def edge_style(kind: str, violated: bool = False) -> EdgeStyle:
    """The style record of an edge kind (the violated style for broken dependencies)."""
    return VIOLATED if violated else EDGE_STYLES.get(kind, EDGE_STYLES["contributes"])


def font(pixel_size: int, bold: bool = False) -> QFont:
    """A shared font of the application's family, sized in scene units (pixels at 100 %)."""
    key = (pixel_size, bold)
    found = _fonts.get(key)
    if found is None:
        found = QFont()
        found.setPixelSize(pixel_size)
        found.setBold(bold)
        _fonts[key] = found
    return found
