"""The menu bar and the toolbar, built from action names.

Menus list actions declared in ui/actions.py (and the undo stack's Undo and
Redo, the views' and docks' toggles); nothing here has behaviour of its own.
Other helpers add their entries by name (File ▸ Import/Export spreadsheet).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from roadmap.i18n import QT_TRANSLATE_NOOP

from .actions import Actions

MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("menu_file", QT_TRANSLATE_NOOP("Menus", "&File"),
     ("file_new", "file_open", "file_open_shared", "@recent", "-",
      "file_save", "file_save_as", "file_revert", "-", "@import_export",
      "file_export_boardpack", "file_export_deck", "file_export_picture", "-",
      "file_quit")),
    ("menu_edit", QT_TRANSLATE_NOOP("Menus", "&Edit"),
     ("edit_undo", "edit_redo", "-", "edit_delete", "-", "edit_copy_picture", "-", "edit_find", "-",
      "edit_preferences")),
    ("menu_view", QT_TRANSLATE_NOOP("Menus", "&View"),
     ("@views", "-", "view_next_tab", "view_previous_tab", "view_next_pane", "-", "@docks", "-",
      "view_presentation")),
    ("menu_insert", QT_TRANSLATE_NOOP("Menus", "&Insert"),
     ("insert_initiative", "insert_department", "insert_owner", "insert_vendor", "-",
      "insert_milestone", "insert_dependency")),
    ("menu_roadmap", QT_TRANSLATE_NOOP("Menus", "&Roadmap"),
     ("roadmap_properties", "-", "roadmap_autoschedule", "roadmap_rules", "-",
      "roadmap_take_snapshot", "roadmap_snapshots")),
    ("menu_help", QT_TRANSLATE_NOOP("Menus", "&Help"),
     ("help_guide", "help_shortcuts", "-", "help_about")),
)
"""(objectName, title, entries): '-' is a separator, '@name' a group filled at run time.

Titles are marked for the catalogue and translated when the menu is built."""

TOOLBAR: tuple[str, ...] = (
    "file_new", "file_open", "file_save", "-", "edit_undo", "edit_redo", "-",
    "insert_initiative", "insert_department", "insert_owner", "insert_vendor",
    "insert_dependency", "-", "roadmap_autoschedule", "-", "file_export_boardpack",
    "view_presentation",
)


def build_menus(window: QMainWindow, actions: Actions,
                groups: dict[str, list[QAction | QMenu]]) -> dict[str, QMenu]:
    """Fill the window's menu bar; `groups` supplies the '@name' entries."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for name, title, entries in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menus", title))
        menu.setObjectName(name)
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("@"):
                for item in groups.get(entry[1:], []):
                    if isinstance(item, QMenu):
                        menu.addMenu(item)
                    else:
                        menu.addAction(item)
            elif entry in actions.names():
                menu.addAction(actions[entry])
        menus[name] = menu
    return menus


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    """The main toolbar: icons with tooltips, text beside the most used."""
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Main Toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.setMovable(False)
    for entry in TOOLBAR:
        if entry == "-":
            toolbar.addSeparator()
        elif entry in actions.names():
            toolbar.addAction(actions[entry])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
