"""Every action of the main window, declared once.

An `ActionSpec` gives an action its stable objectName (tests and menus find
actions by it), text, icon, tooltip and shortcut (a QKeySequence.StandardKey
where the platform has one). The window connects behaviour; menus and the
toolbar only list names. Other helpers hook in by name: `view_presentation`
(F5) is the presentation-mode slot that ui/presentation/ fills.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from roadmap.i18n import QT_TRANSLATE_NOOP

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
    ActionSpec("file_new",
               QT_TRANSLATE_NOOP("Actions", "&New Roadmap"),
               QT_TRANSLATE_NOOP("Actions", "Start a new, empty roadmap"),
               "new", SK.New),
    ActionSpec("file_open",
               QT_TRANSLATE_NOOP("Actions", "&Open…"),
               QT_TRANSLATE_NOOP("Actions", "Open a .roadmap file"),
               "open", SK.Open),
    ActionSpec("file_open_shared",
               QT_TRANSLATE_NOOP("Actions", "Open S&hared Roadmap…"),
               QT_TRANSLATE_NOOP("Actions", "Open a team roadmap on a PostgreSQL server"),
               "open"),
    ActionSpec("file_save",
               QT_TRANSLATE_NOOP("Actions", "&Save"),
               QT_TRANSLATE_NOOP("Actions", "Save the roadmap"),
               "save", SK.Save),
    ActionSpec("file_save_as",
               QT_TRANSLATE_NOOP("Actions", "Save &As…"),
               QT_TRANSLATE_NOOP("Actions", "Save the roadmap under a new name"),
               "save-as", SK.SaveAs),
    ActionSpec("file_revert",
               QT_TRANSLATE_NOOP("Actions", "&Revert to Saved"),
               QT_TRANSLATE_NOOP("Actions", "Discard unsaved changes and reload the file"),
               "revert"),
    ActionSpec("file_export_boardpack",
               QT_TRANSLATE_NOOP("Actions", "Export &Board Pack…"),
               QT_TRANSLATE_NOOP("Actions", "Write the board-ready PDF roadmap"),
               "boardpack", "Ctrl+E"),
    ActionSpec("file_export_deck",
               QT_TRANSLATE_NOOP("Actions", "Export &PowerPoint Deck…"),
               QT_TRANSLATE_NOOP("Actions", "Write the board pack as an editable PowerPoint deck"),
               "boardpack"),
    ActionSpec("file_export_picture",
               QT_TRANSLATE_NOOP("Actions", "Export View as P&icture…"),
               QT_TRANSLATE_NOOP("Actions", "Write the view on show as a PNG or SVG picture at a "
                                            "chosen size"),
               "picture", "Ctrl+Shift+E"),
    ActionSpec("file_quit",
               QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QT_TRANSLATE_NOOP("Actions", "Quit Crossroads"),
               "quit", SK.Quit),
    # Edit (Undo and Redo come from the undo stack; see undo_actions)
    ActionSpec("edit_delete",
               QT_TRANSLATE_NOOP("Actions", "&Delete"),
               QT_TRANSLATE_NOOP("Actions", "Delete the selected items (undoable)"),
               "delete", SK.Delete),
    ActionSpec("edit_copy_picture",
               QT_TRANSLATE_NOOP("Actions", "Copy View as &Picture"),
               QT_TRANSLATE_NOOP("Actions", "Copy the view on show to the clipboard as a "
                                            "picture, ready for a slide"),
               "copy", "Ctrl+Shift+C"),
    ActionSpec("edit_find",
               QT_TRANSLATE_NOOP("Actions", "&Find…"),
               QT_TRANSLATE_NOOP("Actions", "Filter the navigator by name"),
               "find", SK.Find),
    ActionSpec("edit_preferences",
               QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
               QT_TRANSLATE_NOOP("Actions", "Language and high contrast, for this user"),
               "properties", SK.Preferences),
    # View
    ActionSpec("view_next_tab",
               QT_TRANSLATE_NOOP("Actions", "Next View"),
               QT_TRANSLATE_NOOP("Actions", "Show the next view"),
               "", SK.NextChild),
    ActionSpec("view_previous_tab",
               QT_TRANSLATE_NOOP("Actions", "Previous View"),
               QT_TRANSLATE_NOOP("Actions", "Show the previous view"),
               "", SK.PreviousChild),
    ActionSpec("view_next_pane",
               QT_TRANSLATE_NOOP("Actions", "Next &Pane"),
               QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane"),
               "", "F6"),
    ActionSpec("view_presentation",
               QT_TRANSLATE_NOOP("Actions", "&Presentation Mode"),
               QT_TRANSLATE_NOOP("Actions", "Full-screen workshop mode"),
               "present", "F5"),
    # Insert
    ActionSpec("insert_initiative",
               QT_TRANSLATE_NOOP("Actions", "&Initiative"),
               QT_TRANSLATE_NOOP("Actions", "Add a new initiative"),
               "initiative", "Ctrl+Shift+I"),
    ActionSpec("insert_department",
               QT_TRANSLATE_NOOP("Actions", "&Department"),
               QT_TRANSLATE_NOOP("Actions", "Add a new department"),
               "department", "Ctrl+Shift+D"),
    ActionSpec("insert_owner",
               QT_TRANSLATE_NOOP("Actions", "&Owner"),
               QT_TRANSLATE_NOOP("Actions", "Add a new person (owner or sponsor)"),
               "owner", "Ctrl+Shift+O"),
    ActionSpec("insert_vendor",
               QT_TRANSLATE_NOOP("Actions", "&Vendor"),
               QT_TRANSLATE_NOOP("Actions", "Add a new vendor"),
               "vendor", "Ctrl+Shift+V"),
    ActionSpec("insert_milestone",
               QT_TRANSLATE_NOOP("Actions", "&Milestone"),
               QT_TRANSLATE_NOOP("Actions", "Add a milestone to the selected initiative"),
               "milestone", "Ctrl+Shift+M"),
    ActionSpec("insert_dependency",
               QT_TRANSLATE_NOOP("Actions", "D&ependency…"),
               QT_TRANSLATE_NOOP("Actions", "Make the selected initiative wait for another"),
               "dependency", "Ctrl+Shift+L"),
    # Roadmap
    ActionSpec("roadmap_properties",
               QT_TRANSLATE_NOOP("Actions", "&Properties…"),
               QT_TRANSLATE_NOOP("Actions", "Title, organisation, planning horizon, currency"),
               "properties", "Ctrl+Shift+P"),
    ActionSpec("roadmap_autoschedule",
               QT_TRANSLATE_NOOP("Actions", "&Auto-schedule…"),
               QT_TRANSLATE_NOOP("Actions", "Preview and apply the earliest schedule that "
                                            "satisfies every dependency"),
               "schedule", "Ctrl+Shift+A"),
    ActionSpec("roadmap_rules",
               QT_TRANSLATE_NOOP("Actions", "&Rule Settings…"),
               QT_TRANSLATE_NOOP("Actions", "Turn checks on or off, set thresholds"),
               "rules"),
    ActionSpec("roadmap_take_snapshot",
               QT_TRANSLATE_NOOP("Actions", "Take &Snapshot…"),
               QT_TRANSLATE_NOOP("Actions", "Keep a named, read-only copy of the roadmap in the "
                                            "file, to compare with later"),
               "snapshot", "Ctrl+Alt+S"),
    ActionSpec("roadmap_snapshots",
               QT_TRANSLATE_NOOP("Actions", "S&napshots…"),
               QT_TRANSLATE_NOOP("Actions", "Rename or delete the snapshots kept in the file"),
               "snapshot"),
    # Help
    ActionSpec("help_guide",
               QT_TRANSLATE_NOOP("Actions", "&User Guide"),
               QT_TRANSLATE_NOOP("Actions", "The offline guide: views, findings, board pack, "
                                            "files"),
               "about", SK.HelpContents),
    ActionSpec("help_shortcuts",
               QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"),
               QT_TRANSLATE_NOOP("Actions", "Every action and its keys"),
               "find"),
    ActionSpec("help_about",
               QT_TRANSLATE_NOOP("Actions", "&About Crossroads"),
               QT_TRANSLATE_NOOP("Actions", "Version and licence"),
               "about"),
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
    action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
    action.setObjectName(spec.name)
    if spec.icon:
        action.setIcon(icon(spec.icon))
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        action.setShortcuts(spec.shortcut)  # every binding the platform has for it
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tooltip = QCoreApplication.translate("Actions", spec.tooltip)
    action.setToolTip(f"{tooltip} ({shortcut})" if shortcut else tooltip)
    action.setStatusTip(tooltip)
    action.setCheckable(spec.checkable)
    return action


def undo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """Undo and Redo from the stack, so they read 'Undo Rename Initiative'."""
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Actions", "&Undo"))
    undo.setObjectName("edit_undo")
    undo.setIcon(icon("undo"))
    undo.setShortcuts(SK.Undo)
    undo.setToolTip(QCoreApplication.translate("Actions", "Undo the last edit"))
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Actions", "&Redo"))
    redo.setObjectName("edit_redo")
    redo.setIcon(icon("redo"))
    redo.setShortcuts(SK.Redo)  # Ctrl+Y and Ctrl+Shift+Z on Windows, Ctrl+Shift+Z on Linux
    redo.setToolTip(QCoreApplication.translate("Actions", "Redo the edit undone last"))
    return undo, redo
