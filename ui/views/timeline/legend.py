"""The timeline's legend: what every colour, pattern and mark means.

Painted with the same helpers as the bars, so the legend cannot drift from
the chart. Under the chart it is one compact row of the most telling marks,
most important first, and an "All symbols" button that pops up the full
legend, so it never takes the chart's height in a small window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from roadmap.model import palette
from roadmap.model.enums import Health, Status
from ui.views.timeline.items import badge_text, status_icon
from ui.views.timeline.style import (
    DOWNSTREAM,
    IT_ALONE_BADGE,
    IT_ALONE_HATCH,
    UPSTREAM,
    TimelineTheme,
)

Painter = Callable[[QPainter, QRectF], None]


@dataclass(frozen=True)
class Entry:
    """One legend entry: its words, how to paint its mark, and the mark's width in swatches."""

    text: str
    paint: Painter
    width: float = 1.8
    badge: bool = False
    """The mark is as wide as the IT ALONE badge at the legend's type size."""


class TimelineLegend(QWidget):
    """The legend under the chart: one row, or every entry wrapped (`compact` False)."""

    def __init__(self, theme: TimelineTheme, parent: QWidget | None = None, *,
                 compact: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_legend")
        self.theme = theme
        self.compact = compact
        self.setFont(theme.font(self.font(), scale=0.85))
        self.entries: list[Entry] = self._entries()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.more: QToolButton | None = None
        self.popup: QFrame | None = None
        if compact:
            self.more = QToolButton(self)
            self.more.setObjectName("timeline_legend_more")
            self.more.setText(QCoreApplication.translate("TimelineLegend", "All symbols…"))
            self.more.setToolTip(
                QCoreApplication.translate(
                    "TimelineLegend", "Show what every colour, pattern and mark means"
                )
            )
            self.more.setAutoRaise(True)
            self.more.setFont(self.font())
            self.more.clicked.connect(self.show_all)
            self.setFixedHeight(self.height_for(10_000))

    def _entries(self) -> list[Entry]:
        theme = self.theme
        entries = [
            Entry(
                QCoreApplication.translate("TimelineLegend", "{label} health").format(
                    label=h.label
                ),
                _bar(palette.HEALTH[h], theme),
            )
            for h in Health
        ]
        entries += [
            Entry(
                QCoreApplication.translate("TimelineLegend", "IT alone"),
                _it_alone(theme),
                badge=True,
            ),
            Entry(
                QCoreApplication.translate("TimelineLegend", "Violated dependency"),
                _arrow(palette.VIOLATION, Qt.PenStyle.DashLine, theme),
            ),
            Entry(
                QCoreApplication.translate("TimelineLegend", "Depends on"),
                _arrow(theme.arrow, Qt.PenStyle.SolidLine, theme),
            ),
            Entry(
                QCoreApplication.translate("TimelineLegend", "Milestone"), _milestone(theme), 1.0
            ),
            Entry(QCoreApplication.translate("TimelineLegend", "Today"), _line(theme.today), 1.0),
            Entry(
                QCoreApplication.translate("TimelineLegend", "Vendor contract ends"), _flag(), 1.0
            ),
        ]
        entries += [Entry(status.label, _status(status, theme), 1.0) for status in Status]
        entries += [
            Entry(
                QCoreApplication.translate("TimelineLegend", "Waits for selection"),
                _outline(DOWNSTREAM),
            ),
            Entry(
                QCoreApplication.translate("TimelineLegend", "Selection waits for"),
                _outline(UPSTREAM),
            ),
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

    def _mark_width(self, entry: Entry) -> float:
        if entry.badge:
            return QFontMetricsF(_badge_font(self.font())).horizontalAdvance(badge_text()) + 14
        return self.swatch * entry.width

    def _entry_width(self, entry: Entry) -> float:
        return self._mark_width(entry) + 6 + self.metrics.horizontalAdvance(entry.text) + 16

    def _rows(self, width: float) -> list[list[Entry]]:
        """The entries in rows at `width`: one row (what fits) when compact, else wrapped."""
        rows: list[list[Entry]] = [[]]
        x = 8.0
        for entry in self.entries:
            w = self._entry_width(entry)
            if x + w > width and rows[-1]:
                if self.compact:
                    break
                rows.append([])
                x = 8.0
            rows[-1].append(entry)
            x += w
        return rows

    def shown(self) -> list[str]:
        """The words of the entries on show at the current width (tests read them)."""
        return [e.text for row in self._rows(self._room()) for e in row]

    def _room(self) -> float:
        if self.more is None or self.more.isHidden():
            return float(self.width())
        return float(self.more.geometry().left() - 4)

    # Sized by the owner (fit_width from its resizeEvent) rather than through
    # heightForWidth, so the chart above keeps every pixel the legend does not need.
    def height_for(self, width: int) -> int:
        """Enough height for the entries at `width` (one row when compact)."""
        return int(len(self._rows(width)) * (self.swatch + 8) + 6)

    def sizeHint(self) -> QSize:
        """The height at the current width (QWidget.sizeHint)."""
        return QSize(800, self.height_for(max(self.width(), 400)))

    def fit_width(self, width: int) -> None:
        """Take the height the entries need at `width`."""
        height = self.height_for(width)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the button at the right; show it only when entries are left out (QWidget)."""
        super().resizeEvent(event)
        if self.more is None:
            return
        hint = self.more.sizeHint()
        self.more.setGeometry(self.width() - hint.width() - 6,
                              (self.height() - hint.height()) // 2, hint.width(), hint.height())
        everything = sum(self._entry_width(e) for e in self.entries) + 8 <= self.width()
        self.more.setVisible(not everything)

    def show_all(self) -> QFrame:
        """Pop up the whole legend above the button (the "All symbols" button)."""
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setObjectName("timeline_legend_popup")
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(self.popup)
            layout.setContentsMargins(4, 4, 4, 4)
            full = TimelineLegend(self.theme, self.popup, compact=False)
            full.setFont(self.font())
            layout.addWidget(full)
        shown = self.popup.findChild(TimelineLegend)
        assert shown is not None
        full = shown
        width = int(min(max(self.width(), 320), 720))
        full.setFixedSize(width, full.height_for(width))
        self.popup.adjustSize()
        corner = self.mapToGlobal(QPoint(max(0, self.width() - self.popup.width()), 0))
        self.popup.move(corner.x(), corner.y() - self.popup.height())
        self.popup.show()
        return self.popup

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw each entry: its mark and its words (QWidget.paintEvent)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.theme.header_fill))
        y = 4.0
        for row in self._rows(self._room()):
            x = 8.0
            for entry in row:
                w = self._entry_width(entry)
                mark = self._mark_width(entry)
                painter.setFont(self.font())
                entry.paint(painter, QRectF(x, y, mark, self.swatch))
                painter.setPen(QColor(self.theme.ink))
                painter.setFont(self.font())
                painter.drawText(QRectF(x + mark + 6, y, w, self.swatch),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 entry.text)
                x += w
            y += self.swatch + 8


def _badge_font(base: QFont) -> QFont:
    """The IT ALONE badge's type: bold, 0.8 of `base` (sized in points or, by a style
    sheet, in pixels)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(max(6.5, base.pointSizeF() * 0.8))
    else:
        font.setPixelSize(max(9, round(base.pixelSize() * 0.8)))
    font.setBold(True)
    return font


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
        box = r.adjusted(1, 1, -1, -1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(palette.HEALTH[Health.GREEN]))
        p.drawRoundedRect(box, 3, 3)
        p.setBrush(QBrush(QColor(IT_ALONE_HATCH), Qt.BrushStyle.BDiagPattern))
        p.drawRoundedRect(box, 3, 3)
        font = _badge_font(p.font())
        height = QFontMetricsF(font).height() + 2
        badge = QRectF(box.left() + 3, box.center().y() - height / 2, box.width() - 6, height)
        p.setPen(QPen(QColor(palette.PAPER), 1))
        p.setBrush(QColor(IT_ALONE_BADGE))
        p.drawRoundedRect(badge, 3, 3)
        p.setFont(font)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text())
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
