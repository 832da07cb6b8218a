"""Engines and schema: how a roadmap document reaches its database.

Connection-level safety settings live here, applied to every SQLite
connection: foreign keys enforced, the schema not trusted to call functions,
SQLite's defensive mode on and triggers and views off. The same model runs on
PostgreSQL; Alembic's version table records the schema revision on both.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import platform
import sqlite3
import sys
from functools import cache

from sqlalchemy import (
    Column,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    create_engine,
    event,
    insert,
)
from sqlalchemy.pool import StaticPool

from roadmap import __version__
from roadmap.model.entities import Base, Meta, Roadmap

FORMAT_VERSION = 3
"""The .roadmap format this build writes; bump it with an Alembic revision."""

REVISIONS = {1: "0001", 2: "0002", 3: "0003"}
"""The Alembic revision of each .roadmap format (roadmap/storage/revisions/versions)."""

HEAD = REVISIONS[FORMAT_VERSION]

VERSION_TABLE = Table(
    "alembic_version", MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)
"""Alembic's own version table, exactly as Alembic creates it."""

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
    """Turn on SQLite's defensive mode and turn off triggers and views for one connection.

    `Connection.setconfig` arrived in Python 3.12; on older CPython the same
    `sqlite3_db_config` calls go through ctypes to the library the sqlite3
    module is linked with (`_sqlite3_db_config`).
    """
    settings = ((_DEFENSIVE, 1), (_TRUSTED_SCHEMA, 0), (_ENABLE_TRIGGER, 0), (_ENABLE_VIEW, 0))
    if sys.version_info >= (3, 12):
        for option, value in settings:
            connection.setconfig(option, bool(value))  # type: ignore[attr-defined, unused-ignore]
        return
    for option, value in settings:
        _sqlite3_db_config(connection, option, value)


_DEFENSIVE, _ENABLE_TRIGGER, _ENABLE_VIEW, _TRUSTED_SCHEMA = 1010, 1003, 1015, 1017
"""SQLITE_DBCONFIG_* option numbers (sqlite3.h; stable since SQLite 3.31)."""


class DefenceUnavailable(RuntimeError):
    """SQLite's connection settings cannot be reached on this Python."""


@cache
def _sqlite_library() -> ctypes.CDLL:
    """The SQLite library the sqlite3 module uses, through its extension module."""
    import _sqlite3  # the C extension: its handle resolves the library it links

    if platform.python_implementation() != "CPython":
        raise DefenceUnavailable("only CPython's sqlite3 connection layout is known")
    library = ctypes.CDLL(_sqlite3.__file__)
    library.sqlite3_db_config.restype = ctypes.c_int
    library.sqlite3_get_autocommit.restype = ctypes.c_int
    library.sqlite3_get_autocommit.argtypes = [ctypes.c_void_p]
    return library


def _sqlite3_db_config(connection: sqlite3.Connection, option: int, value: int) -> None:
    """Call sqlite3_db_config(db, option, value, &out) on a CPython 3.11 connection.

    The `sqlite3 *` handle is the first field after the object header of
    CPython's connection struct (Modules/_sqlite/connection.h). The setting
    is read back, so a layout that is not the expected one fails loudly
    instead of passing silently.
    """
    library = _sqlite_library()
    handle = ctypes.c_void_p.from_address(id(connection) + object.__basicsize__).value
    if not handle:
        raise DefenceUnavailable("the connection has no SQLite handle")
    if library.sqlite3_get_autocommit(handle) != int(not connection.in_transaction):
        raise DefenceUnavailable("the SQLite handle does not match its connection")
    out = ctypes.c_int(-1)
    status = library.sqlite3_db_config(
        ctypes.c_void_p(handle), ctypes.c_int(option), ctypes.c_int(value), ctypes.byref(out)
    )
    if status != 0 or out.value != value:
        raise DefenceUnavailable(f"sqlite3_db_config({option}) did not take (status {status})")


def is_sqlite_url(url: str) -> bool:
    """True for an SQLite URL (a .roadmap file or memory), False for a server."""
    return url.startswith("sqlite")


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
    """Create every table at the head revision, record the format and the document row.

    A new database is built from the model and stamped with Alembic's head
    revision (Alembic's own advice for a fresh database); the revisions
    upgrade databases that existed before.
    """
    Base.metadata.create_all(engine)
    VERSION_TABLE.create(engine)
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
        conn.execute(insert(VERSION_TABLE), [{"version_num": HEAD}])
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            # The version again in the header, so a file is judged before any table is read.
            conn.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
