"""Help ▸ Keyboard Shortcuts: a searchable table of every action and its keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..actions import Actions
from ..models.shortcuts import ShortcutsModel
from ..widgets import describe_buttons


class ShortcutsDialog(QDialog):
    """The window's actions and shortcuts, filtered as you type."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.model = ShortcutsModel(actions, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("shortcuts_filter")
        self.filter_box.setPlaceholderText(
            QCoreApplication.translate("ShortcutsDialog", "Filter actions or keys…")
        )
        self.filter_box.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Filter shortcuts")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard shortcuts")
        )
        self.table.setToolTip(
            QCoreApplication.translate(
                "ShortcutsDialog", "Every command of the window and its keys"
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self),
            "",
            QCoreApplication.translate("ShortcutsDialog", "Close the list"),
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)


def show_shortcuts(actions: Actions, parent: QWidget) -> ShortcutsDialog:
    """Open the shortcuts list (non-modal) over `parent`."""
    dialog = ShortcutsDialog(actions, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
