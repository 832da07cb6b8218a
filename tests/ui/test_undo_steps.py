"""Undo steps match what the user did: one action, one named step; only typing merges.

Drives the real window: table cells, inspector fields, the timeline and the
Edit menu. Typing merges only within one visit to one field of one row;
a refused or empty edit leaves the undo stack, redo history included, alone.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from roadmap.model.errors import ValidationError
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document
from ui.context import AppContext
from ui.models.initiatives import COLUMN_INDEX
from ui.views.timeline.view import TimelineView

CDP = 8  # "Customer data platform" in the sample
D = dt.date


def _edit_cell(qtbot: Any, window: Any, key: int, field: str, text: str) -> None:
    """Type `text` into a table cell's editor and press Return, as a user would."""
    view = window.show_view("table")
    index = view.proxy.mapFromSource(view.model.index(view.model.row_of(key),
                                                      COLUMN_INDEX[field]))
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _focus(qtbot: Any, widget: QWidget) -> None:
    """Give `widget` the keyboard focus (the window is active, so focus events arrive)."""
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _initiative_form(qtbot: Any, window: Any, key: int) -> Any:
    window.activateWindow()
    qtbot.waitActive(window)
    window.inspect(NodeKey.initiative(key))
    return window.inspector.forms["initiative"]


def test_budget_edits_of_three_initiatives_in_the_table_are_three_steps(
        qtbot: Any, window: Any) -> None:
    stack = window.ctx.undo_stack
    keys = [i.id for i in window.ctx.doc.initiatives.all()][:3]
    before = {k: window.ctx.doc.initiatives.get(k).budget for k in keys}
    for number, key in enumerate(keys, start=1):
        _edit_cell(qtbot, window, key, "budget", f"{number}23456")
        qtbot.waitUntil(lambda k=key, n=number: window.ctx.doc.initiatives.get(k).budget
                        == int(f"{n}23456"))
    assert stack.count() == 3
    assert stack.undoText() == "Change Initiative Budget"
    for key in reversed(keys):
        stack.undo()
        assert window.ctx.doc.initiatives.get(key).budget == before[key]


def test_two_budget_edits_of_one_initiative_in_the_table_are_two_steps(
        qtbot: Any, window: Any) -> None:
    stack = window.ctx.undo_stack
    _edit_cell(qtbot, window, CDP, "budget", "111000")
    qtbot.waitUntil(lambda: window.ctx.doc.initiatives.get(CDP).budget == 111_000)
    _edit_cell(qtbot, window, CDP, "budget", "222000")
    qtbot.waitUntil(lambda: window.ctx.doc.initiatives.get(CDP).budget == 222_000)
    assert stack.count() == 2, "a cell edit never merges, not even with the same cell"
    stack.undo()
    assert window.ctx.doc.initiatives.get(CDP).budget == 111_000


def test_keystrokes_in_one_inspector_field_are_one_step(qtbot: Any, window: Any) -> None:
    form = _initiative_form(qtbot, window, CDP)
    stack = window.ctx.undo_stack
    _focus(qtbot, form.title_edit)
    form.title_edit.selectAll()
    qtbot.keyClicks(form.title_edit, "CDP next ")  # a trailing space is tidied away
    qtbot.keyClicks(form.title_edit, "gen")
    assert window.ctx.doc.initiatives.get(CDP).title == "CDP next gen"
    assert stack.count() == 1
    assert window.named_actions.edit_undo.text() == "&Undo Rename Initiative"
    window.named_actions.edit_undo.trigger()
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform"
    assert form.title_edit.text() == "Customer data platform"


def test_field_a_then_field_b_are_two_steps(qtbot: Any, window: Any) -> None:
    form = _initiative_form(qtbot, window, CDP)
    stack = window.ctx.undo_stack
    theme = form.bindings["theme"].widget
    theme_before = window.ctx.doc.initiatives.get(CDP).theme
    _focus(qtbot, form.title_edit)
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, " v2")
    _focus(qtbot, theme)
    theme.end(False)
    qtbot.keyClicks(theme, " plus")
    assert window.ctx.doc.initiatives.get(CDP).theme == f"{theme_before} plus"
    assert stack.count() == 2
    stack.undo()
    assert window.ctx.doc.initiatives.get(CDP).theme == theme_before
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform v2"


def test_the_same_field_of_another_row_is_another_step(qtbot: Any, window: Any) -> None:
    form = _initiative_form(qtbot, window, CDP)
    other = next(i.id for i in window.ctx.doc.initiatives.all() if i.id != CDP)
    qtbot.keyClicks(form.title_edit, " A")
    window.inspect(NodeKey.initiative(other), focus=False)
    qtbot.keyClicks(form.title_edit, " B")
    assert window.ctx.undo_stack.count() == 2


def test_leaving_a_field_and_coming_back_starts_a_new_step(qtbot: Any, window: Any) -> None:
    form = _initiative_form(qtbot, window, CDP)
    stack = window.ctx.undo_stack
    _focus(qtbot, form.title_edit)
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, " hub")
    _focus(qtbot, form.bindings["theme"].widget)  # leave without editing anything there
    _focus(qtbot, form.title_edit)
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, " 2")
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform hub 2"
    assert stack.count() == 2
    stack.undo()
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform hub"


def test_typing_back_to_the_start_leaves_no_step_and_keeps_redo(qtbot: Any,
                                                               window: Any) -> None:
    form = _initiative_form(qtbot, window, CDP)
    stack = window.ctx.undo_stack
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(CDP, priority=1))
    stack.undo()
    assert stack.count() == 1 and stack.canRedo()
    _focus(qtbot, form.title_edit)
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, "x")
    qtbot.keyClick(form.title_edit, Qt.Key.Key_Backspace)
    assert window.ctx.doc.initiatives.get(CDP).title == "Customer data platform"
    assert stack.count() == 0, "the typed-and-erased step is dropped (typing wiped redo)"


def test_the_edit_menu_names_the_action(qtbot: Any, window: Any) -> None:
    edit_menu = next(a.menu() for a in window.menuBar().actions()
                     if a.text().replace("&", "") == "Edit")
    assert window.named_actions.edit_undo in edit_menu.actions()
    window.ctx.select([NodeKey.initiative(CDP)])
    window.named_actions.edit_delete.trigger()
    assert window.ctx.doc.initiatives.find(CDP) is None
    assert window.named_actions.edit_undo.text() == "&Undo Delete Initiative"
    steps = window.ctx.undo_stack.count()
    window.named_actions.edit_undo.trigger()
    assert window.ctx.doc.initiatives.find(CDP) is not None, "links and all, in one step"
    assert window.named_actions.edit_redo.text() == "&Redo Delete Initiative"
    assert window.ctx.undo_stack.index() == steps - 1


# --- the timeline ------------------------------------------------------------------------


@pytest.fixture
def timeline(qtbot: Any) -> TimelineView:
    doc = Document.in_memory(horizon_start=D(2027, 1, 1), horizon_end=D(2027, 12, 31))
    doc.initiatives.create(title="Checkout", start=D(2027, 1, 4), end=D(2027, 3, 28))
    doc.initiatives.create(title="Payments", start=D(2027, 4, 5), end=D(2027, 6, 27))
    view = TimelineView(AppContext(doc), today=D(2027, 5, 3))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.set_px_per_day(3.0)
    view.canvas.auto_fit = False
    return view


def _drag(view: TimelineView, key: int, moves: list[int]) -> None:
    """Press on the middle of bar `key`, move through the x offsets `moves`, release."""
    rect = view.scene.bars[key].bar_rect()
    view.canvas.ensureVisible(rect, 10, 10)
    start = view.canvas.mapFromScene(QPointF(rect.center().x(), rect.center().y()))
    viewport = view.canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for dx in moves:
        QTest.mouseMove(viewport, start + QPoint(dx, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(moves[-1], 0))


def _with_redo_history(view: TimelineView) -> Any:
    """Make one step and undo it, so the stack has something to redo."""
    stack = view.ctx.undo_stack
    view.ctx.run(lambda: view.ctx.doc.initiatives.update(2, title="Payments v2"))
    stack.undo()
    assert stack.count() == 1 and stack.index() == 0
    return stack


def test_a_drop_is_one_step_named_after_the_bar(timeline: TimelineView) -> None:
    _drag(timeline, 1, [10, 20, 30])
    _drag(timeline, 1, [10, 20, 30])
    stack = timeline.ctx.undo_stack
    assert stack.count() == 2, "two drags of one bar never merge"
    assert stack.undoText() == "Reschedule “Checkout”"


def test_a_drop_the_service_refuses_leaves_the_stack_and_redo_alone(
        timeline: TimelineView, monkeypatch: pytest.MonkeyPatch) -> None:
    stack = _with_redo_history(timeline)
    doc = timeline.ctx.doc

    def refuse(key: int, **fields: Any) -> Any:
        raise ValidationError("start", "the roadmap is locked")

    monkeypatch.setattr(doc.initiatives, "update", refuse)
    _drag(timeline, 1, [15, 30, 45])
    assert "locked" in timeline.message.text()
    assert (stack.count(), stack.index(), stack.redoText()) == (1, 0, "Rename Initiative")
    assert doc.initiatives.get(1).start == D(2027, 1, 4)
    stack.redo()
    assert doc.initiatives.get(2).title == "Payments v2"


def test_a_drop_back_in_place_or_to_the_same_dates_leaves_no_step(
        timeline: TimelineView) -> None:
    stack = _with_redo_history(timeline)
    _drag(timeline, 1, [30, 60, 0])  # away and back again
    timeline.canvas.dates_requested.emit(1, D(2027, 1, 4), D(2027, 3, 28))  # unchanged dates
    assert (stack.count(), stack.index(), stack.redoText()) == (1, 0, "Rename Initiative")
    assert timeline.ctx.doc.initiatives.get(1).start == D(2027, 1, 4)
