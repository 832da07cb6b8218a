"""One roadmap file, one editing window: a second app opening it is told it is open.

While a window shows a .roadmap file it holds a QLockFile beside it
(`.NAME.roadmap.lock`, holding the process id, host and app name). A second
Crossroads opening the same file finds the lock, says where the file is
open and offers to open it read-only (the default) or to edit it anyway.
A lock left by a crashed app is stale and taken over silently (QLockFile
checks whether its process is still alive, on every platform). A folder
where no lock can be written (a read-only share) is no reason to refuse
the file: it opens without one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from roadmap.i18n import QT_TRANSLATE_NOOP
from roadmap.services.document import Document

ALREADY_OPEN_REASON = QT_TRANSLATE_NOOP("FileLock", "it is open for editing in another Crossroads")


def lock_path(path: Path) -> Path:
    """Where the lock of roadmap file `path` lives: a hidden file beside it."""
    return path.with_name(f".{path.name}.lock")


def holder(lock: QLockFile) -> str:
    """Who holds `lock`, for a message: 'Crossroads on host (process 123)'."""
    info = lock.getLockInfo()  # (pid, host, app), or nothing when the lock is unreadable
    if not isinstance(info, tuple) or len(info) != 3:
        return QCoreApplication.translate("FileLock", "another Crossroads")
    pid, host, app = info
    where = f" on {host}" if host else ""
    return f"{app or 'Crossroads'}{where} (process {pid})"


class FileLock:
    """Holds the lock of the document shown in one window, and asks when it is taken."""

    def __init__(self, ask: Callable[[Path, str], bool]) -> None:
        """`ask(path, who)` returns True to edit anyway, False to open read-only."""
        self._ask = ask
        self._lock: QLockFile | None = None
        self._path: Path | None = None

    @property
    def path(self) -> Path | None:
        """The file whose lock is held (None: none)."""
        return self._path

    def follow(self, doc: Document) -> None:
        """Hold the lock of `doc`'s file (releasing any other); ask if another app holds it.

        Answering 'read-only' marks the document read-only with the reason,
        so nothing in this window can change or save over the other's work.
        """
        path = doc.path if doc.path is not None and doc.path.exists() else None
        if path is not None and self._path is not None and path.resolve() == self._path:
            return
        self.release()
        if path is None or doc.read_only is not None:
            return
        lock = QLockFile(str(lock_path(path)))
        lock.setStaleLockTime(0)  # only a dead holder makes a lock stale, not its age
        if lock.tryLock(0):
            self._lock, self._path = lock, path.resolve()
            return
        if lock.error() != QLockFile.LockError.LockFailedError:
            return  # no lock can be written here (read-only folder): open without one
        who = holder(lock)
        if not self._ask(path, who):
            reason = QCoreApplication.translate("FileLock", ALREADY_OPEN_REASON)
            doc.read_only = f"{reason} ({who})"

    def release(self) -> None:
        """Give the lock up (the window closes or shows another roadmap)."""
        if self._lock is not None:
            self._lock.unlock()
        self._lock, self._path = None, None
