"""Open, create and save .roadmap files safely.

Opening checks a copy of the file completely (roadmap.storage.filecheck) before the
ORM sees it, upgrades an older format (roadmap.storage.migrations), and runs the
document on that working copy, so every edit is on disk at once
(roadmap.storage.recovery). Saving writes a snapshot beside the target, flushes and
checks it, keeps rolling backups, and swaps it in with one atomic rename:
whenever the process dies, the target is the old roadmap or the new one,
never a mix. Opening a file is not an edit: a new document has nothing to undo.

A save over a file that changed on disk since it was opened (another
Crossroads saved it, or another program) is refused with FileChangedError
unless the caller says to overwrite, so one person's save never silently
discards another's. A postgresql:// address opens a server roadmap
(roadmap.services.shared) whose edits are saved as they are made.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import re
import secrets
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event

from roadmap.i18n import translate
from roadmap.model.errors import RoadmapError, RoadmapFileError
from roadmap.model.validation import check_row, clean_fields
from roadmap.services.document import Document, row_values
from roadmap.storage import database, filecheck, migrations
from roadmap.storage.database import make_engine
from roadmap.storage.recovery import (
    Recovery,
    WorkFile,
    default_recovery_dir,
    discard_recovery,
    find_recovery,
    list_recoveries,
    process_alive,
)
from roadmap.storage.server import is_server_url

BACKUPS = 3
"""Rolling backups kept beside a saved file: NAME.roadmap.1.bak (newest) .. .3.bak."""

_LEFTOVER = re.compile(r"\.~(\d+)-[0-9a-f]+\.")


class RoadmapSaveError(RoadmapFileError):
    """A roadmap could not be saved; the file on disk is unchanged."""

    def __init__(self, path: object, reason: str) -> None:
        RoadmapError.__init__(self, translate("Files", "Cannot save {path}: {reason}").format(
            path=path, reason=reason))
        self.path = path
        self.reason = reason


class FileChangedError(RoadmapSaveError):
    """The file changed on disk since it was opened: reload it, overwrite it, or save as."""


DiskStamp = tuple[int, int, int]
"""What identifies one state of a file on disk: (inode, size, modification time in ns)."""


def disk_stamp(path: Path) -> DiskStamp | None:
    """The current stamp of `path`, None when it does not exist."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


# --- opening ------------------------------------------------------------------


def open_document(path: Path | str, *, recovery_dir: Path | None = None,
                  recover: bool = False) -> Document:
    """Open a .roadmap file, or with `recover` the unsaved work a crash left on it.

    Raises RoadmapFileError (never a database or value error) when the file
    is missing, not a roadmap, damaged, hostile or from a newer Crossroads.
    """
    if is_server_url(path):
        from roadmap.services.shared import open_shared

        return open_shared(str(path))
    display = Path(path)
    if recover:
        recovery = find_recovery(display, recovery_dir)
        if recovery is None:
            raise RoadmapFileError(display, translate("Files", "has no unsaved changes to recover"))
        return open_recovery(recovery)
    source = Path(os.path.realpath(display))
    directory = recovery_dir or default_recovery_dir()
    list_recoveries(directory)  # sweeps away clean leftovers of dead processes
    with contextlib.suppress(OSError):
        remove_save_leftovers(source)
    filecheck.read_header(source, display)  # refuse plain non-roadmaps before copying
    stamp = disk_stamp(source)
    try:
        work = WorkFile.create(directory, source)
    except OSError as error:
        raise RoadmapFileError(display, _no_working_copy(directory, error)) from None
    try:
        try:
            shutil.copyfile(source, work.working)
        except OSError as error:
            raise RoadmapFileError(display, translate("Files", "cannot be read ({error})").format(
                error=error.strerror or error)) \
                from None
        version = filecheck.verify(work.working, display=display)  # the copy, not the file
        if version < database.FORMAT_VERSION:
            migrations.keep_original(source, version, display)
            migrations.upgrade(work.working, version, display)
            filecheck.verify(work.working, display=display)
        doc = _attach(work, source)
        doc.disk_stamp = stamp
        return doc
    except BaseException:
        work.remove()
        raise


def open_recovery(recovery: Recovery) -> Document:
    """Open the unsaved work a dead process left behind; it counts as modified."""
    display: object = recovery.source or translate("Files", "the recovered roadmap")
    try:
        _settle_journal(recovery.working)
    except sqlite3.Error as error:
        raise RoadmapFileError(display, filecheck.database_reason(error)) from None
    filecheck.verify(recovery.working, display=display)
    doc = _attach(WorkFile.adopt(recovery), recovery.source)
    doc.saved_revision = -1  # nothing on disk holds this state yet
    return doc


def new_document(*, recovery_dir: Path | None = None, **roadmap_fields: Any) -> Document:
    """A new, untitled roadmap on a working copy (saved later with a file name)."""
    cleaned = clean_fields("roadmap", roadmap_fields)
    directory = recovery_dir or default_recovery_dir()
    list_recoveries(directory)
    try:
        work = WorkFile.create(directory, None)
    except OSError as error:
        raise RoadmapFileError(translate("Files", "a new roadmap"),
                               _no_working_copy(directory, error)) from None
    try:
        blank = Document.in_memory(**cleaned)  # built in memory: one write, not one per table
        try:
            _write_snapshot(blank, work.working)
        finally:
            blank.close()
        doc = _attach(work, None)
        check_row("roadmap", row_values(doc.info))
    except BaseException:
        work.remove()
        raise
    return doc


def _no_working_copy(directory: Path, error: OSError) -> str:
    """Why a document cannot open when its working copy cannot be made, and the way out."""
    return translate("Files", "no working copy can be made in {folder} ({error}); set "
                     "XDG_STATE_HOME to a folder you can write to").format(
        folder=directory, error=error.strerror or error)


def _attach(work: WorkFile, source: Path | None) -> Document:
    engine = make_engine(_url(work.working))
    event.listen(engine, "connect", _working_copy_pragmas)
    doc = Document(engine, path=source)
    doc.workfile = work
    # Marked before the first commit of an edit lands, so no crash can leave an edit
    # in a working copy whose sidecar still says there is nothing to recover.
    event.listen(engine, "commit", lambda _conn: work.mark_dirty())
    doc.close_hooks.append(work.remove)
    return doc


def _url(path: Path) -> str:
    return f"sqlite:///{path}"


def _working_copy_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Each edit is committed at once. Surviving a crash of the process needs no fsync
    # (the OS still holds the pages); after a power cut a torn working copy fails its
    # check on recovery, while the saved file, flushed on save, is safe.
    dbapi_connection.execute("PRAGMA synchronous=OFF")


def _settle_journal(path: Path) -> None:
    """Roll back a transaction a crash left half-done in a working copy (a hot journal)."""
    if not Path(f"{path}-journal").exists():
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        database.harden_sqlite(conn)
        conn.execute("PRAGMA user_version").fetchall()
    finally:
        conn.close()


# --- saving -------------------------------------------------------------------


def save_document(doc: Document, path: Path | str | None = None, *,
                  backups: int = BACKUPS, overwrite: bool = False) -> Path:
    """Save atomically to `path` (default: where the document came from); return the path.

    The target is replaced in one rename after the new file is written,
    flushed and checked; the previous file becomes NAME.roadmap.1.bak.
    Raises RoadmapSaveError (a RoadmapFileError) and leaves the target
    untouched when anything fails, and FileChangedError when the target is
    the file the document came from and it changed on disk since it was
    opened or saved (`overwrite` saves over it anyway). A server roadmap
    saves each edit as it is made: saving it without a file name does nothing.
    """
    if doc.is_shared and path is None:
        doc.mark_saved()
        return Path(str(doc.location))
    if path is None and doc.path is None:
        raise RoadmapSaveError(translate("Files", "this roadmap"),
                               translate("Files", "it has no file name yet: choose where to save "
                                         "it"))
    display = Path(path if path is not None else doc.path)  # type: ignore[arg-type]
    target = Path(os.path.realpath(display))
    if target.is_dir():
        raise RoadmapSaveError(display, translate("Files", "it is a folder"))
    if not target.parent.is_dir():
        raise RoadmapSaveError(display, translate("Files", "the folder {folder} does not "
                                                  "exist").format(folder=target.parent))
    stamp = getattr(doc, "disk_stamp", None)
    same_file = doc.path is not None and Path(os.path.realpath(doc.path)) == target
    if same_file and not overwrite and stamp is not None and disk_stamp(target) != stamp:
        raise FileChangedError(
            display, translate("Files", "it changed on disk since you opened it (saved by "
                               "someone else or another program): reload it, overwrite it, or "
                               "save yours as another file"))
    with contextlib.suppress(OSError):
        remove_save_leftovers(target)
    temp = _temp_name(target, "saving")
    try:
        _write_snapshot(doc, temp)
        filecheck.verify(temp, display=display, rows=False, integrity="quick_check")
        if backups > 0 and target.exists():
            _rotate_backups(target, backups)
        os.replace(temp, target)
        _fsync(target.parent, directory=True)
    except RoadmapFileError as error:
        raise RoadmapSaveError(display, translate("Files", "the written copy failed its check: it "
                                                  "{reason}").format(reason=error.reason)) \
            from None
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise RoadmapSaveError(display, translate("Files", "{reason}; the file on disk is "
                                                  "unchanged").format(reason=reason)) from None
    finally:
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
    doc.path = target
    doc.disk_stamp = disk_stamp(target)
    doc.mark_saved()
    work = getattr(doc, "workfile", None)
    if work is not None:
        with contextlib.suppress(OSError):  # the file is saved; a stale sidecar is harmless
            work.mark_clean(target)
    return target


def backup_path(target: Path, number: int) -> Path:
    """The `number`th rolling backup of `target` (1 is the newest)."""
    return target.with_name(f"{target.name}.{number}.bak")


def remove_save_leftovers(target: Path) -> list[Path]:
    """Delete temporary files that a save killed half-way left beside `target`."""
    removed = []
    pattern = f".{glob.escape(target.name)}.~*"
    for leftover in target.parent.glob(pattern):
        match = _LEFTOVER.search(leftover.name[len(target.name) + 1:])
        if match is None:
            continue
        pid = int(match.group(1))
        if pid == os.getpid() or not process_alive(pid):
            leftover.unlink(missing_ok=True)
            removed.append(leftover)
    return removed


def _temp_name(target: Path, purpose: str) -> Path:
    return target.with_name(f".{target.name}.~{os.getpid()}-{secrets.token_hex(4)}.{purpose}")


def _write_snapshot(doc: Document, temp: Path) -> None:
    """Copy the document's database into `temp` with SQLite's backup API, then flush it."""
    dest = sqlite3.connect(temp, isolation_level=None)
    try:
        dest.execute("PRAGMA journal_mode=OFF")  # a fresh file: nothing to roll back to
        dest.execute("PRAGMA synchronous=OFF")  # flushed once below
        with doc.engine.connect() as conn:
            source = conn.connection.driver_connection
            source.backup(dest)  # type: ignore[union-attr]
    finally:
        dest.close()
    _fsync(temp)


def _rotate_backups(target: Path, keep: int) -> None:
    """Shift NAME.1.bak .. NAME.<keep>.bak by one and make the current file NAME.1.bak.

    The current file stays in place (hard-linked, or copied where links are
    not supported), so a crash here leaves the target as it was.
    """
    names = [backup_path(target, n) for n in range(1, keep + 1)]
    for newer, older in reversed(list(itertools.pairwise(names))):
        if newer.exists():
            os.replace(newer, older)
    temp = _temp_name(target, "backup")
    try:
        os.link(target, temp)
    except OSError:
        shutil.copy2(target, temp)
    os.replace(temp, names[0])


def _fsync(path: Path, *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return  # Windows cannot open a folder; its rename needs no folder flush
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


__all__ = [
    "BACKUPS",
    "FileChangedError",
    "Recovery",
    "RoadmapSaveError",
    "backup_path",
    "default_recovery_dir",
    "discard_recovery",
    "find_recovery",
    "list_recoveries",
    "new_document",
    "open_document",
    "open_recovery",
    "remove_save_leftovers",
    "save_document",
]
