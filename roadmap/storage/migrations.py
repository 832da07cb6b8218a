"""Upgrades of a roadmap's schema through Alembic, for .roadmap files and servers.

Alembic owns the chain (roadmap/storage/revisions/versions, one revision per
format). A .roadmap file records its format (PRAGMA user_version, the meta
table and, from format 3, Alembic's version table). Opening an older file
keeps a backup of the original beside it (NAME.roadmap.v<N>.bak), stamps the
working copy with its format's revision and runs every later revision on
it; the upgraded copy is then verified like any other file. To change the
model: bump database.FORMAT_VERSION, freeze schema_v<N>.sql, add revision
<N> (for both engines: op.batch_alter_table keeps SQLite working) and map it
in database.REVISIONS.
"""

from __future__ import annotations

import shutil
import sqlite3
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from roadmap.i18n import translate
from roadmap.model.errors import RoadmapFileError
from roadmap.storage import database

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported where it runs: opening a file of the current format never
# needs it, and importing it costs several times more than reading the file.


def alembic_config() -> Config:
    """Alembic's configuration for the revisions shipped inside the package."""
    from alembic.config import Config

    config = Config()
    location = resources.files("roadmap.storage").joinpath("revisions")
    config.set_main_option("script_location", str(location))
    return config


def head_revision() -> str:
    """The newest revision the shipped chain reaches."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the revisions have a head"
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision Alembic's version table records in a database, or None."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def run_revisions(conn: Connection, start: str | None, target: str = "head") -> None:
    """Stamp `conn` at `start` (None: leave its version table as it is), then upgrade.

    Runs on the caller's connection (Alembic's cookbook: sharing a
    connection), inside the caller's transaction.
    """
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    if start is not None:
        command.stamp(config, start)
    command.upgrade(config, target)


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
            display, translate("Files", "is in the older format {version} and must be upgraded, "
                               "but no backup could be kept beside it ({error})").format(
                version=version, error=error.strerror or error)
        ) from None
    return backup


def _file_settings(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    database.harden_sqlite(dbapi_connection)
    # Revisions rebuild tables: references are checked once at the end of each, and
    # renaming a table aside must not rewrite other tables' references to it.
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")
    dbapi_connection.execute("PRAGMA legacy_alter_table=ON")


def upgrade(working: Path, version: int, display: object) -> int:
    """Upgrade the working copy `working` from `version` to the current format."""
    from alembic.util import CommandError

    start = database.REVISIONS.get(version)
    if start is None:
        raise RoadmapFileError(
            display, translate("Files", "is in format {version}, which this Crossroads cannot "
                               "upgrade").format(version=version)
        )
    engine = create_engine(f"sqlite:///{working}", poolclass=NullPool)
    event.listen(engine, "connect", _file_settings)
    try:
        with engine.connect() as conn:
            run_revisions(conn, start)
            conn.commit()
    except (SQLAlchemyError, sqlite3.Error, CommandError, LookupError, ValueError) as error:
        detail = getattr(error, "orig", None) or error
        raise RoadmapFileError(
            display, translate("Files", "could not be upgraded from format {version} "
                               "({detail})").format(version=version, detail=detail)
        ) from None
    finally:
        engine.dispose()
    return database.FORMAT_VERSION
