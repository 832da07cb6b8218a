"""Every action of the window with its shortcuts, as a table (Help ▸ Keyboard Shortcuts).

Read from the window's action registry (ui/actions.Actions), so the list
can never disagree with the keys that actually work: an action's every
binding is shown in the platform's own notation (Ctrl+Y, ⌘⇧Z, ...).
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
from PySide6.QtGui import QAction, QKeySequence

from roadmap.i18n import QT_TRANSLATE_NOOP

from ..actions import Actions
from .rows import Index

HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutsModel", "Action"),
    QT_TRANSLATE_NOOP("ShortcutsModel", "Shortcut"),
    QT_TRANSLATE_NOOP("ShortcutsModel", "What it does"),
)


def action_label(action: QAction) -> str:
    """The action's menu text without mnemonics or an ellipsis ('&Open…' -> 'Open')."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcut_text(action: QAction) -> str:
    """Every key sequence of `action`, in the platform's notation, comma separated."""
    keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
    return ", ".join(k for k in keys if k)


class ShortcutsModel(QAbstractTableModel):
    """Rows of (action, shortcuts, description), one per registered action."""

    def __init__(self, actions: Actions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [actions[name] for name in actions.names() if actions[name].text()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """QAbstractItemModel.rowCount: one row per action."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """QAbstractItemModel.columnCount."""
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractItemModel.data: label, shortcuts and status tip; the QAction as UserRole."""
        if not index.isValid():
            return None
        action = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return action
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return action_label(action)
            if column == 1:
                return shortcut_text(action)
            return action.statusTip() or action.toolTip()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """QAbstractItemModel.headerData: the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ShortcutsModel", HEADERS[section])
        return None
