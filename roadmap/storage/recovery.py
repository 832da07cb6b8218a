"""Working copies and crash recovery: unsaved edits survive a crash.

Every open document runs on a working copy of its file, kept in a recovery
folder with a small JSON sidecar: which file it came from, which process has
it open, and whether it holds edits not yet saved. Each edit is committed to
the working copy at once, so when the process dies the edits are still on
disk; the next start finds the sidecar of a dead process and offers them
back. A clean close removes both files.

Whether the owner still runs is judged twice, neither time by signalling
it: the owner holds an OS lock on a `.lock` file beside the sidecar for as
long as it lives (roadmap/storage/owner_lock.py), and its process id is
asked about (a lock taken over by a reused pid cannot fool the first).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roadmap.storage.owner_lock import OwnerLock, holder_gone

SIDECAR_FORMAT = 1


def default_recovery_dir() -> Path:
    """Where working copies live: $XDG_STATE_HOME/crossroads/recovery (or ~/.local/state/...)."""
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "crossroads" / "recovery"


def process_token(pid: int) -> str:
    """A token that tells this process from a later one reusing its pid ('' if unknown)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[19] if len(fields) > 19 else ""  # field 22 of proc(5): the start time


def process_alive(pid: int, token: str = "") -> bool:
    """True while process `pid` (the one that wrote `token`, if given) still runs.

    Asks without touching the process on every platform: on Windows,
    os.kill(pid, 0) would terminate it, so there the process is opened for
    a query of its exit code instead.
    """
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)  # signal 0 on POSIX: a probe that delivers nothing
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive, and not ours to judge
    except OSError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True  # no /proc (macOS): trust the probe
    if stat[stat.rfind(")") + 2:].startswith("Z"):
        return False  # a zombie: dead, only not yet reaped
    return not token or process_token(pid) in ("", token)


if sys.platform == "win32":
    import ctypes

    _QUERY_LIMITED_INFORMATION = 0x1000
    _STILL_ACTIVE = 259
    _ACCESS_DENIED = 5

    def _windows_process_alive(pid: int) -> bool:
        """Whether `pid` runs, from OpenProcess and GetExitCodeProcess (nothing is signalled)."""
        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return ctypes.get_last_error() == _ACCESS_DENIED  # someone else's: alive
        try:
            code = ctypes.c_ulong()
            if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == _STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
else:
    def _windows_process_alive(pid: int) -> bool:
        """Not on Windows: never called."""
        raise OSError("not Windows")


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left behind by a process that died: what the app offers back."""

    working: Path
    sidecar: Path
    source: Path | None
    pid: int
    opened_at: dt.datetime
    dirty: bool

    @property
    def modified_at(self) -> dt.datetime:
        """When the working copy was last written (the time of the last edit)."""
        try:
            return dt.datetime.fromtimestamp(self.working.stat().st_mtime)
        except OSError:
            return self.opened_at


class WorkFile:
    """The working copy behind one open document, and its sidecar."""

    def __init__(self, working: Path, source: Path | None, *, dirty: bool = False,
                 opened_at: dt.datetime | None = None) -> None:
        self.working = working
        self.sidecar = working.with_suffix(".json")
        self.lock = OwnerLock(working.with_suffix(".lock"))
        self.source = source
        self.dirty = dirty
        self.opened_at = opened_at or dt.datetime.now().replace(microsecond=0)

    @classmethod
    def create(cls, recovery_dir: Path, source: Path | None) -> WorkFile:
        """A fresh working-copy name in `recovery_dir`, its sidecar written first."""
        recovery_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        work = cls(recovery_dir / f"{secrets.token_hex(8)}.roadmap", source)
        work.lock.acquire()
        work.write_sidecar()
        return work

    @classmethod
    def adopt(cls, recovery: Recovery) -> WorkFile:
        """Take over a dead process's working copy: this process now owns it."""
        work = cls(recovery.working, recovery.source, dirty=True, opened_at=recovery.opened_at)
        work.lock.acquire()
        work.write_sidecar()
        return work

    def write_sidecar(self) -> None:
        """Record source, owner process and dirtiness (replaced atomically)."""
        data = {
            "format": SIDECAR_FORMAT,
            "source": None if self.source is None else str(self.source),
            "pid": os.getpid(),
            "process": process_token(os.getpid()),
            "opened_at": self.opened_at.isoformat(),
            "dirty": self.dirty,
        }
        temp = self.sidecar.with_suffix(".json-new")
        temp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(temp, self.sidecar)

    def mark_dirty(self) -> None:
        """Note that the working copy now holds edits the file does not."""
        if not self.dirty:
            self.dirty = True
            self.write_sidecar()

    def mark_clean(self, source: Path) -> None:
        """Note that `source` now holds exactly what the working copy holds."""
        self.source = source
        self.dirty = False
        self.write_sidecar()

    def remove(self) -> None:
        """Delete the working copy, its journal, its sidecar and then its lock."""
        _remove(self.working, self.sidecar)
        self.lock.remove()


def _remove(working: Path, sidecar: Path) -> None:
    for path in (working, Path(f"{working}-journal"), sidecar, sidecar.with_suffix(".json-new"),
                 sidecar.with_suffix(".lock")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _read_sidecar(sidecar: Path) -> tuple[Recovery, str] | None:
    """The recovery a sidecar describes and its process token, or None if unreadable."""
    try:
        data: Any = json.loads(sidecar.read_text(encoding="utf-8"))
        source = data["source"]
        recovery = Recovery(
            working=sidecar.with_suffix(".roadmap"),
            sidecar=sidecar,
            source=None if source is None else Path(str(source)),
            pid=int(data["pid"]),
            opened_at=dt.datetime.fromisoformat(str(data["opened_at"])),
            dirty=bool(data["dirty"]),
        )
        return recovery, str(data.get("process", ""))
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _orphans(recovery_dir: Path) -> list[Recovery]:
    """Working copies whose process is gone; clean ones and broken sidecars are removed."""
    found: list[Recovery] = []
    try:
        sidecars = sorted(recovery_dir.glob("*.json"))
    except OSError:
        return found
    for sidecar in sidecars:
        read = _read_sidecar(sidecar)
        if read is None:
            continue
        recovery, token = read
        if _owner_alive(recovery, token):
            continue
        if recovery.dirty and recovery.working.is_file():
            found.append(recovery)
        else:
            _remove(recovery.working, recovery.sidecar)
    return found


def _owner_alive(recovery: Recovery, token: str) -> bool:
    """True while the process that owns `recovery` runs: its lock held, its pid alive.

    A sidecar without a lock file (written before there were locks) is
    judged by its process id alone.
    """
    if holder_gone(recovery.sidecar.with_suffix(".lock")):
        return False
    return process_alive(recovery.pid, token)


def list_recoveries(recovery_dir: Path | None = None) -> list[Recovery]:
    """Unsaved work of dead processes, newest first (clean leftovers are swept away)."""
    found = _orphans(recovery_dir or default_recovery_dir())
    return sorted(found, key=lambda r: r.modified_at, reverse=True)


def find_recovery(path: Path | str, recovery_dir: Path | None = None) -> Recovery | None:
    """The newest unsaved work on file `path` left by a dead process, or None."""
    wanted = Path(os.path.realpath(path))
    for recovery in list_recoveries(recovery_dir):
        if recovery.source is not None and Path(os.path.realpath(recovery.source)) == wanted:
            return recovery
    return None


def discard_recovery(recovery: Recovery) -> None:
    """Throw away unsaved work the user declined to recover."""
    _remove(recovery.working, recovery.sidecar)
