"""Errors in the app: clear messages for the user, a log and a dialog for bugs.

Expected errors (a refused value, a file that is not a roadmap) carry a
message written for a person and are shown where they happened. Unexpected
exceptions go through `install_exception_hook`: they are logged with their
traceback, shown in a dialog, and the application keeps running with the
document untouched, so no work is lost.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from roadmap.model.errors import RoadmapError, ValidationError

log = logging.getLogger("crossroads")


def setup_logging(folder: Path) -> Path:
    """Log warnings and errors to `folder`/crossroads.log (rotating); return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crossroads.log"
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(old.baseFilename) != path.resolve():
            log.removeHandler(old)
            old.close()
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def user_message(error: BaseException) -> str:
    """The text a person should read for an expected error."""
    if isinstance(error, ValidationError):
        return error.message[:1].upper() + error.message[1:]
    if isinstance(error, RoadmapError):
        return str(error)
    if isinstance(error, OSError):
        where = f": {error.filename}" if error.filename else ""
        return f"{error.strerror or error}{where}"
    return str(error) or type(error).__name__


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A modal error box with an optional 'Show Details' text."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("error_dialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()


class ExceptionReporter(QObject):
    """Turns uncaught exceptions into a log entry and an error dialog."""

    reported = Signal(str)
    """The one-line summary of an exception that was just reported."""

    def __init__(self, parent_widget: Callable[[], QWidget | None],
                 log_path: Path | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._log_path = log_path
        self._showing = False

    def handle(self, kind: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        """sys.excepthook replacement: log, then show a dialog (never recursively)."""
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        log.error("Unexpected error\n%s", text)
        summary = f"{kind.__name__}: {error}"
        self.reported.emit(summary)
        if self._showing or QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        self._showing = True
        try:
            where = (
                QCoreApplication.translate(
                    "ExceptionReporter", "\n\nDetails were written to {log_path}."
                ).format(log_path=self._log_path)
                if self._log_path
                else ""
            )
            show_error(
                self._parent_widget(),
                QCoreApplication.translate("ExceptionReporter", "Unexpected Error"),
                QCoreApplication.translate(
                    "ExceptionReporter",
                    "Something went wrong, but your roadmap is unchanged and still open. Save "
                    "your work to be safe.\n\n{summary}{where}",
                ).format(summary=summary, where=where),
                text,
            )
        finally:
            self._showing = False


def install_exception_hook(reporter: ExceptionReporter) -> None:
    """Route uncaught exceptions (including those in Qt slots) to `reporter`."""
    sys.excepthook = reporter.handle
