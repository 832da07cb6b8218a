"""The presentation as a workshop sees it: parts instead of scroll bars, no stray dimming,
counts that follow every change, and the timeline's in-place edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel

from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey
from roadmap.samples.bundled import bundled_sample_path
from roadmap.services.files import open_document
from ui.context import AppContext
from ui.presentation import present
from ui.presentation.window import PresentationWindow, page_index
from ui.views.timeline.items import Relation

D = dt.date


@pytest.fixture
def sample(tmp_path: Path) -> AppContext:
    import shutil

    copy = tmp_path / "sample.roadmap"
    shutil.copy(bundled_sample_path(), copy)
    return AppContext(open_document(copy, recovery_dir=tmp_path / "recovery"))


def _present(qtbot, ctx: AppContext, size: tuple[int, int]) -> PresentationWindow:
    win = present(ctx, size=size, today=D(2027, 5, 12))
    win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    return win


def test_pages_are_named_by_number_or_name() -> None:
    assert page_index("1") == 0 and page_index("timeline") == 1 and page_index(" Map ") == 2
    for wrong in ("0", "6", "gantt", ""):
        with pytest.raises(RoadmapError, match="not a page"):
            page_index(wrong)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_lane_is_shown_once_in_parts_that_fit(qtbot, sample: AppContext,
                                                    size: tuple[int, int]) -> None:
    win = _present(qtbot, sample, size)
    win.go(1)
    qtbot.wait(10)
    win.lanes.plan()
    scene = win.timeline.scene
    all_lanes = [g.lane.key for g in scene.layout.lanes] if win.lanes.count() == 1 else \
        [key for group in win.lanes.groups for key, _h in group]
    seen: list[str] = []
    room = win.timeline.canvas.viewport().height()
    for part in range(win.lanes.count()):
        win.go(1, part)
        shown = [g.lane.key for g in scene.layout.lanes]
        seen.extend(shown)
        if len(shown) > 1:
            assert scene.layout.height <= room + 1, f"part {part + 1} needs scrolling"
        if win.lanes.count() > 1:
            assert win.counter.text().startswith("lane"), win.counter.text()
            assert f"of {len(all_lanes)}" in win.counter.text()
    assert seen == all_lanes, "each lane on exactly one part, in order"
    assert len(set(seen)) == len(scene.data and seen)


def test_page_down_walks_the_parts_then_the_next_step(qtbot, sample: AppContext) -> None:
    win = _present(qtbot, sample, (1280, 720))
    win.go(1)
    parts = win.lanes.count()
    assert parts > 1, "the sample's ten lanes do not fit one 720p screen"
    for _ in range(parts - 1):
        win.next()
        assert win.step == 1
    win.next()
    assert win.step == 2
    win.previous()
    assert (win.step, win.part) == (1, parts - 1), "back lands on the last part"


def test_matrix_names_stay_at_the_left_and_are_never_a_letter(qtbot,
                                                             sample: AppContext) -> None:
    win = _present(qtbot, sample, (1280, 720))
    win.go(3)
    matrix = win.matrix
    assert matrix.horizontalScrollBar().value() == 0
    names = [matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())]
    assert all(len(name.replace("…", "").strip()) >= 8 for name in names), names[:5]
    assert any("\n" in name for name in names), "long names wrap to a second line"
    assert all(name.count("\n") <= 1 for name in names)
    full = [matrix.verticalHeaderItem(r).toolTip() for r in range(matrix.rowCount())]
    assert "Customer service on Salesforce Service Cloud" in full
    if win.pagers[3].count() > 1:
        assert win.counter.text().startswith("initiatives 1–")


def test_body_text_is_at_least_18_pixels(qtbot, sample: AppContext) -> None:
    win = _present(qtbot, sample, (1280, 720))
    for label in win.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert QFontInfo(label.font()).pixelSize() >= 18, label.objectName()


def test_the_apps_selection_does_not_dim_the_wall(qtbot, sample: AppContext) -> None:
    first = sample.doc.initiatives.all()[0].id
    sample.select((NodeKey.initiative(first),), None)
    win = _present(qtbot, sample, (1280, 720))
    win.go(1)
    relations = {item.relation for item in win.timeline.scene.bars.values()}
    assert relations == {Relation.NONE}
    win.go(2)
    assert all(item.opacity() == 1.0 for item in win.graph.scene.nodes.values())
    sample.select((NodeKey.initiative(first),), None)
    assert all(item.opacity() == 1.0 for item in win.graph.scene.nodes.values())


def test_counts_follow_every_change_undo_and_revert(qtbot, sample: AppContext) -> None:
    win = _present(qtbot, sample, (1280, 720))
    win.go(1)
    doc = sample.doc
    dated = next(i for i in doc.initiatives.all() if i.start and i.end)
    shift = dt.timedelta(weeks=3)
    win.timeline._on_canvas_dates_requested(dated.id, dated.start + shift, dated.end + shift)
    assert win.status.text().startswith("1 change ·"), win.status.text()
    sample.undo_stack.undo()
    assert win.status.text().startswith("0 changes ·")
    sample.undo_stack.redo()
    assert win.status.text().startswith("1 change ·")
    win.revert_all()
    assert win.status.text().startswith("0 changes ·")
    assert "Reverted 1 change" in win.status.text()


def test_a_moved_bar_keeps_every_row_in_place(qtbot, sample: AppContext) -> None:
    win = _present(qtbot, sample, (1920, 1080))
    win.go(1)
    scene = win.timeline.scene
    rows = {key: (g.lane, g.row) for key, g in scene.layout.bars.items()}
    doc = sample.doc
    target = next(key for key, g in scene.layout.bars.items()
                  if g.column is None and doc.initiatives.get(key).start is not None)
    before = scene.layout.bars[target].x0
    obj = doc.initiatives.get(target)
    week = dt.timedelta(weeks=1)
    layout = scene.layout
    sample.run(lambda: doc.initiatives.update(target, start=obj.start + week,
                                              end=obj.end + week))
    assert scene.layout is layout, "moved in place, not laid out anew"
    after = scene.layout.bars[target]
    assert after.x0 == pytest.approx(before + 7 * scene.layout.scale.px_per_day)
    assert scene.bars[target].geometry == after
    assert {key: (g.lane, g.row) for key, g in scene.layout.bars.items()} == rows


def test_the_map_opens_on_initiatives_grouped_by_lead_department(qtbot,
                                                                 sample: AppContext) -> None:
    from ui.views.graph.view import GraphView

    view = GraphView(sample)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    assert view.layout_name == "clusters"
    assert view.controls.kinds_shown() == {"initiative"}
    assert all(action.icon().isNull() for action in view.controls.kind_actions.values()), \
        "a checkable entry with an icon hides its tick"
    texts = [a.text() for a in view.controls.department_actions.values()]
    assert "E-commerce && Sales" in texts, "an '&' in a name is not a mnemonic"
    frames = {frame.label: frame for frame in view.scene._frames}
    it_alone = sum(1 for i in sample.doc.initiatives.all() if view.data.nodes[
        NodeKey.initiative(i.id)].it_alone)
    assert sum(f.it_alone for f in frames.values()) == it_alone
    assert sum(f.count for f in frames.values()) == len(
        [k for k, n in view.data.nodes.items() if n.kind == "initiative"])
    links = view.scene.cluster_links.links
    assert links and all(count >= 1 for _a, _b, count in links)


def test_far_out_the_map_shows_clusters_and_close_up_readable_titles(qtbot,
                                                                     sample: AppContext) -> None:
    from ui.views.graph import style
    from ui.views.graph.view import GraphView

    view = GraphView(sample)
    qtbot.addWidget(view)
    scene = view.scene
    px = view.metrics.px(13)
    assert scene.overview_at(0.3) and 0.3 * px < style.MIN_LABEL_PX
    assert not scene.overview_at(1.0)
    view.controls.choose("layered")
    assert not scene.overview_at(0.3), "no clusters, no overview"


def test_the_inspector_shows_only_for_a_selection_unless_pinned(window) -> None:
    first = NodeKey.initiative(window.ctx.doc.initiatives.all()[0].id)
    window.ctx.select((), None)
    assert not window.inspector.isVisible(), "an empty Inspector gives its room to the view"
    window.ctx.select((first,), None)
    assert window.inspector.isVisible()
    window.ctx.select((), None)
    assert not window.inspector.isVisible()
    window.workshop.pin.setChecked(True)
    assert window.inspector.isVisible()
    window.ctx.select((), None)
    assert window.inspector.isVisible(), "pinned, it stays"


def test_workshop_layout_hides_every_dock_enlarges_type_and_comes_back(window) -> None:
    first = NodeKey.initiative(window.ctx.doc.initiatives.all()[0].id)
    window.ctx.select((first,), None)
    docks = [window.navigator, window.inspector, window.findings]
    before = [d.isVisible() for d in docks]
    size = QFontInfo(window.font()).pixelSize()
    window.workshop.workshop.trigger()
    assert window.workshop.in_workshop
    assert not any(d.isVisible() for d in docks)
    assert QFontInfo(window.font()).pixelSize() >= 1.4 * size
    view = window.views.view(window.views.current_name())
    assert QFontInfo(view.font()).pixelSize() >= 1.4 * size, "the view was built anew, larger"
    window.ctx.select((first,), None)
    assert not window.inspector.isVisible(), "selecting does not bring panels back"
    window.workshop.workshop.trigger()
    assert not window.workshop.in_workshop
    assert [d.isVisible() for d in docks] == before
    assert QFontInfo(window.font()).pixelSize() == size


def test_dock_layouts_are_kept_per_screen_size(window) -> None:
    from ui.workshop_layout import STATE_PREFIX, screen_key

    window.navigator.hide()
    window.save_layout()
    key = STATE_PREFIX + screen_key(window)
    assert window.settings.qsettings.value(key) is not None
    window.navigator.show()
    assert window.workshop.restore_state()
    assert not window.navigator.isVisible(), "this screen's layout came back"


def test_a_deleted_bar_leaves_every_other_bar_in_place(qtbot, sample: AppContext) -> None:
    from ui import editing

    win = _present(qtbot, sample, (1920, 1080))
    win.go(1)
    scene = win.timeline.scene
    target = next(key for key, g in scene.layout.bars.items()
                  if g.column is None and scene._dependents.get(key))
    others = {key: (g.lane, g.row, g.x0) for key, g in scene.layout.bars.items()
              if key != target}
    lane = next(g for g in scene.layout.lanes
                if g.top <= scene.layout.bars[target].top < g.bottom)
    count = lane.count
    layout = scene.layout
    editing.delete_keys(sample, [NodeKey.initiative(target)])
    assert scene.layout is layout, "taken off in place, not laid out anew"
    assert target not in scene.bars and target not in scene.layout.bars
    assert not [p for p in scene.arrows if target in p], "its arrows went with it"
    assert {k: (g.lane, g.row, g.x0) for k, g in scene.layout.bars.items()} == others
    assert lane.count == count - 1
    sample.undo_stack.undo()
    assert target in scene.bars, "undo brings it back (through a full layout)"


def test_a_drag_past_a_milestone_flags_it(qtbot, sample: AppContext) -> None:
    win = _present(qtbot, sample, (1920, 1080))
    win.go(1)
    scene = win.timeline.scene
    doc = sample.doc
    key, bar = next((k, b) for k, b in scene.bars.items() if b.milestones
                    and doc.initiatives.get(k).start is not None)
    assert bar.stranded() == []
    obj = doc.initiatives.get(key)
    length = obj.end - obj.start
    later = obj.end + dt.timedelta(days=30)
    win.timeline._on_canvas_dates_requested(key, later, later + length)
    assert scene.bars[key].stranded(), "the milestones stayed at their dates"
    assert "outside the initiative's dates" in win.status.text()


def test_a_new_initiative_joins_its_lane_without_moving_the_others(window) -> None:
    from ui import editing

    sample = window.ctx
    view = window.show_view("timeline")
    window.analysis.stop()
    scene = view.scene
    before = {key: (g.lane, g.row, g.x0) for key, g in scene.layout.bars.items()}
    tops = {key: g.top for key, g in scene.layout.bars.items()}
    layout = scene.layout
    key = editing.create_initiative(sample, "Garden app")
    assert scene.layout is layout, "placed in place, not laid out anew"
    assert key in scene.bars and key in scene.layout.bars
    after = {k: (g.lane, g.row, g.x0) for k, g in scene.layout.bars.items() if k != key}
    assert after == before, "no other bar changed its lane, row or dates"
    new = scene.layout.bars[key]
    assert all(scene.layout.bars[k].top >= tops[k] for k in tops), "rows only open downwards"
    assert not any(g.top == new.top and g.lane == new.lane and k != key and
                   g.x0 < new.x1 and new.x0 < g.x1 for k, g in scene.layout.bars.items())
    sample.undo_stack.undo()
    assert key not in scene.bars


def test_the_findings_wait_longer_after_a_costlier_analysis(window) -> None:
    from ui.analysis_refresh import DELAY_MS, LONGEST_DELAY_MS

    refresher = window.analysis
    refresher.last_seconds = 0.01
    refresher.schedule()
    assert refresher._timer.interval() == DELAY_MS
    refresher.last_seconds = 0.3
    refresher.schedule()
    assert refresher._timer.interval() == 900
    refresher.last_seconds = 5.0
    refresher.schedule()
    assert refresher._timer.interval() == LONGEST_DELAY_MS
    refresher.stop()


def test_baseline_ghost_bars_show_a_snapshots_dates_and_mark_slips(window) -> None:
    from roadmap.snapshots.payload import take_snapshot

    doc = window.ctx.doc
    view = window.show_view("timeline")
    window.ctx.run(lambda: take_snapshot(doc, "Board Q1"))
    window.changes.fill_snapshots()
    moved = next(i for i in doc.initiatives.all() if i.start and i.end)
    weeks = dt.timedelta(weeks=3)
    window.ctx.run(lambda: doc.initiatives.update(moved.id, end=moved.end + weeks))
    window.analysis.refresh_now()
    window.changes.baseline.setChecked(True)
    ghosts = {key: (rect, slip, n) for key, rect, slip, n in view.scene.baseline.ghosts()}
    dated = {i.id for i in doc.initiatives.all() if i.start and i.end and i.id != moved.id}
    assert dated <= set(ghosts), "every scheduled initiative has its ghost"
    _rect, slip, n = ghosts[moved.id]
    assert slip is not None and n == 3, "the slip is marked with its weeks"
    assert all(s is None for k, (_r, s, _n) in ghosts.items() if k != moved.id)
    window.changes.baseline.setChecked(False)
    assert view.scene.baseline.ghosts() == []


def test_the_map_can_show_only_what_changed(window) -> None:
    from roadmap.snapshots.payload import take_snapshot

    doc = window.ctx.doc
    graph = window.show_view("graph")
    window.ctx.run(lambda: take_snapshot(doc, "Board Q1"))
    window.changes.fill_snapshots()
    moved = next(i for i in doc.initiatives.all() if i.start and i.end)
    window.ctx.run(lambda: doc.initiatives.update(moved.id, end=moved.end
                                                  + dt.timedelta(weeks=2)))
    window.analysis.refresh_now()
    window.changes.only_changed.setChecked(True)
    shown = {k for k, item in graph.scene.nodes.items()
             if item.isVisible() and k.kind == "initiative"}
    assert shown == {NodeKey.initiative(moved.id)}
    window.changes.only_changed.setChecked(False)
    assert len([k for k, item in graph.scene.nodes.items()
                if item.isVisible() and k.kind == "initiative"]) > 1
