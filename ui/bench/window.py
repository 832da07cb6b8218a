"""The main window as the benchmark opens it: offscreen, at 1600x1000, settings kept aside.

Shared by the start-up, repaint and interaction stages, so each times the
same window the user gets from `crossroads FILE`.
"""

from __future__ import annotations

import argparse
from typing import Any

WINDOW_SIZE = (1600, 1000)


def _application() -> Any:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["crossroads-bench"])


def _settle(app: Any) -> None:
    """Process events until the queue is empty (posted events, deferred layouts, first paint)."""
    for _ in range(5):
        app.processEvents()
        app.sendPostedEvents()
    app.processEvents()


def _open(args: argparse.Namespace) -> Any:
    from roadmap.services.files import open_document

    return open_document(args.file, recovery_dir=args.work / "recovery")


def _show_window(args: argparse.Namespace) -> Any:
    """Open args.file in the real main window, as run_app does, and wait until it is ready.

    Ready means: shown, findings computed and displayed, first full paint
    done and no event left to process. Settings go to a file in --work, so
    the user's own settings are never read or changed.
    """
    from PySide6.QtCore import QSettings

    from ui import settings as app_settings
    from ui.app import make_application
    from ui.context import AppContext
    from ui.main_window import MainWindow

    app = make_application()
    qsettings = QSettings(str(args.work / "bench-settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(_open(args))
    window = MainWindow(ctx, app_settings.AppSettings(qsettings))
    window.resize(*WINDOW_SIZE)
    window.show()
    window.analysis.refresh_now()
    _settle(app)
    window.grab()  # forces the first full paint, as the screen would
    _settle(app)
    return window
