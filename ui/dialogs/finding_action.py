"""Record who acts on a finding and by when: owner, due date and a note.

The board pack prints the action beside the finding; without one it proposes
the accountable owner and a date. The dialog only collects the values: the
findings dock records them as one undoable edit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..widgets import describe_buttons


@dataclass(frozen=True)
class ActionValues:
    """What the user entered: owner, due date (None for none) and note."""

    owner: str
    due: dt.date | None
    note: str


class FindingActionDialog(QDialog):
    """Owner, due date and note of the action on one finding."""

    def __init__(self, parent: QWidget | None, heading: str, *, owner: str = "",
                 due: dt.date | None = None, note: str = "",
                 owners: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finding_action_dialog")
        self.setWindowTitle(QCoreApplication.translate("FindingActionDialog", "Finding Action"))
        form = QFormLayout(self)
        title = QLabel(heading)
        title.setWordWrap(True)
        form.addRow(title)
        self.owner = QLineEdit(owner)
        self.owner.setObjectName("finding_action_owner")
        self.owner.setToolTip(
            QCoreApplication.translate(
                "FindingActionDialog", "The person accountable for acting on the finding"
            )
        )
        self.owner.setPlaceholderText(
            QCoreApplication.translate("FindingActionDialog", "Who is accountable for acting on it")
        )
        if owners:
            self.owner.setCompleter(QCompleter(owners, self))
        owner_label = QLabel(QCoreApplication.translate("FindingActionDialog", "&Owner:"))
        owner_label.setBuddy(self.owner)
        form.addRow(owner_label, self.owner)
        self.has_due = QCheckBox(QCoreApplication.translate("FindingActionDialog", "&Due by"))
        self.has_due.setObjectName("finding_action_has_due")
        self.has_due.setToolTip(
            QCoreApplication.translate("FindingActionDialog", "Give the action a due date")
        )
        self.due = QDateEdit()
        self.due.setObjectName("finding_action_due")
        self.due.setAccessibleName(QCoreApplication.translate("FindingActionDialog", "Due date"))
        self.due.setToolTip(
            QCoreApplication.translate(
                "FindingActionDialog", "The day the action is due; printed in the board pack"
            )
        )
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        start = due or dt.date.today() + dt.timedelta(days=30)
        self.due.setDate(QDate(start.year, start.month, start.day))
        self.has_due.setChecked(due is not None)
        self.due.setEnabled(due is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        form.addRow(self.has_due, self.due)
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("finding_action_note")
        self.note.setToolTip(
            QCoreApplication.translate("FindingActionDialog", "What will be done about the finding")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().height() * 4 + 12)
        note_label = QLabel(QCoreApplication.translate("FindingActionDialog", "&Note:"))
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate("FindingActionDialog", "Record the action (undoable)"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> ActionValues:
        """The action as entered, text trimmed."""
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        assert due is None or isinstance(due, dt.date)
        return ActionValues(self.owner.text().strip(), due, self.note.toPlainText().strip())
