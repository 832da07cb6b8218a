"""Roadmap ▸ Auto-schedule: preview the earliest schedule, then apply it as one edit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..widgets import describe_buttons

Moves = dict[int, tuple[dt.date, dt.date]]


def proposed_moves(ctx: AppContext) -> Moves:
    """The initiatives auto-schedule would move, with their new (start, end): the earliest
    schedule of the document's analysis, brought up to date."""
    from roadmap.analysis.incremental import schedule_moves

    return schedule_moves(ctx.doc)


def apply_moves(ctx: AppContext, moves: Moves) -> None:
    """Reschedule every moved initiative as one undoable 'Auto-schedule' edit."""
    ctx.run(lambda: ctx.doc.initiatives.reschedule(moves, "Auto-schedule"))


class ScheduleDialog(QDialog):
    """Lists what would move and by how much; Apply reschedules them all at once."""

    def __init__(self, ctx: AppContext, moves: Moves, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_dialog")
        self.setWindowTitle(QCoreApplication.translate("ScheduleDialog", "Auto-schedule"))
        self.ctx = ctx
        self.moves = moves
        layout = QVBoxLayout(self)
        if not moves:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "ScheduleDialog", "Every dependency is already satisfied: nothing moves."
                    )
                )
            )
        else:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "ScheduleDialog",
                        "{moves} initiatives move later so that each starts after what it depends "
                        "on ends. Durations stay the same; you can undo this in one step.",
                    ).format(moves=len(moves))
                )
            )
        table = QTableWidget(len(moves), 4)
        table.setObjectName("schedule_table")
        table.setAccessibleName(QCoreApplication.translate("ScheduleDialog", "Proposed moves"))
        table.setToolTip(
            QCoreApplication.translate(
                "ScheduleDialog",
                "Each initiative the schedule would move: its new start and end, "
                "and by how many days",
            )
        )
        table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ScheduleDialog", "Initiative"),
                QCoreApplication.translate("ScheduleDialog", "Start"),
                QCoreApplication.translate("ScheduleDialog", "End"),
                QCoreApplication.translate("ScheduleDialog", "Moves by"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (key, (start, end)) in enumerate(sorted(
                moves.items(), key=lambda item: item[1][0])):
            obj = ctx.doc.initiatives.get(key)
            shift = (start - obj.start).days if obj.start else 0
            values = (
                obj.title,
                f"{_d(obj.start)} → {start}",
                f"{_d(obj.end)} → {end}",
                QCoreApplication.translate("ScheduleDialog", "{shift} days").format(shift=shift),
            )
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(table, 1)
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate(
                "ScheduleDialog", "Move the initiatives as shown (one undoable edit)"
            ),
        )
        apply = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.setEnabled(bool(moves))
        apply.setDefault(True)
        apply.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def accept(self) -> None:
        """Apply the moves (QDialog.accept)."""
        if self.moves:
            apply_moves(self.ctx, self.moves)
        super().accept()


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"
