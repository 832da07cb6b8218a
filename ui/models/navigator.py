"""The navigator's tree: departments, owners, vendors and initiatives under four groups.

Top-level rows are the groups; their children are the rows of one table,
sorted by name here in the model (a sorting proxy would call back into
Python for every comparison: a second at 2,000 initiatives). Document
changes become row insertions, removals, dataChanged and, when a rename
moves a row, a layout change; the group's label carries the count.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import partial
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from roadmap.analysis import Analysis
from roadmap.model.entities import ROW_CLASSES
from roadmap.model.keys import NodeKey
from roadmap.services.changes import Change

from ..context import AppContext
from ..icons import icon
from . import KEY_ROLE, OBJECT_ROLE, SEARCH_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
_GROUP = 0


@dataclass
class _Group:
    kind: str
    title: str
    ids: list[int] = field(default_factory=list)
    objects: dict[int, Any] = field(default_factory=dict)


class NavigatorModel(QAbstractItemModel):
    """Four groups of domain rows as a two-level tree."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._groups = [
            _Group("department", QCoreApplication.translate("NavigatorModel", "Departments")),
            _Group("owner", QCoreApplication.translate("NavigatorModel", "Owners")),
            _Group("vendor", QCoreApplication.translate("NavigatorModel", "Vendors")),
            _Group("initiative", QCoreApplication.translate("NavigatorModel", "Initiatives")),
        ]
        self._it_alone: set[int] = set()
        self._load()
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self.reload)
        ctx.analysis_updated.connect(self._on_ctx_analysis_updated)

    # --- QAbstractItemModel --------------------------------------------------

    def index(self, row: int, column: int,
            parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of a group or of a row in a group (QAbstractItemModel.index)."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP:
            return QModelIndex()
        group = parent.row()
        if row >= len(self._groups[group].ids):
            return QModelIndex()
        return self.createIndex(row, 0, group + 1)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index, /) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        """A row's group; groups have no parent (QAbstractItemModel.parent).

        Without an index, the model's owner, as QObject.parent() gives.
        """
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, _GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Groups at the top, rows under each group (QAbstractItemModel.rowCount)."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP:
            return len(self._groups[parent.row()].ids)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column (QAbstractItemModel.columnCount)."""
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are selectable; groups are not (QAbstractItemModel.flags)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, icons, keys and objects (QAbstractItemModel.data)."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{group.title} ({len(group.ids)})"
            if role == SORT_ROLE:
                return f"{index.row():02d}"
            if role == SEARCH_ROLE:
                return ""
            if role == Qt.ItemDataRole.DecorationRole:
                return icon(group.kind)
            return None
        group = self._groups[int(index.internalId()) - 1]
        if index.row() >= len(group.ids):
            return None
        key = group.ids[index.row()]
        obj = group.objects[key]
        name = obj.title if group.kind == "initiative" else obj.name
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if group.kind == "initiative" and key in self._it_alone:
                return QCoreApplication.translate("NavigatorModel", "{name}  ⚠ IT alone").format(
                    name=name
                )
            return name
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(group.kind, obj)
        if role == OBJECT_ROLE:
            return obj
        if role == KEY_ROLE:
            return NodeKey.of(group.kind, key)
        if role == SORT_ROLE:
            return name.casefold()
        if role == SEARCH_ROLE:
            return name.casefold()
        return None

    # --- lookup --------------------------------------------------------------

    def index_of(self, node: NodeKey) -> QModelIndex:
        """The index of a node key, or an invalid index."""
        for position, group in enumerate(self._groups):
            if group.kind == node.kind:
                row = self._row(group, node.id)
                if row is not None:
                    return self.createIndex(row, 0, position + 1)
        return QModelIndex()

    def group_index(self, kind: str) -> QModelIndex:
        """The index of the group holding rows of `kind`."""
        for position, group in enumerate(self._groups):
            if group.kind == kind:
                return self.createIndex(position, 0, _GROUP)
        return QModelIndex()

    # --- change forwarding ---------------------------------------------------

    def reload(self) -> None:
        """Rebuild from the document (a different document was opened)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        for group in self._groups:
            rows = self.ctx.doc.all(ROW_CLASSES[group.kind])
            group.objects = {r.id: r for r in rows}
            group.ids = sorted(group.objects, key=partial(self._order, group))

    @staticmethod
    def _order(group: _Group, key: int) -> tuple[str, int]:
        obj = group.objects[key]
        name = obj.title if group.kind == "initiative" else obj.name
        return (name.casefold(), key)

    @staticmethod
    def _row(group: _Group, key: int) -> int | None:
        try:
            return group.ids.index(key)
        except ValueError:
            return None

    def _resort(self, number: int, group: _Group) -> None:
        """Move renamed rows to their place by name (a layout change for the views)."""
        order = sorted(group.ids, key=lambda k: self._order(group, k))
        if order == group.ids:
            return
        self.layoutAboutToBeChanged.emit()
        new_rows = {key: row for row, key in enumerate(order)}
        old, new = [], []
        for index in self.persistentIndexList():
            if index.isValid() and index.internalId() == number + 1:
                old.append(index)
                new.append(self.createIndex(new_rows[group.ids[index.row()]], 0, number + 1))
        group.ids = order
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_ctx_document_changed(self, change: Change) -> None:
        for number, group in enumerate(self._groups):
            parent = self.createIndex(number, 0, _GROUP)
            counted = renamed = False
            for row in change.rows:
                if row.table != group.kind:
                    continue
                position = self._row(group, row.key)
                if row.after is None and position is not None:
                    self.beginRemoveRows(parent, position, position)
                    del group.ids[position]
                    group.objects.pop(row.key, None)
                    self.endRemoveRows()
                    counted = True
                elif row.after is not None and position is None:
                    obj = self.ctx.doc.get(ROW_CLASSES[group.kind], row.key)
                    if obj is not None:
                        group.objects[row.key] = obj
                        wanted = self._order(group, row.key)
                        position = bisect_left(
                            group.ids, wanted, key=partial(self._order, group))
                        self.beginInsertRows(parent, position, position)
                        group.ids.insert(position, row.key)
                        self.endInsertRows()
                        counted = True
                elif row.after is not None and position is not None:
                    obj = self.ctx.doc.get(ROW_CLASSES[group.kind], row.key)
                    if obj is not None:
                        group.objects[row.key] = obj
                    child = self.createIndex(position, 0, number + 1)
                    self.dataChanged.emit(child, child)
                    renamed = True
            if counted:
                self.dataChanged.emit(parent, parent)
            if renamed:
                self._resort(number, group)

    def _on_ctx_analysis_updated(self, analysis: Analysis) -> None:
        alone = set(analysis.it_alone)
        changed = alone ^ self._it_alone
        self._it_alone = alone
        group = next(g for g in self._groups if g.kind == "initiative")
        number = self._groups.index(group)
        for key in changed:
            row = self._row(group, key)
            if row is not None:
                child = self.createIndex(row, 0, number + 1)
                self.dataChanged.emit(child, child)

    def _tooltip(self, kind: str, obj: Any) -> str:
        if kind == "department":
            return f"{obj.name}{' (IT)' if obj.is_it else ''}"
        if kind == "owner":
            return ", ".join(p for p in (obj.name, obj.role) if p)
        if kind == "vendor":
            return f"{obj.name}: {obj.category.label}"
        if kind == "initiative" and obj.id in self._it_alone:
            return QCoreApplication.translate(
                "NavigatorModel", "{title}\nIT alone: no business department leads or contributes"
            ).format(title=obj.title)
        return obj.title
