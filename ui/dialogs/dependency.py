"""Insert ▸ Dependency: make the selected initiative wait for another one.

A dependency that would close a cycle is refused with the cycle named, in
the dialog, before anything changes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError, describe_buttons


class DependencyDialog(QDialog):
    """Choose the initiative that `initiative_id` depends on."""

    def __init__(self, ctx: AppContext, initiative_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dependency_dialog")
        self.setWindowTitle(QCoreApplication.translate("DependencyDialog", "Add Dependency"))
        self.ctx = ctx
        self.initiative_id = initiative_id
        dependent = ctx.doc.initiatives.get(initiative_id)
        existing = {b for a, b in ctx.doc.dependencies.pairs() if a == initiative_id}
        self.choice = QComboBox()
        self.choice.setObjectName("dependency_choice")
        self.choice.setAccessibleName(
            QCoreApplication.translate("DependencyDialog", "Initiative it waits for")
        )
        self.choice.setToolTip(
            QCoreApplication.translate(
                "DependencyDialog", "The initiative that must finish before this one starts"
            )
        )
        self.choice.setEditable(True)
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for other in sorted(ctx.doc.initiatives.all(), key=lambda i: i.title.casefold()):
            if other.id != initiative_id and other.id not in existing:
                self.choice.addItem(other.title, other.id)
        completer = self.choice.completer()
        assert completer is not None, "an editable combo box always has a completer"
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.error = FieldError()
        self.error.setObjectName("dependency_error")
        form = QFormLayout()
        title = QLabel(dependent.title)
        title.setWordWrap(True)
        form.addRow(QCoreApplication.translate("DependencyDialog", "Initiative:"), title)
        form.addRow(QCoreApplication.translate("DependencyDialog", "&Waits for:"), self.choice)
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate(
                "DependencyDialog", "Add the dependency (a cycle is refused)"
            ),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "DependencyDialog", "It cannot start before the chosen initiative ends."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Link the two, or show why not (QDialog.accept)."""
        target = self.choice.currentData()
        position = self.choice.findText(self.choice.currentText())
        if position >= 0:
            target = self.choice.itemData(position)
        if target is None:
            self.error.show_message(
                QCoreApplication.translate(
                    "DependencyDialog", "Choose an initiative from the list."
                )
            )
            return
        try:
            self.ctx.run(lambda: self.ctx.doc.dependencies.link(self.initiative_id, int(target)))
        except RoadmapError as error:
            self.error.show_message(user_message(error))
            return
        super().accept()
