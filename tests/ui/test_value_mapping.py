"""The import dialog's value table and preset picker, driven as a user would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from roadmap.model.entities import Initiative
from roadmap.services.document import Document
from roadmap.spreadsheet import read_sheet
from ui.context import AppContext
from ui.dialogs.import_sheet import ImportDialog
from ui.dialogs.value_mapping import CHOICE_COLUMN, ValueMappingModel


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


@pytest.fixture
def ctx(qtbot) -> AppContext:
    doc = Document.in_memory()
    doc.departments.create(name="Marketing")
    return AppContext(doc)


@pytest.fixture
def dialog(qtbot, ctx: AppContext, tmp_path: Path) -> ImportDialog:
    path = write_csv(tmp_path / "plan.csv", [
        ["Title", "Benefit", "Status", "Departments"],
        ["Checkout", "Finanse", "WIP", "Marketng (lead)"],
        ["Search", "Finance", "planned", "Marketing"],
        ["Loyalty", "Finanse", "planned", "Marketing"],
    ])
    widget = ImportDialog(ctx, read_sheet(path))
    qtbot.addWidget(widget)
    return widget


def _rows(model: ValueMappingModel) -> dict[str, int]:
    return {model.index(r, 1).data(): r for r in range(model.rowCount())}


def test_the_table_lists_each_value_that_did_not_match_exactly(dialog: ImportDialog) -> None:
    model = dialog.values_model
    rows = _rows(model)
    assert set(rows) == {"Finanse", "Finance", "WIP", "Marketng"}
    finanse = rows["Finanse"]
    assert model.index(finanse, 0).data() == "'Benefit' (B)"
    assert model.index(finanse, 2).data() == "2"
    assert model.index(finanse, 3).data() == "'Finanse' → Finance and administration?"
    assert model.index(finanse, CHOICE_COLUMN).data() == "(choose)"
    assert model.index(finanse, CHOICE_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(rows["Finance"], CHOICE_COLUMN).data() == "Finance and administration"
    assert model.index(rows["Marketng"], 3).data() == "'Marketng' → Marketing?"
    assert model.index(rows["Marketng"], CHOICE_COLUMN).data() == "New: 'Marketng'"
    assert not dialog.import_button.isEnabled()
    assert "1 need a choice" in dialog.values_note.text()


def test_choosing_in_the_combo_box_confirms_a_value_and_imports(
        qtbot, dialog: ImportDialog, ctx: AppContext) -> None:
    view, model = dialog.values, dialog.values_model
    index = model.index(_rows(model)["Finanse"], CHOICE_COLUMN)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.findChild(QComboBox, "value_choice_editor")
    assert editor is not None
    assert editor.currentData() == "finance_admin"  # the proposal is offered first
    with qtbot.waitSignal(dialog.planned):
        editor.activated.emit(editor.currentIndex())
    assert dialog.options.values[("benefit_area", "Finanse")] == "finance_admin"
    assert dialog.plan is not None and dialog.plan.ok
    row = _rows(dialog.values_model)["Finanse"]
    assert dialog.values_model.index(row, CHOICE_COLUMN).data() == "Finance and administration"
    marketng = dialog.values_model.index(_rows(dialog.values_model)["Marketng"], CHOICE_COLUMN)
    with qtbot.waitSignal(dialog.planned):
        assert dialog.values_model.setData(marketng, "Marketing")
    dialog.import_plan()
    titles = {i.title: i for i in ctx.doc.all(Initiative)}
    assert titles["Checkout"].benefit_area.value == "finance_admin"
    assert [d.name for d in ctx.doc.departments.all()] == ["Marketing"]
    assert ctx.undo_stack.count() == 1


def test_accept_all_proposals_and_a_refused_choice(qtbot, dialog: ImportDialog) -> None:
    model = dialog.values_model
    assert not model.setData(model.index(0, CHOICE_COLUMN), "no such value")
    assert not model.setData(model.index(0, 1), "finance_admin")  # only Import as is editable
    dialog.accept_proposals.click()
    assert dialog.options.values[("departments", "Marketng")] == "Marketing"
    assert dialog.plan is not None and dialog.plan.ok
    assert not dialog.accept_proposals.isEnabled()


def test_the_value_model_passes_qt_model_checks(qtmodeltester, dialog: ImportDialog) -> None:
    qtmodeltester.check(dialog.values_model)


def test_the_preset_picker_reads_a_jira_export_or_not(qtbot, ctx: AppContext,
                                                       tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jira.csv", [
        ["Summary", "Issue key", "Issue Type", "Status", "Assignee"],
        ["Checkout", "WEB-1", "Story", "To Do", "Ann Lee"],
    ])
    widget = ImportDialog(ctx, read_sheet(path))
    qtbot.addWidget(widget)
    assert widget.plan is not None and widget.plan.ok
    assert "Recognised a Jira export" in widget.summary.text()
    widget.preset.setCurrentIndex(widget.preset.findData("none"))
    assert widget.options.preset is None
    assert widget.plan is not None and not widget.plan.ok  # no Title column without it
    widget.preset.setCurrentIndex(widget.preset.findData("jira"))
    assert widget.options.preset == "jira" and widget.plan.ok
