"""The presentation window: the roadmap on a wall, driven by a clicker, safe to change live.

A separate full-screen window with no menus, toolbars or docks; type 1.6
times the app's and black on white. PageDown / PageUp (and the arrow keys
and space, which presentation clickers send) step through the executive
summary, the timeline, the dependency map, the ownership matrix and the
findings. Esc leaves.

What-if in the room: a bar dragged on the timeline is one undoable edit;
the analysis runs again at once and every step shows the new figures. After
each change a one-line decision can be typed (Enter records it in the file
with doc.decisions.record, Esc skips). Ctrl+Backspace reverts everything
since the presentation began, decisions included (they explained changes
that no longer exist); Ctrl+Shift+Backspace brings it all back as long as
nothing new was edited since. Ctrl+Z / Ctrl+Shift+Z undo and redo one step.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.enums import Severity
from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change
from ui.views.graph.style import PROJECTOR as MAP_PROJECTOR
from ui.views.graph.view import GraphView
from ui.views.timeline.style import PROJECTOR
from ui.views.timeline.view import TimelineView

from ..context import AppContext
from .paging import LanePager, Pager, ScrollPager
from .steps import FindingsStep, MatrixStep, SummaryStep

log = logging.getLogger("crossroads")

STEP_TITLES = (QT_TRANSLATE_NOOP("PresentationWindow", "Executive summary"),
               QT_TRANSLATE_NOOP("PresentationWindow", "Roadmap timeline"),
               QT_TRANSLATE_NOOP("PresentationWindow", "Dependency map"),
               QT_TRANSLATE_NOOP("PresentationWindow", "Who drives each initiative"),
               QT_TRANSLATE_NOOP("PresentationWindow", "Findings and recommendations"))
NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace}
HINTS = QT_TRANSLATE_NOOP("PresentationWindow",
                          "PgDn/PgUp step · Ctrl+Z undo · Ctrl+Backspace revert all · Esc leave")


MAP_DETAIL_LIMIT = 60
"""Up to this many initiatives the map page shows them all; beyond, department clusters."""
PAGE_NAMES = ("summary", "timeline", "map", "matrix", "findings")


def page_index(page: str) -> int:
    """The step index of a page given as 1-5 or a name ("timeline"); RoadmapError if neither."""
    text = page.strip().lower()
    if text.isdigit() and 1 <= int(text) <= len(PAGE_NAMES):
        return int(text) - 1
    if text in PAGE_NAMES:
        return PAGE_NAMES.index(text)
    raise RoadmapError(
        QCoreApplication.translate(
            "PresentationWindow", "--present {page!r} is not a page; use 1-{count} or one of "
        ).format(page=page, count=len(PAGE_NAMES))
        + ", ".join(PAGE_NAMES)
    )


def _stylesheet(px: int) -> str:
    # Every selector starts with the window's id so it outranks the catch-all font rule.
    p = "QWidget#presentation"
    return f"""
    {p}, {p} QWidget {{ background: #FFFFFF; color: #000000; font-size: {px}px; }}
    {p} QLabel#step_title {{ font-size: {int(px * 1.5)}px; font-weight: bold; }}
    {p} QLabel#step_counter {{ font-size: {px}px; font-weight: bold; }}
    {p} QLabel#hints {{ font-size: {int(px * 0.75)}px; }}
    {p} QLabel#status {{ font-size: {round(px * 0.9)}px; }}
    {p} QWidget#timeline_view QWidget {{ font-size: {round(px * 0.9)}px; }}
    {p} QFrame#tile {{ border: 3px solid #000000; border-radius: 6px; }}
    {p} QFrame#tile[alarm="true"] {{ border: 5px solid #CC3311; }}
    {p} QLabel#tile_value {{ font-size: {int(px * 2.2)}px; font-weight: bold; }}
    {p} QLabel#tile_caption {{ font-weight: bold; }}
    {p} QLabel#tile_detail {{ font-size: {int(px * 0.9)}px; }}
    {p} QWidget#decision_bar, {p} QWidget#decision_bar QLabel {{ background: #FFF4C2; }}
    {p} QWidget#decision_bar {{ border-top: 3px solid #000000; }}
    {p} QLineEdit#decision_edit {{ border: 2px solid #000000; padding: 4px;
                                  background: #FFFFFF; }}
    {p} QHeaderView::section {{ background: #E9EEF3; color: #000000; font-weight: bold;
                               border: 1px solid #7B8794; padding: 4px;
                               font-size: {int(px * 0.85)}px; }}
    {p} QTableWidget {{ gridline-color: #7B8794; font-size: {int(px * 0.85)}px; }}
    """


class DecisionBar(QWidget):
    """A one-line prompt after a change: type the decision, Enter records, Esc skips."""

    submitted = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("decision_edit")
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "DecisionBar", "Decision, in one line (Enter records · Esc skips)"
            )
        )
        self.edit.setMaxLength(300)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 2)
        layout.addWidget(self.edit, 3)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.change: Change | None = None
        self.description = ""
        self.hide()

    def ask(self, change: Change, description: str) -> None:
        """Offer to record a decision about `change`."""
        self.change = change
        self.description = description
        self.label.setText(QCoreApplication.translate("DecisionBar", "Decision on: {description}")
                           .format(description=description))
        self.edit.clear()
        self.show()
        self.edit.setFocus()

    def _on_edit_return_pressed(self) -> None:
        text = self.edit.text().strip()
        if text:
            self.submitted.emit(text)
        else:
            self.dismissed.emit()


class PresentationWindow(QWidget):
    """Full-screen workshop mode over the app's document, undo stack and selection."""

    finished = Signal()
    """The presentation was left (Esc or closed)."""
    step_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Any = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(
            QCoreApplication.translate(
                "PresentationWindow", "{title} – Crossroads presentation"
            ).format(title=ctx.doc.info.title)
        )
        self.ctx = ctx
        self.start_index = ctx.undo_stack.index()
        self._reverted_from: int | None = None
        self.decisions_recorded = 0
        self.analysis: Any = None
        self.title = QLabel(self)
        self.title.setObjectName("step_title")
        self.counter = QLabel(self)
        self.counter.setObjectName("step_counter")
        self.hints = QLabel(QCoreApplication.translate("PresentationWindow", HINTS), self)
        self.hints.setObjectName("hints")
        self.hints.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        # Long messages wrap onto a second line rather than widening the window.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.stack = QStackedWidget(self)
        self.summary = SummaryStep(lambda: self.ctx.doc, self)
        # The app's selection does not leak in: nothing is dimmed until the presenter
        # clicks an initiative on the wall.
        self.timeline = TimelineView(ctx, self, theme=PROJECTOR, today=today, toolbar=False,
                                     follow_selection=False)
        self.timeline.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graph = self._graph_step()
        self.matrix = MatrixStep(self)
        self.findings = FindingsStep(self)
        for widget in (self.summary, self.timeline, self.graph, self.matrix, self.findings):
            self.stack.addWidget(widget)
        self.lanes = LanePager(self.timeline)
        self.pagers: dict[int, Pager] = {1: self.lanes, 3: ScrollPager(
            self.matrix, QCoreApplication.translate("PresentationWindow", "initiatives")),
                                         4: ScrollPager(self.findings)}
        self.part = 0
        self._message = ""
        self.decision = DecisionBar(self)
        header = QHBoxLayout()
        header.setContentsMargins(20, 8, 20, 4)
        header.addWidget(self.title, 1)
        header.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.decision)
        footer = QHBoxLayout()
        footer.setContentsMargins(20, 2, 20, 4)
        footer.addWidget(self.status, 1)
        footer.addSpacing(24)
        footer.addWidget(self.hints)
        layout.addLayout(footer)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.decision.edit.installEventFilter(self)
        self.decision.submitted.connect(self._on_decision_submitted)
        self.decision.dismissed.connect(self._on_decision_dismissed)
        self.timeline.edited.connect(self._on_timeline_edited)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self._on_ctx_document_replaced)
        # The counter reads the undo stack, which moves only after a change has been applied.
        ctx.undo_stack.indexChanged.connect(self._on_undo_index_changed)
        self._apply_type_scale(720)
        self.refresh_analysis()
        self.go(0)

    def _graph_step(self) -> GraphView:
        """The dependency map with the projector's sizes, its editing chrome hidden."""
        view = GraphView(self.ctx, self, metrics=MAP_PROJECTOR, follow_selection=False)
        view.controls.hide()
        view.status.hide()
        view.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # A dependency map: initiatives and their links, large enough to read on a wall; a
        # big roadmap opens on its department clusters (a click opens one).
        count = len(self.ctx.doc.initiatives.all())
        view.controls.choose("layered" if count <= MAP_DETAIL_LIMIT else "clusters",
                             {"initiative"})
        # Its legend explains owners and vendors, hidden here for good (a wide window
        # would unfold it again); the room gets the width.
        view.pin_legend(False)
        return view

    # --- sizing ---------------------------------------------------------------------

    def _apply_type_scale(self, height: int) -> None:
        """Body type for the window height: 24 px at 720p, 32 px at 1080p; nothing under 18 px."""
        px = max(24, round(height / 34))
        self.setStyleSheet(_stylesheet(px))

    def resizeEvent(self, event: Any) -> None:
        """Scale the type with the screen and page the steps again (QWidget.resizeEvent)."""
        self._apply_type_scale(event.size().height())
        super().resizeEvent(event)
        QTimer.singleShot(0, self._repage)

    # --- stepping ---------------------------------------------------------------------

    @property
    def step(self) -> int:
        """The index of the step on the wall (0 = executive summary)."""
        return self.stack.currentIndex()

    def go(self, index: int, part: int = 0) -> None:
        """Show step `index` (clamped to the first and last) at its part `part` (-1: last)."""
        index = max(0, min(self.stack.count() - 1, index))
        self.stack.setCurrentIndex(index)
        self.title.setText(QCoreApplication.translate("PresentationWindow", STEP_TITLES[index]))
        if index == 1:
            self.lanes.plan()
        pager = self.pagers.get(index)
        count = pager.count() if pager is not None else 1
        self.part = count - 1 if part < 0 else max(0, min(count - 1, part))
        if pager is not None:
            pager.show(self.part)
        self._show_counter()
        if index == 2:
            self.graph.canvas.fit()
            # The page gets its final size only once the stack has laid it out.
            QTimer.singleShot(0, self.graph.canvas.fit)
        self.setFocus()
        self.step_changed.emit(index)

    def _show_counter(self) -> None:
        pager = self.pagers.get(self.step)
        text = f"{self.step + 1} / {self.stack.count()}"
        if pager is not None and pager.count() > 1:
            text = f"{pager.label(self.part)} · {text}"
        self.counter.setText(text)

    def _repage(self) -> None:
        """Cut the step on the wall into parts again (the size or the roadmap changed)."""
        if self.step == 1:
            self.lanes.plan()
        pager = self.pagers.get(self.step)
        if pager is not None:
            self.part = max(0, min(pager.count() - 1, self.part))
            pager.show(self.part)
        self._show_counter()

    def next(self) -> None:
        """The step's next part, else the next step."""
        pager = self.pagers.get(self.step)
        if pager is not None and self.part < pager.count() - 1:
            self.part += 1
            pager.show(self.part)
            self._show_counter()
        else:
            self.go(self.step + 1)

    def previous(self) -> None:
        """The step's previous part, else the last part of the previous step."""
        pager = self.pagers.get(self.step)
        if pager is not None and self.part > 0:
            self.part -= 1
            pager.show(self.part)
            self._show_counter()
        elif self.step > 0:
            self.go(self.step - 1, part=-1)

    # --- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Clicker and keyboard control of the presentation (QWidget.keyPressEvent)."""
        if self._handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While a decision is typed, page keys still step and Esc skips (QObject)."""
        if watched is self.decision.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Escape:
                self._on_decision_dismissed()
                return True
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) or (
                    ctrl and key == Qt.Key.Key_Backspace):
                return self._handle_key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            if self.timeline.canvas.cancel_drag():
                return True
            if self.decision.isVisible():
                self._on_decision_dismissed()
            else:
                self.close()
        elif ctrl and key == Qt.Key.Key_Backspace:
            self.restore_all() if shift else self.revert_all()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.ctx.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.ctx.undo_stack.redo()
        elif ctrl and key in (Qt.Key.Key_Equal, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_0):
            self.timeline.canvas.keyPressEvent(event)
        elif key in NEXT_KEYS and not ctrl:
            self.next()
        elif key in PREVIOUS_KEYS and not ctrl:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(self.stack.count() - 1)
        elif key == Qt.Key.Key_L and self.step == 1:
            mode = self.timeline.cycle_lane_mode()
            self._repage()
            self._say(
                QCoreApplication.translate("PresentationWindow", "Lanes: {label}").format(
                    label=mode.label
                )
            )
        else:
            return False
        return True

    # --- what-if ------------------------------------------------------------------------

    @property
    def changes_since_start(self) -> int:
        """Undo steps applied since the presentation began."""
        return max(0, self.ctx.undo_stack.index() - self.start_index)

    def revert_all(self) -> int:
        """Undo everything since the presentation began (decisions included); the count."""
        stack = self.ctx.undo_stack
        count = self.changes_since_start
        if count:
            self._reverted_from = stack.index()
            self.decision.hide()
            stack.setIndex(self.start_index)
            self._say((QCoreApplication.translate(
                "PresentationWindow", "Reverted {count} change made in this presentation · "
                "Ctrl+Shift+Backspace brings them back") if count == 1 else
                QCoreApplication.translate(
                "PresentationWindow", "Reverted {count} changes made in this presentation · "
                "Ctrl+Shift+Backspace brings them back")).format(count=count))
        else:
            self._say(
                QCoreApplication.translate(
                    "PresentationWindow",
                    "Nothing to revert: the roadmap is as it was when the presentation began",
                )
            )
        return count

    def restore_all(self) -> bool:
        """Redo what the last revert-all undid, if nothing was edited since."""
        stack = self.ctx.undo_stack
        target = self._reverted_from
        if target is None or stack.index() != self.start_index or stack.count() < target:
            self._say(QCoreApplication.translate("PresentationWindow", "Nothing to bring back"))
            return False
        stack.setIndex(target)
        self._reverted_from = None
        self._say(
            QCoreApplication.translate(
                "PresentationWindow", "Brought back every change of this presentation"
            )
        )
        return True

    def _on_timeline_edited(self, change: Change) -> None:
        self._reverted_from = None
        self.decision.ask(change, self._describe(change))
        stranded = [f"“{name}”" for key in sorted(change.keys("initiative"))
                    if (bar := self.timeline.scene.bars.get(key)) is not None
                    for name in bar.stranded()]
        if stranded:
            self._say((QCoreApplication.translate(
                "PresentationWindow", "Milestone now outside the initiative's dates: {names}")
                if len(stranded) == 1 else QCoreApplication.translate(
                "PresentationWindow", "Milestones now outside the initiative's dates: {names}")
                ).format(names=", ".join(stranded)))

    def _describe(self, change: Change) -> str:
        keys = sorted(change.keys("initiative"))
        doc = self.ctx.doc
        if len(keys) == 1:
            obj = doc.initiatives.find(keys[0])
            if obj is not None and obj.start and obj.end:
                return QCoreApplication.translate(
                    "PresentationWindow",
                    "Reschedule “{title}” to {start:%d %b %Y} – {end:%d %b %Y}",
                ).format(title=obj.title, start=obj.start, end=obj.end)
        return change.label

    def _on_decision_submitted(self, text: str) -> None:
        change = self.decision.change
        description = self.decision.description
        keys = sorted(change.keys("initiative")) if change is not None else []
        initiative = keys[0] if len(keys) == 1 else None
        doc = self.ctx.doc
        try:
            self.ctx.run(lambda: doc.decisions.record(
                text, change=description[:200],
                initiative_id=initiative if doc.initiatives.find(initiative) else None))
        except RoadmapError as error:
            self._say(
                QCoreApplication.translate(
                    "PresentationWindow", "The decision was not recorded: {error}"
                ).format(error=error)
            )
            return
        self.decisions_recorded += 1
        self.decision.hide()
        self.setFocus()
        self._say(
            QCoreApplication.translate("PresentationWindow", "Decision recorded: {text}").format(
                text=text
            )
        )

    def _on_decision_dismissed(self) -> None:
        self.decision.hide()
        self.setFocus()

    # --- analysis -----------------------------------------------------------------------

    def refresh_analysis(self) -> None:
        """Run every check now and show the results on every step (and in the app)."""
        try:
            from roadmap.analysis.incremental import analyser_for

            analysis = analyser_for(self.ctx.doc).analysis()
        except Exception as error:  # the room must keep going even if a check breaks
            log.exception("Analysis failed during the presentation")
            self._say(
                QCoreApplication.translate(
                    "PresentationWindow", "The checks could not run: {error}"
                ).format(error=error)
            )
            return
        self.analysis = analysis
        self.ctx.publish_analysis(analysis)
        self.summary.refresh(analysis)
        self.matrix.refresh(analysis)
        self.findings.refresh(analysis)
        self._show_counts()

    def _show_counts(self) -> None:
        """The status line: changes made here, what they broke, then the latest message."""
        a = self.analysis
        parts = []
        if a is not None:
            open_high = sum(1 for f in a.by_severity()[Severity.HIGH] if f.is_open)
            changes = self.changes_since_start
            violated = len(a.violated)
            parts.append(" · ".join((
                (QCoreApplication.translate("PresentationWindow", "{count} change") if changes == 1
                 else QCoreApplication.translate("PresentationWindow", "{count} changes")
                 ).format(count=changes),
                (QCoreApplication.translate("PresentationWindow", "{count} violated dependency")
                 if violated == 1 else
                 QCoreApplication.translate("PresentationWindow", "{count} violated dependencies")
                 ).format(count=violated),
                (QCoreApplication.translate("PresentationWindow", "{count} open high finding")
                 if open_high == 1 else
                 QCoreApplication.translate("PresentationWindow", "{count} open high findings")
                 ).format(count=open_high))))
        if self._message:
            parts.append(self._message)
        self.status.setText(" — ".join(parts))

    def _say(self, message: str) -> None:
        """Show `message` after the counts until the next change."""
        self._message = message
        self._show_counts()

    def _on_ctx_document_changed(self, _change: Change) -> None:
        self._message = ""
        self.refresh_analysis()
        QTimer.singleShot(0, self._repage)

    def _on_undo_index_changed(self, _index: int) -> None:
        self._show_counts()

    def _on_ctx_document_replaced(self) -> None:
        self.start_index = 0
        self._reverted_from = None
        self.decision.hide()
        self.refresh_analysis()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leaving the presentation keeps every change and decision (QWidget.closeEvent)."""
        self.ctx.document_changed.disconnect(self._on_ctx_document_changed)
        self.ctx.document_replaced.disconnect(self._on_ctx_document_replaced)
        self.ctx.undo_stack.indexChanged.disconnect(self._on_undo_index_changed)
        self.finished.emit()
        super().closeEvent(event)
