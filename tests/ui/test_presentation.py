"""Presentation mode: stepping, what-if edits with decisions, revert-all, saved decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from roadmap.model.entities import Decision
from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey
from ui.context import AppContext
from ui.presentation import PresentationWindow, present

K = NodeKey.parse

D = dt.date


@pytest.fixture
def ctx(tmp_path: Path) -> AppContext:
    from roadmap.services.files import new_document

    doc = new_document(recovery_dir=tmp_path / "recovery", horizon_start=D(2027, 1, 1),
                       horizon_end=D(2027, 12, 31))
    sales = doc.departments.create(name="Sales").rows[0].key
    a = doc.initiatives.create(title="Checkout", start=D(2027, 1, 4),
                               end=D(2027, 3, 28)).rows[0].key
    b = doc.initiatives.create(title="Payments", start=D(2027, 4, 5),
                               end=D(2027, 6, 27)).rows[0].key
    doc.participations.set_role(a, sales, Role.LEAD)
    doc.participations.set_role(b, sales, Role.LEAD)
    doc.dependencies.link(b, a)
    return AppContext(doc)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> PresentationWindow:
    win = present(ctx, size=(1280, 720), today=D(2027, 2, 1))
    # present() deletes the window when it closes; qtbot closes it itself after the test.
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win


def _drag_bar(window: PresentationWindow, key: int, dx: int) -> None:
    canvas = window.timeline.canvas
    rect = window.timeline.scene.bars[key].bar_rect()
    start = canvas.mapFromScene(QPointF(rect.center().x(), rect.center().y()))
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(dx // 2, 0))
    QTest.mouseMove(viewport, start + QPoint(dx, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(dx, 0))


def _key(window: PresentationWindow, key: Qt.Key,
         mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, key, mods)


def test_clicker_keys_step_through_the_five_steps(window: PresentationWindow) -> None:
    titles = []
    for _ in range(6):  # one more than there are steps: the last step stays
        titles.append(window.title.text())
        _key(window, Qt.Key.Key_PageDown)
    assert titles[:5] == ["Executive summary", "Roadmap timeline", "Dependency map",
                          "Who drives each initiative", "Findings and recommendations"]
    assert window.step == 4 and window.counter.text() == "5 / 5"
    _key(window, Qt.Key.Key_PageUp)
    _key(window, Qt.Key.Key_Left)
    assert window.step == 2
    _key(window, Qt.Key.Key_Right)
    _key(window, Qt.Key.Key_Home)
    assert window.step == 0
    _key(window, Qt.Key.Key_End)
    assert window.step == 4


def test_projector_type_is_at_least_one_and_a_half_times_the_app_type(
        window: PresentationWindow) -> None:
    base = QFontInfo(QApplication.font()).pixelSize()
    for label in (window.title, window.summary.tiles["budget"].caption, window.status):
        assert QFontInfo(label.font()).pixelSize() >= 1.5 * base, label.objectName()
    assert window.timeline.scene.theme.font_scale >= 1.5
    assert window.size().width() == 1280 and window.size().height() == 720


def test_what_if_drag_rechecks_at_once_and_records_a_decision(
        window: PresentationWindow, ctx: AppContext) -> None:
    assert not window.analysis.violated
    window.go(1)
    scale = window.timeline.scene.layout.scale
    _drag_bar(window, 1, round(42 * scale.px_per_day))  # six weeks later: overlaps Payments
    assert ctx.doc.initiatives.get(1).start == D(2027, 2, 15)
    assert window.analysis.violated == {(2, 1)}, "the checks ran again at once"
    assert "CR202" in window.analysis.codes()
    assert window.decision.isVisible()
    assert "Checkout" in window.decision.label.text()
    QTest.keyClicks(window.decision.edit, "Checkout slips: payments team agrees to wait")
    QTest.keyClick(window.decision.edit, Qt.Key.Key_Return)
    decisions = ctx.doc.all(Decision)
    assert [(d.text, d.initiative_id) for d in decisions] == [
        ("Checkout slips: payments team agrees to wait", 1)]
    assert "Checkout" in decisions[0].change and "15 Feb 2027" in decisions[0].change
    assert not window.decision.isVisible()
    assert window.changes_since_start == 2


def test_esc_skips_a_decision_and_page_keys_still_step_while_typing(
        window: PresentationWindow, ctx: AppContext) -> None:
    window.go(1)
    _drag_bar(window, 2, 60)
    assert window.decision.isVisible()
    QTest.keyClick(window.decision.edit, Qt.Key.Key_PageDown)
    assert window.step == 2
    QTest.keyClick(window.decision.edit, Qt.Key.Key_Escape)
    assert not window.decision.isVisible() and window.isVisible()
    assert ctx.doc.all(Decision) == []


def test_revert_all_undoes_every_change_and_decision_and_can_bring_them_back(
        window: PresentationWindow, ctx: AppContext) -> None:
    ctx.run(lambda: ctx.doc.initiatives.update(2, title="Payments v2"))  # before presenting
    window.start_index = ctx.undo_stack.index()
    before = ctx.doc.snapshot()
    window.go(1)
    _drag_bar(window, 1, 60)
    QTest.keyClicks(window.decision.edit, "Move it")
    QTest.keyClick(window.decision.edit, Qt.Key.Key_Return)
    _drag_bar(window, 2, 90)
    after = ctx.doc.snapshot()
    assert after != before and window.changes_since_start == 3
    _key(window, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert ctx.doc.snapshot() == before, "everything since the start is undone, decisions too"
    assert ctx.doc.initiatives.get(2).title == "Payments v2", "earlier edits are kept"
    assert window.analysis.violated == frozenset()
    _key(window, Qt.Key.Key_Backspace,
         Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ctx.doc.snapshot() == after


def test_decisions_are_saved_with_the_file(window: PresentationWindow, ctx: AppContext,
                                           tmp_path: Path) -> None:
    from roadmap.services.files import open_document, save_document

    window.go(1)
    _drag_bar(window, 2, 90)
    QTest.keyClicks(window.decision.edit, "Payments moves to Q3")
    QTest.keyClick(window.decision.edit, Qt.Key.Key_Return)
    path = save_document(ctx.doc, tmp_path / "workshop.roadmap")
    reopened = open_document(path, recovery_dir=tmp_path / "recovery2")
    try:
        rows = [(d.text, d.initiative_id) for d in reopened.all(Decision)]
    finally:
        reopened.close()
    assert rows == [("Payments moves to Q3", 2)]


def test_esc_leaves_and_keeps_the_changes(window: PresentationWindow, ctx: AppContext,
                                          qtbot) -> None:
    window.go(1)
    _drag_bar(window, 2, 90)
    QTest.keyClick(window.decision.edit, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.finished):
        _key(window, Qt.Key.Key_Escape)
    assert ctx.doc.initiatives.get(2).start != D(2027, 4, 5)
    assert ctx.undo_stack.canUndo()


def test_lanes_switch_with_l_on_the_timeline(window: PresentationWindow) -> None:
    window.go(1)
    _key(window, Qt.Key.Key_L)
    assert window.timeline.lane_mode.value == "theme"
    assert "Theme" in window.status.text()


def test_f5_hook_of_the_main_window_opens_one_presentation(qtbot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.presentation import start_presentation

    host = QWidget()
    qtbot.addWidget(host)
    host.ctx = ctx  # what ui/main_window.py's hook hands over: a window with .ctx
    first = start_presentation(host)
    first.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(first)
    assert first.isFullScreen() and first.isVisible()
    assert start_presentation(host) is first, "F5 again brings the same presentation forward"
    first.close()
    assert host._presentation_window is None


def test_dependency_map_titles_are_projector_sized_and_do_not_overlap(qtbot) -> None:
    """On a 1280x720 wall the fitted map's titles are 1.5x the app's type, boxes apart."""
    from roadmap.samples.bundled import build_sample
    from ui.views.graph.style import APP, PROJECTOR

    ctx = AppContext(build_sample())
    win = present(ctx, size=(1280, 720), today=D(2027, 5, 12))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    win.go(2)
    view = win.graph
    view.canvas.fit()
    base = QFontInfo(QApplication.font()).pixelSize()
    nodes = [n for n in view.scene.nodes.values() if n.isVisible()]
    assert nodes and all(n.info.kind == "initiative" for n in nodes), "initiatives only"
    assert len(nodes) == len(ctx.doc.initiatives.all())
    assert not view.legend.isVisible(), "the legend's room goes to the map"
    title = QFontInfo(nodes[0].metrics.font(13, True)).pixelSize()
    on_screen = title * view.canvas.scale_factor()
    assert on_screen >= 1.5 * base, (title, view.canvas.scale_factor(), base)
    # Fitted: every box is inside the viewport, and no two boxes touch.
    shown = view.canvas.visible_scene_rect()
    boxes = [n.rect.translated(n.pos()) for n in nodes]
    assert all(shown.contains(box) for box in boxes)
    for i, box in enumerate(boxes):
        assert not any(box.intersects(other) for other in boxes[i + 1:]), nodes[i].info.label
    # The app's graph tab keeps its own sizes.
    assert nodes[0].metrics is PROJECTOR and APP.font(13, True).pixelSize() == 13


def test_dependency_map_keeps_dragged_positions_in_the_apps_units(qtbot, ctx: AppContext
                                                                 ) -> None:
    """The map is stretched on the wall; a node dragged there is stored as the app sees it."""
    from ui.views.graph.style import PROJECTOR
    from ui.views.graph.view import GraphView

    win = present(ctx, size=(1280, 720), today=D(2027, 2, 1))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    app_view = GraphView(ctx)
    app_view.controls.choose("layered")
    qtbot.addWidget(app_view)
    fx, fy = PROJECTOR.spread
    wall, app = win.graph.positions(), app_view.positions()
    assert wall.keys() == app.keys()
    for key, (x, y) in app.items():
        assert wall[key] == pytest.approx((x * fx, y * fy))
    win.graph.canvas.nodes_moved.emit({K("initiative:1"): (114.0, 137.0)})
    assert ctx.doc.positions.for_layout("layered")[K("initiative:1")] == pytest.approx((100, 100))
    assert app_view.scene.nodes[K("initiative:1")].pos().toTuple() == pytest.approx((100, 100))
