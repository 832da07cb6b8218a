"""Shared fixtures of the GUI tests: isolated settings, no blocking dialogs, a sample window.

Every GUI test gets settings and app data in a temporary folder (never the
user's), and modal message boxes that answer from a script instead of
waiting for a click: a test sets `dialogs.answers` and reads `dialogs.shown`.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from roadmap.samples.bundled import bundled_sample_path

SB = QMessageBox.StandardButton


@dataclass
class Dialogs:
    """Scripted answers for QMessageBox; records every box that would have shown."""

    answers: list[Any] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def answer(self, kind: str, default: Any) -> Any:
        return self.answers.pop(0) if self.answers else default

    def texts(self) -> list[str]:
        """The text of every box shown, in order."""
        return [text for _kind, _title, text in self.shown]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QSettings and the app data folder live under tmp_path for this test."""
    from ui import settings as app_settings

    folder = tmp_path / "qsettings"
    folder.mkdir()
    app_settings.configure_storage()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    data = tmp_path / "appdata"
    data.mkdir()
    monkeypatch.setattr(app_settings, "app_data_dir", lambda: data)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(app_settings, "documents_dir", lambda: documents)
    return folder


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Replace QMessageBox's modal calls with scripted answers (unsaved prompt: Discard)."""
    script = Dialogs()

    def static(kind: str, default: Any) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            script.shown.append((kind, title, text))
            return script.answer(kind, default)
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "warning", static("warning", SB.Discard))
    monkeypatch.setattr(QMessageBox, "question", static("question", SB.Cancel))
    monkeypatch.setattr(QMessageBox, "information", static("information", SB.Ok))
    monkeypatch.setattr(QMessageBox, "critical", static("critical", SB.Ok))
    monkeypatch.setattr(QMessageBox, "about", static("about", None))

    def exec_box(box: QMessageBox) -> Any:
        script.shown.append(("exec", box.windowTitle(), box.text()))
        return script.answer("exec", SB.Ok)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    return script


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    """A private copy of the bundled sample roadmap file."""
    target = tmp_path / "northwind.roadmap"
    shutil.copyfile(bundled_sample_path(), target)
    return target


@pytest.fixture
def recovery_dir(tmp_path: Path) -> Path:
    """Where working copies of the test's documents live."""
    folder = tmp_path / "recovery"
    folder.mkdir()
    return folder


@pytest.fixture
def sample_doc(sample_file: Path, recovery_dir: Path) -> Iterator[Any]:
    """The sample roadmap, opened through storage."""
    from roadmap.services.files import open_document

    doc = open_document(sample_file, recovery_dir=recovery_dir)
    yield doc
    doc.close()


@pytest.fixture
def ctx(sample_doc: Any) -> Any:
    """An AppContext over the sample roadmap."""
    from ui.context import AppContext

    return AppContext(sample_doc)


@pytest.fixture
def window(qtbot: Any, sample_file: Path) -> Iterator[Any]:
    """The real main window with the sample open, shown offscreen, findings computed."""
    from roadmap.services.files import open_document
    from ui import settings as app_settings
    from ui.context import AppContext
    from ui.main_window import MainWindow

    doc = open_document(sample_file, recovery_dir=app_settings.recovery_dir())
    main = MainWindow(AppContext(doc), app_settings.AppSettings())
    qtbot.addWidget(main)
    main.resize(1400, 900)
    main.show()
    qtbot.waitExposed(main)
    main.analysis.refresh_now()
    yield main
    main.close()
    main.ctx.doc.close()
