"""The import dialog's value table: each sheet value that is not an exact match, confirmed.

`ValueMappingModel` is a thin adapter over the core's review
(`roadmap.spreadsheet.review.review_values`): one row per distinct value of
the department, benefit area, status, owner, sponsor and vendor columns
that did not match exactly, with the match proposed ("'Finanse' → Finance
and administration?") and, editable, what it is imported as.
`ChoiceDelegate` edits that cell with a combo box of the row's choices.
A choice is not applied here: the model emits `chosen(choice, value)` and
the dialog turns it into a value mapping in `ImportOptions.values` (what
the CLI's --value gives) and plans again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.palette import VIOLATION

if TYPE_CHECKING:
    from roadmap.spreadsheet.review import ValueChoice

Index = QModelIndex | QPersistentModelIndex
CHOICE_COLUMN = 4
_UNSETTLED = QColor(VIOLATION).lighter(185)


class ValueMappingModel(QAbstractTableModel):
    """The review's values as rows: column, sheet text, rows, proposal, import as."""

    HEADERS = (QT_TRANSLATE_NOOP("ValueMappingModel", "Column"),
               QT_TRANSLATE_NOOP("ValueMappingModel", "In the sheet"),
               QT_TRANSLATE_NOOP("ValueMappingModel", "Rows"),
               QT_TRANSLATE_NOOP("ValueMappingModel", "Proposed match"),
               QT_TRANSLATE_NOOP("ValueMappingModel", "Import as"))
    chosen = Signal(object, object)
    """(ValueChoice, value): the user chose what a sheet value is imported as."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[ValueChoice] = []

    def set_choices(self, choices: list[ValueChoice]) -> None:
        """Show another review (after the plan was built again)."""
        self.beginResetModel()
        self.choices = list(choices)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """One row per reviewed value (QAbstractTableModel.rowCount)."""
        return 0 if parent.isValid() else len(self.choices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Five columns (QAbstractTableModel.columnCount)."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles (QAbstractTableModel.headerData)."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("ValueMappingModel", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The Import as cell is editable (QAbstractTableModel.flags)."""
        base = super().flags(index)
        if index.isValid() and index.column() == CHOICE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the current choice for editing, the ValueChoice (QAbstractTableModel.data)."""
        if not index.isValid() or not 0 <= index.row() < len(self.choices):
            return None
        choice = self.choices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return choice
        if role == Qt.ItemDataRole.EditRole and column == CHOICE_COLUMN:
            return choice.current
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(choice, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CHOICE_COLUMN:
                return QCoreApplication.translate(
                    "ValueMappingModel", "Double-click to choose what this value is imported as"
                )
            return QCoreApplication.translate("ValueMappingModel", "Rows {rows}").format(
                rows=", ".join(str(r) for r in choice.rows[:30]))
        if role == Qt.ItemDataRole.BackgroundRole and choice.current is None:
            return QBrush(_UNSETTLED)
        return None

    def _text(self, choice: ValueChoice, column: int) -> str:
        if column == 0:
            return choice.column
        if column == 1:
            return choice.text
        if column == 2:
            return str(len(choice.rows))
        if column == 3:
            return choice.question()
        return choice.label_of(choice.current)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Choose what a value is imported as; emits `chosen` (QAbstractTableModel.setData)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() != CHOICE_COLUMN:
            return False
        choice = self.choices[index.row()]
        if value not in (v for v, _label in choice.choices):
            return False
        choice.current = value
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.chosen.emit(choice, value)
        return True

    def open_proposals(self) -> list[ValueChoice]:
        """The values whose proposal the user has not taken yet."""
        return [c for c in self.choices if c.proposed is not None and c.current != c.proposed]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the row's choices for the Import as cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A combo box that commits on choice (QStyledItemDelegate.createEditor)."""
        editor = QComboBox(parent)
        editor.setObjectName("value_choice_editor")
        editor.setAccessibleName(QCoreApplication.translate("ChoiceDelegate", "Import as"))
        choice = index.data(Qt.ItemDataRole.UserRole)
        for value, label in choice.choices:
            editor.addItem(label, value)
        editor.activated.connect(lambda _i: self._commit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the current choice, else the proposal (QStyledItemDelegate.setEditorData)."""
        assert isinstance(editor, QComboBox)
        choice = index.data(Qt.ItemDataRole.UserRole)
        wanted = choice.current if choice.current is not None else choice.proposed
        editor.setCurrentIndex(max(0, editor.findData(wanted)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the chosen value (QStyledItemDelegate.setModelData)."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)
