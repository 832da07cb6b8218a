"""The application context every window, view and dock shares.

It holds the open document, the one undo stack and the one selection, and
turns the core's change notifications into Qt signals. Views never talk to
each other: they listen here and edit through `run()`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from roadmap.model.errors import ConflictError
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.services.changes import Change, MergeKey
from roadmap.services.document import Document

from .commands import ChangeCommand

if TYPE_CHECKING:
    from roadmap.analysis import Analysis

    from .conflicts import ConflictResolver


class AppContext(QObject):
    """Document, undo stack and shared selection of one main window."""

    document_replaced = Signal()
    """A different document is now open (new, open, revert): rebuild everything."""
    document_changed = Signal(object)
    """A Change was applied (edit, undo or redo)."""
    selection_changed = Signal(tuple, object)
    """The selected node keys ('initiative:12', ...) and the object that changed them."""
    analysis_updated = Signal(object)
    """Fresh analysis results (a roadmap.analysis.Analysis) after the document changed."""
    inspect_requested = Signal(object)
    """A view asks to open the inspector on a node key (double-click); it selects it first."""

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._doc = doc
        self._selection: tuple[NodeKey, ...] = ()
        self.analysis: Analysis | None = None
        """The latest analysis published by `publish_analysis` (None before the first)."""
        self.conflicts: ConflictResolver | None = None
        """Asked when an edit, undo or redo meets someone else's change (None: raise)."""
        doc.subscribe(self._on_doc_changed)

    @property
    def doc(self) -> Document:
        """The open document."""
        return self._doc

    def set_document(self, doc: Document) -> None:
        """Replace the open document; the undo history starts afresh (opening is no edit)."""
        self._doc.unsubscribe(self._on_doc_changed)
        self._doc = doc
        doc.subscribe(self._on_doc_changed)
        self.undo_stack.clear()
        self._selection = ()
        self.document_replaced.emit()
        self.selection_changed.emit((), self)

    def run(self, operation: Callable[[], Change], *, label: str | None = None,
            merge_key: MergeKey | None = None) -> Change:
        """Run a service operation and push its change as one undo step.

        `label` names the step in the Edit menu when the service's own label is
        too generic ('Reschedule “Checkout”'). `merge_key` is given only by a
        field editor while the user keeps typing: consecutive edits with the
        same key merge into one step. An empty change (nothing changed) is not
        pushed, so the redo history survives it; errors (ValidationError,
        CycleError, ...) propagate before anything is pushed and the caller
        shows them at the field.
        """
        try:
            change = operation()
        except ConflictError as conflict:
            # Someone else changed the same rows since: the user's values are kept,
            # and applied again over theirs only if the user says so.
            if self.conflicts is None:
                raise
            if not self.conflicts.overwrite(conflict, "edit"):
                return Change(
                    label or QCoreApplication.translate("AppContext", "Keep their change"), ()
                )
            change = self._doc.reapply(conflict)
        if change.is_empty:
            return change
        if label is not None:
            change = replace(change, label=label)
        self.undo_stack.push(ChangeCommand(self._doc, change, merge_key, self.conflicts))
        return change

    @property
    def selection(self) -> tuple[NodeKey, ...]:
        """The selected node keys, shared by every view."""
        return self._selection

    def select(self, keys: tuple[NodeKey, ...] | list[NodeKey], source: object = None) -> None:
        """Select nodes by key; `source` is passed on so a view can ignore its own echo."""
        keys = tuple(keys)
        if keys != self._selection:
            self._selection = keys
            self.selection_changed.emit(keys, source)

    def selected_initiative_ids(self) -> list[int]:
        """The ids of the selected initiatives."""
        return [k.id for k in self._selection if k.kind is NodeKind.INITIATIVE]

    def publish_analysis(self, analysis: Analysis) -> None:
        """Keep `analysis` as the latest and tell every listener."""
        self.analysis = analysis
        self.analysis_updated.emit(analysis)

    def _on_doc_changed(self, change: Change) -> None:
        self.document_changed.emit(change)
