"""The frozen parts of the timeline: the time axis on top and the lane names on the left.

Both are plain widgets beside the graphics viewport (in its margins) that
paint what is visible for the current scroll position, so the quarters and
the lane names stay on screen however far the chart scrolls.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from roadmap.model.calendar import add_months, months_between, quarters_between
from ui.formatting import month_name
from ui.views.timeline.items import column_title
from ui.views.timeline.scene import TimelineScene


class AxisHost(Protocol):
    """What the frozen edges read of the view they sit beside (the TimelineCanvas).

    A Protocol rather than the canvas class, so the canvas imports the edges
    and the edges do not import it back.
    """

    def scene(self) -> TimelineScene:
        """The timeline scene shown."""
        ...

    def font(self) -> QFont:
        """The view's font, which the axis labels derive from."""
        ...

    def scene_x(self, view_x: float) -> float:
        """The scene x under a viewport x."""
        ...

    def view_x(self, scene_x: float) -> float:
        """The viewport x of a scene x."""
        ...

    def view_y(self, scene_y: float) -> float:
        """The viewport y of a scene y."""
        ...

_MONTH_FORMATS = ("%B", "%b", "initial", "")
"""Month labels from longest to none ('initial': J, F, M...): the first that fits is used."""
_WIDEST = {"%B": 9, "%b": 5, "initial": 5}
"""The month whose name is about the widest in each format (September, May; M for initials)."""


def _month_text(month: int, fmt: str) -> str:
    """A month's label in `fmt`, in the language on show."""
    if fmt == "initial":
        return month_name(month, short=True)[0]
    return month_name(month, short=fmt == "%b")


class AxisHeader(QWidget):
    """Fiscal quarters over months, bucket column titles and the today tag."""

    def __init__(self, canvas: AxisHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas
        theme = canvas.scene().theme
        base = canvas.font()
        self.quarter_font = theme.font(base, bold=True)
        self.month_font = theme.font(base, scale=0.9)
        self.line = QFontMetricsF(self.quarter_font).height() + 8
        self.setAutoFillBackground(False)

    def preferred_height(self) -> int:
        """Three rows: fiscal years, quarters, months."""
        return int(self.line * 3 + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the visible part of the axis (QWidget.paintEvent)."""
        scene = self.canvas.scene()
        theme = scene.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(theme.header_fill))
        layout, data = scene.layout, scene.data
        if layout is None or data is None:
            return
        left_x = self.canvas.scene_x(0)
        right_x = self.canvas.scene_x(self.width())
        first = layout.scale.date_at(max(left_x, 0))
        last = min(layout.scale.date_at(max(0.0, min(right_x, layout.time_width - 1))),
                   layout.last)
        fy = data.fiscal_year_start_month
        quarters = quarters_between(first, last, fy)
        years: dict[int, list[float]] = {}
        painter.setFont(self.quarter_font)
        for quarter in quarters:
            x0 = self.canvas.view_x(layout.scale.x_of(quarter.start))
            x1 = self.canvas.view_x(layout.scale.x_of(quarter.end) + layout.scale.px_per_day)
            span = years.setdefault(quarter.fiscal_year, [x0, x1])
            span[0], span[1] = min(span[0], x0), max(span[1], x1)
            self._label(painter, x0, x1, self.line, f"Q{quarter.number}", theme.ink)
            painter.setPen(QPen(QColor(theme.quarter_rule), 1.5))
            painter.drawLine(QPointF(x0, self.line), QPointF(x0, self.height()))
        for year, (x0, x1) in years.items():
            label = f"FY{year}" if fy != 1 else str(year)
            self._label(painter, x0, x1, 0, label, theme.ink)
            painter.setPen(QPen(QColor(theme.ink), 1.5))
            painter.drawLine(QPointF(x0, 0), QPointF(x0, self.height()))
        self._paint_months(painter, first, last)
        painter.setFont(self.quarter_font)
        painter.setPen(QColor(theme.ink))
        for name, x0, x1 in layout.columns:
            box = QRectF(self.canvas.view_x(x0), 0, x1 - x0, self.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, column_title(name))
        if layout.first <= scene.today <= layout.last:
            x = self.canvas.view_x(layout.scale.x_of(scene.today) + layout.scale.px_per_day / 2)
            painter.setPen(QPen(QColor(theme.today), 2.5))
            painter.drawLine(QPointF(x, self.line * 2), QPointF(x, self.height()))
        painter.setPen(QPen(QColor(theme.quarter_rule), 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def _label(self, painter: QPainter, x0: float, x1: float, y: float, text: str,
               colour: str) -> None:
        """Draw `text` at the left of the visible part of [x0, x1] if it fits there."""
        left, right = max(x0, 0.0), min(x1, float(self.width()))
        metrics = QFontMetricsF(painter.font())
        if metrics.horizontalAdvance(text) + 6 > right - left:
            if metrics.horizontalAdvance(text) + 6 > x1 - x0:
                return
            left = min(left, x1 - metrics.horizontalAdvance(text) - 6)
        painter.setPen(QColor(colour))
        painter.drawText(QRectF(left + 4, y, right - left, self.line),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _paint_months(self, painter: QPainter, first: object, last: object) -> None:
        scene = self.canvas.scene()
        layout = scene.layout
        assert layout is not None
        metrics = QFontMetricsF(self.month_font)
        month_width = layout.scale.px_per_day * 28
        if month_width < 4:
            return
        fmt = next((f for f in _MONTH_FORMATS
                    if not f or metrics.horizontalAdvance(_month_text(_WIDEST[f], f)) + 6
                    <= month_width), "")
        painter.setFont(self.month_font)
        tick = QPen(QColor(scene.theme.quarter_rule), 1)
        for month in months_between(first, last):  # type: ignore[arg-type]
            x0 = self.canvas.view_x(layout.scale.x_of(month))
            x1 = self.canvas.view_x(layout.scale.x_of(add_months(month, 1)))
            painter.setPen(tick)
            painter.drawLine(QPointF(x0, self.line * 2 + 4), QPointF(x0, self.height()))
            if not fmt:
                continue
            text = _month_text(month.month, fmt)
            painter.setPen(QColor(scene.theme.muted))
            painter.drawText(QRectF(x0 + 3, self.line * 2, x1 - x0 - 3, self.line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class LaneColumn(QWidget):
    """Lane names (with their colour and count) beside the visible lanes."""

    def __init__(self, canvas: AxisHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.name_font: QFont = canvas.scene().title_font
        self.count_font: QFont = canvas.scene().count_font

    def preferred_width(self) -> int:
        """Room for about 16 characters of lane name (the scene sizes lanes to fit them)."""
        return int(self.canvas.scene().lane_text_width() + 16)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the names of the visible lanes (QWidget.paintEvent)."""
        scene = self.canvas.scene()
        theme = scene.theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(theme.header_fill))
        layout = scene.layout
        if layout is None:
            return
        if layout.events_band is not None:
            top = self.canvas.view_y(layout.events_band[0])
            bottom = self.canvas.view_y(layout.events_band[1])
            painter.setFont(self.count_font)
            painter.setPen(QColor(theme.ink))
            painter.drawText(QRectF(10, top, self.width() - 14, bottom - top),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             QCoreApplication.translate("LaneColumn", "Vendor contracts"))
        for index, lane in enumerate(layout.lanes):
            top, bottom = self.canvas.view_y(lane.top), self.canvas.view_y(lane.bottom)
            if bottom < 0 or top > self.height():
                continue
            if index % 2 == 0:
                painter.fillRect(QRectF(0, top, self.width(), bottom - top),
                                 QColor(theme.lane_shade))
            if lane.lane.colour:
                painter.fillRect(QRectF(0, top + 2, 6, bottom - top - 4), QColor(lane.lane.colour))
            # Keep the name on screen while a tall lane scrolls past.
            text_top = max(top, 0)
            box = QRectF(12, text_top + 4, self.width() - 16, max(bottom, 0) - text_top - 8)
            painter.setPen(QColor(theme.ink))
            painter.setFont(self.name_font)
            flags = (Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                     | Qt.TextFlag.TextWordWrap)
            bounds = painter.boundingRect(box, flags, lane.lane.label)
            painter.drawText(box, flags, lane.lane.label)
            painter.setFont(self.count_font)
            painter.setPen(QColor(theme.muted))
            count = (QCoreApplication.translate("LaneColumn", "{count} initiative")
                     if lane.count == 1 else
                     QCoreApplication.translate("LaneColumn", "{count} initiatives")
                     ).format(count=lane.count)
            painter.drawText(QRectF(12, bounds.bottom() + 2, box.width(), box.height()),
                             Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, count)
            painter.setPen(QPen(QColor(theme.quarter_rule), 1))
            painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.setPen(QPen(QColor(theme.quarter_rule), 1))
        painter.drawLine(self.width() - 1, 0, self.width() - 1, self.height())
