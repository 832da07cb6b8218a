"""The import preview's rows: each sheet row with its action, bad cells highlighted.

`PlanRowsModel` is a thin adapter over the core's `ImportPlan`: the row
number, Add / Update or the count of problems, then the sheet's cells as
read, each bad cell tinted and explained in its tooltip; the PlannedRow
under Qt.UserRole.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.palette import VIOLATION

if TYPE_CHECKING:
    from roadmap.spreadsheet import ImportPlan
    from roadmap.spreadsheet.rowparse import PlannedRow

Index = QModelIndex | QPersistentModelIndex
_BAD_CELL = QColor(VIOLATION).lighter(185)
_BAD_ROW = QColor(VIOLATION).lighter(205)


class PlanRowsModel(QAbstractTableModel):
    """The plan's rows as a table: row number, action, then the sheet's cells as read."""

    FIXED = (QT_TRANSLATE_NOOP("PlanRowsModel", "Row"), QT_TRANSLATE_NOOP("PlanRowsModel",
            "Action"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None

    def set_plan(self, plan: ImportPlan) -> None:
        """Show another plan (after a re-mapping or an option change)."""
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Number of sheet rows (QAbstractTableModel.rowCount)."""
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Row, Action and every sheet column (QAbstractTableModel.columnCount)."""
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.FIXED) + len(self.plan.sheet.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Sheet headers with the field each feeds (QAbstractTableModel.headerData)."""
        if self.plan is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section < len(self.FIXED):
            return QCoreApplication.translate("PlanRowsModel", self.FIXED[section])
        index = section - len(self.FIXED)
        from roadmap.spreadsheet import COLUMNS

        key = self.plan.columns.key_of(index)
        field = next((c.header for c in COLUMNS if c.key == key), "ignored")
        header = self.plan.sheet.headers[index] or QCoreApplication.translate(
            "PlanRowsModel", "(column {value})"
        ).format(value=index + 1)
        return f"{header}\n→ {field}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, problem tooltips and highlights (QAbstractTableModel.data)."""
        if self.plan is None or not index.isValid():
            return None
        row = self.plan.rows[index.row()]
        column = index.column()
        key = None if column < 2 else self.plan.columns.key_of(column - 2)
        problems = [p for p in row.problems if column == 1 or (key is not None and p.key == key)]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p.message for p in problems) or None
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return QBrush(_BAD_CELL if problems else _BAD_ROW)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        from roadmap.spreadsheet.rowparse import cell_value

        assert self.plan is not None
        if column == 0:
            return str(row.number)
        if column == 1:
            if not row.ok:
                count = len(row.problems)
                return (QCoreApplication.translate("PlanRowsModel", "✗ {count} problem")
                        if count == 1 else
                        QCoreApplication.translate("PlanRowsModel", "✗ {count} problems")
                        ).format(count=count)
            return (
                QCoreApplication.translate("PlanRowsModel", "Update")
                if row.existing_id is not None
                else QCoreApplication.translate("PlanRowsModel", "Add")
            )
        values = self.plan.sheet.rows[row.index]
        value = cell_value(values[column - 2]) if column - 2 < len(values) else None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        return "" if value is None else str(value)
