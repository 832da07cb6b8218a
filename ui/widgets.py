"""Small editor widgets shared by the table delegates and the inspector.

Each edits one kind of value the domain has: an optional date, an amount of
money, a member of an enumeration, a person, the departments taking part in
an initiative with their roles. `FieldError` shows a refused value's message
right under the field it belongs to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from roadmap.model import palette
from roadmap.model.enums import LabelledEnum, Role

from .formatting import NONE_TEXT, money, parse_money

_NO_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A date editor with a calendar popup whose empty value is shown as '—'.

    Delete or Backspace on the whole field clears it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NO_DATE)
        self.setSpecialValueText(NONE_TEXT)
        self.setDate(_NO_DATE)

    def value(self) -> dt.date | None:
        """The date, or None when empty."""
        day = self.date()
        if day == _NO_DATE:
            return None
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, day: dt.date | None) -> None:
        """Show `day` (None: empty)."""
        self.setDate(_NO_DATE if day is None else QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete/Backspace with everything selected clears (QWidget.keyPressEvent)."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setDate(_NO_DATE)
            return
        super().keyPressEvent(event)


class MoneyEdit(QLineEdit):
    """An amount of money typed as 250000, 250k or 1.2m; empty means no budget."""

    def __init__(self, currency: str = "EUR", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setPlaceholderText(
            QCoreApplication.translate("MoneyEdit", "no budget (e.g. 250k, 1.2m)")
        )
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def value(self) -> int | None:
        """The typed amount; raises ValidationError when it is not one."""
        return parse_money(self.text())

    def set_value(self, amount: int | None) -> None:
        """Show `amount` formatted, or empty."""
        self.setText("" if amount is None else money(amount, self.currency))


def compact(combo: QComboBox, characters: int = 8) -> QComboBox:
    """Let a combo box shrink to `characters` wide instead of its longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


class EnumCombo(QComboBox):
    """Choose one member of an enumeration by its label (or none, when nullable)."""

    def __init__(self, enum_class: type[LabelledEnum], nullable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        compact(self)
        self.enum_class = enum_class
        if nullable:
            self.addItem(NONE_TEXT, None)
        for member in enum_class:
            self.addItem(member.label, member.value)

    def value(self) -> LabelledEnum | None:
        """The chosen member, or None."""
        data = self.currentData()
        return None if data is None else self.enum_class(data)

    def set_value(self, member: LabelledEnum | None) -> None:
        """Select `member` (None: the empty choice)."""
        position = self.findData(None if member is None else str(member.value))
        self.setCurrentIndex(max(position, 0))


class RowCombo(QComboBox):
    """Choose one row (a person, a department, an initiative) by name, or none."""

    def __init__(self, parent: QWidget | None = None, nullable: bool = True) -> None:
        super().__init__(parent)
        compact(self, 10)
        self.nullable = nullable
        self.setEditable(False)
        self._rows: list[tuple[int, str]] = []

    def set_rows(self, rows: list[tuple[int, str]]) -> None:
        """Offer `rows` as (id, name), sorted by name; keeps the current choice.

        Offering the rows already on offer changes nothing, so a form can
        refresh its choices after every edit at no cost.
        """
        ordered = sorted(rows, key=lambda r: r[1].casefold())
        if ordered == self._rows and self.count() == len(ordered) + self.nullable:
            return
        self._rows = ordered
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self.nullable:
            self.addItem(NONE_TEXT, None)
        for key, name in ordered:
            self.addItem(name, key)
        self.set_value(current)
        self.blockSignals(False)

    def value(self) -> int | None:
        """The chosen row's id, or None."""
        data = self.currentData()
        return None if data is None else int(data)

    def set_value(self, key: int | None) -> None:
        """Select the row with id `key` (None: none)."""
        position = self.findData(key) if key is not None else (0 if self.nullable else -1)
        self.setCurrentIndex(max(position, 0))


class DepartmentRolesEditor(QFrame):
    """Every department with a role chooser: none, lead, contributor or enabler."""

    changed = Signal()
    """The user changed a role."""

    def __init__(self, departments: list[tuple[int, str, bool]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("department_roles")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setVerticalSpacing(2)
        layout.setColumnStretch(0, 1)
        self._combos: dict[int, QComboBox] = {}
        for row, (key, name, is_it) in enumerate(departments):
            shown = name.replace("&", "&&")  # a buddy label reads '&' as a mnemonic
            label = QLabel(f"{shown}  (IT)" if is_it else shown)
            combo = compact(QComboBox(), 9)
            combo.addItem(NONE_TEXT, None)
            for role in Role:
                combo.addItem(role.label, role.value)
            combo.setAccessibleName(
                QCoreApplication.translate("DepartmentRolesEditor", "Role of {name}").format(
                    name=name
                )
            )
            combo.currentIndexChanged.connect(self.changed)
            label.setBuddy(combo)
            layout.addWidget(label, row, 0)
            layout.addWidget(combo, row, 1)
            self._combos[key] = combo
        if not departments:
            layout.addWidget(
                QLabel(
                    QCoreApplication.translate(
                        "DepartmentRolesEditor",
                        "No departments yet: add one with Insert ▸ Department.",
                    )
                )
            )

    def value(self) -> dict[int, Role | None]:
        """Every department's role (None: not involved)."""
        return {
            key: (Role(combo.currentData()) if combo.currentData() else None)
            for key, combo in self._combos.items()
        }

    def set_value(self, roles: dict[int, Any]) -> None:
        """Show the roles of `roles` (department id -> Role); others as not involved."""
        for key, combo in self._combos.items():
            role = roles.get(key)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(None if role is None else str(role)), 0))
            combo.blockSignals(False)

    def first_combo(self) -> QComboBox | None:
        """The first role chooser (to put the focus there)."""
        return next(iter(self._combos.values()), None)


class FieldError(QLabel):
    """A refused value's message, shown under its field; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {palette.VIOLATION};")
        self.setAccessibleName(QCoreApplication.translate("FieldError", "Error"))
        self.hide()

    def show_message(self, message: str) -> None:
        """Show `message` (empty: hide)."""
        self.setText(message)
        self.setVisible(bool(message))


def describe_buttons(
    box: QDialogButtonBox,
    accept: str,
    reject: str | None = None,
) -> QDialogButtonBox:
    """Say what a dialog's accept and reject buttons do, as tooltips that screen readers
    read as the buttons' descriptions (an empty text leaves a button's tooltip as it is;
    no `reject` says 'Close without changing anything')."""
    if reject is None:
        reject = QCoreApplication.translate("Widgets", "Close without changing anything")
    Role = QDialogButtonBox.ButtonRole
    for button in box.buttons():
        role = box.buttonRole(button)
        if role in (Role.AcceptRole, Role.ApplyRole, Role.YesRole) and accept:
            button.setToolTip(accept)
        elif role in (Role.RejectRole, Role.NoRole, Role.DestructiveRole) and reject:
            button.setToolTip(reject)
    return box


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor while a computation that can take a second runs on the GUI thread."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
