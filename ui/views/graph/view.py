"""The dependency graph view: initiatives, departments, owners and vendors as a map.

It reads the document through `ui.graph.data.graph_data` and edits only
through `ctx.run`, so every change (a dragged node, a drawn or deleted
link, a re-layout) is one undoable step. Positions the user drags are
stored in the file per layout ('layered', 'clusters'); nodes never dragged
take the computed layout (roadmap.views.map.layered), which is computed once per
document and layout, not on every edit, so the map stays where the user
left it. Selection is shared with the rest of the app through ctx.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from roadmap.analysis import Analysis
from roadmap.model.errors import CycleError, RoadmapError
from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change
from roadmap.views.map.clusters import cluster_frames, cluster_groups, cluster_layout
from roadmap.views.map.layered import layered_layout, positions_near
from ui.context import AppContext
from ui.image_export import within_sides, write_picture
from ui.views.graph.canvas import GraphCanvas
from ui.views.graph.controls import NO_DEPARTMENT, GraphControls
from ui.views.graph.data import (
    GraphData,
    apply_analysis,
    apply_update,
    data_from_graph,
    graph_data,
    matches,
    neighbourhood,
)
from ui.views.graph.export import natural_size, paint_graph
from ui.views.graph.items import EdgeItem
from ui.views.graph.legend import LegendWidget
from ui.views.graph.scene import GraphScene
from ui.views.graph.style import APP, NodeMetrics
from ui.widgets import busy_cursor

Position = tuple[float, float]

LEGEND_MIN_WIDTH = 1100
"""Narrower than this on first show, the legend starts hidden (the toolbar shows it)."""
ALL_LINKS_LIMIT = 300
"""Above this many initiatives a new document shows ownership links for the selection only."""


def _id(key: NodeKey) -> int:
    return key.id


class GraphView(QWidget):
    """The interactive dependency graph, one tab of the main window."""

    status_message = Signal(str)
    """A message for the user (refused link, export written, search miss)."""
    refreshed = Signal()
    """The scene was rebuilt from the document."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 metrics: NodeMetrics = APP, follow_selection: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("graph_view")
        self.ctx = ctx
        self.follow_selection = follow_selection
        """Highlight what the app selects; the presentation only highlights its own clicks."""
        self.metrics = metrics
        """Node and type sizes; the presentation passes ui.graph.style.PROJECTOR."""
        self.scene = GraphScene(self, metrics)
        self.canvas = GraphCanvas(self.scene, self)
        self.controls = GraphControls(self)
        self.controls.add_view_actions(list(self.canvas.actions_by_name.values()))
        self.legend = LegendWidget(self)
        self.status = QLabel(self)
        self.status.setObjectName("graph_status")
        self.status.setWordWrap(True)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.canvas, 1)
        body.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.controls)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)

        self.data: GraphData | None = None
        self._auto: dict[str, dict[NodeKey, Position]] = {}
        self._syncing = False
        self._dirty = True
        self._fitted = False
        self._search_hits: list[NodeKey] = []
        self._legend_auto = True
        self._only: frozenset[NodeKey] | None = None
        self._selection_stale = False

        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self._on_ctx_document_replaced)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.canvas.connect_requested.connect(self._on_canvas_connect_requested)
        self.canvas.nodes_moved.connect(self._on_canvas_nodes_moved)
        self.canvas.node_activated.connect(self._on_canvas_node_activated)
        self.canvas.delete_requested.connect(self.delete_selected_links)
        self.canvas.resized.connect(self._on_canvas_resized)
        self.canvas.zoom_changed.connect(
            lambda scale: self.controls.zoom_label.setText(f"{scale * 100:.0f} %"))
        c = self.controls
        c.layout_box.currentIndexChanged.connect(lambda _i: self._on_layout_changed())
        c.relayout.triggered.connect(self.relayout)
        for action in c.kind_actions.values():
            action.toggled.connect(lambda _on: self.apply_filters())
        c.departments_menu.triggered.connect(self._on_departments_triggered)
        c.all_links.toggled.connect(self.scene.set_all_links)
        c.focus.toggled.connect(lambda _on: self.apply_filters())
        c.hops.valueChanged.connect(lambda _v: self.apply_filters())
        c.search.textEdited.connect(self._on_search_edited)
        c.search.returnPressed.connect(self.next_match)
        c.export_png.triggered.connect(lambda: self._export("png"))
        c.export_svg.triggered.connect(lambda: self._export("svg"))
        c.legend.toggled.connect(self.legend.setVisible)
        c.legend.triggered.connect(lambda: setattr(self, "_legend_auto", False))
        self.refresh()

    # --- building -----------------------------------------------------------------

    @property
    def layout_name(self) -> str:
        """The current layout ('layered' or 'clusters'), also the stored positions' layout."""
        return self.controls.layout_name()

    def refresh(self, analysis: Analysis | None = None) -> None:
        """Rebuild from the document (items are diffed, not recreated)."""
        fresh = self.data is None
        self.data = graph_data(self.ctx.doc, analysis)
        if fresh:
            self._choose_link_density()
        self._sync()

    def _choose_link_density(self) -> None:
        assert self.data is not None
        count = sum(1 for info in self.data.nodes.values() if info.kind == "initiative")
        blocked = self.controls.all_links.blockSignals(True)
        self.controls.all_links.setChecked(count <= ALL_LINKS_LIMIT)
        self.controls.all_links.blockSignals(blocked)
        self.scene.all_links = count <= ALL_LINKS_LIMIT

    def _sync(self) -> None:
        data = self.data
        assert data is not None
        self._syncing = True
        try:
            self.scene.sync(data, self.positions())
            self.controls.set_departments([
                (key, info.label) for key, info in data.nodes.items()
                if info.kind == "department"
            ])
            self._apply_filters()
            self._update_frames()
            self.scene.select_keys(self._focus())
        finally:
            self._syncing = False
        self._highlight()
        self._dirty = False
        self.refreshed.emit()

    def _computed(self) -> dict[NodeKey, Position]:
        assert self.data is not None
        auto = self._auto.get(self.layout_name)
        if auto is None:
            graph = self.data.graph
            if self.layout_name == "clusters":
                auto = cluster_layout(graph)
            else:
                with busy_cursor():  # a second or two at a few thousand initiatives
                    auto = layered_layout(graph)
            self._auto[self.layout_name] = auto
        missing = [k for k in self.data.nodes if k not in auto]
        if missing:
            auto.update(positions_near(auto, missing))
        return auto

    def positions(self) -> dict[NodeKey, Position]:
        """Where each node goes: its stored (dragged) position, else the computed one.

        Stored and computed positions are in the app's layout units; grown
        boxes (metrics.spread) stretch them so the gaps between boxes stay.
        """
        assert self.data is not None
        auto = self._computed()
        stored = self.ctx.doc.positions.for_layout(self.layout_name)
        fx, fy = self.metrics.spread
        return {key: (x * fx, y * fy)
                for key in self.data.nodes
                for x, y in (stored.get(key, auto[key]),)}

    def _update_frames(self) -> None:
        if self.layout_name == "clusters" and self.data is not None:
            details, links = self._cluster_facts()
            # Frames hold what is shown: hidden owners and vendors would stretch them.
            shown = {key: pos for key, pos in self.scene.positions().items()
                     if self.scene.nodes[key].isVisible()}
            self.scene.set_frames(cluster_frames(self.data.graph, shown), details, links)
        else:
            self.scene.set_frames([])

    def _cluster_facts(self) -> tuple[dict[object, tuple[int, int, str | None]],
                                      dict[tuple[object, object], int]]:
        """Each cluster's (initiatives, IT alone, colour) and the dependencies between them,
        keyed by the cluster's (key, label)."""
        assert self.data is not None
        nodes = self.data.nodes
        home: dict[NodeKey, object] = {}
        details: dict[object, tuple[int, int, str | None]] = {}
        for key, label, members in cluster_groups(self.data.graph):
            initiatives = [m for m in members if m in nodes and nodes[m].kind == "initiative"]
            for member in initiatives:
                home[member] = (key, label)  # 'No lead department' and 'Vendors' share key None
            colour = nodes[key].colour if isinstance(key, NodeKey) and key in nodes else None
            alone = sum(1 for m in initiatives if nodes[m].it_alone)
            details[(key, label)] = (len(initiatives), alone, colour)
        links: dict[tuple[object, object], int] = {}
        for edge in self.data.edges.values():
            if edge.kind == "depends_on" and edge.tail in home and edge.head in home:
                pair = (home[edge.head], home[edge.tail])
                links[pair] = links.get(pair, 0) + 1
        return details, links

    def _apply_positions(self) -> None:
        self.scene.move_nodes(self.positions())
        self._update_frames()
        self.scene.fit_scene_rect()

    def fit(self) -> None:
        """Zoom to show every visible node."""
        self.canvas.fit()

    def showEvent(self, event: Any) -> None:
        """Catch up with edits made while hidden; fit on first show (QWidget.showEvent)."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()
        if self._selection_stale:
            self._on_ctx_selection_changed(self.ctx.selection, None)
        if not self._fitted:
            self._fitted = True
            self.fit()

    def resizeEvent(self, event: Any) -> None:
        """A narrow tab keeps its room for the map: the legend folds away
        until the user shows it (QWidget.resizeEvent)."""
        super().resizeEvent(event)
        if self._legend_auto:
            self.controls.legend.setChecked(self.width() >= LEGEND_MIN_WIDTH)

    def pin_legend(self, shown: bool) -> None:
        """Show or hide the legend for good: a resize no longer folds or unfolds it."""
        self._legend_auto = False
        self.controls.legend.setChecked(shown)

    def _on_canvas_resized(self) -> None:
        # The map's own size, not the tab's: showing or hiding the legend resizes it too.
        if self._fitted and not self.canvas.user_zoomed:
            self.fit()

    # --- document and analysis ----------------------------------------------------------

    def _on_ctx_document_changed(self, change: Change) -> None:
        if change.rows and all(r.table == "node_position" for r in change.rows):
            if self.data is not None:
                self._apply_positions()
            return
        if not self.isVisible():
            self._dirty = True
        elif self.data is not None and not self._dirty and \
                (touched := apply_update(self.data, self.ctx.doc, change)) is not None:
            self.scene.restyle(touched)
            self.refreshed.emit()
        else:
            self.refresh()

    def _on_ctx_document_replaced(self) -> None:
        self._auto.clear()
        self._fitted = False
        self.data = None
        self.refresh()
        if self.isVisible():
            self._fitted = True
            self.fit()

    def _on_ctx_analysis_updated(self, analysis: Analysis) -> None:
        if self.data is None or self._dirty:
            return
        touched = apply_analysis(self.data, analysis)
        if touched is None:
            self.data = data_from_graph(self.data.graph, analysis)
            self._sync()
        elif touched:
            self.scene.restyle(touched)
            self.refreshed.emit()

    # --- selection and highlight -----------------------------------------------------------

    def _on_scene_selection_changed(self) -> None:
        if self._syncing:
            return
        self.ctx.select(self.scene.selected_node_keys(), self)
        self._after_selection()

    def _on_ctx_selection_changed(self, keys: tuple, source: object) -> None:
        if source is not self and not self.follow_selection:
            return
        if source is not self and not self.isVisible():
            self._selection_stale = True  # highlighting 2,000 hidden nodes waits for the show
            return
        self._selection_stale = False
        if source is not self:
            self._syncing = True
            try:
                self.scene.select_keys(keys)
            finally:
                self._syncing = False
            item = self.scene.nodes.get(keys[0]) if keys else None
            if item is not None and item.isVisible():
                self.canvas.ensureVisible(item, 40, 40)
        self._after_selection()

    def _after_selection(self) -> None:
        if self.controls.focus.isChecked():
            self.apply_filters()
        self._highlight()

    def _focus(self) -> tuple[NodeKey, ...]:
        """What the highlight starts from: the app's selection, or this view's own."""
        if self.follow_selection:
            return self.ctx.selection
        return tuple(self.scene.selected_node_keys())

    def _highlight(self) -> None:
        self.scene.highlight(self._focus())

    # --- filters and focus ----------------------------------------------------------------

    def _on_departments_triggered(self, action: Any) -> None:
        c = self.controls
        if action is c.all_departments:
            for each in c.department_actions.values():
                each.setChecked(True)
        c.all_departments.setChecked(c.departments_shown() is None)
        self.apply_filters()

    def show_only(self, keys: frozenset[NodeKey] | None) -> None:
        """Show only these initiatives (what changed since a snapshot); None: no such filter."""
        only = None if keys is None else frozenset(keys)
        if only == self._only:
            return  # every switch to the map asks again; refiltering 2,000 nodes is not free
        self._only = only
        if self.data is not None:
            self.apply_filters()

    def apply_filters(self) -> None:
        """Show what the kind and department filters and focus mode allow."""
        self._syncing = True
        try:
            self._apply_filters()
            self._update_frames()
        finally:
            self._syncing = False
        self._highlight()

    def _apply_filters(self) -> None:
        data = self.data
        if data is None:
            return
        kinds = self.controls.kinds_shown()
        departments = self.controls.departments_shown()
        focus = self.controls.focus.isChecked() and bool(self._focus())
        only = self._only
        if kinds == set(self.controls.kind_actions) and departments is None and not focus \
                and only is None:
            self.scene.set_shown(None)
            return
        shown = set()
        for key, info in data.nodes.items():
            if info.kind not in kinds:
                continue
            if departments is not None and info.kind in ("initiative", "department") and \
                    not (info.departments or {NO_DEPARTMENT}) & departments:
                continue
            shown.add(key)
        if departments is not None:
            linked = {e.tail for e in data.edges.values() if e.head in shown} | {
                e.head for e in data.edges.values() if e.tail in shown}
            shown = {k for k in shown if data.nodes[k].kind in ("initiative", "department")
                     or k in linked}
        if focus:
            shown &= neighbourhood(data, self._focus(), self.controls.hops.value())
        if only is not None:
            shown = {k for k in shown if data.nodes[k].kind != "initiative" or k in only}
        self.scene.set_shown(shown)

    # --- search ------------------------------------------------------------------------------

    def _on_search_edited(self, text: str) -> None:
        self._search_hits = matches(self.data, text) if self.data else []
        if self._search_hits:
            self._go_to(self._search_hits[0])
        elif text.strip():
            self.show_message(
                QCoreApplication.translate("GraphView", "No node matches {text!r}.").format(
                    text=text.strip()
                )
            )

    def next_match(self) -> None:
        """Jump to the next node matching the search text."""
        hits = self._search_hits or (matches(self.data, self.controls.search.text())
                                     if self.data else [])
        if not hits:
            return
        current = self.ctx.selection[0] if self.ctx.selection else None
        index = (hits.index(current) + 1) % len(hits) if current in hits else 0
        self._search_hits = hits
        self._go_to(hits[index])

    def _go_to(self, key: NodeKey) -> None:
        self.ctx.select([key], self)
        self._syncing = True
        try:
            self.scene.select_keys([key])
        finally:
            self._syncing = False
        self._after_selection()
        item = self.scene.nodes[key]
        if item.isVisible():
            self.canvas.centre_on(key)
            self.show_message(
                QCoreApplication.translate("GraphView", "Found {label}.").format(
                    label=item.info.label
                )
            )
        else:
            self.show_message(
                QCoreApplication.translate("GraphView", "{label} is hidden by the filters.").format(
                    label=item.info.label
                )
            )

    # --- edits ---------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """Tell the user something without blocking (status line and signal)."""
        self.status.setText(text)
        self.status_message.emit(text)
        window = self.window()
        if isinstance(window, QMainWindow) and window is not self:
            window.statusBar().showMessage(text, 10000)

    def connect_nodes(self, source: NodeKey, target: NodeKey) -> Change | None:
        """Make `target` wait for `source` (an undoable edit); refusals become a message."""
        doc = self.ctx.doc
        try:
            change = self.ctx.run(lambda: doc.dependencies.link(_id(target), _id(source)))
        except CycleError as error:
            self.show_message(
                QCoreApplication.translate("GraphView", "Link refused: {message}.").format(
                    message=error.message
                )
            )
            return None
        except RoadmapError as error:
            self.show_message(
                QCoreApplication.translate("GraphView", "Link refused: {message}.").format(
                    message=getattr(error, "message", error)
                )
            )
            return None
        names = [self.scene.nodes[k].info.label if k in self.scene.nodes else k
                 for k in (target, source)]
        self.show_message(
            QCoreApplication.translate("GraphView", "{names} now waits for {names2}.").format(
                names=names[0], names2=names[1]
            )
        )
        return change

    def _on_canvas_connect_requested(self, source: NodeKey, target: NodeKey) -> None:
        self.connect_nodes(source, target)

    def _on_canvas_nodes_moved(self, moved: dict) -> None:
        label = QCoreApplication.translate("GraphView", "Move {count} Nodes").format(
            count=len(moved))
        if len(moved) == 1:
            node = self.scene.nodes.get(next(iter(moved)))
            label = (QCoreApplication.translate("GraphView", "Move “{name}”").format(
                name=node.info.label) if node is not None
                else QCoreApplication.translate("GraphView", "Move Node"))
        layout = self.layout_name
        fx, fy = self.metrics.spread  # stored in the app's units, whatever the metrics
        moved = {key: (round(x / fx, 2), round(y / fy, 2)) for key, (x, y) in moved.items()}
        self.ctx.run(lambda: self.ctx.doc.positions.place(layout, moved, label))

    def _on_canvas_node_activated(self, key: NodeKey) -> None:
        self.ctx.select([key], self)
        self.ctx.inspect_requested.emit(key)

    def delete_selected_links(self) -> Change | None:
        """Remove the selected links (dependency, role, owner, sponsor, vendor) as one edit."""
        edges = self.scene.selected_edges()
        if not edges:
            return None
        doc = self.ctx.doc

        def operation() -> Change:
            if len(edges) == 1:
                return _unlink(doc, edges[0])
            with doc.batch(QCoreApplication.translate("GraphView", "Delete Links")) as batch:
                for edge in edges:
                    _unlink(doc, edge)
            return batch.change

        try:
            change = self.ctx.run(operation)
        except RoadmapError as error:
            self.show_message(
                QCoreApplication.translate("GraphView", "Cannot delete the link: {error}").format(
                    error=error
                )
            )
            return None
        self.show_message(
            QCoreApplication.translate("GraphView", "{label} done.").format(label=change.label)
        )
        return change

    def relayout(self) -> None:
        """Recompute the layout and forget dragged positions (one undoable edit)."""
        if self.data is None:
            return
        self._auto.pop(self.layout_name, None)
        layout = self.layout_name
        if self.ctx.doc.positions.for_layout(layout):
            self.ctx.run(lambda: self.ctx.doc.positions.clear(layout))
        else:
            self._apply_positions()
        self.fit()

    def _on_layout_changed(self) -> None:
        if self.data is not None:
            self._apply_positions()
            self.fit()

    def _export(self, kind: str) -> None:
        from ui.dialogs.export_picture import ExportPictureDialog

        ExportPictureDialog(self, self.ctx, kind=kind, parent=self).exec()

    def picture_title(self) -> str:
        """What an exported picture of this view shows."""
        return QCoreApplication.translate("GraphView", "{title}: dependency graph").format(
            title=self.ctx.doc.info.title
        )

    def paint_picture(self, painter: QPainter, size: QSize) -> None:
        """Draw the visible map and its legend fitted to `size` (ui.image_export)."""
        paint_graph(self.scene, painter, size)

    def picture_size(self) -> QSize:
        """The picture's size at 100 %, kept within the sides a picture may have."""
        return within_sides(natural_size(self.scene))

    def export(self, path: Path, kind: str | None = None,
               size: QSize | None = None) -> Path | None:
        """Write the visible graph to PNG or SVG (by `kind` or the file's suffix).

        `size` defaults to the map at 100 %. A failure is shown in the view's
        status line and returns None.
        """
        if kind is not None and path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        try:
            written = write_picture(self, path, size or self.picture_size())
        except RoadmapError as error:
            self.show_message(str(error))
            return None
        self.show_message(
            QCoreApplication.translate("GraphView", "Exported the graph to {written}.").format(
                written=written
            )
        )
        return written


def _unlink(doc: Any, edge: EdgeItem) -> Change:
    """The service call that removes one drawn link."""
    tail, head, kind = edge.info.tail, edge.info.head, edge.info.kind
    if kind == "depends_on":
        return doc.dependencies.unlink(_id(head), _id(tail))
    if kind in ("leads", "contributes", "enables"):
        return doc.participations.unlink(_id(head), _id(tail))
    if kind == "accountable":
        return doc.initiatives.update(_id(head), owner_id=None)
    if kind == "sponsors":
        return doc.initiatives.update(_id(head), sponsor_id=None)
    return doc.vendor_uses.unlink(_id(tail), _id(head))
