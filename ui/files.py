"""File handling of the main window: New, Open, Open Recent, Save, Save As, Revert.

Also the window title (file name and modified mark), the unsaved-changes
prompt (Save, Discard, Cancel), opening a dropped .roadmap file, the
first-start sample and the crash-recovery offer. Opening replaces the
document and clears the undo history (it is not an edit); the modified mark
is `not undo_stack.isClean()`, set clean after each save.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.model.errors import RoadmapError, RoadmapFileError
from roadmap.services.document import Document
from roadmap.storage.recovery import Recovery

from . import settings as app_settings
from .context import AppContext
from .errors import show_error, user_message
from .file_lock import FileLock
from .icons import icon

log = logging.getLogger("crossroads")

SUFFIX = ".roadmap"
FILE_FILTER = QT_TRANSLATE_NOOP("FileController",
                                "Crossroads roadmaps (*.roadmap);;All files (*)")
SAMPLE_COPY_NAME = "Crossroads sample.roadmap"


def free_name(path: Path) -> Path:
    """`path` if nothing is there yet, else the first free "stem 2.suffix", "stem 3.suffix"..."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem} {number}{path.suffix}")
    return candidate


class FileController(QObject):
    """Opens, saves and names the window's document."""

    opened = Signal(object)
    """A document was opened or created; carries its path (None when untitled)."""
    saved = Signal(object)
    """The document was saved; carries the path."""

    def __init__(self, window: QWidget, ctx: AppContext, settings: app_settings.AppSettings,
                 recovery_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.settings = settings
        self.recovery_dir = recovery_dir
        self._recovered = False
        self.lock = FileLock(self._ask_already_open)
        """The lock of the file on show: a second app opening it is told (ui.file_lock)."""
        self.recent_menu = QMenu(
            QCoreApplication.translate("FileController", "Open &Recent"), window
        )
        self.recent_menu.setObjectName("file_open_recent")
        self.recent_menu.setIcon(icon("open"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        ctx.undo_stack.cleanChanged.connect(self.update_title)
        ctx.document_replaced.connect(self.update_title)
        self.update_title()

    # --- state ---------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file the document was opened from or saved to (None: untitled)."""
        return self.ctx.doc.path

    def is_modified(self) -> bool:
        """True when there are edits that no file holds yet."""
        return self._recovered or not self.ctx.undo_stack.isClean()

    def display_name(self) -> str:
        """The file's name without the suffix, or 'Untitled'."""
        return (
            self.path.stem
            if self.path is not None
            else QCoreApplication.translate("FileController", "Untitled")
        )

    def update_title(self, *_args: object) -> None:
        """'name[*] — Crossroads' with the modified mark shown when unsaved."""
        self.window.setWindowTitle(f"{self.display_name()}[*] — Crossroads")
        self.window.setWindowModified(self.is_modified())
        self.window.setWindowFilePath(str(self.path) if self.path else "")

    # --- commands ------------------------------------------------------------

    def new_roadmap(self) -> bool:
        """Start an empty roadmap (after asking to save the current one)."""
        if not self.maybe_save():
            return False
        from roadmap.services.files import new_document

        try:
            doc = new_document(recovery_dir=self.recovery_dir)
        except RoadmapError as error:
            show_error(
                self.window,
                QCoreApplication.translate("FileController", "New Roadmap"),
                user_message(error),
            )
            return False
        self.replace(doc)
        return True

    def open_dialog(self) -> bool:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return False
        folder = self.settings.get(app_settings.LAST_FOLDER) or str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileController", "Open Roadmap"),
            folder,
            QCoreApplication.translate("FileController", FILE_FILTER),
        )
        return self.open_path(Path(name), ask=False) if name else False

    def open_path(self, path: Path, *, ask: bool = True) -> bool:
        """Open `path`; a failure shows a dialog and keeps the current document."""
        if ask and not self.maybe_save():
            return False
        from roadmap.services.files import open_document

        try:
            doc = open_document(path, recovery_dir=self.recovery_dir)
        except RoadmapFileError as error:
            log.warning("Cannot open %s: %s", path, error.reason)
            self.settings.remove_recent(path)
            show_error(
                self.window,
                QCoreApplication.translate("FileController", "Cannot Open Roadmap"),
                QCoreApplication.translate(
                    "FileController",
                    "{name} could not be opened: it {reason}.\n\nYour current roadmap is still "
                    "open.",
                ).format(name=path.name, reason=error.reason),
                str(path),
            )
            return False
        except (RoadmapError, OSError) as error:
            log.warning("Cannot open %s: %s", path, error)
            show_error(
                self.window,
                QCoreApplication.translate("FileController", "Cannot Open Roadmap"),
                QCoreApplication.translate(
                    "FileController", "{name} could not be opened: {user_message}"
                ).format(name=path.name, user_message=user_message(error)),
                str(path),
            )
            return False
        self.replace(doc)
        self.settings.add_recent(path)
        self.settings.set(app_settings.LAST_FOLDER, str(Path(path).resolve().parent))
        return True

    def open_shared_dialog(self) -> bool:
        """Ask for a server address (recent ones offered) and open the roadmap there."""
        from .shared_roadmap import ask_address

        if not self.maybe_save():
            return False
        address = ask_address(self.window, self.settings)
        return self.open_location(address) if address else False

    def open_location(self, address: str) -> bool:
        """Open the roadmap at a postgresql:// address; a failure keeps the current one."""
        from roadmap.services.files import open_document

        from .shared_roadmap import remember

        try:
            doc = open_document(address)
        except (RoadmapError, OSError) as error:
            show_error(
                self.window,
                QCoreApplication.translate("FileController", "Cannot Open Shared Roadmap"),
                QCoreApplication.translate(
                    "FileController", "{user_message}\n\nYour current roadmap is still open."
                ).format(user_message=user_message(error)),
            )
            return False
        self.replace(doc)
        remember(self.settings, address)
        if doc.read_only is not None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("FileController", "Read-only Roadmap"),
                QCoreApplication.translate(
                    "FileController",
                    "You can read, check and export this roadmap, but not change it: {read_only}.",
                ).format(read_only=doc.read_only),
            )
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one; True when saved."""
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        """Ask for a file name and save there; True when saved."""
        folder = self.settings.get(app_settings.LAST_FOLDER) or str(Path.home())
        suggestion = str(Path(folder) / f"{self.display_name()}{SUFFIX}")
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileController", "Save Roadmap As"),
            suggestion,
            QCoreApplication.translate("FileController", FILE_FILTER),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return self._save_to(path)

    def revert(self) -> bool:
        """Throw away unsaved changes and reopen the file (asks first)."""
        if self.path is None:
            return False
        if self.is_modified():
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("FileController", "Revert to Saved"),
                QCoreApplication.translate(
                    "FileController",
                    "Discard every change made since {display_name} was last saved?",
                ).format(display_name=self.display_name()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        return self.open_path(self.path, ask=False)

    def maybe_save(self) -> bool:
        """Ask Save, Discard or Cancel when there are unsaved changes; True to go on."""
        if not self.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window,
            QCoreApplication.translate("FileController", "Unsaved Changes"),
            QCoreApplication.translate(
                "FileController",
                "Save the changes to {display_name} before closing it?\n\nYour changes will be "
                "lost if you don't save them.",
            ).format(display_name=self.display_name()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def replace(self, doc: Document, *, recovered: bool = False) -> None:
        """Show `doc` instead of the current document, which is closed."""
        old = self.ctx.doc
        self._recovered = recovered
        self.lock.follow(doc)  # before the views see it: they show a read-only roadmap so
        self.ctx.set_document(doc)
        if old is not doc:
            try:
                old.close()
            except Exception:
                log.exception("Closing the previous document failed")
        self.update_title()
        self.opened.emit(doc.path)

    # --- start-up ------------------------------------------------------------

    @staticmethod
    def sample_copy_path() -> Path:
        """A new user copy of the bundled sample in Documents, safe to edit and save.

        Named "Crossroads sample.roadmap" (or "... sample 2.roadmap" and so on,
        never over a file already there), so the user finds it again.
        """
        from roadmap.samples.bundled import bundled_sample_path, write_sample

        target = free_name(app_settings.documents_dir() / SAMPLE_COPY_NAME)
        bundled = bundled_sample_path()
        if bundled.exists():
            temp = target.with_name(f".{target.name}.partial")
            shutil.copyfile(bundled, temp)
            temp.replace(target)
        else:
            write_sample(target)
        return target

    def recoveries(self) -> list[Recovery]:
        """Unsaved work left by a crashed session, newest first."""
        from roadmap.storage.recovery import list_recoveries

        try:
            return [r for r in list_recoveries(self.recovery_dir) if r.dirty]
        except OSError:
            return []

    def offer_recovery(self) -> bool:
        """Offer back unsaved work of a crashed session; True when a document was recovered."""
        from roadmap.services.files import open_recovery
        from roadmap.storage.recovery import discard_recovery

        for recovery in self.recoveries():
            name = (
                recovery.source.name
                if recovery.source
                else QCoreApplication.translate("FileController", "an untitled roadmap")
            )
            when = recovery.modified_at.strftime("%Y-%m-%d %H:%M")
            answer = QMessageBox.question(
                self.window,
                QCoreApplication.translate("FileController", "Recover Unsaved Changes"),
                QCoreApplication.translate(
                    "FileController",
                    "Crossroads closed without saving changes to {name} (last edit "
                    "{when}).\n\nRecover them? Discard throws them away for good.",
                ).format(name=name, when=when),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Ignore,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Discard:
                discard_recovery(recovery)
            elif answer == QMessageBox.StandardButton.Yes:
                try:
                    doc = open_recovery(recovery)
                except RoadmapError as error:
                    show_error(
                        self.window,
                        QCoreApplication.translate("FileController", "Cannot Recover"),
                        user_message(error),
                    )
                    continue
                self.replace(doc, recovered=True)
                return True
        return False

    # --- drag and drop -------------------------------------------------------

    @staticmethod
    def dropped_roadmap(mime: QMimeData) -> Path | None:
        """The first local .roadmap file in dropped data, or None."""
        for url in mime.urls() if mime.hasUrls() else []:
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    # --- internals -----------------------------------------------------------

    def _save_to(self, path: Path) -> bool:
        from roadmap.services.files import FileChangedError, save_document

        try:
            try:
                saved = save_document(self.ctx.doc, path)
            except FileChangedError as changed:
                choice = self._ask_changed_on_disk(changed)
                if choice == "overwrite":
                    saved = save_document(self.ctx.doc, path, overwrite=True)
                elif choice == "save_as":
                    return self.save_as()
                elif choice == "reload":
                    return self.open_path(path, ask=False)
                else:
                    return False
        except (RoadmapError, OSError) as error:
            show_error(
                self.window,
                QCoreApplication.translate("FileController", "Cannot Save Roadmap"),
                QCoreApplication.translate(
                    "FileController",
                    "The roadmap was not saved: {user_message}\n\nNothing was lost: it is still "
                    "open. Try Save As with another folder.",
                ).format(user_message=user_message(error)),
            )
            return False
        self._recovered = False
        self.ctx.undo_stack.setClean()
        self.lock.follow(self.ctx.doc)  # saved under a new name: hold that file's lock
        self.settings.add_recent(saved)
        self.settings.set(app_settings.LAST_FOLDER, str(Path(saved).parent))
        self.update_title()
        self.saved.emit(saved)
        return True

    def _ask_already_open(self, path: Path, who: str) -> bool:
        """True to edit a file another app has open; False (the default) for read-only."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("FileController", "Roadmap Already Open"))
        box.setText(
            QCoreApplication.translate(
                "FileController", "{name} is already open for editing in {who}."
            ).format(name=path.name, who=who)
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "FileController",
                "If both of you edit it, one of you loses work when the "
                "other saves. Open it read-only to look, check and export, "
                "or edit it anyway if that other window is yours and idle.",
            )
        )
        read_only = box.addButton(
            QCoreApplication.translate("FileController", "Open Read-Only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        anyway = box.addButton(
            QCoreApplication.translate("FileController", "Edit Anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(read_only)
        box.setEscapeButton(read_only)
        box.exec()
        return box.clickedButton() is anyway

    def _ask_changed_on_disk(self, error: RoadmapError) -> str:
        """Reload, overwrite or save as, when the file changed since it was opened."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("FileController", "File Changed on Disk"),
            QCoreApplication.translate(
                "FileController",
                "{display_name} was changed on disk since you opened it (saved by someone else or "
                "another program). Saving now would discard their changes.",
            ).format(display_name=self.display_name()),
            parent=self.window,
        )
        reload = box.addButton(
            QCoreApplication.translate("FileController", "&Reload Theirs"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        overwrite = box.addButton(
            QCoreApplication.translate("FileController", "&Overwrite"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        save_as = box.addButton(
            QCoreApplication.translate("FileController", "Save Mine &As…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.setDetailedText(str(error))
        box.exec()
        clicked = box.clickedButton()
        return {id(reload): "reload", id(overwrite): "overwrite",
                id(save_as): "save_as"}.get(id(clicked), "cancel")

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = QAction(f"&{number} {path.name}", self.recent_menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
            self.recent_menu.addAction(action)
        if not paths:
            empty = self.recent_menu.addAction(
                QCoreApplication.translate("FileController", "No recent roadmaps")
            )
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(
            QCoreApplication.translate("FileController", "Clear Recent")
        )
        clear.setEnabled(bool(paths))
        clear.triggered.connect(lambda: self.settings.set(app_settings.RECENT_FILES, []))
