"""The timeline's legend: what every colour, pattern and mark means.

Painted with the same helpers as the bars, so the legend cannot drift from
the chart; entries wrap onto more lines when the window is narrow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from roadmap import palette
from roadmap.enums import Health, Status

from .items import BADGE_TEXT, status_icon
from .style import DOWNSTREAM, IT_ALONE_BADGE, IT_ALONE_HATCH, UPSTREAM, TimelineTheme

Painter = Callable[[QPainter, QRectF], None]


class TimelineLegend(QWidget):
    """A wrapping row of legend entries under the chart."""

    def __init__(self, theme: TimelineTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        self.setFont(theme.font(self.font(), scale=0.85))
        self.entries: list[tuple[str, Painter]] = self._entries()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _entries(self) -> list[tuple[str, Painter]]:
        theme = self.theme
        entries: list[tuple[str, Painter]] = []
        for health in Health:
            entries.append((f"{health.label} health", _bar(palette.HEALTH[health], theme)))
        for status in Status:
            entries.append((status.label, _status(status, theme)))
        entries += [
            ("IT alone", _it_alone(theme)),
            ("Milestone", _milestone(theme)),
            ("Depends on", _arrow(theme.arrow, Qt.PenStyle.SolidLine, theme)),
            ("Violated dependency", _arrow(palette.VIOLATION, Qt.PenStyle.DashLine, theme)),
            ("Waits for selection", _outline(DOWNSTREAM)),
            ("Selection waits for", _outline(UPSTREAM)),
            ("Vendor contract ends", _flag()),
            ("Today", _line(theme.today)),
        ]
        return entries

    @property
    def metrics(self) -> QFontMetricsF:
        """Metrics of the current font (a style sheet may change it after construction)."""
        return QFontMetricsF(self.font())

    @property
    def swatch(self) -> float:
        """Height of one entry's mark."""
        return self.metrics.height() * 1.2

    def _entry_width(self, text: str) -> float:
        return self.swatch * 2.2 + 6 + self.metrics.horizontalAdvance(text) + 18

    def _lines_for(self, width: float) -> int:
        lines, x = 1, 8.0
        for text, _paint in self.entries:
            w = self._entry_width(text)
            if x + w > width and x > 8:
                lines, x = lines + 1, 8.0
            x += w
        return lines

    # Sized by the owner (fit_width from its resizeEvent) rather than through
    # heightForWidth, so the chart above keeps every pixel the legend does not need.
    def height_for(self, width: int) -> int:
        """Enough height for every entry wrapped at `width`."""
        return int(self._lines_for(width) * (self.swatch + 8) + 8)

    def sizeHint(self) -> QSize:
        """The wrapped height at the current width (QWidget.sizeHint)."""
        return QSize(800, self.height_for(max(self.width(), 400)))

    def fit_width(self, width: int) -> None:
        """Take the height the entries need when wrapped at `width`."""
        height = self.height_for(width)
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw each entry: its mark and its words (QWidget.paintEvent)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.theme.header_fill))
        x, y = 8.0, 6.0
        for text, paint in self.entries:
            w = self._entry_width(text)
            if x + w > self.width() and x > 8:
                x, y = 8.0, y + self.swatch + 8
            paint(painter, QRectF(x, y, self.swatch * 2.2, self.swatch))
            painter.setPen(QColor(self.theme.ink))
            painter.setFont(self.font())
            painter.drawText(QRectF(x + self.swatch * 2.2 + 6, y, w, self.swatch),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            x += w


def _bar(colour: str, theme: TimelineTheme) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(QColor(theme.outline), theme.outline_width))
        p.setBrush(QColor(colour))
        p.drawRoundedRect(r.adjusted(1, 3, -1, -3), 3, 3)
    return paint


def _status(status: Status, theme: TimelineTheme) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        status_icon(p, status, r.center(), r.height() * 0.7, QColor(theme.ink))
    return paint


def _it_alone(theme: TimelineTheme) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        box = r.adjusted(1, 2, -1, -2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(palette.HEALTH[Health.GREEN]))
        p.drawRect(box)
        p.setBrush(QBrush(QColor(IT_ALONE_HATCH), Qt.BrushStyle.BDiagPattern))
        p.drawRect(box)
        badge = QRectF(box.left() + 2, box.top() + 2, box.width() - 4, box.height() - 4)
        p.setBrush(QColor(IT_ALONE_BADGE))
        p.drawRoundedRect(badge, 2, 2)
        font = p.font()
        font.setPointSizeF(max(5.0, font.pointSizeF() * 0.55))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(palette.PAPER))
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, BADGE_TEXT)
    return paint


def _milestone(theme: TimelineTheme) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        c, s = r.center(), r.height() * 0.4
        p.setPen(QPen(QColor(theme.ink), 1.5))
        p.setBrush(QColor(palette.PAPER))
        p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y()),
                                 QPointF(c.x(), c.y() + s), QPointF(c.x() - s, c.y())]))
    return paint


def _arrow(colour: str, style: Qt.PenStyle, theme: TimelineTheme) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        y = r.center().y()
        p.setPen(QPen(QColor(colour), theme.arrow_width + 0.8, style))
        p.drawLine(QPointF(r.left(), y), QPointF(r.right() - 6, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(colour))
        p.drawPolygon(QPolygonF([QPointF(r.right(), y), QPointF(r.right() - 8, y - 4),
                                 QPointF(r.right() - 8, y + 4)]))
    return paint


def _outline(colour: str) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(QColor(colour), 3))
        p.setBrush(QColor(palette.SHADE))
        p.drawRoundedRect(r.adjusted(2, 3, -2, -3), 3, 3)
    return paint


def _flag() -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        x = r.left() + r.width() / 3
        p.setPen(QPen(QColor(palette.TEAL), 2))
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
        p.setBrush(QColor(palette.TEAL))
        p.drawPolygon(QPolygonF([QPointF(x, r.top()), QPointF(x + r.height() * 0.6,
                                 r.top() + r.height() * 0.25), QPointF(x, r.top()
                                                                       + r.height() * 0.5)]))
    return paint


def _line(colour: str) -> Painter:
    def paint(p: QPainter, r: QRectF) -> None:
        p.setPen(QPen(QColor(colour), 2.5))
        x = r.center().x()
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
    return paint
