"""The QGraphicsView of the dependency graph: zoom, pan, drag-to-connect, key handling.

The canvas only reports what the user did (signals); the graph view turns
that into undoable edits. Zoom: wheel, Ctrl+= / Ctrl+- / Ctrl+0 (fit).
Pan: drag the background, scroll bars, arrow keys. Connect: drag from an
initiative's handle (the + on its right edge), or Shift/Alt-drag from
anywhere on it, to another initiative: the target will wait for the source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QWidget

from roadmap.model import palette
from roadmap.model.keys import NodeKey
from ui.views.graph.items import EdgeItem, NodeItem
from ui.views.graph.scene import GraphScene

ZOOM_STEP = 1.25
MIN_SCALE = 0.01
MAX_SCALE = 4.0


class GraphCanvas(QGraphicsView):
    """Shows a GraphScene and turns mouse and keys into navigation and requests."""

    connect_requested = Signal(object, object)
    """(source, target) initiative keys: the target should wait for the source."""
    nodes_moved = Signal(object)
    """{node key: (x, y)} of nodes the user dragged, once the drag ends."""
    node_activated = Signal(object)
    """A node was double-clicked."""
    delete_requested = Signal()
    """Delete was pressed while links are selected."""
    zoom_changed = Signal(float)
    """The scale factor after a zoom."""
    resized = Signal()
    """The drawing area changed size (the window, a dock or the legend beside it moved)."""

    def __init__(self, scene: GraphScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("graph_canvas")
        self.graph_scene = scene
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontSavePainterState
            | QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
        )
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._connect_from: NodeItem | None = None
        self._connect_line: QGraphicsLineItem | None = None
        self._press_positions: dict[NodeKey, tuple[float, float]] = {}
        self.user_zoomed = False
        """True once the user zoomed or panned: resizing then keeps their view."""
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            # Emitted for keys, wheel and clicks on the bars, not for the scrolling
            # a fit or a resize does.
            bar.actionTriggered.connect(self._on_scroll_bar_action_triggered)
        self.actions_by_name: dict[str, QAction] = {}
        specs: tuple[
            tuple[str, str, list[str | QKeySequence.StandardKey], Callable[[], None]], ...
        ] = (
            (
                "graph_zoom_in",
                QCoreApplication.translate("GraphCanvas", "Zoom In"),
                ["Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn],
                self.zoom_in,
            ),
            (
                "graph_zoom_out",
                QCoreApplication.translate("GraphCanvas", "Zoom Out"),
                ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
                self.zoom_out,
            ),
            (
                "graph_fit",
                QCoreApplication.translate("GraphCanvas", "Fit to View"),
                ["Ctrl+0"],
                self.fit_again,
            ),
        )
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(name)
            sequences: list[QKeySequence] = []
            for key in keys:
                for seq in ([QKeySequence(key)] if isinstance(key, str)
                            else QKeySequence.keyBindings(key)):
                    if not seq.isEmpty() and seq not in sequences:
                        sequences.append(seq)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_by_name[name] = action

    # --- zoom ----------------------------------------------------------------------

    def scale_factor(self) -> float:
        """The current zoom (1.0: one layout unit per pixel)."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom by `factor`, kept between MIN_SCALE and MAX_SCALE."""
        current = self.scale_factor()
        target = min(MAX_SCALE, max(MIN_SCALE, current * factor))
        if target != current:
            self.scale(target / current, target / current)
            self.zoom_changed.emit(self.scale_factor())

    def zoom_in(self) -> None:
        """One step closer."""
        self._mark_user_view()
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self._mark_user_view()
        self.zoom_by(1 / ZOOM_STEP)

    def _on_scroll_bar_action_triggered(self, _action: int) -> None:
        self._mark_user_view()

    def fit_again(self) -> None:
        """Fit, and keep fitting on resize until the user zooms or pans again (Ctrl+0)."""
        self.user_zoomed = False
        self.fit()

    def _mark_user_view(self) -> None:
        self.user_zoomed = True
        self._show_scroll_bars(True)

    def _show_scroll_bars(self, show: bool) -> None:
        policy = (Qt.ScrollBarPolicy.ScrollBarAsNeeded if show
                  else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def fit(self) -> None:
        """Show every visible node."""
        rect = self.graph_scene.content_rect()
        if rect.isNull():
            return
        if not self.user_zoomed:
            # A fitted map shows everything. Scroll bars coming and going would
            # resize the viewport, refit it, and could do so forever.
            self._show_scroll_bars(False)
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > 1.5:
            self.zoom_by(1.5 / self.scale_factor())
        self.zoom_changed.emit(self.scale_factor())

    def resizeEvent(self, event: Any) -> None:
        """Tell the owner, which may fit again (QGraphicsView.resizeEvent)."""
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: Any) -> None:
        """Zoom around the pointer; Shift+wheel scrolls (QGraphicsView.wheelEvent)."""
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self._mark_user_view()
            self.zoom_by(ZOOM_STEP ** steps)
        event.accept()

    # --- mouse ------------------------------------------------------------------------

    def _node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event: Any) -> None:
        """Start a connect drag or a move (QGraphicsView.mousePressEvent)."""
        node = self._node_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and node is not None and \
                node.info.kind == "initiative":
            local = node.mapFromScene(self.mapToScene(event.position().toPoint()))
            wants_link = event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                              | Qt.KeyboardModifier.AltModifier)
            if wants_link or node.handle_rect().contains(local):
                self._start_connect(node)
                event.accept()
                return
        super().mousePressEvent(event)
        self._press_positions = {
            i.key: (i.x(), i.y()) for i in self.graph_scene.selectedItems()
            if isinstance(i, NodeItem)
        }

    def mouseMoveEvent(self, event: Any) -> None:
        """Stretch the connect line (QGraphicsView.mouseMoveEvent)."""
        if self._connect_line is not None and self._connect_from is not None:
            end = self.mapToScene(event.position().toPoint())
            self._connect_line.setLine(QLineF(self._connect_from.scenePos(), end))
            event.accept()
            return
        scrolled = (self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        super().mouseMoveEvent(event)
        if scrolled != (self.horizontalScrollBar().value(), self.verticalScrollBar().value()):
            self._mark_user_view()  # dragged the background: a pan
        if event.buttons() & Qt.MouseButton.LeftButton and self._press_positions:
            for key in self._press_positions:
                item = self.graph_scene.nodes.get(key)
                if item is not None:
                    item.follow()

    def mouseReleaseEvent(self, event: Any) -> None:
        """Finish a connect drag or report moved nodes (QGraphicsView.mouseReleaseEvent)."""
        if self._connect_from is not None:
            source = self._connect_from
            self._end_connect()
            target = self._node_at(event.position())
            if target is not None and target is not source and \
                    target.info.kind == "initiative":
                self.connect_requested.emit(source.key, target.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moved = {}
        for key, before in self._press_positions.items():
            item = self.graph_scene.nodes.get(key)
            if item is not None and (item.x(), item.y()) != before:
                moved[key] = (round(item.x(), 2), round(item.y(), 2))
        self._press_positions = {}
        if moved:
            self.nodes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        """Ask for the inspector on the node (QGraphicsView.mouseDoubleClickEvent)."""
        node = self._node_at(event.position())
        if node is not None:
            self.node_activated.emit(node.key)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _start_connect(self, node: NodeItem) -> None:
        self._connect_from = node
        line = QGraphicsLineItem(QLineF(node.scenePos(), node.scenePos()))
        pen = QPen(QColor(palette.ACCENT), 2.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        line.setPen(pen)
        line.setZValue(50)
        self.graph_scene.addItem(line)
        self._connect_line = line

    def _end_connect(self) -> None:
        if self._connect_line is not None:
            self.graph_scene.removeItem(self._connect_line)
        self._connect_line = None
        self._connect_from = None

    def connect_by_keys(self, source: NodeKey, target: NodeKey) -> None:
        """The same request a drag from `source` to `target` makes (scripts, tests)."""
        self.connect_requested.emit(source, target)

    # --- keys ---------------------------------------------------------------------------

    def _links_selected(self) -> bool:
        return any(isinstance(i, EdgeItem) for i in self.graph_scene.selectedItems())

    def event(self, event: QEvent) -> bool:
        """Claim Delete from window shortcuts while links are selected (QWidget.event)."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self._links_selected():
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: Any) -> None:
        """Delete removes selected links; Escape cancels a connect drag (QWidget.keyPressEvent)."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._links_selected():
            self.delete_requested.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and self._connect_from is not None:
            self._end_connect()
            event.accept()
            return
        super().keyPressEvent(event)

    def centre_on(self, key: NodeKey) -> None:
        """Scroll so the node is in the middle, zooming in if it would be unreadable."""
        item = self.graph_scene.nodes.get(key)
        if item is None:
            return
        if self.scale_factor() < 0.6:
            self.zoom_by(0.9 / self.scale_factor())
        self.centerOn(item)

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()
