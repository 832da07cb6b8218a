"""The findings of the last analysis as a table: open ones first, accepted ones marked.

The analysis is recomputed after edits (ui/analysis_refresh.py) and arrives
through `AppContext.analysis_updated`; the model then resets, because a new
analysis replaces the whole list. Each row returns its Finding under
OBJECT_ROLE and its subject's node key under KEY_ROLE.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from roadmap.analysis import Analysis
from roadmap.analysis.finding import Finding
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model import palette
from roadmap.model.entities import Department, Owner, Vendor
from roadmap.model.enums import Severity
from roadmap.model.keys import NodeKey, NodeKind

from ..context import AppContext
from . import KEY_ROLE, OBJECT_ROLE, SEARCH_ROLE, SORT_ROLE
from .rows import Index

HEADERS = (
    QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
    QT_TRANSLATE_NOOP("FindingsModel", "Code"),
    QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    QT_TRANSLATE_NOOP("FindingsModel", "About"),
    QT_TRANSLATE_NOOP("FindingsModel", "Status"),
)


def _severity(finding: Finding) -> Severity:
    try:
        return Severity.parse(finding.severity)  # type: ignore[return-value]
    except ValueError:
        return Severity.LOW


class FindingsModel(QAbstractTableModel):
    """Rows of findings from the latest analysis."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._findings: list[Finding] = []
        ctx.analysis_updated.connect(self.set_analysis)
        if ctx.analysis is not None:
            self.set_analysis(ctx.analysis)

    def set_analysis(self, analysis: Analysis) -> None:
        """Show the findings of `analysis` (open first, then by severity and code)."""
        findings = list(analysis.findings)
        findings.sort(key=lambda f: (not f.is_open, _severity(f).rank, f.code, str(f.subject)))
        self.beginResetModel()
        self._findings = findings
        self.endResetModel()

    def finding_at(self, row: int) -> Finding:
        """The Finding in `row`."""
        return self._findings[row]

    def counts(self) -> tuple[int, int]:
        """(open, accepted) numbers of findings."""
        open_count = sum(1 for f in self._findings if f.is_open)
        return open_count, len(self._findings) - open_count

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of findings (QAbstractItemModel.rowCount)."""
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns (QAbstractItemModel.columnCount)."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (QAbstractItemModel.headerData)."""
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return QCoreApplication.translate("FindingsModel", HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable, read-only rows (QAbstractItemModel.flags)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, colours, tooltips and the Finding (QAbstractItemModel.data)."""
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = index.column()
        severity = _severity(finding)
        if role == Qt.ItemDataRole.DisplayRole:
            return (severity.label, finding.code, f"{finding.title}: {finding.message}",
                    self.subject_name(finding), self._status(finding))[column]
        if role == OBJECT_ROLE:
            return finding
        if role == KEY_ROLE:
            return self.subject_key(finding)
        if role == SORT_ROLE:
            return ((not finding.is_open, severity.rank), finding.code, finding.title.casefold(),
                    self.subject_name(finding).casefold(), not finding.is_open)[column]
        if role == SEARCH_ROLE:
            return " ".join((finding.code, finding.title, finding.message,
                             self.subject_name(finding))).casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(finding)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(palette.SEVERITY[severity])
        if role == Qt.ItemDataRole.ForegroundRole and not finding.is_open:
            return QColor(palette.MUTED_INK)
        return None

    def subject_key(self, finding: Finding) -> NodeKey | None:
        """The node key to select for a finding: its subject, or its first initiative."""
        subject = _subject_node(finding)
        if subject is not None:
            return subject
        ids = finding.initiative_ids
        return NodeKey.initiative(ids[0]) if ids else None

    def subject_name(self, finding: Finding) -> str:
        """A readable name for what the finding is about."""
        parsed = _subject_node(finding)
        doc = self.ctx.doc
        if parsed is not None:
            name = self._node_name(parsed)
            if name is not None:
                return name
        ids = list(finding.initiative_ids)
        if ids:
            first = doc.initiatives.find(ids[0])
            more = f" (+{len(ids) - 1})" if len(ids) > 1 else ""
            return (first.title if first else str(ids[0])) + more
        return str(finding.subject)

    def _node_name(self, node: NodeKey) -> str | None:
        """The title or name of the row a node stands for, or None when it is gone."""
        doc = self.ctx.doc
        if node.kind is NodeKind.INITIATIVE:
            initiative = doc.initiatives.find(node.id)
            return None if initiative is None else initiative.title
        row: Department | Owner | Vendor | None
        if node.kind is NodeKind.DEPARTMENT:
            row = doc.departments.find(node.id)
        elif node.kind is NodeKind.OWNER:
            row = doc.owners.find(node.id)
        else:
            row = doc.vendors.find(node.id)
        return None if row is None else row.name

    @staticmethod
    def _status(finding: Finding) -> str:
        if finding.accepted is None:
            return QCoreApplication.translate("FindingsModel", "Open")
        return QCoreApplication.translate("FindingsModel", "Accepted: {reason}").format(
            reason=finding.accepted.reason
        )

    def _tooltip(self, finding: Finding) -> str:
        lines = [f"{finding.code}: {finding.message}"]
        if finding.suggestion:
            lines.append(
                QCoreApplication.translate("FindingsModel", "Suggestion: {suggestion}").format(
                    suggestion=finding.suggestion
                )
            )
        accepted = finding.accepted
        if accepted is not None:
            if accepted.accepted_by:
                text = QCoreApplication.translate("FindingsModel", "Accepted by {name}: {reason}")
            else:
                text = QCoreApplication.translate("FindingsModel", "Accepted: {reason}")
            lines.append(text.format(name=accepted.accepted_by, reason=accepted.reason))
        return "\n".join(lines)


def _subject_node(finding: Finding) -> NodeKey | None:
    """The node a finding's subject names ('initiative:12'), or None ('cycle:3,7', 'roadmap')."""
    try:
        return NodeKey.parse(finding.subject)
    except ValueError:
        return None
