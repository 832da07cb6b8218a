"""The dependency graph scene: node and edge items kept in step with a GraphData.

`sync()` diffs the next GraphData against the items it has, so an edit
adds, removes or restyles only what changed. The scene also owns what is
shown (filters, focus) and the highlight of a selection: what it waits for
and what waits for it, transitively, with everything else dimmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from roadmap.model import palette
from roadmap.model.keys import NodeKey
from roadmap.views.map.layered import sort_key
from roadmap.views.map.routes import Obstacles
from ui.views.graph import style
from ui.views.graph.clusters import ClusterItem, ClusterLinks
from ui.views.graph.data import GraphData
from ui.views.graph.items import EdgeItem, LinkBundle, NodeItem, node_box

Position = tuple[float, float]

_MARGIN = 120.0
_FEW_MOVED = 20
"""Up to this many nodes moved, only the links they touch or block are routed again."""


class GraphScene(QGraphicsScene):
    """Holds one item per node and per edge of the roadmap graph."""

    def __init__(self, parent: QObject | None = None,
                 metrics: style.NodeMetrics = style.APP) -> None:
        super().__init__(parent)
        self.metrics = metrics
        """Node box and type sizes of every node (style.PROJECTOR in the presentation)."""
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QBrush(QColor(palette.PAPER)))
        self.nodes: dict[NodeKey, NodeItem] = {}
        self.edges: dict[tuple[NodeKey, NodeKey, str], EdgeItem] = {}
        self.data: GraphData | None = None
        self._frames: list[ClusterItem] = []
        self.cluster_links = ClusterLinks()
        self.addItem(self.cluster_links)
        self._shown: set[NodeKey] | None = None
        self._highlight: tuple[NodeKey, ...] = ()
        self.bundle = LinkBundle()
        self.bundle.edges = self.edges
        self.addItem(self.bundle)
        self._obstacles: Obstacles | None = None
        self.all_links = True
        """Draw every link; when False only dependencies, plus the links of the highlight
        (ownership links of a large roadmap are a hairball that costs repaint time)."""

    # --- building --------------------------------------------------------------

    def sync(self, data: GraphData, positions: Mapping[NodeKey, Position]) -> None:
        """Make the items match `data`, placed at `positions` (node centres)."""
        self.data = data
        for key in [k for k in self.nodes if k not in data.nodes]:
            gone = self.nodes.pop(key)
            for edge in list(gone.edges):
                self._remove_edge(edge.key)
            self.removeItem(gone)
        for edge_key in [k for k in self.edges if k not in data.edges]:
            self._remove_edge(edge_key)
        for key, info in data.nodes.items():
            item = self.nodes.get(key)
            if item is None:
                item = NodeItem(info, self.metrics)
                self.nodes[key] = item
                self.addItem(item)
            elif item.info != info:
                item.set_info(info)
        self.move_nodes(positions)
        self._sync_edges()
        self.highlight(self._highlight)
        self.fit_scene_rect()

    def restyle(self, keys: set[NodeKey]) -> None:
        """Show the current GraphData of these nodes and of the links touching them."""
        assert self.data is not None
        for key in keys:
            item = self.nodes.get(key)
            if item is not None and item.info != self.data.nodes.get(key, item.info):
                item.set_info(self.data.nodes[key])
            for edge in list(item.edges) if item is not None else []:
                info = self.data.edges.get(edge.key)
                if info is not None and info != edge.info:
                    edge.set_info(info)
        self.bundle.invalidate()

    def set_all_links(self, on: bool) -> None:
        """Draw every link (True) or only dependencies and the highlight's links (False)."""
        if on != self.all_links:
            self.all_links = on
            self._sync_edges()
            self.highlight(self._highlight)

    def _wanted_edges(self) -> dict:
        assert self.data is not None
        if self.all_links:
            return self.data.edges
        focus = set(self._highlight)
        return {key: info for key, info in self.data.edges.items()
                if info.kind == "depends_on" or info.tail in focus or info.head in focus}

    def _sync_edges(self) -> None:
        if self.data is None:
            return
        wanted = self._wanted_edges()
        for key in [k for k in self.edges if k not in wanted]:
            self._remove_edge(key)
        for key, info in wanted.items():
            item = self.edges.get(key)
            if item is None:
                tail, head = self.nodes.get(info.tail), self.nodes.get(info.head)
                if tail is None or head is None:
                    continue
                item = EdgeItem(info, tail, head, self.link_obstacles)
                item.bundle = self.bundle
                self.edges[key] = item
                self.addItem(item)
            elif item.info != info:
                item.set_info(info)
        many = len(self.edges) > style.BUNDLE_LARGE_LINKS
        self.bundle.threshold = style.BUNDLE_LOD_LARGE if many else style.BUNDLE_LOD
        self._apply_visibility()

    def _remove_edge(self, key: tuple[NodeKey, NodeKey, str]) -> None:
        item = self.edges.pop(key, None)
        if item is not None:
            item.detach()
            self.removeItem(item)
            self.bundle.invalidate()

    def move_nodes(self, positions: Mapping[NodeKey, Position]) -> None:
        """Put nodes at the given centres; nodes not mentioned stay where they are."""
        moved = []
        for key, (x, y) in positions.items():
            item = self.nodes.get(key)
            if item is not None and (item.x(), item.y()) != (x, y):
                item.setPos(QPointF(x, y))
                moved.append(item)
        if moved:
            self._reroute(moved)

    def link_obstacles(self) -> Obstacles:
        """The boxes dependency links run around: every visible initiative where it stands.

        Departments, owners and vendors stand in bands or boxes of their own,
        away from the dependency flow, and are left out.
        """
        if self._obstacles is None:
            self._obstacles = Obstacles(
                node_box(item) for item in self.nodes.values()
                if item.isVisible() and item.info.kind == "initiative")
        return self._obstacles

    def node_moved(self, item: NodeItem) -> None:
        """Re-route after a node was dragged: its own links and those now in its way."""
        self._reroute([item])

    def _reroute(self, moved: list[NodeItem]) -> None:
        """Route again the links of the moved nodes and the dependencies they now block.

        Many nodes moved (a new layout): every link. A few: their own links,
        and the dependencies whose route now crosses where they stand.
        """
        self._obstacles = None
        if len(moved) > _FEW_MOVED:
            edges: set[EdgeItem] = set(self.edges.values())
        else:
            edges = {edge for item in moved for edge in item.edges}
            for item in moved:
                for near in self.items(item.sceneBoundingRect()):
                    if isinstance(near, EdgeItem) and near.info.kind == "depends_on":
                        edges.add(near)
        for edge in edges:
            edge.adjust()

    def positions(self) -> dict[NodeKey, Position]:
        """Every node's centre as it is now."""
        return {key: (item.x(), item.y()) for key, item in self.nodes.items()}

    def fit_scene_rect(self) -> None:
        """Size the scene to its items plus a margin (so the view can scroll past the edge)."""
        rect = QRectF()
        for item in self.nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        for frame in self._frames:
            rect = rect.united(frame.sceneBoundingRect())
        rect = rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN)
        self.setSceneRect(rect)
        self.bundle.set_area(rect)

    def set_frames(self, frames: Iterable[tuple[object, str, tuple[float, float, float, float]]],
                   details: Mapping[object, tuple[int, int, str | None]] | None = None,
                   links: Mapping[tuple[object, object], int] | None = None) -> None:
        """Draw cluster boxes (key, label, (left, top, right, bottom)) behind the nodes.

        `details` gives each cluster's (initiatives, IT alone, colour) and
        `links` the dependencies between clusters (waiting, waited for), both
        keyed by a cluster's (key, label), for
        the overview drawn when zoomed out (see ui/views/graph/clusters.py).
        """
        for frame in self._frames:
            self.removeItem(frame)
        self._frames = []
        details = details or {}
        rects: dict[object, QRectF] = {}
        for key, label, (left, top, right, bottom) in frames:
            count, it_alone, colour = details.get((key, label), (0, 0, None))
            rect = QRectF(left, top, right - left, bottom - top)
            box = ClusterItem(key, label, rect, count=count, it_alone=it_alone, colour=colour,
                              caption_font=self.metrics.font(15, True))
            rects[(key, label)] = rect
            self.addItem(box)
            self._frames.append(box)
        self.cluster_links.set_links([
            (rects[a], rects[b], n) for (a, b), n in (links or {}).items()
            if a in rects and b in rects and a != b])

    def content_rect(self) -> QRectF:
        """What a fitted view or a picture frames: the visible nodes and their clusters."""
        rect = visible_rect(self.nodes.values())
        for frame in self._frames:
            if frame.isVisible():
                rect = rect.united(frame.sceneBoundingRect())
        return rect

    def overview_at(self, lod: float) -> bool:
        """True when, at zoom `lod`, titles would be under 9 pt and clusters stand in."""
        return bool(self._frames) and lod * self.metrics.px(13) < style.MIN_LABEL_PX

    # --- what is shown -----------------------------------------------------------

    def set_shown(self, keys: set[NodeKey] | None) -> None:
        """Show only these nodes (None: all) and the edges between shown nodes."""
        self._shown = None if keys is None else set(keys)
        self._apply_visibility()

    def shown_keys(self) -> set[NodeKey]:
        """Keys of the nodes currently visible."""
        return {key for key, item in self.nodes.items() if item.isVisible()}

    def _apply_visibility(self) -> None:
        shown = self._shown
        changed = False
        for key, item in self.nodes.items():
            visible = shown is None or key in shown
            if item.isVisible() != visible:
                item.setVisible(visible)
                changed = changed or item.info.kind == "initiative"
                if not visible and item.isSelected():
                    item.setSelected(False)
        for edge in self.edges.values():
            visible = edge.tail.isVisible() and edge.head.isVisible()
            if edge.isVisible() != visible:
                edge.setVisible(visible)
        if changed:  # the initiatives in the links' way changed: route them again
            self._obstacles = None
            for edge in self.edges.values():
                if edge.info.kind == "depends_on" and edge.isVisible():
                    edge.adjust()
        self.bundle.invalidate()

    # --- highlight ---------------------------------------------------------------

    def highlight(self, keys: Iterable[NodeKey]) -> None:
        """Emphasise `keys`, what they wait for and what waits for them; dim the rest.

        For a department, owner or vendor the chain starts at the initiatives
        it is linked to. No keys: everything at full strength.
        """
        keys = tuple(k for k in keys if k in self.nodes)
        changed, self._highlight = keys != self._highlight, keys
        if changed and not self.all_links:
            self._sync_edges()
        data = self.data
        if not self._highlight or data is None:
            for item in self.nodes.values():
                item.set_role(None)
                item.setOpacity(1.0)
            for edge in self.edges.values():
                edge.set_emphasised(False)
                edge.setOpacity(1.0)
            self.bundle.invalidate()
            return
        roles: dict[NodeKey, str] = {}
        related: set[NodeKey] = set()
        for key in self._highlight:
            node = self.nodes[key]
            starts = [key] if node.info.kind == "initiative" else []
            for edge in node.edges:
                other = edge.head if edge.tail is node else edge.tail
                related.add(other.key)
                if other.info.kind == "initiative" and node.info.kind != "initiative":
                    starts.append(other.key)
            for start in starts:
                for up in data.upstream(start):
                    roles.setdefault(up, "upstream")
                for down in data.downstream(start):
                    roles.setdefault(down, "downstream")
        for key in self._highlight:
            roles[key] = "selected"
        chain = set(roles)
        for key in related - chain:
            roles[key] = "related"
        for key, item in self.nodes.items():
            role = roles.get(key)
            item.set_role(role if role != "related" else None)
            item.setOpacity(1.0 if role else style.DIM_OPACITY)
        for edge in self.edges.values():
            direct = edge.tail.key in self._highlight or edge.head.key in self._highlight
            on_chain = (edge.info.kind == "depends_on" and edge.tail.key in chain
                        and edge.head.key in chain)
            edge.set_emphasised(direct or on_chain)
            edge.setOpacity(1.0 if direct or on_chain else style.DIM_OPACITY)
        self.bundle.invalidate()

    def roles(self) -> dict[NodeKey, str | None]:
        """Each node's highlight role (for tests and the status line)."""
        return {key: item.role for key, item in self.nodes.items()}

    def selected_node_keys(self) -> list[NodeKey]:
        """Keys of the selected nodes, in a stable order."""
        return sorted((i.key for i in self.selectedItems() if isinstance(i, NodeItem)),
                      key=sort_key)

    def selected_edges(self) -> list[EdgeItem]:
        """The selected edge items."""
        return [i for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_keys(self, keys: Iterable[NodeKey]) -> None:
        """Select exactly these nodes (unknown keys are ignored)."""
        wanted = set(keys)
        for item in self.selectedItems():
            if not (isinstance(item, NodeItem) and item.key in wanted):
                item.setSelected(False)
        for key in wanted:
            node = self.nodes.get(key)
            if node is not None and node.isVisible() and not node.isSelected():
                node.setSelected(True)


def visible_rect(items: Iterable[QGraphicsItem]) -> QRectF:
    """The bounding rectangle of the given visible items in scene coordinates."""
    rect = QRectF()
    for item in items:
        if item.isVisible():
            rect = rect.united(item.sceneBoundingRect())
    return rect

