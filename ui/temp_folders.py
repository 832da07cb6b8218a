"""Private temporary folders that leave nothing behind, even after a crash.

Each folder Crossroads makes in the system's temporary folder is named
`crossroads-<purpose>-*` and holds a QLockFile for as long as its process
lives. A normal exit removes the folder; a crash leaves it with a stale
lock, and the next start's `sweep_stale()` removes every such folder whose
owner is gone (QLockFile knows a dead holder on every platform). Folders
of older versions (screenshots, icons), which had no lock, are removed
once a day old; other `crossroads-*` folders without a lock are left alone.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

PREFIX = "crossroads-"
LOCK_NAME = "owner.lock"
UNLOCKED_AGE_SECONDS = 24 * 3600
LEGACY_PREFIXES = ("crossroads-shot-", "crossroads-icons-")

_held: dict[Path, QLockFile] = {}


def private_folder(purpose: str) -> Path:
    """A new folder `crossroads-<purpose>-*` owned by this process, removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{purpose}-"))
    lock = QLockFile(str(folder / LOCK_NAME))
    lock.setStaleLockTime(0)
    lock.tryLock(0)
    _held[folder] = lock
    return folder


def remove(folder: Path) -> None:
    """Remove one of this process's folders now (and forget it)."""
    lock = _held.pop(folder, None)
    if lock is not None:
        lock.unlock()
    shutil.rmtree(folder, ignore_errors=True)


def remove_all() -> None:
    """Remove every folder this process made (run at exit)."""
    for folder in list(_held):
        remove(folder)


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove folders that crashed Crossroads processes left in `root`; return them."""
    root = root or Path(tempfile.gettempdir())
    removed: list[Path] = []
    try:
        candidates = [p for p in root.glob(f"{PREFIX}*") if p.is_dir() and p not in _held]
    except OSError:
        return removed
    for folder in candidates:
        if _abandoned(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _abandoned(folder: Path) -> bool:
    """True when no live process owns `folder`."""
    lock_path = folder / LOCK_NAME
    if not lock_path.exists():
        if not folder.name.startswith(LEGACY_PREFIXES):
            return False  # not one of ours (a benchmark's scratch folder, say)
        try:
            return time.time() - folder.stat().st_mtime > UNLOCKED_AGE_SECONDS
        except OSError:
            return False
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        return False
    lock.unlock()
    return True


atexit.register(remove_all)
