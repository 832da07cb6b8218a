"""A filterable, sortable table of initiatives that shares the app's selection.

The table view and the ownership matrix both show initiatives as rows:
this base gives them the filter box, the proxy, selection in both
directions (view -> ctx.select, ctx.selection_changed -> view) and the
message strip that shows why an edit was refused.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.keys import NodeKey, NodeKind

from ..context import AppContext
from ..image_export import dispose, offscreen, paint_widget
from ..models import KEY_ROLE
from ..models.proxies import SearchProxy
from ..models.rows import DocRowsModel
from ..widgets import FieldError


class InitiativeTable(QWidget):
    """A filter box over a QTableView of a DocRowsModel of initiatives."""

    def __init__(self, ctx: AppContext, model: DocRowsModel, name: str, description: str,
                 parent: QWidget | None = None) -> None:
        """`description` says what the table shows (its tooltip and accessible description)."""
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(model)
        self._syncing = False

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName(f"{name}_filter")
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate(
                "InitiativeTable", "Filter initiatives by title, theme, owner, department…"
            )
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(
            QCoreApplication.translate("InitiativeTable", "Filter initiatives")
        )
        self.filter_box.setToolTip(
            QCoreApplication.translate(
                "InitiativeTable",
                "Show only the initiatives whose title, theme, owner or "
                "department contains the text",
            )
        )
        self.filter_box.textChanged.connect(self.proxy.set_search)
        self.count_label = QLabel()
        self.count_label.setObjectName(f"{name}_count")

        self.table = QTableView()
        self.table.setObjectName(f"{name}_table")
        self.table.setAccessibleName(name.replace("_", " ").title())
        self.table.setToolTip(description)
        self.table.setModel(self.proxy)
        # No sort indicator before sorting is enabled: rows start in id order, unsorted
        # (no work at start; a click on a header sorts 2,000 rows in about 0.1 s).
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 12)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionsMovable(True)
        self.message = FieldError()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.setFocusProxy(self.table)

        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)
        model.edit_failed.connect(self._show_error)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.proxy.layoutChanged):
            signal.connect(self._update_count)
        self._update_count()
        self._on_ctx_selection_changed(ctx.selection, None)

    # --- selection -----------------------------------------------------------

    def selected_keys(self) -> list[NodeKey]:
        """Node keys of the selected rows, in view order."""
        rows = self.table.selectionModel().selectedRows()
        return [index.data(KEY_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _on_table_selection_changed(self, *_args: Any) -> None:
        if not self._syncing:
            self.ctx.select(self.selected_keys(), self)
            self.message.show_message("")

    def _on_ctx_selection_changed(self, keys: tuple[NodeKey, ...], source: object) -> None:
        if source is self:
            return
        selection = QItemSelection()
        first: QModelIndex | None = None
        for key in keys:
            if key.kind is not NodeKind.INITIATIVE:
                continue
            row = self.model.row_of(key.id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, index)
                first = first or index
        self._syncing = True
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.table.selectionModel().select(selection, flags)
            if first is not None:
                self.table.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(first)
        finally:
            self._syncing = False

    # --- picture -------------------------------------------------------------

    def picture_title(self) -> str:
        """What an exported picture of this view shows."""
        return f"{self.ctx.doc.info.title}: {self.table.accessibleName().lower()}"

    def paint_picture(self, painter: QPainter, size: QSize) -> None:
        """Draw the table's rows as filtered and sorted, fitted to `size`, unselected.

        A twin of the table over the same proxy, with the same columns and
        delegate, is laid out off the screen as wide as its columns and as
        tall as its rows (up to four times the picture's height: on a slide,
        rows below that would be too small to read), then scaled into `size`.
        """
        twin = QTableView()
        try:
            twin.setModel(self.proxy)
            twin.setItemDelegate(self.table.itemDelegate())
            twin.setAlternatingRowColors(True)
            twin.setWordWrap(self.table.wordWrap())
            twin.setTextElideMode(self.table.textElideMode())
            twin.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            twin.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            twin.setFrameShape(QFrame.Shape.NoFrame)
            twin.setFont(self.table.font())
            mine, theirs = self.table.horizontalHeader(), twin.horizontalHeader()
            theirs.setHighlightSections(False)
            theirs.setSortIndicatorShown(False)
            for column in range(self.proxy.columnCount()):
                twin.setColumnWidth(column, mine.sectionSize(column))
                twin.setColumnHidden(column, mine.isSectionHidden(column))
            twin.verticalHeader().setDefaultSectionSize(
                self.table.verticalHeader().defaultSectionSize())
            twin.verticalHeader().setVisible(self.table.verticalHeader().isVisible())
            offscreen(twin, size)
            width = twin.verticalHeader().width() * twin.verticalHeader().isVisible() + sum(
                mine.sectionSize(c) for c in range(self.proxy.columnCount())
                if not mine.isSectionHidden(c))
            height = theirs.height() + twin.verticalHeader().length()
            scale = max(width / size.width(), 1.0)
            twin.resize(width + 2, min(height + 2, int(4 * size.height() * scale)))
            paint_widget(twin, painter, size)
        finally:
            dispose(twin)  # a view does not own its delegate: the table's stays with it

    # --- feedback ------------------------------------------------------------

    def _show_error(self, index: QModelIndex | QPersistentModelIndex, message: str) -> None:
        self.message.show_message(message)
        view_index = index if index.model() is self.proxy else self.proxy.mapFromSource(index)
        rect = self.table.visualRect(view_index)
        if rect.isValid() and self.isVisible():
            point = self.table.viewport().mapToGlobal(rect.bottomLeft())
            QTimer.singleShot(0, lambda: QToolTip.showText(point, message, self.table))

    def _update_count(self, *_args: Any) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = (QCoreApplication.translate("InitiativeTable", "{total} initiatives")
                if shown == total else
                QCoreApplication.translate("InitiativeTable", "{shown} of {total} initiatives")
                ).format(total=total, shown=shown)
        self.count_label.setText(text)
