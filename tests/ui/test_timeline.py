"""The timeline view: dragging (move, resize, snap, undo), lanes, selection, keys, zoom."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from roadmap.model.enums import Bucket, Role, Status
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document
from roadmap.views.timeline.model import LaneMode
from ui.context import AppContext
from ui.views.timeline.view import TimelineView

K = NodeKey.parse

D = dt.date


@pytest.fixture
def ctx() -> AppContext:
    doc = Document.in_memory(horizon_start=D(2027, 1, 1), horizon_end=D(2027, 12, 31))
    sales = doc.departments.create(name="Sales").rows[0].key
    it = doc.departments.create(name="IT", is_it=True).rows[0].key
    a = doc.initiatives.create(title="Checkout", theme="Conversion", start=D(2027, 1, 4),
                               end=D(2027, 3, 28)).rows[0].key
    b = doc.initiatives.create(title="Payments", theme="Conversion", start=D(2027, 4, 5),
                               end=D(2027, 6, 27), status=Status.IN_PROGRESS).rows[0].key
    c = doc.initiatives.create(title="Data lake", start=D(2027, 2, 1),
                               end=D(2027, 9, 26)).rows[0].key
    doc.initiatives.create(title="Chatbot", bucket=Bucket.NEXT)
    doc.participations.set_role(a, sales, Role.LEAD)
    doc.participations.set_role(b, sales, Role.LEAD)
    doc.participations.set_role(c, it, Role.LEAD)
    doc.dependencies.link(b, a)
    doc.dependencies.link(b, c)
    doc.milestones.create(initiative_id=a, name="Beta", date=D(2027, 2, 15))
    return AppContext(doc)


@pytest.fixture
def view(qtbot, ctx: AppContext) -> TimelineView:
    widget = TimelineView(ctx, today=D(2027, 5, 3))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.canvas.set_px_per_day(3.0)
    widget.canvas.auto_fit = False
    return widget


def _point(view: TimelineView, key: int, where: str = "middle") -> QPoint:
    """Viewport position of a bar's start, middle or end."""
    rect = view.scene.bars[key].bar_rect()
    x = {"start": rect.left() + 2, "middle": rect.center().x(), "end": rect.right() - 2}[where]
    view.canvas.ensureVisible(rect, 10, 10)
    return view.canvas.mapFromScene(QPointF(x, rect.center().y()))


def _drag(view: TimelineView, key: int, where: str, dx: int) -> None:
    viewport = view.canvas.viewport()
    start = _point(view, key, where)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in (1, 2, 3):
        QTest.mouseMove(viewport, start + QPoint(dx * step // 3, 0))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(dx, 0))


def _dates(ctx: AppContext, key: int) -> tuple[dt.date, dt.date]:
    obj = ctx.doc.initiatives.get(key)
    return obj.start, obj.end


def test_shows_every_initiative_lanes_arrows_and_buckets(view: TimelineView) -> None:
    scene = view.scene
    assert set(scene.bars) == {1, 2, 3, 4}
    assert [lane.lane.label for lane in scene.layout.lanes] == ["Sales", "IT",
                                                                "No lead department"]
    assert scene.bars[4].geometry.column == "Next"
    assert set(scene.arrows) == {(2, 1), (2, 3)}
    assert scene.arrows[(2, 3)].violated and not scene.arrows[(2, 1)].violated
    assert scene.bars[1].milestones and scene.bars[1].milestones[0][0] == "Beta"


def test_drag_moves_a_bar_snapped_to_weeks_as_one_undoable_edit(
        view: TimelineView, ctx: AppContext) -> None:
    before = _dates(ctx, 1)
    _drag(view, 1, "middle", 10 * 3)  # ten days at 3 px a day
    start, end = _dates(ctx, 1)
    assert start == D(2027, 1, 11) and start.weekday() == 0
    assert end - start == before[1] - before[0], "a move keeps the duration"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert _dates(ctx, 1) == before
    assert view.scene.bars[1].geometry.x0 == view.scene.layout.scale.x_of(before[0])


def test_drag_ends_resizes_snapped_and_two_drags_are_two_undo_steps(
        view: TimelineView, ctx: AppContext) -> None:
    _drag(view, 3, "end", 20 * 3)
    start, end = _dates(ctx, 3)
    assert start == D(2027, 2, 1) and end == D(2027, 10, 17) and end.weekday() == 6
    _drag(view, 3, "start", -15 * 3)
    start, end = _dates(ctx, 3)
    assert start == D(2027, 1, 18) and start.weekday() == 0 and end == D(2027, 10, 17)
    assert ctx.undo_stack.count() == 2, "each drop is its own undo step"
    ctx.undo_stack.undo()
    assert _dates(ctx, 3) == (D(2027, 2, 1), D(2027, 10, 17))
    ctx.undo_stack.undo()
    assert _dates(ctx, 3) == (D(2027, 2, 1), D(2027, 9, 26))


def test_drag_previews_dates_and_the_dependency_it_would_break(
        view: TimelineView, ctx: AppContext) -> None:
    viewport = view.canvas.viewport()
    start = _point(view, 1)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(45, 0))
    QTest.mouseMove(viewport, start + QPoint(90, 0))  # 30 days later: overlaps Payments
    tip = view.canvas.tip
    assert tip.isVisible()
    assert "1 Feb 2027 – 25 Apr 2027" in tip.text
    assert "Breaks: “Payments” starts 5 Apr 2027, before this ends" in tip.text
    assert view.scene.arrows[(2, 1)].violated, "the arrow it would break turns red while dragging"
    assert _dates(ctx, 1) == (D(2027, 1, 4), D(2027, 3, 28)), "nothing is edited before the drop"
    QTest.keyClick(view.canvas, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(90, 0))
    assert not tip.isVisible() and ctx.undo_stack.count() == 0, "Esc cancels the drag"
    assert not view.scene.arrows[(2, 1)].violated


def test_fixing_a_violation_by_dragging_clears_the_red_arrow(
        view: TimelineView, ctx: AppContext) -> None:
    assert view.scene.arrows[(2, 3)].violated
    _drag(view, 2, "middle", 28 * 7 * 3)  # 28 weeks later: after the data lake ends
    assert _dates(ctx, 2)[0] > _dates(ctx, 3)[1]
    assert not view.scene.arrows[(2, 3)].violated


def test_click_selects_for_the_whole_app_and_highlights_the_chain(
        view: TimelineView, ctx: AppContext, qtbot) -> None:
    from ui.views.timeline.items import Relation

    with qtbot.waitSignal(ctx.selection_changed) as signal:
        QTest.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, _point(view, 2))
    assert signal.args == [(K("initiative:2"),), view]
    bars = view.scene.bars
    assert bars[2].relation is Relation.SELECTED
    assert bars[1].relation is bars[3].relation is Relation.UPSTREAM
    assert bars[4].relation is Relation.DIMMED
    ctx.select((K("initiative:1"),), source="table")
    assert view.scene.selected == (1,)
    assert bars[2].relation is Relation.DOWNSTREAM
    assert ctx.undo_stack.count() == 0, "a click is not an edit"


def test_keyboard_moves_between_bars_and_nudges_a_week(
        view: TimelineView, ctx: AppContext) -> None:
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Home)
    assert ctx.selection == (K("initiative:1"),)
    QTest.keyClick(view.canvas, Qt.Key.Key_Right)
    assert ctx.selection == (K("initiative:2"),)
    QTest.keyClick(view.canvas, Qt.Key.Key_End)
    last = ctx.selection
    QTest.keyClick(view.canvas, Qt.Key.Key_Left)
    assert ctx.selection != last
    ctx.select((K("initiative:1"),))
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert _dates(ctx, 1) == (D(2027, 1, 11), D(2027, 4, 4))
    assert ctx.undo_stack.count() == 1


def test_lane_switching_regroups_the_bars(view: TimelineView) -> None:
    view.lane_box.setCurrentIndex(view.lane_box.findData(LaneMode.THEME))
    assert view.lane_mode is LaneMode.THEME
    assert [lane.lane.label for lane in view.scene.layout.lanes] == ["Conversion", "No theme"]
    view.set_lane_mode("status")
    assert [lane.lane.label for lane in view.scene.layout.lanes] == ["Planned", "In progress"]
    assert view.cycle_lane_mode() is LaneMode.DEPARTMENT
    assert [lane.lane.label for lane in view.scene.layout.lanes][:2] == ["Sales", "IT"]


def test_zoom_keys_and_fit(view: TimelineView) -> None:
    view.canvas.setFocus()
    before = view.scene.px_per_day
    QTest.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.scene.px_per_day == pytest.approx(before * 1.25)
    width_zoomed = view.scene.bars[1].geometry.x1 - view.scene.bars[1].geometry.x0
    QTest.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view.canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.scene.bars[1].geometry.x1 - view.scene.bars[1].geometry.x0 < width_zoomed
    QTest.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    layout = view.scene.layout
    assert layout.width <= view.canvas.viewport().width()


def test_edits_elsewhere_and_document_replacement_refresh_the_chart(
        view: TimelineView, ctx: AppContext) -> None:
    ctx.run(lambda: ctx.doc.initiatives.update(1, title="One-page checkout"))
    assert view.scene.bars[1].record.title == "One-page checkout"
    ctx.run(lambda: ctx.doc.initiatives.delete(4))
    assert 4 not in view.scene.bars
    ctx.set_document(Document.in_memory())
    assert view.scene.bars == {} and view.scene.layout.lanes == []
