"""A team roadmap on a PostgreSQL server: open it, publish a file to it, pull a copy.

A server roadmap is the same document and services as a .roadmap file, on
another engine: each edit is committed to the server at once (there is no
Save), row versions refuse stale edits, and the change feed (LISTEN/NOTIFY)
brings in what others change. A login whose grants only allow reading opens
the roadmap read-only, with the reason.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from roadmap.i18n import translate
from roadmap.model.entities import Base
from roadmap.model.errors import RoadmapFileError
from roadmap.services.document import Document
from roadmap.storage import database, migrations, server
from roadmap.storage.database import FORMAT_VERSION, VERSION_TABLE


def _connect_checked(location: str) -> tuple[Engine, str, str]:
    """An engine that has reached the server, its application name, and the display address."""
    display = server.display_url(location)
    url = server.server_url(location)
    engine, app = server.make_server_engine(location)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except DBAPIError as error:
        engine.dispose()
        raise RoadmapFileError(display, server.login_reason(error, url)) from None
    return engine, app, display


def open_shared(location: str, *, listen: bool = True) -> Document:
    """Open the roadmap a server database holds; every failure is one RoadmapFileError line.

    An older schema is upgraded through Alembic; a newer one, an empty
    database or one holding something else is refused with what to do.
    """
    engine, app, display = _connect_checked(location)
    try:
        with engine.connect() as conn:
            state = server.schema_state(conn)
            if not state.tables:
                raise RoadmapFileError(
                    display, translate("Server", "holds no roadmap yet: publish one with "
                                       "'crossroads publish FILE {address}'").format(
                        address=display))
            if state.revision is None:
                raise RoadmapFileError(
                    display, translate("Server", "holds tables of something other than a "
                                       "Crossroads roadmap: use an empty database of its own"))
            version = state.format
            if version is None:
                raise RoadmapFileError(display, translate(
                    "Server", "was written by a newer Crossroads (schema revision {revision}; "
                    "this version reads up to format {supported}): update Crossroads to open "
                    "it").format(revision=state.revision, supported=FORMAT_VERSION))
            if version < FORMAT_VERSION:
                migrations.run_revisions(conn, None)
                conn.commit()
            refusal = server.edit_refusal(conn)
        doc = Document(engine, location=display)
        doc.app_name = app
        doc.read_only = refusal
        doc.info  # noqa: B018 (reads the document row: a damaged roadmap fails here)
        if listen:
            doc.feed = server.ChangeFeed(engine)
    except RoadmapFileError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as error:
        engine.dispose()
        raise RoadmapFileError(display, server.login_reason(error, engine.url)) from None
    return doc


def publish(doc: Document, location: str) -> dict[str, int]:
    """Copy an open roadmap into an empty server database; the rows copied, by table.

    All or nothing: one transaction creates the schema at the head revision,
    the change feed and every row, with the ids the file had.
    """
    engine, _app, display = _connect_checked(location)
    try:
        with engine.begin() as conn:
            state = server.schema_state(conn)
            if state.tables:
                raise RoadmapFileError(
                    display, translate("Server", "already holds a roadmap or other tables: "
                                       "publish into an empty database (createdb NAME)"))
            Base.metadata.create_all(conn)
            VERSION_TABLE.create(conn)
            server.install_change_feed(conn)
            with doc.engine.connect() as source:
                counts = server.copy_rows(source, conn)
            conn.execute(VERSION_TABLE.insert(), [{"version_num": database.HEAD}])
            server.reset_identities(conn)
    except RoadmapFileError:
        raise
    except SQLAlchemyError as error:
        raise RoadmapFileError(display, translate(
            "Server", "could not take the roadmap ({error}); nothing was written").format(
            error=_first_line(error))) from None
    finally:
        engine.dispose()
    return counts


def pull(doc: Document) -> Document:
    """A new in-memory document holding a copy of `doc` (a server roadmap), to save as a file."""
    copy = Document(database.make_engine("sqlite://"))
    with copy.engine.begin() as target:
        Base.metadata.create_all(target)
        VERSION_TABLE.create(target)
        with doc.engine.connect() as source:
            server.copy_rows(source, target)
        target.execute(VERSION_TABLE.insert(), [{"version_num": database.HEAD}])
        target.exec_driver_sql(f"PRAGMA application_id={database.APPLICATION_ID}")
        target.exec_driver_sql(f"PRAGMA user_version={FORMAT_VERSION}")
    return copy


def _first_line(error: Exception) -> str:
    return str(getattr(error, "orig", error)).strip().splitlines()[0]


__all__ = ["open_shared", "publish", "pull"]
