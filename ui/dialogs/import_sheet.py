"""File ▸ Import Spreadsheet…: preview a sheet's initiatives, fix the mapping, import.

An MS Project XML file (.xml) is previewed the same way: its tasks are the
rows and each problem names the task's ID.

The dialog shows the plan the core builds (roadmap.spreadsheet): every row
with its action, each bad cell highlighted and explained in a tooltip, and
the problem list; a combo box per sheet column re-maps it; new departments
can be marked IT. Import stays disabled while any row is bad, and applies
the plan through `ctx.run`, so the whole import is one undo step. Big
sheets show a QProgressDialog while they are checked and written.
File ▸ Export Spreadsheet… writes the initiatives in the same shape.

The window builds the two File-menu actions at start-up; roadmap.spreadsheet
is imported only when a sheet is read, previewed or written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError
from roadmap.model.palette import VIOLATION
from ui.context import AppContext
from ui.errors import show_error, user_message

if TYPE_CHECKING:
    from roadmap.spreadsheet import ImportOptions, ImportPlan, Sheet
    from roadmap.spreadsheet.rowparse import PlannedRow

BIG = 2000
"""Sheets with more rows than this show a progress dialog while checked and imported."""
SHEET_FILTER = ("Spreadsheets and MS Project XML (*.xlsx *.csv *.tsv *.txt *.xml);;"
                "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;MS Project XML (*.xml);;All files (*)")
_BAD_CELL = QColor(VIOLATION).lighter(185)
_BAD_ROW = QColor(VIOLATION).lighter(205)
Index = QModelIndex | QPersistentModelIndex


class ImportCancelled(RoadmapError):
    """The user cancelled a long import; nothing was written."""


class PlanRowsModel(QAbstractTableModel):
    """The plan's rows as a table: row number, action, then the sheet's cells as read."""

    FIXED = ("Row", "Action")

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
            return self.FIXED[section]
        index = section - len(self.FIXED)
        from roadmap.spreadsheet import COLUMNS

        key = self.plan.columns.key_of(index)
        field = next((c.header for c in COLUMNS if c.key == key), "ignored")
        header = self.plan.sheet.headers[index] or f"(column {index + 1})"
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
                return f"✗ {count} problem{'s' if count != 1 else ''}"
            return "Update" if row.existing_id is not None else "Add"
        values = self.plan.sheet.rows[row.index]
        value = cell_value(values[column - 2]) if column - 2 < len(values) else None
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        return "" if value is None else str(value)


class ImportDialog(QDialog):
    """The import preview: mapping, options, rows with their problems, new entities."""

    def __init__(self, ctx: AppContext, sheet: Sheet, parent: QWidget | None = None,
                 options: ImportOptions | None = None) -> None:
        from roadmap.spreadsheet import ImportOptions

        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(f"Import {sheet.source}")
        self.resize(1100, 720)
        self.ctx = ctx
        self.sheet = sheet
        self.options = options or ImportOptions()
        self.plan: ImportPlan | None = None
        self.change = None
        self.progress_threshold = BIG
        self.model = PlanRowsModel(self)
        self._build()
        self.rebuild()

    # --- layout --------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._mapping_box())
        layout.addLayout(self._options_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setObjectName("import_rows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(False)
        splitter.addWidget(self.table)
        bottom = QWidget()
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.itemActivated.connect(self._on_problems_activated)
        self.problems.itemClicked.connect(self._on_problems_activated)
        row.addWidget(self._boxed("Problems (nothing is imported while any remain)",
                                  self.problems), 3)
        self.departments = QListWidget()
        self.departments.setObjectName("import_new_departments")
        self.departments.itemChanged.connect(self._on_departments_changed)
        self.others = QLabel()
        self.others.setObjectName("import_new_others")
        self.others.setWordWrap(True)
        self.others.setAlignment(Qt.AlignmentFlag.AlignTop)
        new = QWidget()
        new_layout = QVBoxLayout(new)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(QLabel("New departments (tick the IT ones):"))
        new_layout.addWidget(self.departments)
        new_layout.addWidget(self.others)
        row.addWidget(self._boxed("Created by the import", new), 2)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton("Import")
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.clicked.connect(self.import_plan)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _boxed(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    def _mapping_box(self) -> QWidget:
        """One combo box per sheet column: the field it feeds, or ignored."""
        from roadmap.spreadsheet import COLUMNS

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(4, 4, 4, 4)
        self.mapping_boxes: list[QComboBox] = []
        per_row = 4
        for index, header in enumerate(self.sheet.headers):
            combo = QComboBox()
            combo.setObjectName(f"map_column_{index}")
            combo.addItem("(ignore)", None)
            for column in COLUMNS:
                combo.addItem(column.header, column.key)
            combo.setToolTip(f"Which field sheet column {header!r} holds")
            combo.currentIndexChanged.connect(
                lambda _i, where=index: self._on_mapping_changed(where))
            label = QLabel(header or f"(column {index + 1})")
            label.setBuddy(combo)
            grid.addWidget(label, index // per_row, (index % per_row) * 2)
            grid.addWidget(combo, index // per_row, (index % per_row) * 2 + 1)
            self.mapping_boxes.append(combo)
        scroll = QScrollArea()
        scroll.setObjectName("import_mapping")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMaximumHeight(130)
        return self._boxed("Columns", scroll)

    def _options_row(self) -> QHBoxLayout:
        from roadmap.spreadsheet.dates import DateOrder

        row = QHBoxLayout()
        self.date_order = QComboBox()
        self.date_order.setObjectName("import_date_order")
        self.date_order.addItem("Dates: decide per column", "")
        self.date_order.addItem("Dates: day first (31/12/2027)", DateOrder.DAY_FIRST.value)
        self.date_order.addItem("Dates: month first (12/31/2027)", DateOrder.MONTH_FIRST.value)
        order = self.options.date_order
        self.date_order.setCurrentIndex(self.date_order.findData(order.value if order else ""))
        self.date_order.currentIndexChanged.connect(self._on_options_changed)
        self.existing = QComboBox()
        self.existing.setObjectName("import_existing")
        self.existing.addItem("Titles already in the roadmap: update them", "update")
        self.existing.addItem("Titles already in the roadmap: refuse them", "refuse")
        self.existing.setCurrentIndex(self.existing.findData(self.options.existing))
        self.existing.currentIndexChanged.connect(self._on_options_changed)
        row.addWidget(self.date_order)
        row.addWidget(self.existing)
        row.addStretch(1)
        return row

    # --- planning ------------------------------------------------------------

    def rebuild(self) -> None:
        """Plan again from the sheet with the current mapping and options."""
        from roadmap.spreadsheet import build_plan

        try:
            plan = self._with_progress("Checking the sheet…", len(self.sheet.rows),
                                       lambda progress: build_plan(self.ctx.doc, self.sheet,
                                                                   self.options, progress))
        except ImportCancelled:
            self.reject()
            return
        except RoadmapError as error:
            show_error(self, "Cannot read the sheet", user_message(error))
            return
        self.plan = plan
        self.model.set_plan(plan)
        self._show_mapping(plan)
        self._show_problems(plan)
        self._show_new(plan)
        self._show_summary(plan)
        self.import_button.setEnabled(plan.ok)

    def _show_mapping(self, plan: ImportPlan) -> None:
        for index, combo in enumerate(self.mapping_boxes):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(plan.columns.key_of(index))))
            combo.blockSignals(False)

    def _show_problems(self, plan: ImportPlan, limit: int = 1000) -> None:
        self.problems.clear()
        problems = plan.all_problems()
        for problem in problems[:limit]:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.row)
            self.problems.addItem(item)
        if len(problems) > limit:
            self.problems.addItem(f"… and {len(problems) - limit} more")

    def _show_new(self, plan: ImportPlan) -> None:
        self.departments.blockSignals(True)
        self.departments.clear()
        for entity in plan.new_departments:
            item = QListWidgetItem(entity.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entity.is_it else Qt.CheckState.Unchecked)
            item.setToolTip("Ticked: an IT department (IT, digital, infrastructure)")
            self.departments.addItem(item)
        self.departments.blockSignals(False)
        parts = []
        for label, items in (("owners", plan.new_owners), ("vendors", plan.new_vendors)):
            if items:
                names = ", ".join(e.name for e in items[:30])
                more = f" and {len(items) - 30} more" if len(items) > 30 else ""
                parts.append(f"New {label} ({len(items)}): {names}{more}.")
        self.others.setText("\n".join(parts) or "No new owners or vendors.")

    def _show_summary(self, plan: ImportPlan) -> None:
        head = f"{plan.sheet.describe()}: {len(plan.rows)} rows."
        notes = " ".join([*plan.sheet.notes, *plan.columns.notes, *plan.notes])
        if plan.ok:
            status = f"Ready to add {plan.to_add} and update {plan.to_update} initiatives."
        else:
            count = len(plan.all_problems())
            status = (f"✗ {count} problem{'s' if count != 1 else ''} in "
                      f"{len(plan.bad_rows)} rows: fix the sheet or the column mapping.")
        self.summary.setText(" ".join(part for part in (head, status, notes) if part))

    # --- slots ---------------------------------------------------------------

    def _on_mapping_changed(self, index: int) -> None:
        self.options.mapping = {**self.options.mapping,
                                index: self.mapping_boxes[index].currentData()}
        self.rebuild()

    def _on_options_changed(self) -> None:
        from roadmap.spreadsheet.dates import DateOrder

        order = self.date_order.currentData()
        self.options.date_order = DateOrder(order) if order else None
        self.options.existing = self.existing.currentData()
        self.rebuild()

    def _on_departments_changed(self, item: QListWidgetItem) -> None:
        if self.plan is None:
            return
        entity = self.plan.new_departments[self.departments.row(item)]
        entity.is_it = item.checkState() == Qt.CheckState.Checked
        self.options.it_departments = {**self.options.it_departments, entity.name: entity.is_it}

    def _on_problems_activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if self.plan is None or number is None:
            return
        for row in self.plan.rows:
            if row.number == number:
                self.table.selectRow(row.index)
                self.table.scrollTo(self.model.index(row.index, 0))
                return

    # --- importing -----------------------------------------------------------

    def import_plan(self) -> None:
        """Apply the plan as one undoable edit and close; errors are shown, nothing written."""
        from roadmap.spreadsheet import apply_plan

        plan = self.plan
        if plan is None or not plan.ok:
            return
        try:
            self.change = self._with_progress(
                "Importing…", len(plan.rows),
                lambda progress: self.ctx.run(lambda: apply_plan(self.ctx.doc, plan, progress)))
        except ImportCancelled:
            return
        except RoadmapError as error:
            show_error(self, "Import failed: nothing was imported", user_message(error))
            return
        self.accept()

    def _with_progress(self, label: str, rows: int, work: Callable[[Any], Any]) -> Any:
        """Run `work(progress)`, with a cancellable progress dialog for big sheets."""
        if rows <= self.progress_threshold:
            return work(None)
        dialog = QProgressDialog(label, "Cancel", 0, 100, self)
        dialog.setObjectName("import_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)

        def progress(done: int, total: int) -> None:
            dialog.setValue(int(done * 100 / max(1, total)))  # modal: processes events
            if dialog.wasCanceled():
                raise ImportCancelled("The import was cancelled; nothing was imported.")

        try:
            return work(progress)
        finally:
            dialog.reset()
            dialog.deleteLater()


# --- entry points ------------------------------------------------------------


def run_import(ctx: AppContext, parent: QWidget | None = None,
               path: str | Path | None = None) -> bool:
    """Ask for a sheet (unless `path` is given), preview it, import it; True when imported."""
    from roadmap.spreadsheet import read_sheet

    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(parent, "Import Spreadsheet", "",
                                                      SHEET_FILTER)
        if not chosen:
            return False
        path = chosen
    try:
        sheet = read_sheet(path)
    except RoadmapError as error:
        show_error(parent, "Cannot import this file", user_message(error))
        return False
    dialog = ImportDialog(ctx, sheet, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def run_export(ctx: AppContext, parent: QWidget | None = None,
               path: str | Path | None = None) -> Path | None:
    """Ask where (unless `path` is given) and write the initiatives as .xlsx or .csv."""
    from roadmap.spreadsheet import export_sheet

    if path is None:
        suggested = f"{ctx.doc.info.title or 'initiatives'}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, "Export Spreadsheet", suggested,
            "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".xlsx")
    try:
        export_sheet(ctx.doc, target)
    except RoadmapError as error:
        show_error(parent, "Cannot export the spreadsheet", user_message(error))
        return None
    return target


def sheet_actions(window: Any) -> list[QAction]:
    """File ▸ Import Spreadsheet… and Export Spreadsheet…, for the window to register."""
    specs = (
        ("file_import_sheet", "&Import Spreadsheet…",
         "Import initiatives from a CSV or Excel sheet or an MS Project XML file, "
         "with a preview", "Ctrl+Shift+Alt+I",
         lambda: run_import(window.ctx, window)),
        ("file_export_sheet", "E&xport Spreadsheet…",
         "Write the initiatives to an Excel or CSV sheet", "",
         lambda: _export_with_status(window)),
    )
    actions = []
    for name, text, tip, shortcut, slot in specs:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, run=slot: run())
        actions.append(action)
    return actions


def _export_with_status(window: Any) -> None:
    target = run_export(window.ctx, window)
    if target is not None and hasattr(window, "statusBar"):
        count = len(window.ctx.doc.initiatives.all())
        window.statusBar().showMessage(f"Exported {count} initiatives to {target}", 5000)
