"""Baseline ghost bars: where each initiative sat in a snapshot, drawn behind today's bars.

Chosen in the Changes panel ("Baseline on the timeline"), a snapshot's dates
appear as pale dashed outlines on each bar's row, and a slip (an end later
than in the snapshot) as a red line from the old end to the new one with the
weeks it slipped, so the room sees at a glance what moved since the board.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.model import palette
from roadmap.views.timeline.layout import TimelineLayout
from roadmap.views.timeline.model import DAY

Span = tuple[dt.date, dt.date]


class BaselineLayer(QGraphicsItem):
    """The ghost bars of one snapshot, under the bars of the roadmap as it is now."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.spans: dict[int, Span] = {}
        self.font = font
        self._rect = QRectF()
        self._ghosts: list[tuple[int, QRectF, float | None, int]] = []
        self.setZValue(0.5)

    def set_spans(self, spans: Mapping[int, Span] | None) -> None:
        """The snapshot's (start, end) by initiative id; None or empty: no baseline."""
        self.spans = dict(spans or {})

    def place(self, layout: TimelineLayout | None) -> None:
        """Lay the ghosts out on the rows of `layout` (after every layout of the timeline)."""
        self.prepareGeometryChange()
        self._ghosts = []
        if layout is None or not self.spans:
            self._rect = QRectF()
            return
        scale = layout.scale
        for key, (start, end) in self.spans.items():
            geometry = layout.bars.get(key)
            if geometry is None or geometry.column is not None:
                continue
            x0, x1 = scale.x_of(start), scale.x_of(end + DAY)
            inset = (geometry.bottom - geometry.top) * 0.12
            rect = QRectF(x0, geometry.top + inset, max(2.0, x1 - x0),
                          geometry.bottom - geometry.top - 2 * inset)
            slip = geometry.x1 if geometry.x1 > x1 + 0.5 else None
            weeks = round((geometry.x1 - x1) / scale.px_per_day / 7) if slip else 0
            self._ghosts.append((key, rect, slip, weeks))
        self._rect = QRectF(0, 0, layout.width, layout.height)
        self.update()

    def ghosts(self) -> list[tuple[int, QRectF, float | None, int]]:
        """(initiative, ghost rectangle, x of today's end when it slipped, weeks slipped)."""
        return list(self._ghosts)

    def boundingRect(self) -> QRectF:
        """The timeline (QGraphicsItem.boundingRect)."""
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """Dashed pale outlines, and a red slip line with its weeks (QGraphicsItem.paint)."""
        exposed = option.exposedRect  # type: ignore[attr-defined]
        ghost = QPen(QColor(palette.MUTED_INK), 1.4, Qt.PenStyle.DashLine)
        fill = QBrush(QColor(palette.MUTED_INK), Qt.BrushStyle.Dense6Pattern)
        slip_pen = QPen(QColor(palette.VIOLATION), 2.4)
        painter.setFont(self.font)
        for _key, rect, slip, weeks in self._ghosts:
            reach = rect.adjusted(0, -12, (slip or rect.right()) - rect.right() + 60, 12)
            if not reach.intersects(exposed):
                continue
            painter.setPen(ghost)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.translated(0, rect.height() * 0.35), 3, 3)
            if slip is not None:
                y = rect.bottom() + rect.height() * 0.35 + 2
                painter.setPen(slip_pen)
                painter.drawLine(QPointF(rect.right(), y), QPointF(slip, y))
                painter.drawLine(QPointF(slip - 5, y - 4), QPointF(slip, y))
                painter.drawLine(QPointF(slip - 5, y + 4), QPointF(slip, y))
                if weeks:
                    painter.drawText(QPointF(slip + 4, y + 4), f"+{weeks} wk")
