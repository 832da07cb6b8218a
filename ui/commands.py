"""Undo commands: one QUndoCommand per service-layer Change.

The service applies an edit and returns its Change; `ChangeCommand` puts it
on the QUndoStack so undo applies the inverse and redo applies it again.
A command merges with the one pushed before it only when both carry the
same explicit `MergeKey` (consecutive keystrokes in one field editor);
everything else is a step of its own.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from roadmap.services.changes import Change, MergeKey
from roadmap.services.document import Document

_MERGE_ID = 0x43520001


class ChangeCommand(QUndoCommand):
    """Wraps a Change that the service layer has already applied."""

    def __init__(self, doc: Document, change: Change, merge_key: MergeKey | None = None) -> None:
        super().__init__(change.label)
        self.doc = doc
        self.change = change
        self.merge_key = merge_key
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
        """Merge id (QUndoCommand.id): one fixed id for keyed commands, -1 (never) otherwise."""
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Fold the next keystroke of the same typing session into this step (QUndoCommand).

        Typing back to the value the step began with leaves nothing to undo: the
        command becomes obsolete and the stack drops it.
        """
        if not isinstance(other, ChangeCommand) or self.merge_key is None:
            return False
        if other.merge_key != self.merge_key:
            return False
        self.change = self.change.merged_with(other.change)
        self.setText(self.change.label)
        self.setObsolete(self.change.is_empty)
        return True
