"""Undo commands: one QUndoCommand per service-layer Change.

The service applies an edit and returns its Change; `ChangeCommand` puts it
on the QUndoStack so undo applies the inverse and redo applies it again.
Successive edits of the same field of the same row merge (typing).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from roadmap.services.changes import Change
from roadmap.services.document import Document

_MERGE_ID = 0x43520001


class ChangeCommand(QUndoCommand):
    """Wraps a Change that the service layer has already applied."""

    def __init__(self, doc: Document, change: Change) -> None:
        super().__init__(change.label)
        self.doc = doc
        self.change = change
        self._applied = True

    def redo(self) -> None:
        """Re-apply the change (QUndoCommand.redo); the first call is the edit itself."""
        if self._applied:
            self._applied = False
            return
        self.doc.apply(self.change)

    def undo(self) -> None:
        """Apply the inverse change (QUndoCommand.undo)."""
        self.doc.undo(self.change)

    def id(self) -> int:
        """Merge id (QUndoCommand.id): single-field edits merge, others never do."""
        return _MERGE_ID if self.change.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Fold a following edit of the same field into this one (QUndoCommand.mergeWith)."""
        if not isinstance(other, ChangeCommand):
            return False
        if self.change.merge_key != other.change.merge_key:
            return False
        self.change = self.change.merged_with(other.change)
        self.setText(self.change.label)
        return True
