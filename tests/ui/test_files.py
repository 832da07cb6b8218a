"""Files in the window: title and modified mark, new, save as, recent, drop, revert,
first start with the sample, and the crash-recovery offer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roadmap.services.files import open_document
from ui import settings as app_settings
from ui.app import initial_document

SB = QMessageBox.StandardButton


def test_title_shows_the_name_and_the_modified_mark(window: Any) -> None:
    assert window.windowTitle() == "northwind[*] — Crossroads"
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(1, priority=2))
    assert window.isWindowModified()
    assert window.named_actions.file_revert.isEnabled()
    window.named_actions.edit_undo.trigger()
    assert not window.isWindowModified()
    window.named_actions.edit_redo.trigger()
    window.named_actions.file_save.trigger()
    assert not window.isWindowModified()


def test_new_then_save_as_adds_the_suffix(window: Any, tmp_path: Path,
                                          monkeypatch: Any) -> None:
    window.named_actions.file_new.trigger()
    assert window.windowTitle().startswith("Untitled")
    assert window.ctx.doc.initiatives.all() == []
    assert window.ctx.undo_stack.count() == 0
    window.insert("initiative")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "plan"), "")))
    window.named_actions.file_save.trigger()
    saved = tmp_path / "plan.roadmap"
    assert saved.exists()
    assert window.windowTitle() == "plan[*] — Crossroads"
    assert window.settings.recent_files()[0] == saved.resolve()


def test_open_recent_lists_files_and_opens_them(window: Any, sample_file: Path,
                                                tmp_path: Path) -> None:
    other = tmp_path / "other.roadmap"
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(1, title="Other plan item"))
    window.files._save_to(other)
    window.files.open_path(sample_file)
    menu = window.files.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.text().startswith("&")]
    assert [a.text() for a in entries[:2]] == ["&1 northwind.roadmap", "&2 other.roadmap"]
    entries[1].trigger()
    assert window.ctx.doc.initiatives.get(1).title == "Other plan item"


def test_dropping_a_roadmap_file_opens_it(window: Any, tmp_path: Path) -> None:
    other = tmp_path / "dropped.roadmap"
    window.files._save_to(other)
    window.named_actions.file_new.trigger()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    assert window.files.dropped_roadmap(mime) == other
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.windowTitle().startswith("dropped")
    text = QMimeData()
    text.setText("not a file")
    assert window.files.dropped_roadmap(text) is None


def test_revert_discards_unsaved_changes_after_asking(window: Any, dialogs: Any) -> None:
    window.ctx.run(lambda: window.ctx.doc.initiatives.update(1, title="Scratch"))
    dialogs.answers = [SB.Cancel]
    assert not window.files.revert()
    assert window.ctx.doc.initiatives.get(1).title == "Scratch"
    dialogs.answers = [SB.Discard]
    assert window.files.revert()
    assert window.ctx.doc.initiatives.get(1).title != "Scratch"
    assert window.ctx.undo_stack.count() == 0
    assert not window.isWindowModified()


def test_first_start_opens_a_copy_of_the_sample_then_the_recent_file(tmp_path: Path) -> None:
    settings = app_settings.AppSettings()
    recovery = tmp_path / "rec"
    doc, problem = initial_document(None, settings, recovery)
    try:
        assert problem == ""
        assert doc.path is not None and doc.path.parent == app_settings.documents_dir()
        assert doc.path.name == "Crossroads sample.roadmap"
        assert len(doc.initiatives.all()) > 20
    finally:
        doc.close()
    assert settings.recent_files()[0] == doc.path.resolve()
    again, _ = initial_document(None, settings, recovery)
    assert again.path == doc.path
    again.close()


def test_the_sample_never_overwrites_a_file_already_in_documents(tmp_path: Path) -> None:
    documents = app_settings.documents_dir()
    mine = documents / "Crossroads sample.roadmap"
    mine.write_bytes(b"the user's own file")
    (documents / "Crossroads sample 2.roadmap").write_bytes(b"and another")
    doc, _ = initial_document(None, app_settings.AppSettings(), tmp_path / "rec")
    try:
        assert doc.path == documents / "Crossroads sample 3.roadmap"
    finally:
        doc.close()
    assert mine.read_bytes() == b"the user's own file"
    assert not list(documents.glob(".*partial"))


def test_a_bad_file_on_the_command_line_falls_back_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "notes.roadmap"
    bad.write_text("shopping list")
    doc, problem = initial_document(bad, app_settings.AppSettings(), tmp_path / "rec")
    try:
        assert problem.startswith("notes.roadmap could not be opened")
        assert len(doc.initiatives.all()) > 20  # the sample
    finally:
        doc.close()


def test_unsaved_work_of_a_crashed_session_is_offered_back(window: Any, dialogs: Any,
                                                           sample_file: Path) -> None:
    crashed = open_document(sample_file, recovery_dir=app_settings.recovery_dir())
    crashed.initiatives.update(1, title="Edited before the crash")
    work = crashed.workfile
    sidecar = json.loads(work.sidecar.read_text())
    sidecar.update(pid=2**22 + 12345, process="")  # a process that no longer runs
    work.sidecar.write_text(json.dumps(sidecar))
    crashed.session.close()
    crashed.engine.dispose()  # abandoned, as a crash leaves it: no clean close

    dialogs.answers = [SB.Yes]
    assert window.files.offer_recovery()
    assert dialogs.shown[-1][1] == "Recover Unsaved Changes"
    assert window.ctx.doc.initiatives.get(1).title == "Edited before the crash"
    assert window.isWindowModified()
    assert window.ctx.undo_stack.count() == 0
