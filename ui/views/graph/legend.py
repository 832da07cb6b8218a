"""The legend of the dependency graph: node shapes, edge styles, markers.

`paint_legend` draws it with any QPainter, so the same legend appears in
the view (LegendWidget) and in exported PNG and SVG files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap.model import palette
from roadmap.model.enums import Health
from ui.views.graph import style
from ui.views.graph.data import EDGE_KINDS
from ui.views.graph.shapes import draw_glyph, draw_health, draw_marker, node_path

ROW = 20.0
WIDTH = 300.0


def _rows() -> list[tuple[str, str, str]]:
    """(section, key, label) of every legend row, in order."""
    rows = [
        (QCoreApplication.translate("GraphLegend", "Nodes"), kind,
         QCoreApplication.translate("GraphStyle", label))
        for kind, label in style.NODE_LABEL.items()
    ]
    rows += [
        (
            QCoreApplication.translate("GraphLegend", "Links"),
            kind,
            QCoreApplication.translate("GraphStyle", style.EDGE_STYLES[kind].label) + ": "
            + QCoreApplication.translate("GraphStyle", style.EDGE_STYLES[kind].description),
        )
        for kind in EDGE_KINDS
    ]
    rows += [
        (
            QCoreApplication.translate("GraphLegend", "Links"),
            "violated",
            QCoreApplication.translate("GraphLegend", "Violated: starts too early"),
        ),
        (
            QCoreApplication.translate("GraphLegend", "Markers"),
            "it_alone",
            QCoreApplication.translate("GraphLegend", "IT ALONE: no business lead"),
        ),
        (
            QCoreApplication.translate("GraphLegend", "Markers"),
            "health",
            QCoreApplication.translate("GraphLegend", "Health: green, amber, red"),
        ),
        (
            QCoreApplication.translate("GraphLegend", "Markers"),
            "upstream",
            QCoreApplication.translate("GraphLegend", "What the selection waits for"),
        ),
        (
            QCoreApplication.translate("GraphLegend", "Markers"),
            "downstream",
            QCoreApplication.translate("GraphLegend", "What waits for the selection"),
        ),
    ]
    return rows


def legend_size() -> QSize:
    """The size `paint_legend` needs."""
    rows = _rows()
    sections = len({section for section, _k, _l in rows})
    return QSize(int(WIDTH), int(len(rows) * ROW + sections * (ROW + 4) + 12))


def paint_legend(painter: QPainter, origin: QPointF) -> QRectF:
    """Draw the legend with its top-left at `origin`; return the rectangle it covers."""
    size = legend_size()
    frame = QRectF(origin, QPointF(origin.x() + size.width(), origin.y() + size.height()))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(palette.RULE), 1))
    painter.setBrush(QBrush(QColor(palette.PAPER)))
    painter.drawRoundedRect(frame, 6, 6)
    y = origin.y() + 6
    x = origin.x() + 10
    section = ""
    for name, key, label in _rows():
        if name != section:
            section = name
            painter.setPen(QColor(palette.ACCENT))
            painter.setFont(style.font(12, True))
            painter.drawText(QPointF(x, y + ROW - 4), name)
            y += ROW + 4
        sample = QRectF(x, y + 2, 44, ROW - 4)
        _paint_sample(painter, key, sample)
        painter.setPen(QColor(palette.INK))
        painter.setFont(style.font(11))
        text = QRectF(x + 52, y, WIDTH - 66, ROW)
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                          int(text.width())))
        y += ROW
    painter.restore()
    return frame


def _paint_sample(painter: QPainter, key: str, box: QRectF) -> None:
    painter.save()
    if key in style.NODE_LABEL:
        painter.setPen(QPen(QColor(palette.MUTED_INK), 1))
        fill = style.KIND_FILL.get(key, palette.PAPER)
        painter.setBrush(QBrush(QColor(fill)))
        shape = box.adjusted(2, 0, -2, 0) if key != "owner" else box.adjusted(0, 0, 0, 0)
        painter.drawPath(node_path(key, shape))
        ink = palette.text_on(fill) if key == "department" else palette.INK
        draw_glyph(painter, key, QRectF(box.center().x() - 7, box.top() + 1, 14, 14), ink)
    elif key in style.EDGE_STYLES or key == "violated":
        violated = key == "violated"
        kind = "depends_on" if violated else key
        pen = QPen(style.edge_pen(kind, violated))
        painter.setPen(pen)
        mid = box.center().y()
        painter.drawLine(QPointF(box.left(), mid), QPointF(box.right() - 4, mid))
        marker = style.edge_style(kind, violated).marker
        draw_marker(painter, marker, QPointF(box.right(), mid), 0.0, 9, pen.color())
    elif key == "it_alone":
        painter.setPen(QPen(QColor(style.IT_ALONE_BADGE), 2))
        painter.setBrush(QBrush(QColor(style.IT_ALONE_HATCH), Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(box, 4, 4)
    elif key == "health":
        for i, health in enumerate((Health.GREEN, Health.AMBER, Health.RED)):
            draw_health(painter, health.value, QPointF(box.left() + 7 + i * 15, box.center().y()),
                        7)
    elif key in ("upstream", "downstream"):
        colour = style.UPSTREAM if key == "upstream" else style.DOWNSTREAM
        dash = Qt.PenStyle.SolidLine if key == "upstream" else Qt.PenStyle.DashLine
        painter.setPen(QPen(QColor(colour), 2.5, dash))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(2, 1, -2, -1), 4, 4)
    painter.restore()


class LegendWidget(QWidget):
    """The legend beside the graph canvas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("graph_legend")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """The legend's natural size (QWidget.sizeHint)."""
        size = legend_size()
        return QSize(size.width() + 8, size.height() + 8)

    def minimumSizeHint(self) -> QSize:
        """As wide as the legend (QWidget.minimumSizeHint)."""
        return QSize(legend_size().width() + 8, 100)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the legend (QWidget.paintEvent)."""
        painter = QPainter(self)
        paint_legend(painter, QPointF(4, 4))
        painter.end()
