"""The real main window, driven as a user would: open, edit, undo, save, reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey
from roadmap.services.files import open_document
from ui.models.initiatives import COLUMN_INDEX

K = NodeKey.parse

CDP = 8  # "Customer data platform": IT alone in the sample (CR101)


def _cr101_open(window: Any, key: int) -> bool:
    return any(f.code == "CR101" and f.is_open and f.subject == f"initiative:{key}"
               for f in window.ctx.analysis.findings)


def _table_index(window: Any, key: int, field: str) -> Any:
    view = window.show_view("table")
    source = view.model.index(view.model.row_of(key), COLUMN_INDEX[field])
    return view, view.proxy.mapFromSource(source)


def test_the_sample_opens_with_views_docks_and_findings(window: Any) -> None:
    assert "northwind" in window.windowTitle()
    assert not window.isWindowModified()
    view = window.show_view("table")
    assert view.model.rowCount() == len(window.ctx.doc.initiatives.all()) > 20
    assert window.findings.model.rowCount() > 10
    assert "open findings" in window.status_label.text()
    assert window.navigator.model.rowCount() == 4
    assert window.show_view("matrix") is window.views.view("matrix")


def test_rename_an_initiative_in_the_table(qtbot: Any, window: Any) -> None:
    view, index = _table_index(window, CDP, "title")
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Customer data hub")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: window.ctx.doc.initiatives.get(CDP).title == "Customer data hub")
    assert window.named_actions.edit_undo.text() == "&Undo Rename Initiative"
    assert window.isWindowModified()
    window.named_actions.edit_undo.trigger()
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform"
    assert index.data() == "Customer data platform"


def test_rename_in_the_inspector_merges_keystrokes_into_one_undo(qtbot: Any,
                                                                 window: Any) -> None:
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    assert form is window.inspector.forms["initiative"]
    title = form.title_edit
    assert title.text() == "Customer data platform"
    steps = window.ctx.undo_stack.count()
    title.selectAll()
    qtbot.keyClicks(title, "CDP 2.0")
    assert window.ctx.doc.initiatives.get(CDP).title == "CDP 2.0"
    assert window.ctx.undo_stack.count() == steps + 1
    _view, index = _table_index(window, CDP, "title")
    assert index.data().startswith("CDP 2.0")
    window.named_actions.edit_undo.trigger()
    assert title.text() == "Customer data platform"


def test_an_empty_title_is_refused_at_the_field(qtbot: Any, window: Any) -> None:
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    form.title_edit.selectAll()
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Delete)
    error = form.bindings["title"].error
    assert error.isVisible() and "empty" in error.text()
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform"
    form.title_edit.editingFinished.emit()
    assert form.title_edit.text() == "Customer data platform"


def test_a_business_lead_clears_it_alone_and_undo_redo_bring_it_back(qtbot: Any,
                                                                    window: Any) -> None:
    assert _cr101_open(window, CDP)
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    marketing = window.ctx.doc.departments.by_name("Marketing").id
    combo = form.roles_editor._combos[marketing]
    with qtbot.waitSignal(window.ctx.analysis_updated, timeout=3000):
        combo.setCurrentIndex(combo.findData(Role.LEAD.value))
    assert not _cr101_open(window, CDP)
    assert CDP not in window.ctx.analysis.it_alone
    assert window.named_actions.edit_undo.text() == "&Undo Change Departments"
    with qtbot.waitSignal(window.ctx.analysis_updated, timeout=3000):
        window.named_actions.edit_undo.trigger()
    assert _cr101_open(window, CDP)
    assert form.roles_editor.value()[marketing] is None
    with qtbot.waitSignal(window.ctx.analysis_updated, timeout=3000):
        window.named_actions.edit_redo.trigger()
    assert not _cr101_open(window, CDP)
    assert form.roles_editor.value()[marketing] == Role.LEAD


def test_save_and_reopen_gives_the_same_roadmap(window: Any, sample_file: Path,
                                                recovery_dir: Path) -> None:
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(CDP, budget=1_200_000))
    window.ctx.run(lambda: window.ctx.doc.participations.set_role(CDP, 3, Role.LEAD))
    assert window.isWindowModified()
    window.named_actions.file_save.trigger()
    assert not window.isWindowModified()
    reopened = open_document(sample_file, recovery_dir=recovery_dir)
    try:
        assert reopened.snapshot() == window.ctx.doc.snapshot()
        assert reopened.initiatives.get(CDP).budget == 1_200_000
    finally:
        reopened.close()
    assert window.files.open_path(sample_file)
    assert window.ctx.undo_stack.count() == 0
    assert window.ctx.doc.initiatives.get(CDP).budget == 1_200_000


def test_unsaved_changes_prompt_cancel_discard_and_save(window: Any, dialogs: Any,
                                                        sample_file: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    sb = QMessageBox.StandardButton
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(CDP, priority=1))
    dialogs.answers = [sb.Cancel]
    assert not window.close()
    assert window.isVisible()
    assert dialogs.shown[-1][1] == "Unsaved Changes"
    dialogs.answers = [sb.Discard]
    assert window.files.maybe_save()
    dialogs.answers = [sb.Save]
    assert window.close()
    reopened = open_document(sample_file, recovery_dir=sample_file.parent / "again")
    try:
        assert reopened.initiatives.get(CDP).priority == 1
    finally:
        reopened.close()


def test_a_corrupt_file_shows_an_error_and_keeps_the_roadmap(window: Any, dialogs: Any,
                                                             tmp_path: Path) -> None:
    bad = tmp_path / "broken.roadmap"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 3000)
    doc = window.ctx.doc
    assert not window.files.open_path(bad)
    _kind, title, text = dialogs.shown[-1]
    assert title == "Cannot Open Roadmap"
    assert "broken.roadmap could not be opened" in text
    assert window.ctx.doc is doc
    assert doc.initiatives.get(CDP).title == "Customer data platform"


def test_keyboard_only_through_the_main_actions(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    count = len(window.ctx.doc.initiatives.all())
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.ctx.doc.initiatives.all()) == count + 1
    title = QApplication.focusWidget()
    assert title is window.inspector.forms["initiative"].title_edit
    qtbot.keyClicks(title, "Wishlists")
    new = window.ctx.doc.initiatives.all()[-1]
    assert new.title == "Wishlists"
    shortcut = window.named_actions.view_matrix.shortcut()[0]  # Ctrl+<tab number>
    qtbot.keyClick(title, shortcut.key(), shortcut.keyboardModifiers())
    assert window.views.current_name() == "matrix"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    focus = QApplication.focusWidget()
    assert focus is not None and window.findings.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_F6)
    assert window.views.currentWidget().isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.ctx.doc.initiatives.all()) == count
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.navigator.filter_box
    qtbot.keyClicks(window.navigator.filter_box, "adyen")
    assert window.navigator.proxy.rowCount() >= 1


def test_every_action_has_a_name_text_and_tooltip(window: Any) -> None:
    for name in window.named_actions.names():
        action = window.named_actions[name]
        assert action.objectName() == name
        assert action.text() and action.toolTip(), name
    assert window.named_actions.file_open.shortcut().toString() == "Ctrl+O"
    assert window.named_actions.edit_undo.shortcut().toString() == "Ctrl+Z"
