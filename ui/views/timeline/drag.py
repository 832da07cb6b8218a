"""Dragging a bar: which part is held, the snapped dates, and the live explanation.

While the mouse is down nothing is edited: the scene shows a preview and a
tip with the new dates and any dependency the drop would break. Only the
drop produces one edit (the view pushes it on the undo stack).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from roadmap.model import palette
from roadmap.views.timeline.model import DragMode, TimelineData, dragged_dates
from ui.formatting import day_text

DRAG_THRESHOLD = 4
"""Pixels the mouse must travel before a press becomes a drag (a click stays a click)."""


def grip_mode(rect: QRectF, x: float) -> DragMode:
    """Which part of a bar a press at scene x holds: its start, its end or the whole bar."""
    handle = max(5.0, min(12.0, rect.width() / 4))
    if x <= rect.left() + handle:
        return DragMode.START
    if x >= rect.right() - handle:
        return DragMode.END
    return DragMode.MOVE


@dataclass
class DragState:
    """One drag in progress: what is held and where the press began."""

    key: int
    mode: DragMode
    press_x: float
    start: dt.date
    end: dt.date
    active: bool = False
    new_start: dt.date | None = None
    new_end: dt.date | None = None

    def update(self, x: float, px_per_day: float) -> bool:
        """Follow the mouse to scene x; True when the proposed dates changed."""
        if not self.active and abs(x - self.press_x) < DRAG_THRESHOLD:
            return False
        self.active = True
        delta = round((x - self.press_x) / px_per_day)
        dates = dragged_dates(self.mode, self.start, self.end, delta)
        if dates == (self.new_start, self.new_end):
            return False
        self.new_start, self.new_end = dates
        return True

    @property
    def changed(self) -> bool:
        """True when dropping here would change the initiative's dates."""
        return self.active and (self.new_start, self.new_end) != (self.start, self.end)


def describe(state: DragState, broken: list[tuple[int, int]], data: TimelineData) -> list[str]:
    """The lines of the drag tip: new dates, duration, and each dependency it would break."""
    start, end = state.new_start or state.start, state.new_end or state.end
    weeks = ((end - start).days + 1) / 7
    lines = [QCoreApplication.translate("DragTip", "{start} – {end}  ({weeks:.0f} weeks)").format(
        start=day_text(start), end=day_text(end), weeks=weeks)]
    for dependent, prerequisite in broken:
        if dependent == state.key:
            other = data.bars[prerequisite]
            lines.append(QCoreApplication.translate(
                "DragTip", "Breaks: starts before “{title}” ends ({end})").format(
                    title=other.title, end=day_text(other.end)))
        else:
            other = data.bars[dependent]
            lines.append(QCoreApplication.translate(
                "DragTip", "Breaks: “{title}” starts {start}, before this ends").format(
                    title=other.title, start=day_text(other.start)))
    return lines


class DragTip(QGraphicsItem):
    """A floating box above the dragged bar with its dates and what it would break."""

    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = font
        self.metrics = QFontMetricsF(font)
        self.lines: list[str] = []
        self._bounds = QRectF()
        self.setZValue(20)

    def show_lines(self, lines: list[str], anchor: QPointF) -> None:
        """Show `lines` with the box's bottom-left at `anchor` (scene coordinates)."""
        self.prepareGeometryChange()
        self.lines = lines
        width = max(self.metrics.horizontalAdvance(line) for line in lines) + 16
        height = self.metrics.height() * len(lines) + 10
        self._bounds = QRectF(0, 0, width, height)
        self.setPos(anchor.x(), max(0.0, anchor.y() - height - 4))
        self.show()
        self.update()

    @property
    def text(self) -> str:
        """What the tip says, one line per line (tests and accessibility read it)."""
        return "\n".join(self.lines)

    def boundingRect(self) -> QRectF:
        """The box (QGraphicsItem.boundingRect)."""
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        """A white box; lines that say 'Breaks' in the violation colour (QGraphicsItem.paint)."""
        painter.setPen(QPen(QColor(palette.INK), 1.5))
        painter.setBrush(QColor(palette.PAPER))
        painter.drawRoundedRect(self._bounds.adjusted(1, 1, -1, -1), 4, 4)
        painter.setFont(self.font)
        y = 5.0
        for line in self.lines:
            colour = palette.VIOLATION if line.startswith("Breaks") else palette.INK
            painter.setPen(QColor(colour))
            painter.drawText(QRectF(8, y, self._bounds.width() - 16, self.metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += self.metrics.height()
