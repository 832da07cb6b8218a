"""The findings panel: what the checks found, open ones first, accepted ones marked.

Double-click a finding (or press Enter) to select what it is about; Accept
records it as a known risk with a written reason (undoable), Revoke makes
it count as open again, Action… records who acts on an open finding, by
when, with a note (undoable; the board pack prints it). Why This Matters
(the button, or the finding's context menu) opens the user guide at the
finding's code: its thesis and how to resolve it. The panel refreshes
whenever the analysis does.
"""

from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roadmap.analysis.finding import Finding
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey, NodeKind

from ..context import AppContext
from ..dialogs.finding_action import ActionValues, FindingActionDialog
from ..errors import user_message
from ..guide import show_guide
from ..icons import icon
from ..models import KEY_ROLE, OBJECT_ROLE
from ..models.findings import FindingsModel
from ..models.proxies import SearchProxy
from ..widgets import FieldError

SHOW_CHOICES = (
    ("open", QT_TRANSLATE_NOOP("FindingsDock", "Open")),
    ("accepted", QT_TRANSLATE_NOOP("FindingsDock", "Accepted")),
    ("all", QT_TRANSLATE_NOOP("FindingsDock", "All")),
)


class _Table(QTableView):
    """Findings table; Enter selects the finding's subject."""

    def __init__(self, dock: FindingsDock) -> None:
        super().__init__()
        self.dock = dock

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/Return goes to the subject (QWidget.keyPressEvent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.dock.go_to(self.currentIndex())
            return
        super().keyPressEvent(event)


class FindingsDock(QDockWidget):
    """Findings with filter, details, accept and revoke."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("FindingsDock", "Findings"), parent)
        self.setObjectName("findings_dock")
        self.ctx = ctx
        self.model = FindingsModel(ctx, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.set_row_test(self._accepts)

        self.show_combo = QComboBox()
        self.show_combo.setObjectName("findings_show")
        self.show_combo.setAccessibleName(
            QCoreApplication.translate("FindingsDock", "Show findings")
        )
        self.show_combo.setToolTip(
            QCoreApplication.translate(
                "FindingsDock", "Show the open findings, the accepted ones, or all"
            )
        )
        for value, label in SHOW_CHOICES:
            self.show_combo.addItem(QCoreApplication.translate("FindingsDock", label), value)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.proxy.refilter())
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("findings_filter")
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate("FindingsDock", "Filter findings…")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(
            QCoreApplication.translate("FindingsDock", "Filter findings")
        )
        self.filter_box.textChanged.connect(self.proxy.set_search)
        self.counts = QLabel()
        self.counts.setObjectName("findings_counts")
        self.accept_button = QPushButton(
            icon("accept"), QCoreApplication.translate("FindingsDock", "Accept…")
        )
        self.accept_button.setObjectName("findings_accept")
        self.accept_button.setToolTip(
            QCoreApplication.translate(
                "FindingsDock", "Accept the finding as a known risk, with a reason"
            )
        )
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.action_button = QPushButton(QCoreApplication.translate("FindingsDock", "Ac&tion…"))
        self.action_button.setObjectName("findings_action")
        self.action_button.setToolTip(
            QCoreApplication.translate(
                "FindingsDock", "Record who acts on the finding, by when, with a note"
            )
        )
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.revoke_button = QPushButton(
            icon("revoke"), QCoreApplication.translate("FindingsDock", "Revoke")
        )
        self.revoke_button.setObjectName("findings_revoke")
        self.revoke_button.setToolTip(
            QCoreApplication.translate("FindingsDock", "Count the accepted finding as open again")
        )
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.why_button = QPushButton(
            icon("about"), QCoreApplication.translate("FindingsDock", "&Why This Matters")
        )
        self.why_button.setObjectName("findings_why")
        self.why_button.setToolTip(
            QCoreApplication.translate(
                "FindingsDock",
                "Open the user guide at this finding: why it matters and how to resolve it",
            )
        )
        self.why_button.clicked.connect(self._on_why_button_clicked)

        self.table = _Table(self)
        self.table.setObjectName("findings_table")
        self.table.setAccessibleName(QCoreApplication.translate("FindingsDock", "Findings"))
        self.table.setToolTip(
            QCoreApplication.translate(
                "FindingsDock",
                "What the checks found, worst first; double-click a finding to "
                "select what it is about",
            )
        )
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((80, 64, 0, 230, 150)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.go_to)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)

        self.details = QLabel()
        self.details.setObjectName("findings_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = FieldError()

        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("FindingsDock", "Show:")))
        bar.addWidget(self.show_combo)
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.counts)
        bar.addWidget(self.why_button)
        bar.addWidget(self.action_button)
        bar.addWidget(self.accept_button)
        bar.addWidget(self.revoke_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        self.setWidget(body)
        self.setFocusProxy(self.table)
        self.model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    # --- filtering -----------------------------------------------------------

    def _accepts(self, index: QModelIndex) -> bool:
        show = self.show_combo.currentData()
        finding = index.data(OBJECT_ROLE)
        if finding is None or show == "all":
            return True
        return finding.is_open == (show == "open")

    def set_show(self, value: str) -> None:
        """Show 'open', 'accepted' or 'all' findings."""
        self.show_combo.setCurrentIndex(max(self.show_combo.findData(value), 0))

    # --- actions -------------------------------------------------------------

    def current_finding(self) -> Any:
        """The finding under the cursor, or None."""
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def go_to(self, index: QModelIndex) -> None:
        """Select what the finding at `index` is about, everywhere."""
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        finding = index.data(OBJECT_ROLE)
        keys: list[NodeKey] = [key] if key is not None else []
        ids = list(finding.initiative_ids) if isinstance(finding, Finding) else []
        if (key is None or key.kind is not NodeKind.INITIATIVE) and ids:
            keys = [NodeKey.initiative(k) for k in ids]
        if keys:
            self.ctx.select(keys, self)

    def accept_finding(self, finding: Any, reason: str) -> bool:
        """Accept `finding` as a known risk with `reason` (one undoable edit)."""
        doc = self.ctx.doc
        by = doc.info.author or getpass.getuser()
        try:
            self.ctx.run(lambda: doc.acceptances.accept(finding.code, finding.subject,
                                                        reason, by))
        except (RoadmapError, ValueError) as failure:
            self.error.show_message(user_message(failure))
            return False
        self.error.show_message("")
        return True

    def revoke_finding(self, finding: Any) -> bool:
        """Make an accepted finding count as open again (one undoable edit)."""
        doc = self.ctx.doc
        try:
            self.ctx.run(lambda: doc.acceptances.revoke(finding.code, finding.subject))
        except (RoadmapError, ValueError) as failure:
            self.error.show_message(user_message(failure))
            return False
        self.error.show_message("")
        return True

    def record_action(self, finding: Any, values: ActionValues) -> bool:
        """Record (or, when every field is empty, clear) the action on `finding`, undoably."""
        doc = self.ctx.doc
        try:
            if not (values.owner or values.due or values.note):
                self.ctx.run(lambda: doc.finding_actions.clear(finding.code, finding.subject))
            else:
                self.ctx.run(lambda: doc.finding_actions.set(
                    finding.code, finding.subject, owner=values.owner, due=values.due,
                    note=values.note))
        except (RoadmapError, ValueError) as failure:
            self.error.show_message(user_message(failure))
            return False
        self.error.show_message("")
        self._on_table_current_changed(self.table.currentIndex())
        return True

    def _on_action_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is None or not finding.is_open:
            self.error.show_message(
                QCoreApplication.translate(
                    "FindingsDock", "Select an open finding to record an action on."
                )
            )
            return
        existing = self.ctx.doc.finding_actions.lookup(finding.code, finding.subject)
        dialog = FindingActionDialog(
            self, f"{finding.code}: {finding.title}",
            owner=existing.owner if existing else "", due=existing.due if existing else None,
            note=existing.note if existing else "",
            owners=[o.name for o in self.ctx.doc.owners.all()])
        if dialog.exec():
            self.record_action(finding, dialog.values())

    def _on_accept_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is None:
            self.error.show_message(
                QCoreApplication.translate("FindingsDock", "Select a finding to accept.")
            )
            return
        reason, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("FindingsDock", "Accept Finding"),
            QCoreApplication.translate(
                "FindingsDock", "{code}: {title}\n\nWhy is this an acceptable risk?"
            ).format(code=finding.code, title=finding.title),
            QLineEdit.EchoMode.Normal,
            finding.accepted.reason if finding.accepted else "",
        )
        if ok:
            if not reason.strip():
                self.error.show_message(
                    QCoreApplication.translate(
                        "FindingsDock", "A reason is required to accept a finding."
                    )
                )
                return
            self.accept_finding(finding, reason.strip())

    def _on_revoke_button_clicked(self) -> None:
        finding = self.current_finding()
        if finding is None or finding.is_open:
            self.error.show_message(
                QCoreApplication.translate("FindingsDock", "Select an accepted finding to revoke.")
            )
            return
        self.revoke_finding(finding)

    # --- display -------------------------------------------------------------

    def explain(self, finding: Any = None) -> None:
        """Open the user guide at the section of `finding`'s code (default: the current one)."""
        finding = finding if finding is not None else self.current_finding()
        if finding is not None:
            show_guide(self, finding.code)

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the finding at `index`: Why This Matters, Go To, Accept or Revoke."""
        finding = index.data(OBJECT_ROLE) if index.isValid() else None
        if finding is None:
            return None
        menu = QMenu(self.table)
        why = menu.addAction(
            icon("about"), QCoreApplication.translate("FindingsDock", "&Why This Matters")
        )
        why.setObjectName("findings_menu_why")
        why.triggered.connect(lambda: self.explain(finding))
        go = menu.addAction(QCoreApplication.translate("FindingsDock", "&Go To"))
        go.setObjectName("findings_menu_go")
        go.triggered.connect(lambda: self.go_to(index))
        menu.addSeparator()
        if finding.is_open:
            menu.addAction(self.accept_button.text(), self._on_accept_button_clicked)
        else:
            menu.addAction(self.revoke_button.text(), self._on_revoke_button_clicked)
        return menu

    def _on_table_context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if index.isValid():
            self.table.setCurrentIndex(index)
        menu = self.context_menu(index)
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _on_why_button_clicked(self) -> None:
        self.explain()

    def _on_model_reset(self) -> None:
        open_count, accepted = self.model.counts()
        self.counts.setText(
            QCoreApplication.translate(
                "FindingsDock", "{open_count} open, {accepted} accepted"
            ).format(open_count=open_count, accepted=accepted)
        )
        self.setWindowTitle(
            QCoreApplication.translate("FindingsDock", "Findings ({open_count} open)").format(
                open_count=open_count
            )
        )
        self._on_table_current_changed(self.table.currentIndex())

    def _on_table_current_changed(self, current: QModelIndex, *_args: Any) -> None:
        finding = current.data(OBJECT_ROLE) if current.isValid() else None
        self.accept_button.setEnabled(finding is not None)
        self.why_button.setEnabled(finding is not None)
        self.action_button.setEnabled(finding is not None and finding.is_open)
        self.revoke_button.setEnabled(finding is not None and not finding.is_open)
        if finding is None:
            self.details.setText("")
            return
        text = QCoreApplication.translate(
            "FindingsDock", "{code} · {message}\nSuggestion: {suggestion}"
        ).format(code=finding.code, message=finding.message, suggestion=finding.suggestion)
        action = self.ctx.doc.finding_actions.lookup(finding.code, finding.subject)
        someone = QCoreApplication.translate("FindingsDock", "someone")
        if action is not None:
            due = ""
            if action.due:
                due = QCoreApplication.translate("FindingsDock", " by {date}").format(
                    date=action.due.isoformat())
            note = f": {action.note}" if action.note else ""
            text += QCoreApplication.translate(
                "FindingsDock", "\nAction: {owner}{due}{note}"
            ).format(owner=action.owner or someone, due=due, note=note)
        if not finding.is_open:
            text += QCoreApplication.translate("FindingsDock", "\nAccepted by {name}: ").format(
                name=finding.accepted.accepted_by or someone)
            text += finding.accepted.reason
        self.details.setText(text)
