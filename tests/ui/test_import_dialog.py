"""The import preview dialog: problems shown per cell, re-mapping, IT flags, one undo step."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog

from roadmap.model.entities import Department, Initiative
from roadmap.services.document import Document
from roadmap.spreadsheet import read_sheet
from ui.context import AppContext
from ui.dialogs.import_sheet import ImportDialog, PlanRowsModel, run_export, run_import


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


@pytest.fixture(autouse=True)
def _private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saved import mappings are looked for in tmp_path, never in the user's folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def ctx(qtbot) -> AppContext:
    return AppContext(Document.in_memory())


def make_dialog(qtbot, ctx: AppContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(ctx, read_sheet(path))
    qtbot.addWidget(dialog)
    return dialog


def test_bad_rows_are_highlighted_and_block_the_import(qtbot, ctx: AppContext,
                                                       tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", [
        ["Title", "Start", "End", "Departments"],
        ["Checkout", "2027-01-01", "2027-03-01", "Sales (lead)"],
        ["Search", "2027-05-01", "2027-02-01", "Sales (chief)"],
    ])
    dialog = make_dialog(qtbot, ctx, path)
    model = dialog.model
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert not dialog.import_button.isEnabled()
    assert model.index(0, 1).data() == "Add"
    assert model.index(1, 1).data() == "✗ 2 problems"
    end_cell = model.index(1, 4)
    assert end_cell.data() == "2027-02-01"
    assert "before start date" in end_cell.data(Qt.ItemDataRole.ToolTipRole)
    assert end_cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 4).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "'chief' is not a role" in model.index(1, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(4, Qt.Orientation.Horizontal) == "End\n→ End"
    assert dialog.problems.count() == 2
    assert dialog.problems.item(0).text().startswith("Row 3, column 'End' (C)")
    dialog._on_problems_activated(dialog.problems.item(0))
    assert dialog.table.selectionModel().selectedRows()[0].row() == 1
    dialog.import_plan()
    assert ctx.doc.all(Initiative) == [] and ctx.undo_stack.count() == 0


def test_remapping_a_column_fixes_the_plan_and_import_is_one_undo_step(
        qtbot, ctx: AppContext, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "plan.csv", [
        ["Label", "Kick-off", "Go live", "Who"],
        ["Checkout", "2027-01-01", "2027-03-01", "Web Platform (lead); Sales"],
        ["Search", "2027-04-01", "2027-06-01", "Sales (lead)"],
    ])
    dialog = make_dialog(qtbot, ctx, path)
    assert not dialog.import_button.isEnabled()
    assert "no title column" in dialog.problems.item(0).text()
    for index, key in ((0, "title"), (1, "start"), (2, "end"), (3, "departments")):
        combo = dialog.mapping_boxes[index]
        combo.setCurrentIndex(combo.findData(key))
    assert dialog.plan is not None and dialog.plan.ok
    assert dialog.import_button.isEnabled()
    assert dialog.problems.count() == 0
    names = [dialog.departments.item(i).text() for i in range(dialog.departments.count())]
    assert names == ["Web Platform", "Sales"]
    assert dialog.departments.item(0).checkState() == Qt.CheckState.Unchecked
    dialog.departments.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(ctx.document_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert [i.title for i in ctx.doc.all(Initiative)] == ["Checkout", "Search"]
    assert {d.name: d.is_it for d in ctx.doc.all(Department)} == {
        "Web Platform": True, "Sales": False}
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Import 2 initiatives"
    ctx.undo_stack.undo()
    assert ctx.doc.all(Initiative) == [] and ctx.doc.all(Department) == []
    ctx.undo_stack.redo()
    assert len(ctx.doc.all(Initiative)) == 2


def test_date_order_and_existing_title_options(qtbot, ctx: AppContext,
                                               tmp_path: Path) -> None:
    ctx.doc.initiatives.create(title="Search")
    path = write_csv(tmp_path / "plan.csv", [["Title", "Start", "End"],
                                             ["Search", "03/04/2027", "05/06/2027"]])
    dialog = make_dialog(qtbot, ctx, path)
    assert "ambiguous" in dialog.problems.item(0).text()
    dialog.date_order.setCurrentIndex(2)  # month first
    assert dialog.plan is not None and dialog.plan.ok
    assert dialog.model.index(0, 1).data() == "Update"
    dialog.existing.setCurrentIndex(dialog.existing.findData("refuse"))
    assert "already in the roadmap" in dialog.problems.item(0).text()
    assert not dialog.import_button.isEnabled()


def test_big_sheet_shows_progress_and_cancel_leaves_nothing(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [["Title"]] + [[f"Initiative {i}"] for i in range(30)]
    dialog = make_dialog(qtbot, ctx, write_csv(tmp_path / "plan.csv", rows))
    dialog.progress_threshold = 5
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    dialog.import_plan()
    assert ctx.doc.all(Initiative) == [] and ctx.undo_stack.count() == 0
    assert dialog.result() != ImportDialog.DialogCode.Accepted
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: False)
    values: list[int] = []
    monkeypatch.setattr(QProgressDialog, "setValue",
                        lambda self, value: values.append(value))
    dialog.import_plan()
    assert values[-1] == 100 and values == sorted(values)
    assert len(ctx.doc.all(Initiative)) == 30 and ctx.undo_stack.count() == 1


def test_run_import_reports_unreadable_files_and_run_export_writes(
        qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.dialogs.import_sheet.show_error",
                        lambda _parent, title, message, details="": shown.append(message))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert run_import(ctx, None, empty) is False
    assert "the file is empty" in shown[0]
    ctx.doc.initiatives.create(title="=cmd")
    target = run_export(ctx, None, tmp_path / "out")
    assert target == tmp_path / "out.xlsx" and target.exists()
    assert read_sheet(target).rows[0][0] == "'=cmd"


def test_plan_rows_model_passes_qt_model_checks(qtmodeltester, ctx: AppContext,
                                                tmp_path: Path) -> None:
    from roadmap.spreadsheet import build_plan

    path = write_csv(tmp_path / "plan.csv", [["Title", "End"], ["A", "soon"], ["B", ""]])
    model = PlanRowsModel()
    model.set_plan(build_plan(ctx.doc, read_sheet(path)))
    qtmodeltester.check(model)


def test_file_menu_import_and_export_actions(window, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    file_menu = window.menus["menu_file"]
    names = [a.objectName() for a in file_menu.actions()]
    assert "file_import_sheet" in names and "file_export_sheet" in names
    out = tmp_path / "export.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(out), "")))
    window.named_actions["file_export_sheet"].trigger()
    assert out.exists()
    count = len(window.ctx.doc.all(Initiative))
    assert len(read_sheet(out).rows) == count
    sheet = write_csv(tmp_path / "new.csv", [["Title", "Departments"],
                                             ["Brand-new initiative", "Marketing (lead)"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(sheet), "")))

    def accept(dialog: ImportDialog) -> int:
        assert dialog.plan is not None and dialog.plan.ok
        dialog.import_plan()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", accept)
    window.named_actions["file_import_sheet"].trigger()
    assert len(window.ctx.doc.all(Initiative)) == count + 1
    assert window.ctx.undo_stack.undoText() == "Import 1 initiative"


def test_the_file_menu_actions_do_not_load_the_spreadsheet_code() -> None:
    """Start-up builds the actions; the sheet code loads when one is used."""
    import os
    import subprocess
    import sys

    probe = "\n".join((
        "import sys",
        "from PySide6.QtWidgets import QApplication, QMainWindow",
        "from ui.dialogs.import_sheet import sheet_actions",
        "app = QApplication([])",
        "window = QMainWindow()",
        "names = [action.objectName() for action in sheet_actions(window)]",
        "print(names, [m for m in sys.modules if m.startswith('roadmap.spreadsheet')])",
    ))
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            cwd=Path(__file__).parents[2],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['file_import_sheet', 'file_export_sheet'] []"
