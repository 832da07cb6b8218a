"""Sorting and filtering proxies shared by the views.

`SearchProxy` sorts by each cell's SORT_ROLE value (compared in Python, so
empty values sort last and enumerations in their natural order) and keeps
the rows whose SEARCH_ROLE text contains every word typed in a filter box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from . import SEARCH_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


class SearchFilterProxy(QSortFilterProxyModel):
    """Filter by words against SEARCH_ROLE of column 0; sort by SORT_ROLE in C++.

    Use it when SORT_ROLE values are plain strings or numbers: no Python call
    per comparison, so thousands of rows sort at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._accept: Any = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        """Keep rows matching every word of `text` (case-insensitive)."""
        words = text.casefold().split()
        if words != self._words:
            self._begin_filter_change()
            self._words = words
            self._end_filter_change()

    def set_row_test(self, test: Any) -> None:
        """An extra test `test(source_index) -> bool` rows must pass (None: none)."""
        self._begin_filter_change()
        self._accept = test
        self._end_filter_change()

    def refilter(self) -> None:
        """Apply the filter again (the row test's inputs changed)."""
        self._begin_filter_change()
        self._end_filter_change()

    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Rows whose search text has every word (QSortFilterProxyModel.filterAcceptsRow)."""
        if self._accept is None and not self._words:
            return True  # called for every row on every reset: keep the no-filter case bare
        source = self.sourceModel()
        index = source.index(source_row, 0, source_parent)
        if self._accept is not None and not self._accept(index):
            return False
        if not self._words:
            return True
        text = index.data(SEARCH_ROLE) or ""
        return all(word in text for word in self._words)



class SearchProxy(SearchFilterProxy):
    """SearchFilterProxy whose SORT_ROLE values (tuples, enums) compare in Python.

    When the source model offers `sort_key(row, column)` (DocRowsModel, which
    caches each row's value), comparisons read it directly instead of going
    through QModelIndex.data: a header click on 2,000 rows makes some 20,000.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sort_key: Any = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Note the model's `sort_key`, if any (QSortFilterProxyModel.setSourceModel)."""
        self._sort_key = getattr(model, "sort_key", None)
        super().setSourceModel(model)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare SORT_ROLE values as Python objects (QSortFilterProxyModel.lessThan)."""
        if self._sort_key is not None:
            a = self._sort_key(left.row(), left.column())
            b = self._sort_key(right.row(), right.column())
        else:
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
