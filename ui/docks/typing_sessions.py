"""Typing sessions: which keystrokes in a field editor make one undo step.

The user types into a field editor of the inspector; each keystroke is an
edit, and the keystrokes of one visit to the field should undo together.
A session starts with the first edit and ends when the field gains or loses
focus, when Return finishes it, or when the form shows a value it did not
type (another row, an undo). Edits of one session share one `MergeKey`.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from roadmap.services.changes import MergeKey

_NUMBERS = itertools.count(1)
"""Session numbers, unique across every form of the process."""

_EDITOR = "typing_editor"
"""The dynamic property naming a watched widget's editor (no Python references to widgets)."""


class TypingSessions(QObject):
    """The open typing session of each field editor of one form."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open: dict[str, int] = {}

    def watch(self, widget: QWidget, editor: str) -> None:
        """End `editor`'s session whenever `widget` gains or loses focus."""
        widget.setProperty(_EDITOR, editor)
        widget.installEventFilter(self)

    def key(self, editor: str, table: str, row: int) -> MergeKey:
        """The merge key of an edit typed now in `editor` (opening a session if none is)."""
        session = self._open.get(editor)
        if session is None:
            session = self._open[editor] = next(_NUMBERS)
        return MergeKey(editor, table, row, session)

    def end(self, editor: str | None = None) -> None:
        """Close `editor`'s session (every session when None): its next edit is a new step."""
        if editor is None:
            self._open.clear()
        else:
            self._open.pop(editor, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Focus entering or leaving a watched editor ends its session (QObject.eventFilter)."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            editor = watched.property(_EDITOR)
            if isinstance(editor, str):
                self.end(editor)
        return False
