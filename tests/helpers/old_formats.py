"""Files as an older Crossroads wrote them: a document's rows in a frozen older schema."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

from roadmap.services.document import Document
from roadmap.services.files import save_document
from roadmap.storage.database import APPLICATION_ID


def write_old_format(doc: Document, path: Path, version: int) -> Path:
    """Save `doc` to `path` as a file of format `version` (schema_v<version>.sql)."""
    current = path.with_name(f"{path.name}.current")
    save_document(doc, current, backups=0)
    script = resources.files("roadmap.storage").joinpath(f"schema_v{version}.sql").read_text()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(script)
        conn.execute("ATTACH DATABASE ? AS src", (str(current),))
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(
                f'PRAGMA main.table_info("{table}")'))
            conn.execute(f'INSERT INTO main."{table}" ({columns}) '
                         f'SELECT {columns} FROM src."{table}"')
        conn.execute("UPDATE meta SET value = ? WHERE key = 'format_version'", (str(version),))
        conn.execute("DETACH DATABASE src")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
    finally:
        conn.close()
    current.unlink()
    return path
