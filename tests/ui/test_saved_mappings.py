"""The import dialog's saved mappings: Save Mapping…, the picker, damaged files."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from roadmap.services.document import Document
from roadmap.spreadsheet import read_sheet
from roadmap.spreadsheet.mappings import default_folder
from ui.context import AppContext
from ui.dialogs.import_sheet import ImportDialog


@pytest.fixture(autouse=True)
def _private_mappings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "pmo.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows([
            ["Label", "Lead", "Benefit", "Kick-off", "Go live"],
            ["Checkout", "Ann Lee", "Finanse", "03/04/2027", "05/06/2027"],
        ])
    return path


def _dialog(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog(AppContext(Document.in_memory()), read_sheet(path))
    qtbot.addWidget(dialog)
    return dialog


def test_a_mapping_saved_in_one_import_is_picked_in_the_next(
        qtbot, sheet: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _dialog(qtbot, sheet)
    assert first.saved_mappings.folder == default_folder()
    assert first.plan is not None and not first.plan.ok
    for index, key in ((0, "title"), (1, "owner"), (3, "start"), (4, "end")):
        first.mapping_boxes[index].setCurrentIndex(first.mapping_boxes[index].findData(key))
    first.date_order.setCurrentIndex(first.date_order.findData("day-first"))
    first.accept_proposals.click()  # 'Finanse' → Finance and administration
    assert first.plan is not None and first.plan.ok
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("PMO monthly", True))
    first.saved_mappings.save_button.click()
    assert (default_folder() / "pmo-monthly.json").is_file()
    assert first.saved_mappings.picker.currentText() == "Saved mapping: PMO monthly"

    second = _dialog(qtbot, sheet)
    assert second.plan is not None and not second.plan.ok
    picker = second.saved_mappings.picker
    assert [picker.itemText(i) for i in range(picker.count())] == [
        "Saved mapping: none", "Saved mapping: PMO monthly"]
    with qtbot.waitSignal(second.planned):
        second.saved_mappings.pick("PMO monthly")
    assert second.plan is not None and second.plan.ok, second.plan.report()
    assert second.date_order.currentData() == "day-first"
    assert second.mapping_boxes[1].currentData() == "owner"
    assert "Used the saved mapping 'PMO monthly'." in second.summary.text()


def test_a_damaged_mapping_file_is_listed_disabled_with_its_fault(qtbot, sheet: Path) -> None:
    folder = default_folder()
    folder.mkdir(parents=True)
    (folder / "broken.json").write_text("{nope", encoding="utf-8")
    dialog = _dialog(qtbot, sheet)
    picker = dialog.saved_mappings.picker
    assert picker.count() == 2
    assert picker.itemText(1) == "Damaged mapping file (see its tooltip)"
    tip = picker.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"the mapping file {folder / 'broken.json'} is damaged: not JSON")
    assert not picker.model().item(1).isEnabled()


def test_a_mapping_damaged_after_listing_shows_a_message_not_a_traceback(
        qtbot, sheet: Path, dialogs) -> None:
    dialog = _dialog(qtbot, sheet)
    assert dialog.saved_mappings.save("Monthly") is not None
    (default_folder() / "monthly.json").write_text("[]", encoding="utf-8")
    dialog.saved_mappings.pick("Monthly")
    assert any("is damaged: it is not a Crossroads import mapping" in text
               for text in dialogs.texts())
