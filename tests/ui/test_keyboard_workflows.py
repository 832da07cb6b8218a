"""Workflows done with the keyboard alone: from a finding to its initiative, a dependency
added through its dialog and undone, the board pack dialog opened and dismissed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from roadmap.model.keys import NodeKey

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot: Any) -> Any:
    """The widget with the keyboard focus.

    When a dialog closes, a window manager gives the main window back its
    activation; the offscreen platform has none, so the test does it.
    """
    if QApplication.focusWidget() is None and QApplication.activeModalWidget() is None:
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "main_window":
                widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    return QApplication.focusWidget()


def _to_findings(window: Any, qtbot: Any) -> Any:
    for _ in range(6):
        if window.findings.isAncestorOf(_focus(qtbot)):
            return _focus(qtbot)
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_F6)
    raise AssertionError("F6 never reached the Findings panel")


def _drive_dialog(name: str, keys: list[tuple[str | Qt.Key, Any]], seen: list[str]) -> None:
    """When the modal dialog `name` is up, type `keys` into whatever has its focus.

    If the dialog is still open after them (it refused the input), Escape closes it.
    """
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if (not isinstance(dialog, QDialog) or dialog.objectName() != name
                or QApplication.activeWindow() is not dialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(dialog.objectName())
        from pytestqt.qtbot import QtBot

        for key, modifiers in keys:
            target = dialog.focusWidget() or dialog
            if isinstance(key, str):
                QtBot.keyClicks(target, key)
            else:
                QtBot.keyClick(target, key, modifiers)
        if dialog.isVisible():  # it refused what was typed (and says why): Escape leaves
            QtBot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    QTimer.singleShot(0, drive)


def test_from_a_finding_to_a_new_dependency_and_back(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    table = _to_findings(window, qtbot)
    assert table is window.findings.table
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    dock = window.findings
    for _ in range(dock.proxy.rowCount()):
        source = dock.proxy.mapToSource(table.currentIndex())
        if dock.model.finding_at(source.row()).subject.startswith("initiative:"):
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    subject = dock.model.finding_at(dock.proxy.mapToSource(table.currentIndex()).row()).subject
    assert subject.startswith("initiative:")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    selected = window.ctx.selected_initiative_ids()
    assert len(selected) == 1
    key = selected[0]
    assert subject == f"initiative:{key}"
    before = set(window.ctx.doc.dependencies.pairs())
    candidates = sorted((i for i in window.ctx.doc.initiatives.all()
                         if i.id != key and (key, i.id) not in before),
                        key=lambda i: i.title.casefold())
    seen: list[str] = []
    for target in candidates:
        _drive_dialog("dependency_dialog", [(target.title, None),
                                            (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)],
                      seen)
        qtbot.keyClick(_focus(qtbot), Qt.Key.Key_L, CTRL_SHIFT)
        if set(window.ctx.doc.dependencies.pairs()) != before:
            break  # else it would have closed a cycle: try the next one
    assert seen and seen[0] == "dependency_dialog"
    added = set(window.ctx.doc.dependencies.pairs()) - before
    assert len(added) == 1 and next(iter(added))[0] == key
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(window.ctx.doc.dependencies.pairs()) == before
    assert window.ctx.selection == (NodeKey.parse(f"initiative:{key}"),)


def test_the_board_pack_dialog_opens_and_closes_from_the_keyboard(qtbot: Any,
                                                                   window: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    seen: list[str] = []
    _drive_dialog("boardpack_dialog", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)],
                  seen)
    qtbot.keyClick(_focus(qtbot), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["boardpack_dialog"]
    assert QApplication.activeModalWidget() is None
