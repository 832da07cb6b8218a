"""Vector shapes and glyphs of the graph's nodes, shared by the items and the legend.

Drawn with QPainter paths rather than bitmap icons so that PNG and SVG
exports stay sharp at any zoom.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from roadmap.model import palette


def node_path(kind: str, rect: QRectF) -> QPainterPath:
    """The outline of a node of `kind` filling `rect`.

    initiative: rounded rectangle; department: hexagon; owner: a pill whose
    left end is the person's circle; vendor: a square-cornered box.
    """
    path = QPainterPath()
    if kind == "initiative":
        path.addRoundedRect(rect, 10, 10)
    elif kind == "department":
        inset = rect.height() / 2
        path.addPolygon(QPolygonF([
            QPointF(rect.left() + inset, rect.top()), QPointF(rect.right() - inset, rect.top()),
            QPointF(rect.right(), rect.center().y()),
            QPointF(rect.right() - inset, rect.bottom()),
            QPointF(rect.left() + inset, rect.bottom()),
            QPointF(rect.left(), rect.center().y()),
        ]))
        path.closeSubpath()
    elif kind == "owner":
        radius = rect.height() / 2
        path.addRoundedRect(rect, radius, radius)
    else:
        path.addRect(rect)
    return path


def draw_glyph(painter: QPainter, kind: str, box: QRectF, colour: str) -> None:
    """A small pictogram of a node kind inside `box` (square works best)."""
    painter.save()
    pen = QPen(QColor(colour), max(1.2, box.width() / 9))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y, w, h = box.x(), box.y(), box.width(), box.height()
    if kind == "department":  # a building: roof line and three columns
        painter.drawLine(QPointF(x + w * 0.1, y + h * 0.3), QPointF(x + w * 0.5, y + h * 0.08))
        painter.drawLine(QPointF(x + w * 0.5, y + h * 0.08), QPointF(x + w * 0.9, y + h * 0.3))
        for fx in (0.25, 0.5, 0.75):
            painter.drawLine(QPointF(x + w * fx, y + h * 0.4), QPointF(x + w * fx, y + h * 0.78))
        painter.drawLine(QPointF(x + w * 0.1, y + h * 0.9), QPointF(x + w * 0.9, y + h * 0.9))
    elif kind == "owner":  # a person: head and shoulders
        painter.drawEllipse(QRectF(x + w * 0.33, y + h * 0.08, w * 0.34, h * 0.34))
        shoulders = QPainterPath(QPointF(x + w * 0.12, y + h * 0.92))
        shoulders.cubicTo(QPointF(x + w * 0.15, y + h * 0.5), QPointF(x + w * 0.85, y + h * 0.5),
                          QPointF(x + w * 0.88, y + h * 0.92))
        painter.drawPath(shoulders)
    elif kind == "vendor":  # a parcel: box with a lid line
        painter.drawRect(QRectF(x + w * 0.12, y + h * 0.3, w * 0.76, h * 0.6))
        painter.drawLine(QPointF(x + w * 0.12, y + h * 0.3), QPointF(x + w * 0.3, y + h * 0.1))
        painter.drawLine(QPointF(x + w * 0.3, y + h * 0.1), QPointF(x + w * 0.9, y + h * 0.1))
        painter.drawLine(QPointF(x + w * 0.9, y + h * 0.1), QPointF(x + w * 0.88, y + h * 0.3))
        painter.drawLine(QPointF(x + w * 0.5, y + h * 0.3), QPointF(x + w * 0.5, y + h * 0.9))
    else:  # initiative: a flag
        painter.drawLine(QPointF(x + w * 0.2, y + h * 0.92), QPointF(x + w * 0.2, y + h * 0.08))
        flag = QPolygonF([QPointF(x + w * 0.2, y + h * 0.1), QPointF(x + w * 0.85, y + h * 0.28),
                          QPointF(x + w * 0.2, y + h * 0.48)])
        painter.drawPolygon(flag)
    painter.restore()


def draw_health(painter: QPainter, health: str | None, centre: QPointF, radius: float) -> None:
    """The health marker: a disc in the health colour holding G, A or R (never colour alone)."""
    colours = {"green": palette.GREEN, "amber": palette.YELLOW, "red": palette.RED}
    if health not in colours:
        return
    painter.save()
    painter.setPen(QPen(QColor(palette.INK), 1))
    painter.setBrush(QBrush(QColor(colours[health])))
    painter.drawEllipse(centre, radius, radius)
    painter.setPen(QColor(palette.text_on(colours[health])))
    font = painter.font()
    font.setPixelSize(max(6, int(radius * 1.2)))
    font.setBold(True)
    painter.setFont(font)
    box = QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, health[0].upper())
    painter.restore()


def arrow_head(tip: QPointF, angle: float, size: float) -> QPolygonF:
    """A triangle pointing along `angle` (radians) with its tip at `tip`."""
    spread = math.radians(24)
    return QPolygonF([
        tip,
        QPointF(tip.x() - size * math.cos(angle - spread),
                tip.y() - size * math.sin(angle - spread)),
        QPointF(tip.x() - size * math.cos(angle + spread),
                tip.y() - size * math.sin(angle + spread)),
    ])


def draw_marker(painter: QPainter, marker: str, tip: QPointF, angle: float, size: float,
                colour: QColor) -> None:
    """The end marker of an edge: filled arrow, open arrow or dot."""
    if not marker:
        return
    painter.save()
    pen = QPen(colour, max(1.0, size / 6))
    pen.setCosmetic(painter.pen().isCosmetic())
    painter.setPen(pen)
    if marker == "arrow":
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(arrow_head(tip, angle, size))
    elif marker == "open":
        painter.setBrush(QBrush(QColor(palette.PAPER)))
        painter.drawPolygon(arrow_head(tip, angle, size))
    elif marker == "dot":
        painter.setBrush(QBrush(colour))
        radius = size / 3.2
        centre = QPointF(tip.x() - radius * math.cos(angle), tip.y() - radius * math.sin(angle))
        painter.drawEllipse(centre, radius, radius)
    painter.restore()


def marker_outline(marker: str, tip: QPointF, angle: float, size: float) -> QPainterPath:
    """The end marker as a closed path (empty when the kind has none)."""
    path = QPainterPath()
    if marker in ("arrow", "open"):
        path.addPolygon(arrow_head(tip, angle, size))
        path.closeSubpath()
    elif marker == "dot":
        radius = size / 3.2
        path.addEllipse(QPointF(tip.x() - radius * math.cos(angle),
                                tip.y() - radius * math.sin(angle)), radius, radius)
    return path
