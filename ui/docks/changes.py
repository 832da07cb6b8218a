"""The Changes panel: what changed since a chosen snapshot, one line per change.

Choose a snapshot; the panel compares it with the roadmap as it is now
(refreshed with every new analysis) and lists the changes by section, slips
first. Clicking a line (or Enter) selects its initiative in every view. The
comparison is published as `comparison_changed`, so the table can show only
what changed and the graph view can filter on `Comparison.changed_keys`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roadmap.analysis.engine import Analysis
from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change
from roadmap.snapshots.compare import Comparison, compare
from roadmap.snapshots.payload import current_state, load_state
from roadmap.snapshots.report import SECTIONS, change_lines, section_title
from roadmap.snapshots.state import PayloadError, RoadmapState

from ..context import AppContext

INITIATIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class ChangesDock(QDockWidget):
    """The comparison with a chosen snapshot, and the switch that filters the table."""

    comparison_changed = Signal(object)
    """The new Comparison, or None when no snapshot is chosen (or it cannot be read)."""
    table_filter_changed = Signal(bool)
    baseline_changed = Signal(object)
    """The snapshot's spans to draw as ghost bars ({id: (start, end)}), or None for none."""
    """Whether the table should show only what changed."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ChangesDock", "Changes"), parent)
        self.setObjectName("changes_dock")
        self.ctx = ctx
        self.comparison: Comparison | None = None
        self._states: dict[tuple[int, str], RoadmapState] = {}

        self.snapshot_combo = QComboBox()
        self.snapshot_combo.setObjectName("changes_snapshot")
        self.snapshot_combo.setAccessibleName(
            QCoreApplication.translate("ChangesDock", "Compare with snapshot")
        )
        self.snapshot_combo.setToolTip(
            QCoreApplication.translate(
                "ChangesDock", "The snapshot today's roadmap is compared with"
            )
        )
        self.snapshot_combo.setMinimumContentsLength(18)
        self.only_changed = QCheckBox(
            QCoreApplication.translate("ChangesDock", "Only what changed (table and map)")
        )
        self.only_changed.setObjectName("changes_only_changed")
        self.only_changed.setToolTip(
            QCoreApplication.translate(
                "ChangesDock",
                "Filter the table and the map to the initiatives that changed since the snapshot",
            )
        )
        self.baseline = QCheckBox(
            QCoreApplication.translate("ChangesDock", "Baseline on the timeline")
        )
        self.baseline.setObjectName("changes_baseline")
        self.baseline.setToolTip(
            QCoreApplication.translate(
                "ChangesDock",
                "Show the snapshot's dates as ghost bars behind today's, slips marked in red",
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("changes_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("changes_list")
        self.list.setAccessibleName(
            QCoreApplication.translate("ChangesDock", "Changes since the snapshot")
        )
        self.list.setToolTip(
            QCoreApplication.translate(
                "ChangesDock", "Each change since the snapshot; select one to select its initiative"
            )
        )
        self.list.setAlternatingRowColors(True)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(QCoreApplication.translate("ChangesDock", "Since:")))
        bar.addWidget(self.snapshot_combo, 1)
        bar.addWidget(self.only_changed)
        bar.addWidget(self.baseline)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)

        self.snapshot_combo.currentIndexChanged.connect(self._on_snapshot_combo_changed)
        self.only_changed.toggled.connect(self.table_filter_changed)
        self.baseline.toggled.connect(lambda _on: self.baseline_changed.emit(
            self.baseline_spans()))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemClicked.connect(self._on_list_item_activated)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self._on_ctx_document_replaced)
        self.fill_snapshots()

    # --- snapshots -------------------------------------------------------------

    def fill_snapshots(self) -> None:
        """List the document's snapshots, newest first; keep the chosen one when it stays."""
        chosen = self.snapshot_combo.currentData()
        snapshots = list(reversed(self.ctx.doc.snapshots.all()))
        self.snapshot_combo.blockSignals(True)
        self.snapshot_combo.clear()
        self.snapshot_combo.addItem(QCoreApplication.translate("ChangesDock", "No snapshot"), None)
        for info in snapshots:
            self.snapshot_combo.addItem(f"{info.name} ({info.taken_at:%d %b %Y})", info.id)
        position = self.snapshot_combo.findData(chosen) if chosen is not None else -1
        if position < 0 and snapshots:
            position = 1  # the latest
        self.snapshot_combo.setCurrentIndex(max(position, 0))
        self.snapshot_combo.blockSignals(False)
        self.refresh()

    def choose(self, snapshot_id: int | None) -> None:
        """Compare with the snapshot of id `snapshot_id` (None: with none)."""
        self.snapshot_combo.setCurrentIndex(max(self.snapshot_combo.findData(snapshot_id), 0))

    # --- the comparison --------------------------------------------------------

    def refresh(self) -> None:
        """Compare again with the chosen snapshot and list the changes."""
        self.list.clear()
        key = self.snapshot_combo.currentData()
        analysis: Analysis | None = getattr(self.ctx, "analysis", None)
        comparison: Comparison | None = None
        if key is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "ChangesDock",
                    "Take a snapshot (Roadmap ▸ Take Snapshot…) to see what changes after it.",
                )
                if self.snapshot_combo.count() == 1
                else QCoreApplication.translate("ChangesDock", "Choose a snapshot to compare with.")
            )
        elif analysis is None:
            self.summary.setText(
                QCoreApplication.translate("ChangesDock", "Comparing once the checks have run…")
            )
        else:
            try:
                comparison = compare(self._state(int(key)), current_state(self.ctx.doc,
                                                                          analysis))
            except PayloadError as error:
                self.summary.setText(str(error))
        if comparison is not None:
            self._show(comparison)
        self.comparison = comparison
        self.comparison_changed.emit(comparison)
        if self.baseline.isChecked():
            self.baseline_changed.emit(self.baseline_spans())

    def baseline_spans(self) -> dict[int, tuple[dt.date, dt.date]] | None:
        """The chosen snapshot's (start, end) by initiative, when the baseline is asked for."""
        key = self.snapshot_combo.currentData()
        if not self.baseline.isChecked() or key is None:
            return None
        try:
            state = self._state(int(key))
        except PayloadError:
            return None
        return {i.id: (i.start, i.end) for i in state.initiatives.values()
                if i.start is not None and i.end is not None}

    def changed_keys(self) -> frozenset[NodeKey]:
        """The initiatives that changed since the chosen snapshot (empty without one)."""
        return self.comparison.changed_keys if self.comparison is not None else frozenset()

    def _state(self, key: int) -> RoadmapState:
        info = self.ctx.doc.snapshots.get(key)
        cached = self._states.get((key, info.name))
        if cached is None:  # a snapshot never changes but for its name: read it once
            cached = self._states[(key, info.name)] = load_state(self.ctx.doc, info)
        return cached

    def _show(self, comparison: Comparison) -> None:
        lines = change_lines(comparison)
        if not lines:
            self.summary.setText(
                QCoreApplication.translate("ChangesDock", "Nothing changed since {label}.").format(
                    label=comparison.old.label
                )
            )
            return
        self.summary.setText(
            QCoreApplication.translate(
                "ChangesDock",
                "{added} added, {removed} removed, {slips} slipped, {budget} re-budgeted, "
                "{findings_opened} findings opened and {findings_resolved} resolved since {label}.",
            ).format(
                added=len(comparison.added),
                removed=len(comparison.removed),
                slips=len(comparison.slips),
                budget=len(comparison.budget),
                findings_opened=len(comparison.findings_opened),
                findings_resolved=len(comparison.findings_resolved),
                label=comparison.old.label,
            )
        )
        bold = QFont(self.list.font())
        bold.setBold(True)
        for section in SECTIONS:
            group = [line for line in lines if line.section == section]
            if not group:
                continue
            heading = QListWidgetItem(f"{section_title(section)} ({len(group)})")
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(heading)
            for line in group:
                item = QListWidgetItem(f"   {line.text}")
                item.setData(INITIATIVE_ROLE, line.initiative_id)
                item.setToolTip(line.text)
                self.list.addItem(item)

    # --- slots -----------------------------------------------------------------

    def _on_snapshot_combo_changed(self, _position: int) -> None:
        self.refresh()

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        key = item.data(INITIATIVE_ROLE)
        if key is not None:
            self.ctx.select((NodeKey.initiative(int(key)),), self)

    def _on_ctx_analysis_updated(self, _analysis: Analysis) -> None:
        self.refresh()

    def _on_ctx_document_changed(self, change: Change) -> None:
        if change.touches("snapshot"):
            self.fill_snapshots()

    def _on_ctx_document_replaced(self) -> None:
        self._states.clear()
        self.snapshot_combo.blockSignals(True)
        self.snapshot_combo.clear()
        self.snapshot_combo.blockSignals(False)
        self.fill_snapshots()
