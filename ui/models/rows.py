"""A table model whose rows are the rows of one domain table, kept in id order.

Subclasses declare the table and the columns; this base forwards the
document's changes to the view: created rows become beginInsertRows,
deleted rows beginRemoveRows, updated rows dataChanged, and a replaced
document a model reset. It also keeps each row's sort value per column
(`sort_key`), computed once and forgotten when the row or the column
changes: a sorting proxy compares tens of thousands of pairs per click.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from roadmap.model.entities import ROW_CLASSES
from roadmap.services.changes import Change

from ..context import AppContext

Index = QModelIndex | QPersistentModelIndex
_MISSING = object()


class DocRowsModel(QAbstractTableModel):
    """Rows of one document table, by ascending id."""

    table: ClassVar[str]
    edit_failed = Signal(object, str)
    """An edit was refused: (the QModelIndex, the message to show at the cell)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[int] = []
        self._objects: dict[int, Any] = {}
        self._sort_keys: dict[int, dict[int, Any]] = {}
        ctx.document_changed.connect(self._on_ctx_document_changed)
        ctx.document_replaced.connect(self.reload)
        # Columns shift when one is added or removed: every cached sort value goes.
        for signal in (self.columnsAboutToBeInserted, self.columnsAboutToBeRemoved,
                       self.columnsInserted, self.columnsRemoved, self.modelAboutToBeReset):
            signal.connect(self._forget_sort_keys)
        self._load()

    # --- QAbstractItemModel --------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of rows (QAbstractItemModel.rowCount); a table has no children."""
        return 0 if parent.isValid() else len(self._ids)

    # --- access --------------------------------------------------------------

    def object_at(self, row: int) -> Any:
        """The domain object shown in `row`."""
        return self._objects[self._ids[row]]

    def row_of(self, key: int) -> int | None:
        """The row showing the object with id `key`, or None."""
        position = bisect_left(self._ids, key)
        if position < len(self._ids) and self._ids[position] == key:
            return position
        return None

    def ids(self) -> list[int]:
        """Ids of every row, in row order."""
        return list(self._ids)

    # --- sorting -------------------------------------------------------------

    def sort_key(self, row: int, column: int) -> Any:
        """The value `row` sorts by in `column` (its SORT_ROLE), computed once per row.

        Values of one column compare with each other in Python (tuples put
        empty values last); the cache is dropped for a row when it changes
        and for a column when the column's inputs change (`_columns_changed`).
        """
        key = self._ids[row]
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = {}
        value = keys.get(key, _MISSING)
        if value is _MISSING:
            value = keys[key] = self._compute_sort_key(self._objects[key], column)
        return value

    def _compute_sort_key(self, obj: Any, column: int) -> Any:
        """Hook: the value `obj` sorts by in `column`."""
        return obj.id

    def _forget_sort_keys(self, *_args: object) -> None:
        self._sort_keys.clear()

    def _forget_row_sort_keys(self, key: int) -> None:
        for keys in self._sort_keys.values():
            keys.pop(key, None)

    # --- change forwarding ---------------------------------------------------

    def reload(self) -> None:
        """Rebuild from the document (after a different document was opened)."""
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        self._sort_keys.clear()
        rows = self.ctx.doc.all(ROW_CLASSES[self.table])
        self._ids = [r.id for r in rows]
        self._objects = {r.id: r for r in rows}
        self._after_load()

    def _after_load(self) -> None:
        """Hook: rebuild caches derived from the rows."""

    def _on_ctx_document_changed(self, change: Change) -> None:
        cls = ROW_CLASSES[self.table]
        for row in change.rows:
            if row.table != self.table:
                continue
            position = self.row_of(row.key)
            self._forget_row_sort_keys(row.key)
            if row.after is None:
                if position is not None:
                    self.beginRemoveRows(QModelIndex(), position, position)
                    del self._ids[position]
                    self._objects.pop(row.key, None)
                    self.endRemoveRows()
            elif row.before is None or position is None:
                obj = self.ctx.doc.get(cls, row.key)
                if obj is not None and position is None:
                    position = bisect_left(self._ids, row.key)
                    self.beginInsertRows(QModelIndex(), position, position)
                    self._ids.insert(position, row.key)
                    self._objects[row.key] = obj
                    self.endInsertRows()
            else:
                obj = self.ctx.doc.get(cls, row.key)
                if obj is not None:
                    self._objects[row.key] = obj
                self._row_changed(position)
        self._on_related_change(change)

    def _row_changed(self, position: int) -> None:
        last = self.columnCount() - 1
        if last >= 0:
            self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    def _columns_changed(self, first: int, last: int) -> None:
        for column in range(first, last + 1):
            self._sort_keys.pop(column, None)
        if self._ids and last >= first:
            self.dataChanged.emit(self.index(0, first), self.index(len(self._ids) - 1, last))

    def _on_related_change(self, change: Change) -> None:
        """Hook: react to changes of other tables shown in this model's cells."""
