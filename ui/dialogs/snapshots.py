"""Roadmap ▸ Take Snapshot… and Roadmap ▸ Snapshots…: keep, rename and delete snapshots.

Taking a snapshot asks for a name ('Board <date>' by default) and refuses
an empty, too long or already used one at the field, without closing. The
list renames and deletes; deleting asks first. Each is one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change
from roadmap.snapshots.payload import take_snapshot

from ..context import AppContext
from ..errors import user_message
from ..widgets import FieldError, describe_buttons


class TakeSnapshotDialog(QDialog):
    """Asks for the new snapshot's name and takes it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("take_snapshot_dialog")
        self.setWindowTitle(QCoreApplication.translate("TakeSnapshotDialog", "Take Snapshot"))
        self.ctx = ctx
        self.name_edit = QLineEdit(ctx.doc.snapshots.default_name())
        self.name_edit.setObjectName("snapshot_name")
        self.name_edit.setAccessibleName(
            QCoreApplication.translate("TakeSnapshotDialog", "Snapshot name")
        )
        self.name_edit.setToolTip(
            QCoreApplication.translate(
                "TakeSnapshotDialog", "A name to find the snapshot by, e.g. Board, March 2027"
            )
        )
        self.name_edit.selectAll()
        self.error = FieldError()
        buttons = describe_buttons(
            QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            ),
            QCoreApplication.translate(
                "TakeSnapshotDialog", "Keep a copy of the roadmap as it is now, in the file"
            ),
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("TakeSnapshotDialog", "Take Snapshot")
        )
        buttons.accepted.connect(self.take)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "TakeSnapshotDialog",
                    "A read-only copy of the whole roadmap and its findings, "
                    "kept in the file, to compare with later.",
                )
            )
        )
        layout.addWidget(QLabel(QCoreApplication.translate("TakeSnapshotDialog", "Name:")))
        layout.addWidget(self.name_edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def take(self) -> bool:
        """Take the snapshot under the typed name; show why not at the field."""
        name = self.name_edit.text()
        doc = self.ctx.doc
        try:
            self.ctx.run(lambda: take_snapshot(doc, name), label=f"Take Snapshot “{name.strip()}”")
        except RoadmapError as error:
            self.error.show_message(user_message(error))
            self.name_edit.setFocus()
            return False
        self.accept()
        return True


class SnapshotsDialog(QDialog):
    """The snapshots kept in the roadmap, oldest first, to rename or delete."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 on_compare: Callable[[int], None] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshots_dialog")
        self.setWindowTitle(QCoreApplication.translate("SnapshotsDialog", "Snapshots"))
        self.resize(520, 360)
        self.ctx = ctx
        self.on_compare = on_compare
        self.confirm: Callable[[str], bool] = self._ask
        """Asks whether to delete; tests replace it."""
        self.list = QListWidget()
        self.list.setObjectName("snapshots_list")
        self.list.setAccessibleName(QCoreApplication.translate("SnapshotsDialog", "Snapshots"))
        self.list.setToolTip(
            QCoreApplication.translate(
                "SnapshotsDialog", "The snapshots kept in this file, newest first"
            )
        )
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("snapshots_rename_name")
        self.name_edit.setAccessibleName(QCoreApplication.translate("SnapshotsDialog", "New name"))
        self.name_edit.setToolTip(
            QCoreApplication.translate("SnapshotsDialog", "The new name for the selected snapshot")
        )
        self.rename_button = QPushButton(QCoreApplication.translate("SnapshotsDialog", "Rename"))
        self.rename_button.setToolTip(
            QCoreApplication.translate(
                "SnapshotsDialog", "Give the selected snapshot the new name (undoable)"
            )
        )
        self.rename_button.setObjectName("snapshots_rename")
        self.delete_button = QPushButton(QCoreApplication.translate("SnapshotsDialog", "Delete…"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "SnapshotsDialog", "Delete the selected snapshot after asking (undoable)"
            )
        )
        self.delete_button.setObjectName("snapshots_delete")
        self.compare_button = QPushButton(
            QCoreApplication.translate("SnapshotsDialog", "Compare with Now")
        )
        self.compare_button.setToolTip(
            QCoreApplication.translate(
                "SnapshotsDialog", "Show what changed since the selected snapshot"
            )
        )
        self.compare_button.setObjectName("snapshots_compare")
        self.compare_button.setVisible(on_compare is not None)
        self.error = FieldError()
        close = describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close),
            "",
            QCoreApplication.translate("SnapshotsDialog", "Close the snapshots"),
        )
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.rename_button)
        row.addWidget(self.delete_button)
        row.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.compare_button.clicked.connect(self._on_compare_clicked)
        self.name_edit.returnPressed.connect(self.rename_current)
        ctx.document_changed.connect(self._on_ctx_document_changed)
        self.fill()

    def fill(self) -> None:
        """List the snapshots again, keeping the current one when it is still there."""
        current = self.current_id()
        self.list.clear()
        for info in self.ctx.doc.snapshots.all():
            item = QListWidgetItem(
                QCoreApplication.translate(
                    "SnapshotsDialog", "{name}  —  taken {taken_at:%d %b %Y %H:%M}"
                ).format(name=info.name, taken_at=info.taken_at)
            )
            item.setData(256, info.id)
            self.list.addItem(item)
            if info.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        has = self.list.count() > 0
        for widget in (self.rename_button, self.delete_button, self.compare_button,
                       self.name_edit):
            widget.setEnabled(has)
        if not has:
            self.name_edit.clear()

    def current_id(self) -> int | None:
        """The id of the snapshot selected in the list."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(256))

    def rename_current(self) -> bool:
        """Rename the selected snapshot to the typed name (undoable)."""
        key = self.current_id()
        if key is None:
            return False
        name = self.name_edit.text()
        doc = self.ctx.doc
        try:
            self.ctx.run(lambda: doc.snapshots.rename(key, name))
        except RoadmapError as error:
            self.error.show_message(user_message(error))
            return False
        self.error.show_message("")
        return True

    def delete_current(self) -> bool:
        """Delete the selected snapshot after asking (undoable)."""
        key = self.current_id()
        if key is None:
            return False
        doc = self.ctx.doc
        info = doc.snapshots.get(key)
        if not self.confirm(
            QCoreApplication.translate(
                "SnapshotsDialog", "Delete the snapshot “{name}”? Edit ▸ Undo brings it back."
            ).format(name=info.name)
        ):
            return False
        self.ctx.run(lambda: doc.snapshots.delete(key), label=f"Delete Snapshot “{info.name}”")
        return True

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self, QCoreApplication.translate("SnapshotsDialog", "Delete Snapshot"), text
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_list_current_changed(self, item: QListWidgetItem | None,
                                 _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.name_edit.setText(self.ctx.doc.snapshots.get(int(item.data(256))).name)

    def _on_compare_clicked(self) -> None:
        key = self.current_id()
        if key is not None and self.on_compare is not None:
            self.on_compare(key)

    def _on_ctx_document_changed(self, change: Change) -> None:
        if change.touches("snapshot"):
            self.fill()
