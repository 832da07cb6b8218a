"""When an edit, an undo or a redo meets someone else's later change: ask, never overwrite.

On a shared roadmap the service refuses a step based on rows another
planner changed since (ConflictError), keeping the user's values. The
prompt names what changed and who changed it and offers two ways on:
apply mine again over theirs, or keep theirs. A lost server or a read-only
login cannot be resolved here; the prompt says so and the step is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import ConflictError, RoadmapError


class ConflictResolver(Protocol):
    """What the undo commands and the context ask when a step is refused."""

    def overwrite(self, conflict: ConflictError, step: str) -> bool:
        """True to apply the user's `step` ('edit', 'undo', 'redo') again over theirs."""
        ...

    def failed(self, error: RoadmapError, step: str) -> None:
        """Tell the user a `step` could not be made at all (server gone, read-only)."""
        ...


_APPLY = {"edit": QT_TRANSLATE_NOOP("ConflictPrompt", "Apply Mine Again"),
          "undo": QT_TRANSLATE_NOOP("ConflictPrompt", "Undo Anyway"),
          "redo": QT_TRANSLATE_NOOP("ConflictPrompt", "Redo Anyway")}
_WHAT = {"edit": QT_TRANSLATE_NOOP("ConflictPrompt", "Your edit"),
         "undo": QT_TRANSLATE_NOOP("ConflictPrompt", "Undo"),
         "redo": QT_TRANSLATE_NOOP("ConflictPrompt", "Redo")}


def _what(step: str) -> str:
    return QCoreApplication.translate("ConflictPrompt", _WHAT.get(step, _WHAT["edit"]))


class ConflictPrompt:
    """Asks in a message box over the main window (the window is looked up when asked)."""

    def __init__(self, parent: Callable[[], QWidget | None]) -> None:
        self._parent = parent

    def overwrite(self, conflict: ConflictError, step: str) -> bool:
        """Ask whether to apply the step over the other person's change."""
        box = QMessageBox(self._parent())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ConflictPrompt", "Changed by Someone Else"))
        box.setText(QCoreApplication.translate(
            "ConflictPrompt", "{what} was not applied: someone else changed the same thing "
            "since you read it.").format(what=_what(step)))
        box.setInformativeText(str(conflict))
        mine = box.addButton(QCoreApplication.translate("ConflictPrompt",
                                                        _APPLY.get(step, _APPLY["edit"])),
                             QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(
            QCoreApplication.translate("ConflictPrompt", "Keep Theirs"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(theirs)
        box.setEscapeButton(theirs)
        box.exec()
        return box.clickedButton() is mine

    def failed(self, error: RoadmapError, step: str) -> None:
        """Show why the step could not be made; nothing was changed."""
        QMessageBox.warning(
            self._parent(),
            QCoreApplication.translate("ConflictPrompt", "Not Applied"),
            QCoreApplication.translate("ConflictPrompt", "{what} was not applied: {error}").format(
                what=_what(step), error=error),
        )
