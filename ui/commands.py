"""Undo commands: one QUndoCommand per service-layer Change.

The service applies an edit and returns its Change; `ChangeCommand` puts it
on the QUndoStack so undo applies the inverse and redo applies it again.
A command merges with the one pushed before it only when both carry the
same explicit `MergeKey` (consecutive keystrokes in one field editor);
everything else is a step of its own.

On a shared roadmap an undo or redo can meet someone else's later change.
The command then asks its resolver (ui.conflicts) whether to apply it over
theirs; if not, or if the step cannot be made at all (server gone,
read-only), the command marks itself obsolete and QUndoStack drops it, so
the stack never claims a step that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from roadmap.model.errors import ConflictError, ConnectionLostError, ReadOnlyError
from roadmap.services.changes import Change, MergeKey
from roadmap.services.document import Document

if TYPE_CHECKING:
    from ui.conflicts import ConflictResolver

_MERGE_ID = 0x43520001


class ChangeCommand(QUndoCommand):
    """Wraps a Change that the service layer has already applied."""

    def __init__(self, doc: Document, change: Change, merge_key: MergeKey | None = None,
                 resolver: ConflictResolver | None = None) -> None:
        super().__init__(change.label)
        self.doc = doc
        self.change = change
        self.merge_key = merge_key
        self.resolver = resolver
        self._applied = True

    def redo(self) -> None:
        """Re-apply the change (QUndoCommand.redo); the first call is the edit itself."""
        if self._applied:
            self._applied = False
            return
        self._step(lambda: self.doc.apply(self.change), "redo")

    def undo(self) -> None:
        """Apply the inverse change (QUndoCommand.undo)."""
        self._step(lambda: self.doc.undo(self.change), "undo")

    def _step(self, attempt: Callable[[], Change], step: str) -> None:
        try:
            attempt()
            return
        except ConflictError as conflict:
            if self.resolver is None:
                raise
            if self.resolver.overwrite(conflict, step):
                try:
                    self.doc.reapply(conflict)
                    return
                except (ConflictError, ConnectionLostError, ReadOnlyError) as error:
                    self.resolver.failed(error, step)
        except (ConnectionLostError, ReadOnlyError) as error:
            if self.resolver is None:
                raise
            self.resolver.failed(error, step)
        self.setObsolete(True)

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
