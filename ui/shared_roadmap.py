"""File ▸ Open Shared Roadmap…: a roadmap on a PostgreSQL server, and what it needs in the app.

The dialog offers the recent server addresses (never with a password:
libpq's .pgpass, service files or the system keyring hold those). While a
server roadmap is open, a timer brings in what others change (the
document's change feed), so views and findings refresh without reopening.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QWidget

from roadmap.model.errors import RoadmapError

from . import settings as app_settings

MAX_RECENT = 8
POLL_MS = 700


def ask_address(parent: QWidget, settings: app_settings.AppSettings) -> str | None:
    """Ask for a postgresql:// address, offering the recent ones; None when cancelled."""
    recent = [u for u in settings.get(app_settings.RECENT_SERVERS) if u]
    text, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("SharedRoadmap", "Open Shared Roadmap"),
        QCoreApplication.translate(
            "SharedRoadmap",
            "Address of the roadmap's database (postgresql://user@host/database;\n"
            "add ?sslmode=verify-full for TLS; passwords come from ~/.pgpass or the keyring):",
        ),
        recent or ["postgresql://localhost/roadmap"],
        0,
        True,
    )
    text = text.strip()
    return text if ok and text else None


def remember(settings: app_settings.AppSettings, address: str) -> None:
    """Put `address` first in the recent server list."""
    recent = [u for u in settings.get(app_settings.RECENT_SERVERS) if u and u != address]
    settings.set(app_settings.RECENT_SERVERS, [address, *recent][:MAX_RECENT])


class RemoteWatcher(QObject):
    """Polls an open server roadmap's change feed and reports a lost server once."""

    def __init__(self, parent: QObject, get_doc: object, on_error: object) -> None:
        super().__init__(parent)
        self._get_doc = get_doc
        self._on_error = on_error
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        doc = self._get_doc()  # type: ignore[operator]
        if getattr(doc, "feed", None) is None:
            return
        try:
            doc.poll_remote()
        except (RoadmapError, OSError) as error:
            self._timer.stop()
            self._on_error(str(error))  # type: ignore[operator]
        except Exception as error:  # a dead feed socket: tell once, keep running
            self._timer.stop()
            self._on_error(  # type: ignore[operator]
                QCoreApplication.translate(
                    "RemoteWatcher", "The server stopped sending changes: {error}"
                ).format(error=error)
            )
