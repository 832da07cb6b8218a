"""The timeline's graphics view: zoom, scrolling with a frozen axis, drags and keys.

It edits nothing itself: a click asks for a selection (`bar_clicked`), a drop
or a keyboard nudge asks for new dates (`dates_requested`); the owning view
turns those into shared selection and undoable edits.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from roadmap.views.timeline.layout import plan_fit
from roadmap.views.timeline.model import DragMode, dragged_dates
from ui.views.timeline.axis import AxisHeader, LaneColumn
from ui.views.timeline.drag import DragState, DragTip, describe, grip_mode
from ui.views.timeline.items import BarItem
from ui.views.timeline.scene import MAX_PX_PER_DAY, MIN_PX_PER_DAY, SCENE_MARGIN, TimelineScene

ZOOM_STEP = 1.25
LIVE_ZOOM_LIMIT = 400
"""Up to this many bars a zoom step or a resize lays out at once; above, it waits for a pause."""
ZOOM_SETTLE_MS = 220
REFIT_DELAY_MS = 200
"""After a resize of a big timeline, how long the width must hold before it refits."""

_NAVIGATION = {
    Qt.Key.Key_Left: "left", Qt.Key.Key_Right: "right", Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down", Qt.Key.Key_Home: "home", Qt.Key.Key_End: "end",
}


class TimelineCanvas(QGraphicsView):
    """Shows a TimelineScene with the axis and lane names frozen at its edges."""

    bar_clicked = Signal(object)
    """An initiative id was clicked or reached with the keyboard (None: background)."""
    dates_requested = Signal(int, object, object)
    """(initiative id, start, end): a drop or a nudge asks for new dates."""
    zoom_changed = Signal(float)
    """Pixels per day after a zoom."""

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setFont(parent.font() if parent is not None else self.font())
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.header = AxisHeader(self, self)
        self.lanes = LaneColumn(self, self)
        self.setViewportMargins(self.lanes.preferred_width(), self.header.preferred_height(),
                                0, 0)
        self.tip = DragTip(scene.theme.font(self.font(), scale=0.95))
        self.tip.hide()
        scene.addItem(self.tip)
        self.drag: DragState | None = None
        self.auto_fit = True
        self.deferred = False
        """The owner lays the chart out again shortly: a resize only notes the new size."""
        self._pending_zoom: float | None = None
        self._zoom_anchor: float | None = None
        self._zoom_timer = QTimer(self)
        self._zoom_timer.setSingleShot(True)
        self._zoom_timer.setInterval(ZOOM_SETTLE_MS)
        self._zoom_timer.timeout.connect(self._apply_pending_zoom)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(REFIT_DELAY_MS)
        self._refit_timer.timeout.connect(self._on_refit_timer_timeout)
        self.horizontalScrollBar().valueChanged.connect(self._on_scroll)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)

    def scene(self) -> TimelineScene:
        """The timeline scene (QGraphicsView.scene, narrowed)."""
        return super().scene()  # type: ignore[return-value]

    # --- coordinates -------------------------------------------------------------

    def scene_x(self, view_x: float) -> float:
        """Scene x under viewport x."""
        return (view_x + self.horizontalScrollBar().value()) / self.transform().m11()

    def view_x(self, scene_x: float) -> float:
        """Viewport x of scene x (exact, also while a zoom is being previewed)."""
        return self.transform().m11() * scene_x - self.horizontalScrollBar().value()

    def view_y(self, scene_y: float) -> float:
        """Viewport y of scene y."""
        return scene_y - self.verticalScrollBar().value()

    def bar_at(self, pos: QPointF) -> BarItem | None:
        """The bar under a viewport position, if any."""
        for item in self.items(pos.toPoint()):
            if isinstance(item, BarItem):
                return item
        return None

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips are built for the bar under the mouse only (QAbstractScrollArea)."""
        if event.type() == QEvent.Type.ToolTip:
            item = self.bar_at(QPointF(event.pos()))  # type: ignore[attr-defined]
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  self.scene().tooltip(item.record), self.viewport())
            return True
        return super().viewportEvent(event)

    # --- zoom --------------------------------------------------------------------

    def set_px_per_day(self, value: float, anchor: float | None = None) -> None:
        """Zoom the time scale; the date under viewport x `anchor` stays put."""
        scene = self.scene()
        value = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, value))
        anchor = self.viewport().width() / 2 if anchor is None else anchor
        if scene.layout is None or abs(value - scene.px_per_day) < 1e-9:
            scene.px_per_day = value
            self._end_zoom_preview()
            return
        days = self.scene_x(anchor) / scene.px_per_day
        top = self.verticalScrollBar().value()
        self._end_zoom_preview()
        scene.px_per_day = value
        scene.relayout()
        self.horizontalScrollBar().setValue(round(days * value - anchor))
        self.verticalScrollBar().setValue(top)
        self.resetCachedContent()
        self._sync_frozen()
        self.zoom_changed.emit(value)

    def zoom_by(self, factor: float, anchor: float | None = None) -> None:
        """Zoom in (factor > 1) or out around viewport x `anchor`.

        Small roadmaps relayout at once. Large ones stretch the picture at once
        and relayout when the zooming pauses, so Ctrl+wheel stays smooth at
        thousands of initiatives (no layout per wheel step).
        """
        self.auto_fit = False
        scene = self.scene()
        current = self._pending_zoom or scene.px_per_day
        target = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, current * factor))
        if len(scene.bars) <= LIVE_ZOOM_LIMIT or scene.layout is None:
            self.set_px_per_day(target, anchor)
            return
        anchor = self.viewport().width() / 2 if anchor is None else anchor
        fixed = self.scene_x(anchor)
        self._pending_zoom = target
        self._zoom_anchor = anchor
        ratio = target / scene.px_per_day
        self.setTransform(QTransform.fromScale(ratio, 1.0))
        self.horizontalScrollBar().setValue(round(fixed * ratio - anchor))
        self._sync_frozen()
        self._zoom_timer.start()

    def _apply_pending_zoom(self) -> None:
        if self._pending_zoom is not None:
            self.set_px_per_day(self._pending_zoom, self._zoom_anchor)

    def _end_zoom_preview(self) -> None:
        self._zoom_timer.stop()
        self._pending_zoom = None
        if not self.transform().isIdentity():
            self.setTransform(QTransform())

    def fit(self) -> None:
        """Fit the whole roadmap into the visible width; follow resizes until a zoom."""
        scene = self.scene()
        self.auto_fit = True
        if scene.data is None or self.deferred:
            return  # the layout on its way fits
        self._end_zoom_preview()
        before = (scene.px_per_day, scene.stack_buckets)
        self.plan_fit()
        if scene.layout is None or (scene.px_per_day, scene.stack_buckets) != before:
            scene.relayout()
            self.refresh()
            self.zoom_changed.emit(scene.px_per_day)
        self.horizontalScrollBar().setValue(0)

    def plan_fit(self) -> None:
        """Set the scene's zoom and column stacking to fit the viewport (no relayout).

        The horizon, the labels beside bars and the date-less columns share
        the viewport's width (roadmap.views.timeline.layout.plan_fit).
        """
        scene = self.scene()
        assert scene.data is not None
        width = self.viewport().width() - SCENE_MARGIN - 1
        scroll = self.verticalScrollBar()
        if not scroll.isVisible():
            # Leave room for the scroll bar a taller layout may bring (the viewport
            # then narrows without a resizeEvent, and the chart would scroll sideways).
            width -= scroll.sizeHint().width()
        width = max(1.0, width)
        planned = plan_fit(scene.data, width, scene.params())
        scene.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, planned.px_per_day))
        scene.stack_buckets = planned.stack_buckets

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms the time scale around the mouse (QGraphicsView.wheelEvent)."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP ** steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    # --- mouse -------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Select the bar under the mouse and get ready to drag it (QGraphicsView)."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        item = self.bar_at(event.position())
        if item is None:
            self.bar_clicked.emit(None)
            event.accept()
            return
        self.bar_clicked.emit(item.key)
        record = item.record
        if record.dated:
            x = self.mapToScene(event.position().toPoint()).x()
            self.drag = DragState(item.key, grip_mode(item.bar_rect(), x), x,
                                  record.start, record.end)  # type: ignore[arg-type]
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Preview the drag, or show which part of a bar the mouse would hold (QGraphicsView)."""
        x = self.mapToScene(event.position().toPoint()).x()
        drag = self.drag
        if drag is None:
            item = self.bar_at(event.position())
            cursor = Qt.CursorShape.ArrowCursor
            if item is not None and item.record.dated:
                mode = grip_mode(item.bar_rect(), x)
                cursor = (Qt.CursorShape.SizeAllCursor if mode is DragMode.MOVE
                          else Qt.CursorShape.SizeHorCursor)
            self.viewport().setCursor(cursor)
            super().mouseMoveEvent(event)
            return
        scene = self.scene()
        if drag.update(x, scene.px_per_day):
            broken = scene.preview(drag.key, drag.new_start, drag.new_end)  # type: ignore[arg-type]
            rect = scene.bars[drag.key].bar_rect()
            self.tip.show_lines(describe(drag, broken, scene.data),  # type: ignore[arg-type]
                                QPointF(rect.left(), rect.top()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Drop: ask for the new dates as one edit (QGraphicsView.mouseReleaseEvent)."""
        drag, self.drag = self.drag, None
        if drag is None:
            super().mouseReleaseEvent(event)
            return
        self.tip.hide()
        self.scene().end_preview()
        if drag.changed:
            self.dates_requested.emit(drag.key, drag.new_start, drag.new_end)
        event.accept()

    def cancel_drag(self) -> bool:
        """Abandon a drag in progress (Esc); True when there was one."""
        if self.drag is None:
            return False
        self.drag = None
        self.tip.hide()
        self.scene().end_preview()
        return True

    # --- keyboard ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home and End move between bars; Alt+Left/Right move a bar a week;
        Ctrl+= / Ctrl+- zoom, Ctrl+0 fits; Esc cancels a drag (QGraphicsView)."""
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Escape and self.cancel_drag():
            event.accept()
            return
        if ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus):
            self.zoom_by(ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit()
        elif mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Left,
                                                                 Qt.Key.Key_Right):
            self.nudge(7 if key == Qt.Key.Key_Right else -7)
        elif Qt.Key(key) in _NAVIGATION and not ctrl:
            self.navigate(_NAVIGATION[Qt.Key(key)])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def navigate(self, direction: str) -> None:
        """Select the neighbouring bar in `direction` and scroll it into view."""
        scene = self.scene()
        current = scene.selected[0] if scene.selected else None
        target = scene.neighbour(current, direction)
        if target is not None:
            self.bar_clicked.emit(target)
            self.reveal(target)

    def nudge(self, days: int) -> None:
        """Move the selected bar by whole weeks from the keyboard (one edit)."""
        scene = self.scene()
        if not scene.selected or scene.data is None:
            return
        record = scene.data.bars.get(scene.selected[0])
        if record is None or not record.dated:
            return
        start, end = dragged_dates(DragMode.MOVE, record.start, record.end,  # type: ignore[arg-type]
                                   days)
        if (start, end) != (record.start, record.end):
            self.dates_requested.emit(record.id, start, end)

    def reveal(self, key: int) -> None:
        """Scroll so the bar `key` is visible."""
        item = self.scene().bars.get(key)
        if item is not None:
            rect = item.bar_rect()
            self.ensureVisible(QRectF(rect.left(), rect.top(), min(rect.width(), 200),
                                      rect.height()), 40, 30)

    # --- frozen axis and lanes -------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the axis and lane column beside the viewport; refit if fitting (QWidget)."""
        super().resizeEvent(event)
        self._place_frozen()
        if self.auto_fit and not self.deferred:
            scene = self.scene()
            if len(scene.bars) > LIVE_ZOOM_LIMIT and scene.layout is not None:
                # A big roadmap: a dock appearing or a window being dragged wider
                # shows at once, and the bars refit once the resizing pauses.
                self._refit_timer.start()
            else:
                self.fit()

    def _on_refit_timer_timeout(self) -> None:
        if self.auto_fit and not self.deferred:
            self.fit()

    def _place_frozen(self) -> None:
        rect = self.viewport().geometry()
        left, top = self.lanes.preferred_width(), self.header.preferred_height()
        self.header.setGeometry(rect.left(), rect.top() - top, rect.width(), top)
        self.lanes.setGeometry(rect.left() - left, rect.top(), left, rect.height())

    def _on_scroll(self, _value: int) -> None:
        self._sync_frozen()

    def _sync_frozen(self) -> None:
        self.header.update()
        self.lanes.update()

    def refresh(self) -> None:
        """Repaint after the scene was laid out again."""
        self.resetCachedContent()
        self._sync_frozen()
        self.viewport().update()

    def visible_dates(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day visible (tests and the presentation use it)."""
        layout = self.scene().layout
        if layout is None:
            return None
        return (layout.scale.date_at(self.scene_x(0)),
                layout.scale.date_at(self.scene_x(self.viewport().width())))
