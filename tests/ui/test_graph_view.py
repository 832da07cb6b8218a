"""The dependency graph view: drawing, shared selection, edits through the mouse, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from roadmap.model import palette
from roadmap.model.keys import NodeKey
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document
from ui.bench.graph import repaint_seconds
from ui.context import AppContext
from ui.views.graph import style
from ui.views.graph.data import apply_analysis, data_from_graph, graph_data, neighbourhood
from ui.views.graph.items import NodeItem
from ui.views.graph.view import GraphView

K = NodeKey.parse


@pytest.fixture
def sample() -> Document:
    return build_sample()


@pytest.fixture
def ctx(sample: Document) -> AppContext:
    return AppContext(sample)


@pytest.fixture
def view(qtbot, ctx: AppContext) -> GraphView:
    widget = GraphView(ctx)
    widget.controls.choose("layered")  # these tests exercise every node kind
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _initiative(doc: Document, title: str) -> str:
    for row in doc.initiatives.all():
        if row.title == title:
            return K(f"initiative:{row.id}")
    raise AssertionError(f"no initiative {title!r}")


def _free_pair(doc: Document) -> tuple[int, int]:
    """Two initiatives with no dependency either way and no path that would cycle."""
    ids = [row.id for row in doc.initiatives.all()]
    for a in ids:
        for b in ids:
            if a != b and doc.dependencies.find_link(a, b) is None and \
                    doc.dependencies.would_cycle(a, b) is None:
                return a, b
    raise AssertionError("no free pair")


def _send(view: GraphView, kind: QEvent.Type, scene_pos: QPointF,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.canvas.viewport()
    local = QPointF(view.canvas.mapFromScene(scene_pos))
    button = Qt.MouseButton.LeftButton
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else button
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local.toPoint())), button,
                        buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def _drag(view: GraphView, start: QPointF, end: QPointF,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press at `start`, move in steps, release at `end` (scene coordinates)."""
    _send(view, QEvent.Type.MouseButtonPress, start, modifiers)
    for step in range(1, 6):
        point = start + (end - start) * (step / 5)
        _send(view, QEvent.Type.MouseMove, point, modifiers)
    _send(view, QEvent.Type.MouseButtonRelease, end, modifiers)


def _show(view: GraphView, *keys: str) -> None:
    """Zoom to 100 % and centre the first key so mouse events land on real items."""
    view.canvas.zoom_by(1.0 / view.canvas.scale_factor())
    view.canvas.centerOn(view.scene.nodes[keys[0]])


# --- what is drawn -----------------------------------------------------------------


def test_every_node_and_link_of_the_roadmap_is_drawn(view: GraphView, sample: Document) -> None:
    assert view.data is not None
    assert set(view.scene.nodes) == set(view.data.graph.nodes)
    assert len(view.scene.edges) == len(view.data.edges) > 0
    kinds = {item.info.kind for item in view.scene.nodes.values()}
    assert kinds == {"initiative", "department", "owner", "vendor"}
    edge_kinds = {key[2] for key in view.scene.edges}
    assert {"depends_on", "leads", "accountable", "sponsors", "uses_vendor"} <= edge_kinds


def test_it_alone_initiatives_are_marked_and_violated_links_red_and_dashed(
        view: GraphView) -> None:
    it_alone = [i for i in view.scene.nodes.values() if i.info.it_alone]
    assert it_alone, "the sample has IT-alone initiatives"
    assert "IT ALONE" in it_alone[0].toolTip()
    violated = [e for e in view.scene.edges.values() if e.info.violated]
    assert violated, "the sample has a broken finish-to-start"
    pen = style.edge_pen("depends_on", violated=True)
    assert pen.style() == Qt.PenStyle.DashLine
    assert pen.color().name().upper() == palette.VIOLATION.upper()
    assert style.edge_pen("depends_on").style() == Qt.PenStyle.SolidLine


def test_analysis_results_drive_the_flags(view: GraphView, ctx: AppContext) -> None:
    key = next(k for k, i in view.scene.nodes.items() if i.info.kind == "initiative")

    class FakeAnalysis:
        it_alone = frozenset({key.id})
        violated = frozenset()

    ctx.publish_analysis(FakeAnalysis())
    assert view.scene.nodes[key].info.it_alone
    assert not any(e.info.violated for e in view.scene.edges.values())


def test_an_analysis_updates_flags_in_place_as_a_rebuild_would(sample: Document) -> None:
    from roadmap.analysis import analyse

    data = graph_data(sample)
    analysis = analyse(sample)
    nodes, edges = dict(data.nodes), dict(data.edges)
    assert apply_analysis(data, analysis) is not None
    rebuilt = data_from_graph(data.graph, analysis)
    assert data.nodes == rebuilt.nodes and data.edges == rebuilt.edges

    first = next(k for k, i in nodes.items() if i.kind == "initiative" and not i.it_alone)
    link = next(e for e in edges.values() if e.kind == "depends_on" and not e.violated)

    class Flipped:
        it_alone = frozenset({first.id})
        violated = frozenset({(link.head.id, link.tail.id)})

    touched = apply_analysis(data, Flipped())
    assert {first, link.head, link.tail} <= touched
    rebuilt = data_from_graph(data.graph, Flipped())
    assert data.nodes == rebuilt.nodes and data.edges == rebuilt.edges

    class Unknown:
        it_alone = frozenset({10**6})
        violated = frozenset()

    assert apply_analysis(data, Unknown()) is None, "an initiative the data lacks: rebuild"


def test_an_analysis_restyles_only_what_it_changes(view: GraphView, ctx: AppContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap.analysis import analyse

    syncs: list[object] = []
    monkeypatch.setattr(view.scene, "sync", lambda *args: syncs.append(args))
    data, items = view.data, dict(view.scene.nodes)
    ctx.publish_analysis(analyse(ctx.doc))
    key = next(k for k, i in view.scene.nodes.items()
               if i.info.kind == "initiative" and not i.info.it_alone)

    class OneMore:
        it_alone = frozenset({k.id for k, i in view.scene.nodes.items()
                              if i.info.it_alone} | {key.id})
        violated = frozenset()

    ctx.publish_analysis(OneMore())
    assert syncs == [], "the structure is unchanged: no rebuild"
    assert view.data is data and view.scene.nodes == items
    assert view.scene.nodes[key].info.it_alone
    assert "IT ALONE" in view.scene.nodes[key].toolTip()
    assert not any(e.info.violated for e in view.scene.edges.values())


def test_an_edit_updates_items_in_place(view: GraphView, ctx: AppContext) -> None:
    key = next(k for k, i in view.scene.nodes.items() if i.info.kind == "initiative")
    item = view.scene.nodes[key]
    ctx.run(lambda: ctx.doc.initiatives.update(key.id, title="Renamed & <ok>"))
    assert view.scene.nodes[key] is item
    assert item.info.label == "Renamed & <ok>"
    ctx.undo_stack.undo()
    assert item.info.label != "Renamed & <ok>"


def test_moving_dates_turns_a_dependency_red_and_undo_clears_it(
        view: GraphView, ctx: AppContext) -> None:
    import datetime as dt

    doc = ctx.doc
    edge = next(e for e in view.scene.edges.values()
                if e.info.kind == "depends_on" and not e.info.violated
                and doc.initiatives.get(e.info.head.id).start is not None
                and doc.initiatives.get(e.info.tail.id).end is not None
                and str(doc.initiatives.get(e.info.head.id).status) not in
                ("done", "cancelled"))
    dependent = doc.initiatives.get(edge.info.head.id)
    prerequisite = doc.initiatives.get(edge.info.tail.id)
    early = prerequisite.end - dt.timedelta(days=30)
    ctx.run(lambda: doc.initiatives.reschedule(
        {dependent.id: (early, early + dt.timedelta(days=60))}, "Move"))
    assert view.scene.edges[edge.key] is edge and edge.info.violated
    assert "Violated" in edge.toolTip()
    ctx.undo_stack.undo()
    assert not edge.info.violated


# --- selection ----------------------------------------------------------------------


def test_selecting_in_the_view_selects_in_the_app(view: GraphView, ctx: AppContext,
                                                   qtbot) -> None:
    key = next(iter(view.scene.nodes))
    with qtbot.waitSignal(ctx.selection_changed) as signal:
        view.scene.nodes[key].setSelected(True)
    assert signal.args == [(key,), view]
    assert ctx.selection == (key,)


def test_app_selection_reaches_the_view_without_echo(view: GraphView, ctx: AppContext) -> None:
    key = sorted(view.scene.nodes)[3]
    heard: list[tuple] = []
    ctx.selection_changed.connect(lambda keys, source: heard.append((keys, source)))
    ctx.select([key], source="navigator")
    assert view.scene.selected_node_keys() == [key]
    assert heard == [((key,), "navigator")]
    ctx.select([], source="navigator")
    assert view.scene.selected_node_keys() == []


def test_selection_highlights_what_it_waits_for_and_what_waits_for_it(
        view: GraphView, ctx: AppContext) -> None:
    data = view.data
    assert data is not None
    def reach(k: str) -> int:  # a node off any cycle with both directions non-empty
        up, down = data.upstream(k), data.downstream(k)
        return len(up) + len(down) if up and down and not up & down else -1

    key = max(sorted(data.flow), key=reach)
    assert reach(key) > 0
    ctx.select([key], "test")
    roles = view.scene.roles()
    assert roles[key] == "selected"
    for up in data.upstream(key):
        assert roles[up] == "upstream"
    for down in data.downstream(key):
        assert roles[down] == "downstream"
    unrelated = [k for k, r in roles.items() if r is None
                 and view.scene.nodes[k].opacity() < 1.0]
    assert unrelated, "everything off the chain is dimmed"
    ctx.select([], "test")
    assert all(item.opacity() == 1.0 for item in view.scene.nodes.values())


# --- edits ----------------------------------------------------------------------------


def test_drag_from_the_handle_creates_a_dependency_and_undo_removes_it(
        view: GraphView, ctx: AppContext) -> None:
    doc = ctx.doc
    dependent, prerequisite = _free_pair(doc)
    source = view.scene.nodes[K(f"initiative:{prerequisite}")]
    target = view.scene.nodes[K(f"initiative:{dependent}")]
    target.setPos(source.pos() + QPointF(0, 300))
    target.setZValue(100)  # above whatever node the layout put there
    _show(view, source.key)
    handle = source.mapToScene(source.handle_rect().center())
    _drag(view, handle, target.scenePos())
    assert doc.dependencies.find_link(dependent, prerequisite) is not None
    assert (source.key, target.key, "depends_on") in view.scene.edges
    assert "now waits for" in view.status.text()
    ctx.undo_stack.undo()
    assert doc.dependencies.find_link(dependent, prerequisite) is None
    assert (source.key, target.key, "depends_on") not in view.scene.edges
    ctx.undo_stack.redo()
    assert doc.dependencies.find_link(dependent, prerequisite) is not None


def test_shift_drag_also_connects(view: GraphView, ctx: AppContext) -> None:
    doc = ctx.doc
    dependent, prerequisite = _free_pair(doc)
    source = view.scene.nodes[K(f"initiative:{prerequisite}")]
    target = view.scene.nodes[K(f"initiative:{dependent}")]
    target.setPos(source.pos() + QPointF(250, 0))
    target.setZValue(100)
    _show(view, source.key)
    _drag(view, source.scenePos(), target.scenePos(), Qt.KeyboardModifier.ShiftModifier)
    assert doc.dependencies.find_link(dependent, prerequisite) is not None


def test_a_link_that_would_close_a_cycle_is_refused_with_its_cycle_named(
        view: GraphView, ctx: AppContext, dialogs) -> None:
    doc = ctx.doc
    dependent, prerequisite = doc.dependencies.pairs()[0]
    before = doc.snapshot()
    depth = ctx.undo_stack.count()
    # prerequisite would now wait for its own dependent
    view.canvas.connect_by_keys(K(f"initiative:{dependent}"), K(f"initiative:{prerequisite}"))
    message = view.status.text()
    assert "refused" in message and "cycle" in message
    assert doc.initiatives.get(dependent).title in message
    assert doc.initiatives.get(prerequisite).title in message
    assert doc.snapshot() == before
    assert ctx.undo_stack.count() == depth
    assert dialogs.shown == [], "the refusal never blocks on a dialog"


def test_delete_removes_the_selected_link_undoably(view: GraphView, ctx: AppContext,
                                                   qtbot) -> None:
    doc = ctx.doc
    edge = next(e for e in view.scene.edges.values() if e.info.kind == "depends_on")
    dependent, prerequisite = edge.info.head.id, edge.info.tail.id
    view.scene.clearSelection()
    edge.setSelected(True)
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert doc.dependencies.find_link(dependent, prerequisite) is None
    assert edge.key not in view.scene.edges
    ctx.undo_stack.undo()
    assert doc.dependencies.find_link(dependent, prerequisite) is not None
    assert edge.key in view.scene.edges


def test_deleting_ownership_links_of_several_kinds_is_one_edit(view: GraphView,
                                                               ctx: AppContext) -> None:
    before = ctx.doc.snapshot()
    chosen = {}
    for edge in view.scene.edges.values():
        chosen.setdefault(edge.info.kind, edge)
    view.scene.clearSelection()
    for edge in chosen.values():
        edge.setSelected(True)
    depth = ctx.undo_stack.count()
    view.delete_selected_links()
    assert ctx.undo_stack.count() == depth + 1
    assert ctx.doc.snapshot() != before
    ctx.undo_stack.undo()
    assert ctx.doc.snapshot() == before


def test_dragging_a_node_stores_its_position_undoably(view: GraphView, ctx: AppContext) -> None:
    key = _initiative(ctx.doc, "Digital gift cards")
    item = view.scene.nodes[key]
    _show(view, key)
    start = item.scenePos()
    _drag(view, start, start + QPointF(60, 40))
    stored = ctx.doc.positions.for_layout("layered")
    assert stored[key] == pytest.approx((start.x() + 60, start.y() + 40), abs=1.5)
    assert item.scenePos() != start
    ctx.undo_stack.undo()
    assert key not in ctx.doc.positions.for_layout("layered")
    assert item.scenePos() == start


def test_relayout_forgets_dragged_positions_as_one_undoable_edit(
        view: GraphView, ctx: AppContext) -> None:
    keys = sorted(view.scene.nodes)[:3]
    computed = {k: view.scene.nodes[k].scenePos() for k in keys}
    ctx.run(lambda: ctx.doc.positions.place("layered", {k: (5.0, 5.0 + i * 100)
                                                        for i, k in enumerate(keys)}))
    assert view.scene.nodes[keys[0]].scenePos() == QPointF(5.0, 5.0)
    depth = ctx.undo_stack.count()
    view.controls.relayout.trigger()
    assert ctx.doc.positions.for_layout("layered") == {}
    assert ctx.undo_stack.count() == depth + 1
    assert {k: view.scene.nodes[k].scenePos() for k in keys} == computed
    ctx.undo_stack.undo()
    assert view.scene.nodes[keys[0]].scenePos() == QPointF(5.0, 5.0)


def test_positions_survive_save_and_reopen(qtbot, ctx: AppContext, view: GraphView,
                                           tmp_path: Path) -> None:
    from roadmap.services.files import open_document, save_document

    key = sorted(view.scene.nodes)[0]
    ctx.run(lambda: ctx.doc.positions.place("clusters", {key: (1234.0, 567.0)}))
    ctx.run(lambda: ctx.doc.positions.place("layered", {key: (-50.0, 25.0)}))
    path = save_document(ctx.doc, tmp_path / "graph.roadmap")
    reopened = open_document(path, recovery_dir=tmp_path / "recovery")
    try:
        other = GraphView(AppContext(reopened))
        other.controls.choose("layered")
        qtbot.addWidget(other)
        assert other.scene.nodes[key].scenePos() == QPointF(-50.0, 25.0)
        other.controls.layout_box.setCurrentIndex(1)
        assert other.layout_name == "clusters"
        assert other.scene.nodes[key].scenePos() == QPointF(1234.0, 567.0)
    finally:
        reopened.close()


def test_double_click_asks_for_the_inspector(view: GraphView, ctx: AppContext, qtbot) -> None:
    key = _initiative(ctx.doc, "Digital gift cards")
    _show(view, key)
    point = view.canvas.mapFromScene(view.scene.nodes[key].scenePos())
    with qtbot.waitSignal(ctx.inspect_requested) as signal:
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [key]
    assert ctx.selection == (key,)


# --- filters, focus, search, layouts --------------------------------------------------


def test_kind_filter_hides_nodes_and_their_links(view: GraphView) -> None:
    view.controls.kind_actions["owner"].setChecked(False)
    owners = [i for i in view.scene.nodes.values() if i.info.kind == "owner"]
    assert owners and not any(i.isVisible() for i in owners)
    assert not any(e.isVisible() for e in view.scene.edges.values()
                   if e.info.kind in ("accountable", "sponsors"))
    assert all(i.isVisible() for i in view.scene.nodes.values() if i.info.kind != "owner")
    view.controls.kind_actions["owner"].setChecked(True)
    assert all(i.isVisible() for i in owners)


def test_department_filter_keeps_that_departments_initiatives(view: GraphView) -> None:
    controls = view.controls
    chosen = next(k for k in controls.department_actions if k is not None)
    for key, action in controls.department_actions.items():
        if key != chosen:
            action.trigger()  # untick every other department
    shown = view.scene.shown_keys()
    initiatives = [k for k in shown if k.kind == "initiative"]
    assert initiatives
    assert all(chosen in view.scene.nodes[k].info.departments for k in initiatives)
    assert not controls.all_departments.isChecked()
    controls.all_departments.trigger()
    assert view.scene.shown_keys() == set(view.scene.nodes)


def test_focus_mode_shows_the_neighbourhood_of_the_selection(view: GraphView,
                                                             ctx: AppContext) -> None:
    key = _initiative(ctx.doc, "Digital gift cards")
    ctx.select([key], "test")
    view.controls.hops.setValue(1)
    view.controls.focus.setChecked(True)
    one_hop = view.scene.shown_keys()
    assert view.data is not None
    assert one_hop == neighbourhood(view.data, [key], 1)
    assert key in one_hop and len(one_hop) < len(view.scene.nodes)
    view.controls.hops.setValue(3)
    assert view.scene.shown_keys() > one_hop
    view.controls.focus.setChecked(False)
    assert view.scene.shown_keys() == set(view.scene.nodes)


def test_search_selects_and_centres_a_match(view: GraphView, ctx: AppContext, qtbot) -> None:
    key = _initiative(ctx.doc, "Digital gift cards")
    view.canvas.zoom_by(0.2 / view.canvas.scale_factor())
    qtbot.keyClicks(view.controls.search, "gift card")
    assert ctx.selection == (key,)
    visible = view.canvas.visible_scene_rect()
    assert visible.contains(view.scene.nodes[key].scenePos())
    qtbot.keyClicks(view.controls.search, "zzz")
    assert "No node matches" in view.status.text()


def test_cluster_layout_groups_initiatives_in_department_frames(view: GraphView) -> None:
    view.controls.layout_box.setCurrentIndex(1)
    assert view.layout_name == "clusters"
    assert view.scene._frames, "one frame per cluster"
    positions = view.scene.positions()
    assert positions == {k: (i.x(), i.y()) for k, i in view.scene.nodes.items()}


# --- zoom, export, bench ---------------------------------------------------------------


def test_zoom_keys_and_fit(view: GraphView, qtbot) -> None:
    view.canvas.setFocus()
    before = view.canvas.scale_factor()
    view.canvas.actions_by_name["graph_zoom_in"].trigger()
    assert view.canvas.scale_factor() > before
    view.canvas.actions_by_name["graph_zoom_out"].trigger()
    view.canvas.actions_by_name["graph_zoom_out"].trigger()
    assert view.canvas.scale_factor() < before
    view.canvas.actions_by_name["graph_fit"].trigger()
    visible = view.canvas.visible_scene_rect()
    assert all(visible.contains(i.sceneBoundingRect()) for i in view.scene.nodes.values())
    assert view.canvas.actions_by_name["graph_zoom_in"].shortcuts()[0].toString() == "Ctrl+="
    assert view.canvas.actions_by_name["graph_fit"].shortcuts()[0].toString() == "Ctrl+0"


def test_the_map_fits_again_when_only_its_own_area_resizes(view: GraphView, qtbot) -> None:
    view.resize(1150, 1600)  # tall: the width decides the fit
    view.canvas.setFocus()
    view.controls.legend.setChecked(True)
    qtbot.waitUntil(lambda: view.legend.isVisible())
    view.fit()
    assert not view.canvas.user_zoomed, "the scrolling a fit does is not the user panning"
    narrow = view.canvas.scale_factor()
    view.controls.legend.setChecked(False)  # the tab keeps its size, the map widens
    qtbot.waitUntil(lambda: view.canvas.scale_factor() != narrow)
    fitted = view.canvas.scale_factor()
    view.fit()
    assert view.canvas.scale_factor() == pytest.approx(fitted), "already fitted to the new size"
    visible = view.canvas.visible_scene_rect()
    assert all(visible.contains(i.sceneBoundingRect()) for i in view.scene.nodes.values())


def test_arrow_keys_pan(view: GraphView, qtbot) -> None:
    view.canvas.zoom_by(2.0 / view.canvas.scale_factor())
    bar = view.canvas.horizontalScrollBar()
    bar.setValue(bar.minimum())
    view.canvas.setFocus()
    assert not view.canvas.user_zoomed
    qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    assert bar.value() > bar.minimum()
    assert view.canvas.user_zoomed, "a pan by the user: resizing keeps their view"


def test_dragging_the_background_pans_and_keeps_the_view(view: GraphView) -> None:
    view.canvas.zoom_by(2.0 / view.canvas.scale_factor())
    corner = view.scene.sceneRect().topLeft() + QPointF(30, 30)
    view.canvas.centerOn(corner)
    under = view.canvas.items(view.canvas.mapFromScene(corner))
    assert not view.canvas.user_zoomed and not any(isinstance(i, NodeItem) for i in under)
    before = view.canvas.horizontalScrollBar().value()
    _drag(view, corner, corner + QPointF(-200, 0))
    assert view.canvas.horizontalScrollBar().value() != before
    assert view.canvas.user_zoomed


def test_a_large_roadmap_draws_ownership_links_for_the_selection_only(
        qtbot, ctx: AppContext, monkeypatch) -> None:
    import ui.views.graph.view as module

    monkeypatch.setattr(module, "ALL_LINKS_LIMIT", 5)
    big = GraphView(ctx)
    qtbot.addWidget(big)
    assert not big.controls.all_links.isChecked()
    assert {key[2] for key in big.scene.edges} == {"depends_on"}
    department = next(k for k in big.scene.nodes if k.kind == "department"
                      and any(e.tail == k for e in big.data.edges.values()))
    ctx.select([department], "test")
    # Hidden, the map leaves the selection's links for when it shows.
    assert not any(key[0] == department for key in big.scene.edges)
    big.show()
    assert any(key[0] == department for key in big.scene.edges)
    ctx.select([], "test")
    assert {key[2] for key in big.scene.edges} == {"depends_on"}
    big.controls.all_links.setChecked(True)
    assert len(big.scene.edges) == len(big.data.edges)


def test_export_png_and_svg_keep_the_app_selection(view: GraphView, ctx: AppContext,
                                                   tmp_path: Path) -> None:
    key = sorted(view.scene.nodes)[0]
    ctx.select([key], "test")
    png = view.export(tmp_path / "graph.png")
    svg = view.export(tmp_path / "graph.svg")
    assert png is not None and svg is not None
    image = QImage(str(png))
    assert image.width() > 600 and image.height() > 300
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Digital gift cards" in text
    assert ctx.selection == (key,)
    assert view.export(tmp_path / "missing" / "graph.svg") is None
    assert "does not exist" in view.status.text()


def test_repaint_benchmark_entry_measures_a_full_repaint(view: GraphView) -> None:
    assert repaint_seconds(view, repeats=1) > 0.0


# --- inside the main window --------------------------------------------------------------


def test_in_the_window_delete_removes_the_link_not_the_selected_node(window, qtbot) -> None:
    graph = window.views.show_view("graph")
    assert isinstance(graph, GraphView)
    doc = window.ctx.doc
    node = next(k for k in graph.scene.nodes if k.kind == "initiative")
    window.ctx.select([node], "test")
    edge = next(e for e in graph.scene.edges.values() if e.info.kind == "depends_on")
    dependent, prerequisite = edge.info.head.id, edge.info.tail.id
    edge.setSelected(True)
    graph.canvas.setFocus()
    qtbot.keyClick(graph.canvas, Qt.Key.Key_Delete)
    assert doc.dependencies.find_link(dependent, prerequisite) is None
    assert doc.initiatives.find(node.id) is not None
    assert window.ctx.undo_stack.undoText() == "Delete Dependency"


def test_in_the_window_a_refused_link_shows_in_the_status_bar(window) -> None:
    graph = window.views.show_view("graph")
    assert isinstance(graph, GraphView)
    dependent, prerequisite = window.ctx.doc.dependencies.pairs()[0]
    graph.canvas.connect_by_keys(K(f"initiative:{dependent}"), K(f"initiative:{prerequisite}"))
    assert "cycle" in window.statusBar().currentMessage()



def test_a_fitted_map_has_no_scroll_bars_that_could_refit_it_forever(view: GraphView) -> None:
    """Scroll bars appearing after a fit shrink the viewport, which refits: a loop."""
    from PySide6.QtWidgets import QApplication

    off, needed = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded
    view.fit()
    assert view.canvas.horizontalScrollBarPolicy() == off
    view.canvas.zoom_in()
    assert view.canvas.user_zoomed and view.canvas.verticalScrollBarPolicy() == needed
    view.canvas.actions_by_name["graph_fit"].trigger()
    assert not view.canvas.user_zoomed and view.canvas.verticalScrollBarPolicy() == off
    fits = []
    view.canvas.zoom_changed.connect(fits.append)
    sizes = range(600, 1400, 53)
    for width in sizes:
        view.resize(width, 700)
        QApplication.processEvents()
    assert 0 < len(fits) <= 3 * len(sizes), "each resize refits a bounded number of times"


def _crossed(scene: object, edge: object) -> list[str]:
    """Initiative boxes (other than its ends) that a dependency's drawn path runs through."""
    path = edge.path  # type: ignore[attr-defined]
    crossed = []
    for item in scene.nodes.values():  # type: ignore[attr-defined]
        if item in (edge.tail, edge.head) or item.info.kind != "initiative":  # type: ignore[attr-defined]
            continue
        if not item.isVisible():
            continue
        inner = item.rect.translated(item.pos()).adjusted(2, 2, -2, -2)
        if any(inner.contains(path.pointAtPercent(step / 200)) for step in range(201)):
            crossed.append(item.info.label)
    return crossed


@pytest.mark.parametrize("layout", ["layered", "clusters"])
def test_dependencies_run_around_initiatives_not_through_them(
        qtbot, ctx: AppContext, layout: str) -> None:
    widget = GraphView(ctx)
    widget.controls.choose(layout)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    links = [e for e in widget.scene.edges.values()
             if e.info.kind == "depends_on" and e.isVisible()
             and e.head.x() - e.tail.x() > e.tail.rect.width() + 20]
    assert links
    detoured = [e for e in links if e.path.elementCount() > 4]  # more than one cubic
    assert detoured, "some link on the sample must need a detour"
    assert {e.info.key: _crossed(widget.scene, e) for e in links
            if _crossed(widget.scene, e)} == {}


def test_a_dragged_box_reroutes_the_links_now_in_its_way(qtbot, view: GraphView) -> None:
    # The longest link: a box dropped half-way stands clear of both ends' columns.
    link = max((e for e in view.scene.edges.values() if e.info.kind == "depends_on"),
               key=lambda e: e.head.x() - e.tail.x())
    assert link.head.x() - link.tail.x() > 3 * link.tail.rect.width()
    blocker = next(item for item in view.scene.nodes.values()
                   if item.info.kind == "initiative" and item not in (link.tail, link.head))
    middle = link.path.pointAtPercent(0.5)
    blocker.setPos(middle)
    blocker.follow()
    assert _crossed(view.scene, link) == []
