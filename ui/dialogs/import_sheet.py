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

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
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

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError
from ui.context import AppContext
from ui.errors import show_error, user_message

from .plan_rows import PlanRowsModel
from .saved_mappings import SavedMappingBar
from .value_mapping import CHOICE_COLUMN, ChoiceDelegate, ValueMappingModel

if TYPE_CHECKING:
    from roadmap.spreadsheet import ImportOptions, ImportPlan, Sheet
    from roadmap.spreadsheet.mappings import SavedMapping
    from roadmap.spreadsheet.review import ValueChoice

BIG = 2000
"""Sheets with more rows than this show a progress dialog while checked and imported."""
SHEET_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog", "Spreadsheets and MS Project XML (*.xlsx *.csv *.tsv *.txt *.xml);;"
    "Spreadsheets (*.xlsx *.csv *.tsv *.txt);;MS Project XML (*.xml);;All files (*)")
"""The open dialog's filter (translated where used; translations keep the patterns)."""
PRESETS = ((QT_TRANSLATE_NOOP("ImportDialog", "Planning tool: recognise from the headers"), "auto"),
           (QT_TRANSLATE_NOOP("ImportDialog", "Planning tool: none (read as a sheet)"), "none"),
           (QT_TRANSLATE_NOOP("ImportDialog", "Jira CSV export"), "jira"),
           (QT_TRANSLATE_NOOP("ImportDialog", "MS Project CSV export"), "msproject"),
           (QT_TRANSLATE_NOOP("ImportDialog", "Aha! CSV export"), "aha"),
           (QT_TRANSLATE_NOOP("ImportDialog", "ProductPlan CSV export"), "productplan"))
"""The preset picker's entries: label, ImportOptions.preset ('none' is None there)."""
__all__ = ["ImportDialog", "PlanRowsModel", "run_export", "run_import", "sheet_actions"]


class ImportCancelled(RoadmapError):
    """The user cancelled a long import; nothing was written."""


class ImportDialog(QDialog):
    """The import preview: mapping, options, rows with their problems, values, new entities."""

    planned = Signal()
    """The plan was built again (after a mapping, option or value choice)."""

    def __init__(self, ctx: AppContext, sheet: Sheet, parent: QWidget | None = None,
                 options: ImportOptions | None = None,
                 mappings_folder: Path | None = None) -> None:
        from roadmap.spreadsheet import ImportOptions
        from roadmap.spreadsheet.mappings import default_folder

        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import {source}").format(
                source=sheet.source
            )
        )
        self.resize(1100, 720)
        self.ctx = ctx
        self.sheet = sheet
        self.options = options or ImportOptions()
        self.plan: ImportPlan | None = None
        self.change = None
        self.progress_threshold = BIG
        self.mappings_folder = mappings_folder or default_folder()
        self.mapping_notes: list[str] = []
        self.model = PlanRowsModel(self)
        self.values_model = ValueMappingModel(self)
        # Queued: the plan is rebuilt after the editor that chose the value has closed.
        self.values_model.chosen.connect(self._on_values_model_chosen,
                                         Qt.ConnectionType.QueuedConnection)
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
        splitter.addWidget(self._values_box())
        bottom = QWidget()
        row = QHBoxLayout(bottom)
        row.setContentsMargins(0, 0, 0, 0)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.itemActivated.connect(self._on_problems_activated)
        self.problems.itemClicked.connect(self._on_problems_activated)
        row.addWidget(
            self._boxed(
                QCoreApplication.translate(
                    "ImportDialog", "Problems (nothing is imported while any remain)"
                ),
                self.problems,
            ),
            3,
        )
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
        new_layout.addWidget(
            QLabel(
                QCoreApplication.translate("ImportDialog", "New departments (tick the IT ones):")
            )
        )
        new_layout.addWidget(self.departments)
        new_layout.addWidget(self.others)
        row.addWidget(
            self._boxed(QCoreApplication.translate("ImportDialog", "Created by the import"), new), 2
        )
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(QCoreApplication.translate("ImportDialog", "Import"))
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

    def _values_box(self) -> QGroupBox:
        """The values that did not match exactly, each with its proposal and choice."""
        self.values = QTableView()
        self.values.setObjectName("import_values")
        self.values.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Values to confirm")
        )
        self.values.setModel(self.values_model)
        self.values.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self.values))
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.SelectedClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.values.verticalHeader().hide()
        self.values.horizontalHeader().setStretchLastSection(True)
        self.accept_proposals = QPushButton(
            QCoreApplication.translate("ImportDialog", "Accept All Proposals")
        )
        self.accept_proposals.setObjectName("import_accept_proposals")
        self.accept_proposals.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Import every value listed as its proposed match"
            )
        )
        self.accept_proposals.clicked.connect(self._on_accept_proposals_clicked)
        self.values_note = QLabel()
        self.values_note.setObjectName("import_values_note")
        self.values_note.setWordWrap(True)
        host = QWidget()
        inner = QVBoxLayout(host)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.values_note)
        inner.addWidget(self.values, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_proposals)
        inner.addLayout(buttons)
        return self._boxed(
            QCoreApplication.translate(
                "ImportDialog", "Values to confirm (double-click Import as to change one)"
            ),
            host,
        )

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
            combo.addItem(QCoreApplication.translate("ImportDialog", "(ignore)"), None)
            for column in COLUMNS:
                combo.addItem(column.header, column.key)
            combo.setToolTip(
                QCoreApplication.translate(
                    "ImportDialog", "Which field sheet column {header!r} holds"
                ).format(header=header)
            )
            combo.currentIndexChanged.connect(
                lambda _i, where=index: self._on_mapping_changed(where))
            label = QLabel(
                header
                or QCoreApplication.translate("ImportDialog", "(column {value})").format(
                    value=index + 1
                )
            )
            label.setBuddy(combo)
            grid.addWidget(label, index // per_row, (index % per_row) * 2)
            grid.addWidget(combo, index // per_row, (index % per_row) * 2 + 1)
            self.mapping_boxes.append(combo)
        scroll = QScrollArea()
        scroll.setObjectName("import_mapping")
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMaximumHeight(130)
        return self._boxed(QCoreApplication.translate("ImportDialog", "Columns"), scroll)

    def _options_row(self) -> QHBoxLayout:
        from roadmap.spreadsheet.dates import DateOrder

        row = QHBoxLayout()
        self.date_order = QComboBox()
        self.date_order.setObjectName("import_date_order")
        self.date_order.addItem(
            QCoreApplication.translate("ImportDialog", "Dates: decide per column"), ""
        )
        self.date_order.addItem(
            QCoreApplication.translate("ImportDialog", "Dates: day first (31/12/2027)"),
            DateOrder.DAY_FIRST.value,
        )
        self.date_order.addItem(
            QCoreApplication.translate("ImportDialog", "Dates: month first (12/31/2027)"),
            DateOrder.MONTH_FIRST.value,
        )
        order = self.options.date_order
        self.date_order.setCurrentIndex(self.date_order.findData(order.value if order else ""))
        self.date_order.currentIndexChanged.connect(self._on_options_changed)
        self.existing = QComboBox()
        self.existing.setObjectName("import_existing")
        self.existing.addItem(
            QCoreApplication.translate(
                "ImportDialog", "Titles already in the roadmap: update them"
            ),
            "update",
        )
        self.existing.addItem(
            QCoreApplication.translate(
                "ImportDialog", "Titles already in the roadmap: refuse them"
            ),
            "refuse",
        )
        self.existing.setCurrentIndex(self.existing.findData(self.options.existing))
        self.existing.currentIndexChanged.connect(self._on_options_changed)
        self.preset = QComboBox()
        self.preset.setObjectName("import_preset")
        self.preset.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Read the sheet as a planning tool's CSV export"
            )
        )
        for label, name in PRESETS:
            self.preset.addItem(QCoreApplication.translate("ImportDialog", label), name)
        self.preset.setCurrentIndex(max(0, self.preset.findData(self.options.preset or "none")))
        self.preset.setEnabled(self.sheet.fields is None)  # a project file has its own fields
        self.preset.currentIndexChanged.connect(self._on_options_changed)
        self.saved_mappings = SavedMappingBar(
            self.mappings_folder, lambda: (self.options, self.sheet.headers), self)
        self.saved_mappings.picked.connect(self._on_saved_mappings_picked)
        row.addWidget(self.preset)
        row.addWidget(self.date_order)
        row.addWidget(self.existing)
        row.addStretch(1)
        row.addWidget(self.saved_mappings)
        return row

    # --- planning ------------------------------------------------------------

    def rebuild(self) -> None:
        """Plan again from the sheet with the current mapping and options."""
        from roadmap.spreadsheet import build_plan

        try:
            plan = self._with_progress(
                QCoreApplication.translate("ImportDialog", "Checking the sheet…"),
                len(self.sheet.rows),
                lambda progress: build_plan(self.ctx.doc, self.sheet, self.options, progress),
            )
        except ImportCancelled:
            self.reject()
            return
        except RoadmapError as error:
            show_error(
                self,
                QCoreApplication.translate("ImportDialog", "Cannot read the sheet"),
                user_message(error),
            )
            return
        self.plan = plan
        self.model.set_plan(plan)
        self._show_values(plan)
        self._show_mapping(plan)
        self._show_problems(plan)
        self._show_new(plan)
        self._show_summary(plan)
        self.import_button.setEnabled(plan.ok)
        self.planned.emit()

    def _show_values(self, plan: ImportPlan) -> None:
        from roadmap.spreadsheet.review import review_values

        choices = review_values(self.ctx.doc, plan)
        self.values_model.set_choices(choices)
        waiting = sum(1 for c in choices if c.current is None)
        self.values_note.setText(
            QCoreApplication.translate(
                "ImportDialog", "{choices} value(s) in the sheet are not exactly the roadmap's; "
            ).format(choices=len(choices))
            + (
                QCoreApplication.translate(
                    "ImportDialog", "{waiting} need a choice before the import. "
                ).format(waiting=waiting)
                if waiting
                else ""
            )
            + QCoreApplication.translate(
                "ImportDialog", "Nothing is written until you press Import."
            )
            if choices
            else QCoreApplication.translate(
                "ImportDialog",
                "Every department, benefit area, status, owner and vendor matches exactly.",
            )
        )
        self.accept_proposals.setEnabled(bool(self.values_model.open_proposals()))

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
            self.problems.addItem(
                QCoreApplication.translate("ImportDialog", "… and {value} more").format(
                    value=len(problems) - limit
                )
            )

    def _show_new(self, plan: ImportPlan) -> None:
        self.departments.blockSignals(True)
        self.departments.clear()
        for entity in plan.new_departments:
            item = QListWidgetItem(entity.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entity.is_it else Qt.CheckState.Unchecked)
            item.setToolTip(
                QCoreApplication.translate(
                    "ImportDialog", "Ticked: an IT department (IT, digital, infrastructure)"
                )
            )
            self.departments.addItem(item)
        self.departments.blockSignals(False)
        parts = []
        for label, items in (
            (QCoreApplication.translate("ImportDialog", "owners"), plan.new_owners),
            (QCoreApplication.translate("ImportDialog", "vendors"), plan.new_vendors),
        ):
            if items:
                names = ", ".join(e.name for e in items[:30])
                more = (
                    QCoreApplication.translate("ImportDialog", " and {value} more").format(
                        value=len(items) - 30
                    )
                    if len(items) > 30
                    else ""
                )
                parts.append(
                    QCoreApplication.translate(
                        "ImportDialog", "New {label} ({items}): {names}{more}."
                    ).format(label=label, items=len(items), names=names, more=more)
                )
        self.others.setText(
            "\n".join(parts)
            or QCoreApplication.translate("ImportDialog", "No new owners or vendors.")
        )

    def _show_summary(self, plan: ImportPlan) -> None:
        head = QCoreApplication.translate("ImportDialog", "{describe}: {rows} rows.").format(
            describe=plan.sheet.describe(), rows=len(plan.rows)
        )
        notes = " ".join([*self.mapping_notes, *plan.sheet.notes, *plan.columns.notes,
                          *plan.notes])
        if plan.ok:
            status = QCoreApplication.translate(
                "ImportDialog", "Ready to add {to_add} and update {to_update} initiatives."
            ).format(to_add=plan.to_add, to_update=plan.to_update)
        else:
            count = len(plan.all_problems())
            status = (QCoreApplication.translate(
                "ImportDialog", "✗ {count} problem in {rows} rows: fix the sheet or the column "
                "mapping.") if count == 1 else QCoreApplication.translate(
                "ImportDialog", "✗ {count} problems in {rows} rows: fix the sheet or the column "
                "mapping.")).format(count=count, rows=len(plan.bad_rows))
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
        preset = self.preset.currentData()
        self.options.preset = None if preset == "none" else preset
        self.rebuild()

    def _on_saved_mappings_picked(self, mapping: SavedMapping) -> None:
        self.use_mapping(mapping)

    def use_mapping(self, mapping: SavedMapping) -> None:
        """Replace the column and value mappings and date order with a saved mapping's."""
        from roadmap.spreadsheet.mappings import apply_mapping

        bare = replace(self.options, mapping={}, values={}, date_order=None)
        self.options, self.mapping_notes = apply_mapping(bare, mapping, self.sheet.headers)
        order = self.options.date_order
        self.date_order.blockSignals(True)
        self.date_order.setCurrentIndex(self.date_order.findData(order.value if order else ""))
        self.date_order.blockSignals(False)
        self.rebuild()

    def _on_values_model_chosen(self, choice: ValueChoice, value: str) -> None:
        self.choose_values([(choice, value)])

    def _on_accept_proposals_clicked(self) -> None:
        self.choose_values([(c, c.proposed) for c in self.values_model.open_proposals()])

    def choose_values(self, chosen: list[tuple[ValueChoice, str | None]]) -> None:
        """Import each value as the one chosen (ImportOptions.values, as --value), plan again."""
        from roadmap.spreadsheet.review import value_mapping

        values = dict(self.options.values)
        for choice, value in chosen:
            entry = value_mapping(choice, value)
            if entry is not None:
                values[entry[0]] = entry[1]
        self.options.values = values
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
                QCoreApplication.translate("ImportDialog", "Importing…"), len(plan.rows),
                lambda progress: self.ctx.run(lambda: apply_plan(self.ctx.doc, plan, progress)))
        except ImportCancelled:
            return
        except RoadmapError as error:
            show_error(
                self,
                QCoreApplication.translate("ImportDialog", "Import failed: nothing was imported"),
                user_message(error),
            )
            return
        self.accept()

    def _with_progress(self, label: str, rows: int, work: Callable[[Any], Any]) -> Any:
        """Run `work(progress)`, with a cancellable progress dialog for big sheets."""
        if rows <= self.progress_threshold:
            return work(None)
        dialog = QProgressDialog(
            label, QCoreApplication.translate("ImportDialog", "Cancel"), 0, 100, self
        )
        dialog.setObjectName("import_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)

        def progress(done: int, total: int) -> None:
            dialog.setValue(int(done * 100 / max(1, total)))  # modal: processes events
            if dialog.wasCanceled():
                raise ImportCancelled(
                    QCoreApplication.translate(
                        "ImportDialog", "The import was cancelled; nothing was imported."
                    )
                )

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
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportSheet", "Import Spreadsheet"),
            "",
            QCoreApplication.translate("ImportDialog", SHEET_FILTER),
        )
        if not chosen:
            return False
        path = chosen
    try:
        sheet = read_sheet(path)
    except RoadmapError as error:
        show_error(
            parent,
            QCoreApplication.translate("ImportSheet", "Cannot import this file"),
            user_message(error),
        )
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
        name = ctx.doc.info.title or QCoreApplication.translate("ImportSheet", "initiatives")
        suggested = f"{name}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ImportSheet", "Export Spreadsheet"),
            suggested,
            QCoreApplication.translate(
                "ImportSheet", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
            ),
        )
        if not chosen:
            return None
        path = chosen
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".xlsx")
    try:
        export_sheet(ctx.doc, target)
    except RoadmapError as error:
        show_error(
            parent,
            QCoreApplication.translate("ImportSheet", "Cannot export the spreadsheet"),
            user_message(error),
        )
        return None
    return target


def sheet_actions(window: Any) -> list[QAction]:
    """File ▸ Import Spreadsheet… and Export Spreadsheet…, for the window to register."""
    specs = (
        (
            "file_import_sheet",
            QCoreApplication.translate("ImportSheet", "&Import Spreadsheet…"),
            QCoreApplication.translate(
                "ImportSheet",
                "Import initiatives from a CSV or Excel sheet or an MS Project XML file, "
                "with a preview",
            ),
            "Ctrl+Shift+Alt+I",
            lambda: run_import(window.ctx, window),
        ),
        (
            "file_export_sheet",
            QCoreApplication.translate("ImportSheet", "E&xport Spreadsheet…"),
            QCoreApplication.translate(
                "ImportSheet", "Write the initiatives to an Excel or CSV sheet"
            ),
            "",
            lambda: _export_with_status(window),
        ),
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
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "ImportSheet", "Exported {count} initiatives to {target}"
            ).format(count=count, target=target),
            5000,
        )
