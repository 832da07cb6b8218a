"""Numbered upgrades of the .roadmap format, applied step by step on open.

A file records its format version (PRAGMA user_version and the meta table).
Opening an older file keeps a backup of the original beside it
(NAME.roadmap.v<N>.bak), then runs each step from its version up to the
current one on the working copy; the upgraded copy is verified like any
other file. To change the model: bump database.FORMAT_VERSION, freeze the new
schema as schema_v<N>.sql, and register the step from N-1 in MIGRATIONS.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from roadmap.model.errors import RoadmapFileError
from roadmap.storage import database

Step = Callable[[sqlite3.Connection], None]
"""Upgrades an open working copy by one format version, inside a transaction."""


def create_tables(conn: sqlite3.Connection, version: int, tables: tuple[str, ...]) -> None:
    """Create `tables` exactly as the frozen schema_v<version>.sql states them.

    Executing the frozen text itself means an upgraded file's schema is the
    one a new file of that version has, to the character the file check compares.
    """
    script = resources.files("roadmap.storage").joinpath(f"schema_v{version}.sql")
    statements = [part.strip() for part in script.read_text("utf-8").split(";")]
    for table in tables:
        wanted = [
            s for s in statements
            if _statement_table(s) == table
        ]
        if not wanted:
            raise LookupError(f"schema_v{version}.sql has no table {table!r}")
        for statement in wanted:
            conn.execute(statement)


def _statement_table(statement: str) -> str | None:
    """The table a CREATE TABLE or CREATE INDEX statement (comments stripped) is about."""
    lines = [line for line in statement.splitlines() if not line.lstrip().startswith("--")]
    words = " ".join(lines).replace("(", " ( ").split()
    if words[:2] == ["CREATE", "TABLE"] and len(words) > 2:
        return words[2]
    if words[:2] == ["CREATE", "INDEX"] and "ON" in words:
        return words[words.index("ON") + 1]
    return None


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Format 2: finding actions and snapshots, two new tables; nothing else changes."""
    create_tables(conn, 2, ("finding_action", "snapshot"))


MIGRATIONS: dict[int, Step] = {1: _v1_to_v2}
"""Upgrade steps by the version they start from: MIGRATIONS[n] turns n into n + 1."""


def backup_name(path: Path, version: int) -> Path:
    """Where the original of an upgraded file is kept: NAME.roadmap.v<N>.bak."""
    return path.with_name(f"{path.name}.v{version}.bak")


def keep_original(path: Path, version: int, display: object) -> Path:
    """Copy the file about to be upgraded beside itself, once; return the copy."""
    backup = backup_name(path, version)
    if backup.exists():
        return backup
    temp = backup.with_name(f".{backup.name}.partial")
    try:
        shutil.copy2(path, temp)
        temp.replace(backup)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise RoadmapFileError(
            display, f"is in the older format {version} and must be upgraded, but no backup "
            f"could be kept beside it ({error.strerror or error})"
        ) from None
    return backup


def upgrade(working: Path, version: int, display: object) -> int:
    """Run every step from `version` to the current format on `working`; return the new version."""
    target = database.FORMAT_VERSION
    conn = sqlite3.connect(working, isolation_level=None)
    try:
        database.harden_sqlite(conn)
        conn.execute("PRAGMA foreign_keys=OFF")  # steps may rebuild tables
        for current in range(version, target):
            step = MIGRATIONS.get(current)
            if step is None:
                raise RoadmapFileError(
                    display, f"is in format {current}, which this Crossroads cannot upgrade"
                )
            conn.execute("BEGIN IMMEDIATE")
            try:
                step(conn)
                conn.execute(
                    "UPDATE meta SET value = ? WHERE key = 'format_version'", (str(current + 1),)
                )
                conn.execute(f"PRAGMA user_version = {int(current + 1)}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    except sqlite3.Error as error:
        raise RoadmapFileError(
            display, f"could not be upgraded from format {version} ({error})"
        ) from None
    finally:
        conn.close()
    return target
