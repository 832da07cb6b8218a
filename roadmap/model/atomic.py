"""Write a file so that it is either the old one or the new one, never half of either.

Exports (the board pack, the deck, spreadsheets) write into a temporary file
beside the target, flush it to disk, then move it into place with one
`os.replace`: a full disk or a crash while writing leaves the old file as it
was and no temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import RoadmapWriteError


def write_atomically(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> int:
    """Call `write` on a temporary file beside `path`, then move it over `path`.

    Returns the size written. Raises RoadmapWriteError (naming the file) when
    the folder is missing or read-only, the disk is full, or the move fails;
    the target is then untouched. An exception from `write` itself is
    re-raised after the temporary file is removed.
    """
    target = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent if str(target.parent) else ".")
    except OSError as error:
        raise RoadmapWriteError(target, error.strerror or str(error)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        size = temp.stat().st_size
        if target.exists():
            os.chmod(temp, target.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise RoadmapWriteError(target, error.strerror or str(error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return size
