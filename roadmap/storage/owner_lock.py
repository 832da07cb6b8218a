"""An advisory lock a process holds on a file for as long as it lives.

The operating system drops the lock when its holder dies, however it dies,
so a lock that can be taken means its last holder is gone: no process id
is probed, no signal sent, on any platform (fcntl.flock on POSIX,
msvcrt.locking on Windows). Crash recovery marks each working copy with
one, beside its sidecar.
"""

from __future__ import annotations

import contextlib
import os
import sys
import weakref
from pathlib import Path


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock on file descriptor `fd` without waiting; False if held."""
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _close(fd: int) -> None:
    """Unlock and close `fd` (closing alone drops the lock too; unlocking first is explicit)."""
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    with contextlib.suppress(OSError):
        os.close(fd)


class OwnerLock:
    """The lock file `path`, held by this process from `acquire()` to `release()`.

    A lock whose object is forgotten without `release()` is released when
    the object is collected, and in any case when the process ends.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._closer: weakref.finalize[[int], OwnerLock] | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the lock."""
        return self._closer is not None and self._closer.alive

    def acquire(self) -> bool:
        """Take the lock (creating the file); False if another holder has it."""
        if self.held:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOINHERIT", 0), 0o600)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        os.set_inheritable(fd, False)
        self._closer = weakref.finalize(self, _close, fd)
        return True

    def release(self) -> None:
        """Give the lock up (the file stays; `remove()` deletes it)."""
        if self._closer is not None:
            self._closer()
            self._closer = None

    def remove(self) -> None:
        """Release the lock and delete its file."""
        self.release()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def holder_gone(path: Path) -> bool | None:
    """Whether the process that held lock file `path` is gone (None: there is no such file)."""
    if not path.exists():
        return None
    probe = OwnerLock(path)
    if not probe.acquire():
        return False
    probe.release()
    return True
