"""Every action of the main window, declared once.

An `ActionSpec` gives an action its stable objectName (tests and menus find
actions by it), text, icon, tooltip and shortcut (a QKeySequence.StandardKey
where the platform has one). The window connects behaviour; menus and the
toolbar only list names. Other helpers hook in by name: `view_presentation`
(F5) is the presentation-mode slot that ui/presentation/ fills.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from .icons import icon

Shortcut = QKeySequence.StandardKey | str | None
SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """The declaration of one action."""

    name: str
    text: str
    tooltip: str
    icon: str = ""
    shortcut: Shortcut = None
    checkable: bool = False


SPECS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec("file_new", "&New Roadmap", "Start a new, empty roadmap", "new", SK.New),
    ActionSpec("file_open", "&Open…", "Open a .roadmap file", "open", SK.Open),
    ActionSpec("file_open_shared", "Open S&hared Roadmap…",
               "Open a team roadmap on a PostgreSQL server", "open"),
    ActionSpec("file_save", "&Save", "Save the roadmap", "save", SK.Save),
    ActionSpec("file_save_as", "Save &As…", "Save the roadmap under a new name", "save-as",
               SK.SaveAs),
    ActionSpec("file_revert", "&Revert to Saved", "Discard unsaved changes and reload the file",
               "revert"),
    ActionSpec("file_export_boardpack", "Export &Board Pack…",
               "Write the board-ready PDF roadmap", "boardpack", "Ctrl+E"),
    ActionSpec("file_export_deck", "Export &PowerPoint Deck…",
               "Write the board pack as an editable PowerPoint deck", "boardpack"),
    ActionSpec("file_export_picture", "Export View as P&icture…",
               "Write the view on show as a PNG or SVG picture at a chosen size", "picture",
               "Ctrl+Shift+E"),
    ActionSpec("file_quit", "&Quit", "Quit Crossroads", "quit", SK.Quit),
    # Edit (Undo and Redo come from the undo stack; see undo_actions)
    ActionSpec("edit_delete", "&Delete", "Delete the selected items (undoable)", "delete",
               SK.Delete),
    ActionSpec("edit_copy_picture", "Copy View as &Picture",
               "Copy the view on show to the clipboard as a picture, ready for a slide", "copy",
               "Ctrl+Shift+C"),
    ActionSpec("edit_find", "&Find…", "Filter the navigator by name", "find", SK.Find),
    # View
    ActionSpec("view_next_tab", "Next View", "Show the next view", "", SK.NextChild),
    ActionSpec("view_previous_tab", "Previous View", "Show the previous view", "",
               SK.PreviousChild),
    ActionSpec("view_next_pane", "Next &Pane", "Move the keyboard focus to the next pane",
               "", "F6"),
    ActionSpec("view_presentation", "&Presentation Mode", "Full-screen workshop mode",
               "present", "F5"),
    # Insert
    ActionSpec("insert_initiative", "&Initiative", "Add a new initiative", "initiative",
               "Ctrl+Shift+I"),
    ActionSpec("insert_department", "&Department", "Add a new department", "department",
               "Ctrl+Shift+D"),
    ActionSpec("insert_owner", "&Owner", "Add a new person (owner or sponsor)", "owner",
               "Ctrl+Shift+O"),
    ActionSpec("insert_vendor", "&Vendor", "Add a new vendor", "vendor", "Ctrl+Shift+V"),
    ActionSpec("insert_milestone", "&Milestone", "Add a milestone to the selected initiative",
               "milestone", "Ctrl+Shift+M"),
    ActionSpec("insert_dependency", "D&ependency…",
               "Make the selected initiative wait for another", "dependency", "Ctrl+Shift+L"),
    # Roadmap
    ActionSpec("roadmap_properties", "&Properties…",
               "Title, organisation, planning horizon, currency", "properties", "Ctrl+Shift+P"),
    ActionSpec("roadmap_autoschedule", "&Auto-schedule…",
               "Preview and apply the earliest schedule that satisfies every dependency",
               "schedule", "Ctrl+Shift+A"),
    ActionSpec("roadmap_rules", "&Rule Settings…", "Turn checks on or off, set thresholds",
               "rules"),
    ActionSpec("roadmap_take_snapshot", "Take &Snapshot…",
               "Keep a named, read-only copy of the roadmap in the file, to compare with later",
               "snapshot", "Ctrl+Alt+S"),
    ActionSpec("roadmap_snapshots", "S&napshots…", "Rename or delete the snapshots kept in "
               "the file", "snapshot"),
    # Help
    ActionSpec("help_guide", "&User Guide", "The offline guide: views, findings, board pack, "
               "files", "about", SK.HelpContents),
    ActionSpec("help_shortcuts", "&Keyboard Shortcuts", "Every action and its keys", "find"),
    ActionSpec("help_about", "&About Crossroads", "Version and licence", "about"),
)
"""Every action, in declaration order."""


class Actions:
    """The window's actions by stable name (attribute or item access)."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[str, QAction] = {}
        for spec in SPECS:
            self._actions[spec.name] = make_action(spec, parent)

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["_actions"][name]
        except KeyError:
            raise AttributeError(name) from None

    def add(self, action: QAction) -> QAction:
        """Register an action made elsewhere (undo/redo, view switches) by its objectName."""
        self._actions[action.objectName()] = action
        return action

    def names(self) -> list[str]:
        """Every registered action name."""
        return list(self._actions)


def make_action(spec: ActionSpec, parent: QObject) -> QAction:
    """Build one QAction from its declaration."""
    action = QAction(spec.text, parent)
    action.setObjectName(spec.name)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        action.setShortcuts(spec.shortcut)  # every binding the platform has for it
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{spec.tooltip} ({shortcut})" if shortcut else spec.tooltip)
    action.setStatusTip(spec.tooltip)
    action.setCheckable(spec.checkable)
    return action


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and Redo from the stack, so they read 'Undo Rename Initiative'."""
    undo = stack.createUndoAction(parent, "&Undo")
    undo.setObjectName("edit_undo")
    undo.setIcon(icon("undo"))
    undo.setShortcuts(SK.Undo)
    undo.setToolTip("Undo the last edit")
    redo = stack.createRedoAction(parent, "&Redo")
    redo.setObjectName("edit_redo")
    redo.setIcon(icon("redo"))
    redo.setShortcuts(SK.Redo)  # Ctrl+Y and Ctrl+Shift+Z on Windows, Ctrl+Shift+Z on Linux
    redo.setToolTip("Redo the edit undone last")
    return undo, redo
