"""The timeline view: swimlanes over fiscal quarters, drag to reschedule.

Lanes group initiatives by lead department, theme or status; bars are
coloured by health with the status as an icon; milestones, vendor contract
ends, dependency arrows (red and dashed when violated) and a today line are
drawn over the quarters. Dragging a bar (or its ends) previews the new dates
and what they would break; the drop is one undoable edit. The same view,
with the projector theme, is the timeline step of the presentation mode.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.services.changes import Change
from roadmap.views.timeline.model import BarRecord, LaneMode, collect, patch
from ui.context import AppContext
from ui.image_export import dispose, offscreen, paint_widget
from ui.views.timeline.canvas import ZOOM_STEP, TimelineCanvas
from ui.views.timeline.legend import TimelineLegend
from ui.views.timeline.scene import TimelineScene
from ui.views.timeline.style import DESK, HIGH_CONTRAST_THEME, TimelineTheme, desk_theme

SETTLE_ABOVE = 400
"""Above this many bars, the layout on showing waits for the window to settle the size."""


IN_PLACE_LIMIT = 12
"""Edits of at most this many bars move them where they are instead of laying out anew."""
IN_PLACE_FIELDS = frozenset({"title", "start", "end", "status", "health"})
"""Fields whose edit leaves a bar in its lane and row (a theme may change the lane)."""


class TimelineView(QWidget):
    """Swimlane timeline of the open roadmap, sharing selection and undo with the app."""

    edited = Signal(object)
    """A drag or nudge changed an initiative's dates: the Change (already on the undo stack)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 theme: TimelineTheme | None = None, today: dt.date | None = None,
                 toolbar: bool = True, follow_selection: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.ctx = ctx
        self.follow_selection = follow_selection
        """Highlight what the app selects; the presentation only highlights its own clicks."""
        if theme is None:
            theme = desk_theme()
        self.follows_contrast = theme.name in (DESK.name, HIGH_CONTRAST_THEME.name)
        """A desk timeline switches with high contrast; the presentation keeps its own."""
        self.scene = TimelineScene(theme, self.font())
        if today is not None:
            self.scene.today = today
        self.canvas = TimelineCanvas(self.scene, self)
        self.canvas.setObjectName("timeline_canvas")
        self.legend = TimelineLegend(theme, self)
        self._stale = True
        self.canvas.deferred = True
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(True)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._on_layout_timer_timeout)
        self.message = QLabel(self)
        self.message.setObjectName("timeline_message")
        self.lane_box = QComboBox(self)
        self.lane_box.setObjectName("timeline_lanes")
        for mode in LaneMode:
            self.lane_box.addItem(mode.label, mode)
        self.lane_box.setToolTip(
            QCoreApplication.translate(
                "TimelineView", "Group the swimlanes by lead department, theme or status"
            )
        )
        self.compact_box = QCheckBox(
            QCoreApplication.translate("TimelineView", "Compact rows"), self
        )
        self.compact_box.setChecked(True)
        self.compact_box.setToolTip(
            QCoreApplication.translate(
                "TimelineView", "Share a row between initiatives that do not overlap"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(6, 4, 6, 4)
        bar.addWidget(QLabel(QCoreApplication.translate("TimelineView", "Lanes:"), self))
        bar.addWidget(self.lane_box)
        bar.addWidget(self.compact_box)
        for text, tip, slot, name in (
            (
                "−",
                QCoreApplication.translate("TimelineView", "Zoom out (Ctrl+-, Ctrl+wheel)"),
                lambda: self.canvas.zoom_by(1 / ZOOM_STEP),
                "timeline_zoom_out",
            ),
            (
                "+",
                QCoreApplication.translate("TimelineView", "Zoom in (Ctrl+=, Ctrl+wheel)"),
                lambda: self.canvas.zoom_by(ZOOM_STEP),
                "timeline_zoom_in",
            ),
            (
                QCoreApplication.translate("TimelineView", "Fit"),
                QCoreApplication.translate("TimelineView", "Fit the whole roadmap (Ctrl+0)"),
                self.canvas.fit,
                "timeline_fit",
            ),
        ):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addWidget(self.message, 1)
        self.toolbar.setVisible(toolbar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.legend)
        self.lane_box.currentIndexChanged.connect(self._on_lane_box_changed)
        self.compact_box.toggled.connect(self._on_compact_box_toggled)
        self.canvas.bar_clicked.connect(self._on_canvas_bar_clicked)
        self.canvas.dates_requested.connect(self._on_canvas_dates_requested)
        ctx.document_replaced.connect(self._on_ctx_document_replaced)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)
        self.reload()
        if follow_selection:
            self._show_selection(ctx.selection)

    # --- public --------------------------------------------------------------------

    @property
    def lane_mode(self) -> LaneMode:
        """What the lanes group by."""
        return self.scene.mode

    def set_lane_mode(self, mode: LaneMode | str) -> None:
        """Group the lanes by lead department, theme or status."""
        mode = LaneMode(mode)
        index = self.lane_box.findData(mode)
        if self.lane_box.currentIndex() != index:
            self.lane_box.setCurrentIndex(index)  # emits, which relayouts
        elif self.scene.mode is not mode:
            self._apply_lane_mode(mode)

    def cycle_lane_mode(self) -> LaneMode:
        """Switch to the next lane grouping (the presentation's L key)."""
        modes = list(LaneMode)
        self.set_lane_mode(modes[(modes.index(self.scene.mode) + 1) % len(modes)])
        return self.scene.mode

    def reload(self) -> float:
        """Read the document again and relayout; returns the seconds it took.

        A hidden view (another tab is showing) only notes that it is stale and
        catches up once it is shown and sized.
        """
        if not self.isVisible():
            self._stale = True
            self.canvas.deferred = True
            return 0.0
        started = time.perf_counter()
        self._stale = False
        self.scene.set_data(collect(self.ctx.doc), relayout=False)
        self._relayout()
        return time.perf_counter() - started

    def _relayout(self) -> None:
        self._layout_timer.stop()
        self.canvas.deferred = False
        if self.canvas.auto_fit and self.scene.data is not None:
            self.canvas.plan_fit()
        self.scene.relayout()
        self.canvas.refresh()

    def set_baseline(self, spans: dict[int, tuple[dt.date, dt.date]] | None) -> None:
        """Draw a snapshot's dates as ghost bars behind today's, slips marked (None: none)."""
        self.scene.baseline.set_spans(spans)
        self.scene.baseline.place(self.scene.layout)

    def show_lanes(self, keys: frozenset[str] | None) -> None:
        """Lay out only the lanes with these keys (None: every lane), from the top."""
        if keys == self.scene.lanes_shown and not self._stale:
            return
        self.scene.lanes_shown = keys
        if self._stale:
            self.reload()
        else:
            self._relayout()
        self.canvas.verticalScrollBar().setValue(0)

    def picture_title(self) -> str:
        """What an exported picture of this view shows."""
        return QCoreApplication.translate("TimelineView", "{title}: timeline").format(
            title=self.ctx.doc.info.title
        )

    def paint_picture(self, painter: QPainter, size: QSize) -> None:
        """Draw every lane of the timeline, fitted to `size`, as a slide would show it.

        A twin of this view is laid out off the screen at the picture's width
        (same lanes, grouping, rows, baseline and today), as tall as its lanes
        need (up to four times the picture's height), then scaled into `size`;
        this view, its scroll position and its highlight are left as they are.
        """
        twin = TimelineView(self.ctx, None, theme=self.scene.theme, toolbar=False,
                            follow_selection=False, today=self.scene.today)
        try:
            twin.scene.mode = self.scene.mode
            twin.lane_box.setCurrentIndex(twin.lane_box.findData(self.scene.mode))
            twin.compact_box.setChecked(self.scene.compact)
            twin.scene.lanes_shown = self.scene.lanes_shown
            twin.scene.baseline.set_spans(self.scene.baseline.spans)
            for bar in (twin.canvas.horizontalScrollBar, twin.canvas.verticalScrollBar):
                bar().setEnabled(False)
            twin.canvas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            twin.canvas.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            offscreen(twin, size)
            twin.reload()
            chrome = twin.height() - twin.canvas.viewport().height()
            needed = int(chrome + twin.scene.sceneRect().height()) + 2
            if needed > size.height():
                twin.resize(size.width(), min(needed, 4 * size.height()))
                twin.reload()
            twin.scene.baseline.place(twin.scene.layout)
            paint_widget(twin, painter, size)
        finally:
            dispose(twin)

    def _layout_again(self) -> None:
        """Relayout after a setting changed (a layout already due will use it)."""
        if not self._layout_timer.isActive():
            self.scene.relayout()
            self.canvas.refresh()

    def _catch_up(self) -> None:
        """Read the document on showing; lay a large roadmap out once the size settles.

        A tab host gives a page it shows its final size only after the page's
        show event (and a main window settles its docks a moment later): a
        layout now would fit a passing width and be redone at once. Small
        roadmaps lay out at once, as the cost does not matter there.
        """
        self._stale = False
        data = collect(self.ctx.doc)
        self.scene.set_data(data, relayout=False)
        if len(data.bars) <= SETTLE_ABOVE:
            self._relayout()
        else:
            self.canvas.deferred = True
            self._layout_timer.start()

    # --- slots ----------------------------------------------------------------------

    def _apply_lane_mode(self, mode: LaneMode) -> None:
        self.scene.mode = mode
        self._layout_again()

    def _on_lane_box_changed(self, index: int) -> None:
        self._apply_lane_mode(LaneMode(self.lane_box.itemData(index)))

    def _on_compact_box_toggled(self, checked: bool) -> None:
        self.scene.compact = checked
        self._layout_again()

    def _on_canvas_bar_clicked(self, key: int | None) -> None:
        keys = () if key is None else (NodeKey.initiative(key),)
        self.scene.highlight(() if key is None else (key,))
        self.ctx.select(keys, self)

    def _on_canvas_dates_requested(self, key: int, start: dt.date, end: dt.date) -> None:
        doc = self.ctx.doc
        record = self.scene.data.bars.get(key) if self.scene.data else None
        if record is None or doc.initiatives.find(key) is None:
            return
        # One drop, one step: no merge key, so two drags of one bar stay two steps;
        # a refused drop or one that changes nothing pushes nothing.
        try:
            change = self.ctx.run(lambda: doc.initiatives.update(key, start=start, end=end),
                                  label=f"Reschedule “{record.title}”")
        except RoadmapError as error:
            self.message.setText(str(error))
            return
        self.message.setText("")
        if not change.is_empty:
            self.edited.emit(change)

    def _on_ctx_document_replaced(self) -> None:
        self.scene.highlight(())
        self.canvas.auto_fit = True
        self.reload()
        self.canvas.horizontalScrollBar().setValue(0)
        self.canvas.verticalScrollBar().setValue(0)

    def _on_ctx_document_changed(self, change: Change) -> None:
        self.canvas.cancel_drag()
        data = self.scene.data
        if data is not None and not self._stale and patch(data, change):
            keys = set(change.keys("initiative"))
            fields = {name for r in change.rows for name in (r.after or {})}
            if len(keys) <= IN_PLACE_LIMIT and fields <= IN_PLACE_FIELDS and \
                    self.scene.update_in_place(keys):
                self.canvas.viewport().update()
                return
            self.scene.set_data(data, relayout=False)
            self._relayout()
        elif data is not None and not self._stale and (added := _added(change)) is not None \
                and self.scene.add_in_place(added):
            self.canvas.refresh()
        elif data is not None and not self._stale and (gone := _deleted(change)) and \
                len(gone) <= IN_PLACE_LIMIT and self.scene.remove_in_place(gone):
            self.canvas.refresh()  # the lane names' counts changed too
        else:
            self.reload()

    def _on_ctx_selection_changed(self, keys: tuple, source: object) -> None:
        if source is self or not self.follow_selection:
            return
        self._show_selection(keys)

    def _show_selection(self, keys: tuple[NodeKey, ...]) -> None:
        ids = tuple(k.id for k in keys if k.kind is NodeKind.INITIATIVE)
        self.scene.highlight(ids)
        if ids:
            self.canvas.reveal(ids[0])

    def changeEvent(self, event: QEvent) -> None:
        """Follow high contrast on a palette or style change (QWidget.changeEvent)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and (
                self.follows_contrast):
            theme = desk_theme()
            if theme is not self.scene.theme:
                self.scene.set_theme(theme)
                self.legend.theme = theme
                self.legend.update()
                self.canvas.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Let the legend wrap to the new width (QWidget.resizeEvent)."""
        self.legend.fit_width(event.size().width())
        super().resizeEvent(event)

    def keyPressEvent(self, event: object) -> None:
        """Keys pressed on the toolbar go to the chart (QWidget.keyPressEvent)."""
        self.canvas.keyPressEvent(event)  # type: ignore[arg-type]

    def showEvent(self, event: object) -> None:
        """Catch up if stale; give the chart the keyboard (QWidget.showEvent)."""
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._catch_up()
        if self.canvas.focusPolicy() != Qt.FocusPolicy.NoFocus:
            self.canvas.setFocus()

    def _on_layout_timer_timeout(self) -> None:
        if self.isVisible():
            self._relayout()
        else:
            self._stale = True


def _deleted(change: Change) -> set[int]:
    """Initiatives a change only deletes (with their links, milestones and roles); else empty."""
    gone = {r.key for r in change.rows if r.table == "initiative" and r.after is None}
    if not gone or any(r.table == "initiative" and r.after is not None for r in change.rows):
        return set()
    linked = {"dependency", "milestone", "participation", "vendor_use", "node_position",
              "finding_action", "acceptance"}
    if any(r.table != "initiative" and (r.table not in linked or r.after is not None)
           for r in change.rows):
        return set()
    return gone


def _added(change: Change) -> BarRecord | None:
    """The record of the one initiative a change only creates (no links, no roles), or None."""
    if len(change.rows) != 1:
        return None
    row = change.rows[0]
    if row.table != "initiative" or row.before is not None or row.after is None:
        return None
    v = row.after
    try:
        return BarRecord(row.key, str(v["title"]), v.get("start"), v.get("end"),
                         v.get("bucket"), v["status"], v["health"], str(v.get("theme") or ""),
                         None)
    except KeyError:
        return None
