"""The main window: menus, toolbar, the view tabs and the three docks.

It only assembles the parts (ui/actions, ui/menus, ui/view_host, ui/docks,
ui/files, ui/analysis_refresh) and connects actions to behaviour; editing
goes through ui/editing and ui/dialogs. Window geometry, dock layout and
the last view are remembered in the declared settings.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QWidget

from roadmap import __version__
from roadmap.analysis import Analysis
from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.enums import Severity
from roadmap.model.errors import RoadmapError
from roadmap.model.keys import NodeKey

from . import editing
from . import settings as app_settings
from .actions import Actions, undo_actions
from .analysis_refresh import AnalysisRefresher
from .collector import thaw_collector
from .conflicts import ConflictPrompt
from .context import AppContext
from .docks.changes import ChangesDock
from .docks.findings import FindingsDock
from .docks.inspector import InspectorDock
from .docks.navigator import NavigatorDock
from .errors import show_error, user_message
from .files import FileController
from .icons import icon
from .menus import build_menus, build_toolbar
from .view_host import ViewHost
from .workshop_layout import WorkshopLayout

EDITING_ACTIONS = ("insert_initiative", "insert_department", "insert_owner", "insert_vendor",
                   "roadmap_properties", "roadmap_autoschedule", "roadmap_rules",
                   "roadmap_take_snapshot", "roadmap_snapshots")
"""Actions that change the roadmap: off while it is read-only."""

NEW_NAMES = {
    "department": QT_TRANSLATE_NOOP("MainWindow", "New department"),
    "owner": QT_TRANSLATE_NOOP("MainWindow", "New owner"),
    "vendor": QT_TRANSLATE_NOOP("MainWindow", "New vendor"),
}
"""The name a new department, owner or vendor starts with (translated when used)."""


class MainWindow(QMainWindow):
    """One roadmap's window."""

    def __init__(self, ctx: AppContext, settings: app_settings.AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.ctx = ctx
        self.settings = settings
        ctx.conflicts = ConflictPrompt(lambda: self)
        stack = ctx.undo_stack
        # The stack's destructor emits indexChanged/cleanChanged: nobody may listen by then.
        ctx.destroyed.connect(lambda *_args: stack.blockSignals(True))
        self.named_actions = Actions(self)
        """The window's actions by name (not `actions`, which is QWidget.actions())."""
        for action in undo_actions(ctx.undo_stack, self):
            self.named_actions.add(action)
        self.files = FileController(self, ctx, settings, app_settings.recovery_dir())
        from .shared_roadmap import RemoteWatcher  # others' changes to a server roadmap

        self.remote = RemoteWatcher(self, lambda: self.files.ctx.doc,
                                    lambda message: self.statusBar().showMessage(message))
        self.analysis = AnalysisRefresher(ctx, parent=self)

        self.views = ViewHost(ctx, self)
        self.setCentralWidget(self.views)
        self.navigator = NavigatorDock(ctx, self)
        self.inspector = InspectorDock(ctx, self)
        self.findings = FindingsDock(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.navigator)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.findings)
        self.changes = ChangesDock(ctx, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.changes)
        self.tabifyDockWidget(self.findings, self.changes)
        self.findings.raise_()
        # Navigator and inspector run the full height; findings sit under the views only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.workshop = WorkshopLayout(self, ctx, settings, self.inspector,
                                       [self.navigator, self.inspector, self.findings,
                                        self.changes])

        self.status_label = QLabel()
        self.status_label.setObjectName("status_findings")
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("status_read_only")
        self.read_only_label.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Read-only roadmap")
        )
        self.read_only_label.setStyleSheet("font-weight: bold")
        self.read_only_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.status_label)
        self.toolbar = build_toolbar(self, self.named_actions)
        self.menus = build_menus(self, self.named_actions, self._menu_groups())
        self.navigator.tree.addActions([self.named_actions[n] for n in (
            "insert_initiative", "insert_department", "insert_owner", "insert_vendor",
            "edit_delete")])
        self._connect()
        self.restore_layout()
        self._update_selection_actions()
        self.analysis.schedule()  # the first findings arrive just after the window shows

    # --- assembly ------------------------------------------------------------

    def _menu_groups(self) -> dict[str, list[Any]]:
        view_actions = []
        for number, name in enumerate(self.views.names(), start=1):
            title = self.views.tabText(number - 1)
            action = QAction(icon(name), title, self)
            action.setObjectName(f"view_{name}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setToolTip(
                QCoreApplication.translate(
                    "MainWindow", "Show the {lower} view (Ctrl+{number})"
                ).format(lower=title.lower(), title=title, number=number)
            )
            action.triggered.connect(lambda _c=False, n=name: self.show_view(n))
            view_actions.append(self.named_actions.add(action))
        dock_actions = []
        for dock, key in ((self.navigator, "Ctrl+Alt+N"), (self.inspector, "Ctrl+Alt+I"),
                          (self.findings, "Ctrl+Alt+F"), (self.changes, "Ctrl+Alt+C")):
            action = dock.toggleViewAction()
            action.setObjectName(f"view_{dock.objectName().removesuffix('_dock')}")
            action.setShortcut(QKeySequence(key))
            action.setIcon(icon(dock.objectName().removesuffix("_dock")))
            action.setToolTip(
                QCoreApplication.translate("MainWindow", "Show or hide the {lower} ({key})").format(
                    lower=dock.windowTitle().lower(), title=dock.windowTitle(), key=key
                )
            )
            dock_actions.append(self.named_actions.add(action))
        dock_actions.extend(self.named_actions.add(a) for a in self.workshop.actions())
        return {"recent": [self.files.recent_menu], "views": view_actions,
                "docks": dock_actions, "import_export": self._sheet_actions()}

    def _sheet_actions(self) -> list[QAction]:
        from ui.dialogs.import_sheet import sheet_actions  # File ▸ Import/Export Spreadsheet…

        return [self.named_actions.add(action) for action in sheet_actions(self)]

    def _connect(self) -> None:
        a = self.named_actions
        handlers = {
            "file_new": self.files.new_roadmap, "file_open": self.files.open_dialog,
            "file_open_shared": self.files.open_shared_dialog,
            "file_save": self.files.save, "file_save_as": self.files.save_as,
            "file_revert": self.files.revert, "file_export_boardpack": self.export_board_pack,
            "file_export_deck": self.export_deck, "file_export_picture": self.export_picture,
            "edit_copy_picture": self.copy_picture,
            "file_quit": self.close, "edit_delete": self.delete_selection,
            "edit_find": self.navigator.focus_filter, "view_next_tab": lambda: self._step_tab(1),
            "view_previous_tab": lambda: self._step_tab(-1), "view_next_pane": self.next_pane,
            "view_presentation": self.start_presentation,
            "insert_initiative": lambda: self.insert("initiative"),
            "insert_department": lambda: self.insert("department"),
            "insert_owner": lambda: self.insert("owner"),
            "insert_vendor": lambda: self.insert("vendor"),
            "insert_milestone": self.insert_milestone,
            "insert_dependency": self.insert_dependency,
            "roadmap_properties": self.edit_properties,
            "edit_preferences": self.edit_preferences,
            "roadmap_autoschedule": self.auto_schedule, "roadmap_rules": self.edit_rules,
            "roadmap_take_snapshot": self.take_snapshot, "roadmap_snapshots": self.edit_snapshots,
            "help_guide": self.show_guide, "help_shortcuts": self.show_shortcuts,
            "help_about": self.about,
        }
        for name, handler in handlers.items():
            a[name].triggered.connect(lambda _c=False, h=handler: h())
        a.file_quit.setMenuRole(QAction.MenuRole.QuitRole)
        a.help_about.setMenuRole(QAction.MenuRole.AboutRole)
        a.edit_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.ctx.selection_changed.connect(self._update_selection_actions)
        self.ctx.document_replaced.connect(self._on_ctx_document_replaced)
        self.ctx.analysis_updated.connect(self._on_ctx_analysis_updated)
        self.ctx.inspect_requested.connect(self.inspect)
        self.ctx.undo_stack.indexChanged.connect(lambda _i: self._update_file_actions())
        self.views.view_shown.connect(self._on_views_view_shown)
        self.changes.comparison_changed.connect(lambda _c: self._filter_table_to_changes())
        self.changes.table_filter_changed.connect(lambda _on: self._filter_table_to_changes())
        self.changes.baseline_changed.connect(lambda _spans: self._show_baseline())
        self.views.view_shown.connect(self._on_views_view_shown_baseline)
        self.analysis.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self._update_file_actions()
        self.update_read_only()

    # --- layout and settings -------------------------------------------------

    def _on_views_view_shown_baseline(self, name: str) -> None:
        if name == "timeline":
            self._show_baseline()
        elif name in ("table", "graph"):
            self._filter_table_to_changes()

    def _show_baseline(self) -> None:
        """Give the timeline the Changes panel's baseline (ghost bars), if it is built."""
        timeline = self.views.view("timeline")
        if timeline is not None and hasattr(timeline, "set_baseline"):
            timeline.set_baseline(self.changes.baseline_spans())

    def restore_layout(self) -> None:
        """Restore geometry and dock layout from the settings (or a sensible default)."""
        geometry = self.settings.get(app_settings.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QApplication.primaryScreen()
            area = screen.availableGeometry() if screen else None
            if area is not None:
                self.resize(min(1600, area.width() * 9 // 10), min(1000, area.height() * 9 // 10))
            else:
                self.resize(1400, 900)
        if not self.workshop.restore_state():
            state = self.settings.get(app_settings.WINDOW_STATE)
            if state.isEmpty() or not self.restoreState(state):
                self.default_dock_sizes()
            self.workshop.settle_inspector()
        last = self.settings.get(app_settings.LAST_VIEW)
        self.show_view(last if last in self.views.names() else self.views.names()[0])

    def default_dock_sizes(self) -> None:
        """Share the window between docks and views in proportion to its size."""
        width, height = self.width(), self.height()
        self.resizeDocks([self.navigator, self.inspector],
                         [max(210, width * 18 // 100), max(320, width * 26 // 100)],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings], [max(150, height * 23 // 100)], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        """Remember geometry, dock layout and the current view."""
        self.settings.set(app_settings.GEOMETRY, self.saveGeometry())
        self.settings.set(app_settings.WINDOW_STATE, self.saveState())
        self.workshop.save_state()
        self.settings.set(app_settings.LAST_VIEW, self.views.current_name())
        self.settings.sync()

    def show_view(self, name: str) -> QWidget | None:
        """Show the view `name` ('table', 'matrix', 'timeline', 'graph')."""
        return self.views.show_view(name)

    # --- behaviour -----------------------------------------------------------

    def insert(self, kind: str) -> int | None:
        """Add a department, owner, vendor or initiative, select it, edit it."""
        try:
            if kind == "initiative":
                key = editing.create_initiative(self.ctx)
            else:
                service = editing.service_for(self.ctx, kind)
                names = [r.name for r in service.all()]
                new_name = QCoreApplication.translate("MainWindow", NEW_NAMES[kind])
                fields: dict[str, Any] = {"name": editing.unique_name(names, new_name)}
                if kind == "department":
                    from roadmap.model.palette import department_colour

                    fields["colour"] = department_colour(len(names))
                key = editing.create(self.ctx, kind, **fields)
        except RoadmapError as error:
            show_error(
                self, QCoreApplication.translate("MainWindow", "Cannot Add"), user_message(error)
            )
            return None
        self.inspect(NodeKey.of(kind, key))
        return key

    def insert_milestone(self) -> None:
        """Add a milestone to the selected initiative."""
        ids = self.ctx.selected_initiative_ids()
        if len(ids) != 1:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Select one initiative to add a milestone to."
                ),
                5000,
            )
            return
        obj = self.ctx.doc.initiatives.get(ids[0])
        date = obj.end or obj.start or self.ctx.doc.info.horizon_start
        editing.create(self.ctx, "milestone", initiative_id=obj.id, name="New milestone",
                       date=date)
        self.inspect(NodeKey.initiative(obj.id), focus=False)

    def insert_dependency(self) -> None:
        """Make the selected initiative wait for another (a dialog asks which)."""
        ids = self.ctx.selected_initiative_ids()
        if len(ids) != 1:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select one initiative first."), 5000
            )
            return
        from .dialogs.dependency import DependencyDialog

        DependencyDialog(self.ctx, ids[0], self).exec()

    def delete_selection(self) -> None:
        """Delete every selected item as one undoable edit."""
        try:
            editing.delete_keys(self.ctx, self.ctx.selection)
        except RoadmapError as error:
            show_error(
                self, QCoreApplication.translate("MainWindow", "Cannot Delete"), user_message(error)
            )

    def inspect(self, key: NodeKey, focus: bool = True) -> None:
        """Select `key`, show the inspector and put the focus in its first field."""
        self.ctx.select([key], self)
        self.inspector.show()
        self.inspector.raise_()
        if focus:
            self.inspector.focus_first_field()

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences: language and high contrast, for this user."""
        from .dialogs.preferences import PreferencesDialog
        from .high_contrast import apply_contrast

        if PreferencesDialog(self.settings, self).exec():
            apply_contrast(bool(self.settings.get(app_settings.HIGH_CONTRAST)))

    def edit_properties(self) -> None:
        """Roadmap ▸ Properties."""
        from .dialogs.properties import PropertiesDialog

        PropertiesDialog(self.ctx, self).exec()

    def auto_schedule(self) -> None:
        """Roadmap ▸ Auto-schedule: preview, then apply as one edit."""
        from .dialogs.schedule import ScheduleDialog, proposed_moves

        try:
            moves = proposed_moves(self.ctx)
        except (RoadmapError, ImportError) as error:
            show_error(
                self, QCoreApplication.translate("MainWindow", "Auto-schedule"), user_message(error)
            )
            return
        ScheduleDialog(self.ctx, moves, self).exec()

    def take_snapshot(self) -> None:
        """Roadmap ▸ Take Snapshot…: name it, keep it (undoable), show what changes after it."""
        from .dialogs.snapshots import TakeSnapshotDialog

        if TakeSnapshotDialog(self.ctx, self).exec():
            self.changes.fill_snapshots()

    def edit_snapshots(self) -> None:
        """Roadmap ▸ Snapshots…: rename or delete them (undoable), or compare with one."""
        from .dialogs.snapshots import SnapshotsDialog

        def compare_with(key: int) -> None:
            self.changes.choose(key)
            self.changes.show()
            self.changes.raise_()

        SnapshotsDialog(self.ctx, self, on_compare=compare_with).exec()

    def _filter_table_to_changes(self) -> None:
        """Show only the changed initiatives in the table and the map while the Changes
        switch is on."""
        on = self.changes.only_changed.isChecked()
        keys = self.changes.changed_keys() if on else None
        for name in ("table", "graph"):
            view = self.views.view(name)
            if view is not None and hasattr(view, "show_only"):
                view.show_only(keys)

    def edit_rules(self) -> None:
        """Roadmap ▸ Rule Settings."""
        from .dialogs.rules import RulesDialog

        RulesDialog(self.ctx, self).exec()

    def export_board_pack(self) -> None:
        """File ▸ Export Board Pack."""
        from .dialogs.boardpack import BoardPackDialog

        BoardPackDialog(self.ctx, self).exec()

    def export_deck(self) -> None:
        """File ▸ Export PowerPoint Deck."""
        from .dialogs.boardpack import BoardPackDialog

        BoardPackDialog(self.ctx, self, deck=True).exec()

    def picturable_view(self) -> Any:
        """The view on show when it can be drawn as a picture (ui.image_export), else None."""
        view = self.views.view(self.views.current_name())
        return view if hasattr(view, "paint_picture") else None

    def export_picture(self) -> None:
        """File ▸ Export View as Picture: the view on show as PNG or SVG."""
        from .dialogs.export_picture import ExportPictureDialog

        view = self.picturable_view()
        if view is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "This view cannot be exported as a picture."
                ),
                5000,
            )
            return
        dialog = ExportPictureDialog(view, self.ctx, settings=self.settings, parent=self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported the view to {written}.").format(
                    written=dialog.written
                ),
                8000,
            )

    def copy_picture(self) -> None:
        """Edit ▸ Copy View as Picture: the view on show, at the last picture size."""
        view = self.picturable_view()
        if view is None:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "This view cannot be copied as a picture."
                ),
                5000,
            )
            return
        from .dialogs.export_picture import remembered_size
        from .image_export import copy_picture

        size = remembered_size(self.settings)
        try:
            copy_picture(view, size)
        except RoadmapError as error:
            self.statusBar().showMessage(str(error), 8000)
            return
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Copied the view as a {width} × {height} picture."
            ).format(width=size.width(), height=size.height()),
            5000,
        )

    def start_presentation(self) -> None:
        """View ▸ Presentation Mode (F5); its module loads on first use, not at start-up."""
        from .presentation import start_presentation

        start_presentation(self)

    def show_guide(self, anchor: str = "") -> None:
        """Help ▸ User Guide, at `anchor` (a topic or a finding code) if given."""
        from .guide import show_guide

        show_guide(self, anchor)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts, read from the action registry."""
        from .dialogs.shortcuts import show_shortcuts

        show_shortcuts(self.named_actions, self)

    def about(self) -> None:
        """Help ▸ About."""
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Crossroads"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Crossroads {version}</h3><p>Plan e-commerce initiatives as a dependency "
                "graph of initiatives, departments, owners and vendors; see which initiatives IT "
                "owns alone; export a board-ready PDF roadmap.</p><p>Departments drive, IT "
                "enables.</p><p>MIT licence.</p>",
            ).format(version=__version__),
        )

    def next_pane(self) -> None:
        """Move the keyboard focus: view, navigator, inspector, findings, view, ..."""
        panes: list[QWidget] = [self.views.currentWidget(), self.navigator, self.inspector,
                                self.findings]
        panes = [p for p in panes if p is not None and p.isVisible()]
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes) if focus is not None and (
            p is focus or p.isAncestorOf(focus))), -1)
        target = panes[(current + 1) % len(panes)] if panes else None
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _step_tab(self, step: int) -> None:
        count = self.views.count()
        if count:
            self.views.setCurrentIndex((self.views.currentIndex() + step) % count)

    # --- slots ---------------------------------------------------------------

    def _update_selection_actions(self, *_args: object) -> None:
        writable = self.ctx.doc.read_only is None
        one_initiative = writable and len(self.ctx.selected_initiative_ids()) == 1
        self.named_actions.insert_milestone.setEnabled(one_initiative)
        self.named_actions.insert_dependency.setEnabled(one_initiative)
        self.named_actions.edit_delete.setEnabled(writable and bool(self.ctx.selection))

    def update_read_only(self) -> None:
        """A viewer's login: every editing action off, and the reason always in sight."""
        reason = self.ctx.doc.read_only
        for name in EDITING_ACTIONS:
            self.named_actions[name].setEnabled(reason is None)
        self.read_only_label.setText(
            "" if reason is None else QCoreApplication.translate("MainWindow", "Read-only")
        )
        self.read_only_label.setToolTip(
            ""
            if reason is None
            else QCoreApplication.translate(
                "MainWindow",
                "You can read, check and export this roadmap, but not change it: {reason}.",
            ).format(reason=reason)
        )
        self.read_only_label.setVisible(reason is not None)
        self._update_selection_actions()

    def _update_file_actions(self) -> None:
        self.named_actions.file_revert.setEnabled(
            self.files.path is not None and self.files.is_modified())

    def _on_ctx_document_replaced(self) -> None:
        thaw_collector()  # the first document's rows were frozen at start-up
        self._update_file_actions()
        self.update_read_only()

    def _on_ctx_analysis_updated(self, analysis: Analysis) -> None:
        open_findings = analysis.open_findings()
        high = sum(1 for f in open_findings if f.severity == Severity.HIGH)
        alone = len(analysis.it_alone)
        self.status_label.setText(
            QCoreApplication.translate(
                "MainWindow", "{open_findings} open findings ({high} high) · {alone} IT alone"
            ).format(open_findings=len(open_findings), high=high, alone=alone)
        )

    def _on_views_view_shown(self, name: str) -> None:
        self.settings.set(app_settings.LAST_VIEW, name)
        can_picture = self.picturable_view() is not None
        self.named_actions.file_export_picture.setEnabled(can_picture)
        self.named_actions.edit_copy_picture.setEnabled(can_picture)
        if name == "table":  # built on first show: give it the Changes filter then
            self._filter_table_to_changes()

    # --- Qt events -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-theme icons when the system switches light/dark (QWidget.changeEvent)."""
        if event.type() == QEvent.Type.PaletteChange:
            from .icons import clear_cache

            clear_cache()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, remember the layout, close (QWidget.closeEvent)."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.analysis.stop()
        self.files.lock.release()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged .roadmap file (QWidget.dragEnterEvent)."""
        if self.files.dropped_roadmap(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped .roadmap file (QWidget.dropEvent)."""
        path = self.files.dropped_roadmap(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)
