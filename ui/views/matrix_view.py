"""The ownership matrix: initiatives by departments, the role in each cell, editable.

Reading across a row shows who drives an initiative; a row with no
business department is marked IT alone. Pick a role in a cell (or type
L, C, E) to set it; choose '—' to take the department off the initiative.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

from ..context import AppContext
from ..delegates import RoleDelegate
from ..models.matrix import MatrixModel
from .base_table import InitiativeTable


class MatrixView(InitiativeTable):
    """Initiatives down, departments across; cells hold Lead, Contributor or Enabler."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            MatrixModel(ctx),
            "matrix",
            QCoreApplication.translate(
                "MatrixView",
                "Each initiative's role for each department: lead, co-owner, "
                "contributor or informed",
            ),
            parent,
        )
        self.model.setParent(self)
        self.role_delegate = RoleDelegate(self)
        self.table.setItemDelegate(self.role_delegate)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(False)
        header.setMinimumSectionSize(90)
        header.setDefaultSectionSize(115)
        self.table.setColumnWidth(0, 300)
        self.model.columnsInserted.connect(self._fit_columns)
        self._fit_columns()

    def _fit_columns(self, *_args: object) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(1, self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Wide enough for the department's name and for "Contributor" in bold.
            self.table.setColumnWidth(column, max(105, metrics.horizontalAdvance(title) + 28))
