"""Engines and schema: how a roadmap document reaches its database.

Connection-level safety settings live here, applied to every SQLite
connection: foreign keys enforced, the schema not trusted to call functions.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys

from sqlalchemy import Engine, create_engine, event, insert
from sqlalchemy.pool import StaticPool

from roadmap import __version__
from roadmap.model.entities import Base, Meta, Roadmap

FORMAT_VERSION = 2
"""The .roadmap format this build writes; bump it with a migration step."""

APPLICATION_ID = 0x43524F53  # 'CROS': marks a SQLite file as a Crossroads roadmap.


def harden_sqlite(dbapi_connection: sqlite3.Connection) -> None:
    """Apply SQLite's guidance for untrusted databases to one connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA cell_size_check=ON")
    cursor.execute("PRAGMA mmap_size=0")
    cursor.close()
    defend_connection(dbapi_connection)


def defend_connection(connection: sqlite3.Connection) -> None:
    """Turn on SQLite's defensive mode and turn off triggers and views, where Python can.

    `Connection.setconfig` and its constants arrived in Python 3.12; on 3.11
    the pragmas set by the callers are the protection.
    """
    if sys.version_info >= (3, 12):
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW, False)


def make_engine(url: str = "sqlite://") -> Engine:
    """An engine for `url`; SQLite connections are hardened, in-memory ones shared."""
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            poolclass=StaticPool if memory else None,
            connect_args={"check_same_thread": False},
        )
        event.listen(engine, "connect", lambda conn, _record: harden_sqlite(conn))
        return engine
    return create_engine(url)


def create_schema(engine: Engine, **roadmap_fields: object) -> None:
    """Create every table, record the format version and the document row."""
    Base.metadata.create_all(engine)
    today = dt.date.today()
    defaults: dict[str, object] = {
        "id": 1,
        "title": "Untitled roadmap",
        "organisation": "",
        "horizon_start": dt.date(today.year + 1, 1, 1),
        "horizon_end": dt.date(today.year + 2, 12, 31),
        "fiscal_year_start_month": 1,
        "currency": "EUR",
        "author": "",
        "confidentiality": "Confidential",
        "version": "1.0",
    }
    defaults.update(roadmap_fields)
    with engine.begin() as conn:
        conn.execute(insert(Meta), [
            {"key": "format_version", "value": str(FORMAT_VERSION)},
            {"key": "written_by", "value": f"Crossroads {__version__}"},
        ])
        conn.execute(insert(Roadmap), [defaults])
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            # The version again in the header, so a file is judged before any table is read.
            conn.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
