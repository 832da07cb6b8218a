"""The navigator dock: departments, owners, vendors and initiatives, with a filter box.

Selecting a row selects that node everywhere; double-click (or Enter)
opens it in the inspector. Typing in the filter keeps the rows whose name
contains every word and the groups that hold them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.keys import NodeKey

from ..context import AppContext
from ..models import KEY_ROLE
from ..models.navigator import NavigatorModel
from ..models.proxies import SearchFilterProxy

FOLD_ABOVE = 300
"""A group with more rows than this stays folded until the user unfolds it or filters."""


class _Tree(QTreeView):
    """The tree; Enter opens the current row in the inspector."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter/Return inspects the current node (QWidget.keyPressEvent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            key = self.currentIndex().data(KEY_ROLE)
            if key:
                self.ctx.inspect_requested.emit(key)
                return
        super().keyPressEvent(event)


class NavigatorDock(QDockWidget):
    """A filterable tree of everything in the roadmap."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NavigatorDock", "Navigator"), parent)
        self.setObjectName("navigator_dock")
        self.ctx = ctx
        self.model = NavigatorModel(ctx, self)
        self.proxy = SearchFilterProxy(self)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setSourceModel(self.model)
        self._syncing = False

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("navigator_filter")
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate("NavigatorDock", "Filter by name…")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(
            QCoreApplication.translate("NavigatorDock", "Filter the navigator")
        )
        self.filter_box.textChanged.connect(self._on_filter_box_text_changed)

        self.tree = _Tree(ctx)
        self.tree.setObjectName("navigator_tree")
        self.tree.setAccessibleName(QCoreApplication.translate("NavigatorDock", "Navigator"))
        self.tree.setToolTip(
            QCoreApplication.translate(
                "NavigatorDock",
                "Departments, owners, vendors and initiatives; select one to "
                "inspect it, double-click to open it in the Inspector",
            )
        )
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection_changed)
        self.proxy.modelReset.connect(self._expand_groups)
        self._expand_groups()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.setFocusProxy(self.tree)
        ctx.selection_changed.connect(self._on_ctx_selection_changed)

    def focus_filter(self) -> None:
        """Show the dock and put the cursor in the filter box (Edit ▸ Find)."""
        self.show()
        self.raise_()
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def _folds(self, group: QModelIndex) -> bool:
        """True for a group kept folded until filtered: initiatives can be thousands,
        and an unfolded group of thousands makes every insertion lay them all out."""
        return self.proxy.rowCount(group) > FOLD_ABOVE and not self.filter_box.text()

    def _expand_groups(self, *_args: Any) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.tree.setExpanded(index, not self._folds(index))

    def _on_filter_box_text_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._expand_groups()

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.ctx.inspect_requested.emit(key)

    def _on_tree_selection_changed(self, *_args: Any) -> None:
        if self._syncing:
            return
        keys = [i.data(KEY_ROLE) for i in self.tree.selectionModel().selectedRows()]
        self.ctx.select([k for k in keys if k], self)

    def _on_ctx_selection_changed(self, keys: tuple[NodeKey, ...], source: object) -> None:
        if source is self:
            return
        selection = QItemSelection()
        first = None
        for key in keys:
            index = self.proxy.mapFromSource(self.model.index_of(key))
            if index.isValid():
                selection.select(index, index)
                first = first or index
        self._syncing = True
        try:
            self.tree.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            if first is not None and (self.tree.isExpanded(first.parent())
                                      or not self._folds(first.parent())):
                self.tree.setExpanded(first.parent(), True)
                self.tree.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(first)
        finally:
            self._syncing = False
