"""Item delegates: the right editor for each kind of cell.

Dates get a calendar, enumerations a list of labels, money a forgiving
amount field, people a list of owners, departments-with-role a small panel
of role choosers. A value the editor cannot parse is reported through
`edit_failed` (the view shows it at the cell) instead of being written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roadmap.model.enums import LabelledEnum, Role
from roadmap.model.errors import ValidationError

from .context import AppContext
from .errors import user_message
from .widgets import DepartmentRolesEditor, EnumCombo, MoneyEdit, OptionalDateEdit, RowCombo

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole


class EditDelegate(QStyledItemDelegate):
    """Shared plumbing: commit on change for choosers, report parse errors."""

    edit_failed = Signal(object, str)
    """(index, message): a typed value was refused before reaching the model."""

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the cell's value in the editor (QStyledItemDelegate.setEditorData).

        Every editor here has `set_value(value)` and `value()`.
        """
        editor.set_value(index.data(EDIT))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the editor's value back (QStyledItemDelegate.setModelData)."""
        model.setData(index, editor.value(), EDIT)  # type: ignore[attr-defined]

    def _commit_now(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


class DateDelegate(EditDelegate):
    """Optional dates with a calendar popup."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """An OptionalDateEdit (QStyledItemDelegate.createEditor)."""
        editor = OptionalDateEdit(parent)
        editor.setAccessibleName(QCoreApplication.translate("DateDelegate", "Date"))
        return editor


class EnumDelegate(EditDelegate):
    """One member of an enumeration, chosen by label."""

    def __init__(self, enum_class: type[LabelledEnum], nullable: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enum_class = enum_class
        self.nullable = nullable

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """An EnumCombo that commits on choice (QStyledItemDelegate.createEditor)."""
        editor = EnumCombo(self.enum_class, self.nullable, parent)
        editor.setAccessibleName(self.enum_class.__name__)
        editor.activated.connect(lambda _i: self._commit_now(editor))
        return editor


class MoneyDelegate(EditDelegate):
    """Budgets typed as 250000, 250k or 1.2m."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A MoneyEdit (QStyledItemDelegate.createEditor)."""
        editor = MoneyEdit(self.ctx.doc.info.currency, parent)
        editor.setAccessibleName(QCoreApplication.translate("MoneyDelegate", "Budget"))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Parse and write the amount, or report why not (QStyledItemDelegate.setModelData)."""
        try:
            amount = editor.value()  # type: ignore[attr-defined]
        except ValidationError as error:
            self.edit_failed.emit(QPersistentModelIndex(index), user_message(error))
            return
        model.setData(index, amount, EDIT)


class OwnerDelegate(EditDelegate):
    """A person from the roadmap's owners, or none."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A RowCombo of owners (QStyledItemDelegate.createEditor)."""
        editor = RowCombo(parent)
        editor.setAccessibleName(QCoreApplication.translate("OwnerDelegate", "Person"))
        editor.set_rows([(o.id, o.name) for o in self.ctx.doc.owners.all()])
        editor.activated.connect(lambda _i: self._commit_now(editor))
        return editor


class DepartmentRolesDelegate(EditDelegate):
    """Every department with its role in the initiative, in a panel under the cell."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """A DepartmentRolesEditor (QStyledItemDelegate.createEditor)."""
        departments = [(d.id, d.name, d.is_it) for d in self.ctx.doc.departments.all()]
        editor = DepartmentRolesEditor(departments, parent)
        editor.setAccessibleName(
            QCoreApplication.translate("DepartmentRolesDelegate", "Departments and roles")
        )
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the initiative's roles (QStyledItemDelegate.setEditorData)."""
        editor.set_value(index.data(EDIT) or {})  # type: ignore[attr-defined]
        first = editor.first_combo()  # type: ignore[attr-defined]
        if first is not None:
            first.setFocus()

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        """Open the panel below the cell, as wide as it needs (QStyledItemDelegate)."""
        hint = editor.sizeHint()
        rect = option.rect
        parent = editor.parentWidget()
        width = max(rect.width(), hint.width())
        height = hint.height()
        top = rect.top()
        if parent is not None and top + height > parent.height():
            top = max(0, parent.height() - height)
        editor.setGeometry(rect.left(), top, width, height)


class RoleDelegate(EditDelegate):
    """A department's role in one initiative (matrix cells)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """An EnumCombo of roles with 'none' (QStyledItemDelegate.createEditor)."""
        editor = EnumCombo(Role, True, parent)
        editor.setAccessibleName(QCoreApplication.translate("RoleDelegate", "Role"))
        editor.activated.connect(lambda _i: self._commit_now(editor))
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Write the role, or remove the department (QStyledItemDelegate.setModelData)."""
        value: Any = editor.value()  # type: ignore[attr-defined]
        model.setData(index, value, EDIT)
