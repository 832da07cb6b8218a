"""A roadmap on a PostgreSQL server: URLs, logins, the schema's state and change feed.

Passwords are never written by Crossroads: libpq finds them itself (~/.pgpass,
a service file, PGPASSWORD), or the system keyring supplies one in memory
when the optional `keyring` package is installed. Everything the URL says
(sslmode, sslrootcert, service, ...) goes to libpq untouched. Each failure
to reach or use a server becomes one RoadmapFileError line saying what and
what to do.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, insert, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from roadmap.i18n import translate
from roadmap.model.entities import ROW_CLASSES, Base
from roadmap.model.errors import ConnectionLostError, RoadmapFileError
from roadmap.storage.database import REVISIONS, VERSION_TABLE

CHANNEL = "crossroads_changes"
"""The LISTEN/NOTIFY channel every roadmap table's trigger announces its changes on."""

_URL = re.compile(r"^postgres(ql)?(\+psycopg)?://", re.IGNORECASE)


def is_server_url(text: object) -> bool:
    """True when `text` names a roadmap on a PostgreSQL server rather than a file."""
    return isinstance(text, str) and _URL.match(text) is not None


def server_url(text: str) -> URL:
    """The SQLAlchemy URL of `text`, driven by psycopg 3; refuses what is not one."""
    try:
        url = make_url(text)
    except ArgumentError:
        raise RoadmapFileError(text, translate("Server", "is not a valid postgresql:// "
                                               "address")) from None
    if url.password is not None:
        raise RoadmapFileError(
            display_url(text), translate("Server", "puts a password in the address: Crossroads "
                                         "never stores one; use ~/.pgpass, a service file, "
                                         "PGPASSWORD or the system keyring instead")
        )
    return url.set(drivername="postgresql+psycopg")


def display_url(text: str) -> str:
    """The address as shown to the user (never with a password)."""
    try:
        url = make_url(text)
    except ArgumentError:
        return text
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def _keyring_password(url: URL) -> str | None:
    """The system keyring's password for this login, when keyring is installed and has one."""
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    try:
        name = f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}"
        found = keyring.get_password("crossroads", name)
    except Exception:
        return None
    return found if isinstance(found, str) else None


def make_server_engine(text: str) -> tuple[Engine, str]:
    """An engine for a server roadmap and the application name its sessions carry.

    The application name lets a document recognise its own notifications.
    """
    url = server_url(text)
    app = f"crossroads-{uuid.uuid4().hex[:12]}"
    args: dict[str, Any] = {"application_name": app, "connect_timeout": 5}
    password = _keyring_password(url)
    if password is not None:
        args["password"] = password
    engine = create_engine(url, connect_args=args, pool_pre_ping=True, pool_size=2)
    shown = display_url(text)

    def lost(context: Any) -> Exception | None:
        if not context.is_disconnect:
            return None
        return ConnectionLostError(
            translate("Server", "The server of {location} stopped answering: your edit was not "
                      "applied and is kept; try again when it is back (nothing on this "
                      "computer was lost).").format(location=shown))

    event.listen(engine, "handle_error", lost)
    return engine, app


def login_reason(error: Exception, url: URL) -> str:
    """One line saying why the server refused or could not be reached, and what to do."""
    detail = str(getattr(error, "orig", error)).strip().splitlines()
    first = detail[0] if detail else str(error)
    lower = " ".join(detail).lower()
    user = url.username or translate("Server", "your user")
    if "password authentication failed" in lower:
        return translate("Server", "refused the login of {user}: wrong password; check "
                         "~/.pgpass, PGPASSWORD or the keyring entry").format(user=user)
    if "no password supplied" in lower or "password is required" in lower:
        return translate("Server", "asks for a password for {user}: put it in ~/.pgpass "
                         "(libpq's password file), a service file, PGPASSWORD or the system "
                         "keyring").format(user=user)
    if "does not exist" in lower and "database" in lower:
        return translate("Server", "has no database {name}: ask its administrator to create it "
                         "(createdb {database})").format(name=repr(url.database),
                                                          database=url.database)
    if "role" in lower and "does not exist" in lower:
        return translate("Server", "has no role {user}: ask its administrator to create "
                         "it").format(user=user)
    if "ssl" in lower or "certificate" in lower:
        return translate("Server", "refused the secure connection ({error}): check sslmode and "
                         "certificates").format(error=first)
    if "permission denied" in lower:
        return translate("Server", "does not let {user} read the roadmap ({error}): ask for a "
                         "viewer grant").format(user=user, error=first)
    return translate("Server", "cannot be reached ({error}): is the server running and the "
                     "address right?").format(error=first)


# --- what a database holds ----------------------------------------------------


@dataclass(frozen=True)
class SchemaState:
    """What a database holds: nothing, a roadmap at some revision, or something else."""

    revision: str | None
    tables: frozenset[str]

    @property
    def format(self) -> int | None:
        """The .roadmap format of the revision, None when no Crossroads knows it."""
        for version, revision in REVISIONS.items():
            if revision == self.revision:
                return version
        return None


def schema_state(conn: Connection) -> SchemaState:
    """Read what `conn`'s database holds, without trusting any of it."""
    tables = frozenset(inspect(conn).get_table_names())
    revision = None
    if "alembic_version" in tables:
        rows = conn.execute(select(VERSION_TABLE.c.version_num)).scalars().all()
        revision = rows[0] if len(rows) == 1 else None
    return SchemaState(revision, tables)


def edit_refusal(conn: Connection) -> str | None:
    """Why this login may not edit the roadmap (its grants), or None when it may."""
    user = conn.execute(text("SELECT current_user")).scalar_one()
    for table in ROW_CLASSES:
        allowed = conn.execute(
            text("SELECT has_table_privilege(current_user, :t, 'INSERT, UPDATE, DELETE')"),
            {"t": table},
        ).scalar_one()
        if not allowed:
            return translate("Server", "the role {user} may read this roadmap but not change it "
                             "(no INSERT, UPDATE or DELETE grant on {table})").format(
                user=user, table=table)
    return None


# --- the change feed ----------------------------------------------------------

_NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION crossroads_notify() RETURNS trigger AS $$
DECLARE
    target record;
BEGIN
    IF TG_OP = 'DELETE' THEN target := OLD; ELSE target := NEW; END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'table', TG_TABLE_NAME, 'id', target.id, 'op', TG_OP,
        'version', target.row_version, 'who', session_user,
        'app', current_setting('application_name', true))::text);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql
"""


def install_change_feed(conn: Connection) -> None:
    """Make every roadmap table announce each row change on CHANNEL (PostgreSQL only)."""
    conn.exec_driver_sql(_NOTIFY_FUNCTION)
    for table in ROW_CLASSES:
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS crossroads_notify ON "{table}"')
        conn.exec_driver_sql(
            f'CREATE TRIGGER crossroads_notify AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            "FOR EACH ROW EXECUTE FUNCTION crossroads_notify()"
        )


@dataclass(frozen=True)
class Notice:
    """One row change announced by the server: which row, how, by whom, from which app."""

    table: str
    key: int
    op: str
    version: int | None
    who: str
    app: str


class ChangeFeed:
    """A listening connection of its own that hands out the server's notices, without waiting."""

    def __init__(self, engine: Engine) -> None:
        import psycopg

        conninfo = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        extra: dict[str, Any] = {}
        password = _keyring_password(engine.url)
        if password is not None:
            extra["password"] = password
        self._conn = psycopg.connect(conninfo, autocommit=True, connect_timeout=5,
                                     application_name="crossroads-feed", **extra)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        """The socket to watch for readiness (a GUI's socket notifier)."""
        return int(self._conn.fileno())

    def poll(self) -> list[Notice]:
        """Every notice received so far; an empty list when there is none."""
        notices = []
        for note in self._conn.notifies(timeout=0):
            try:
                data = json.loads(note.payload)
                notices.append(Notice(str(data["table"]), int(data["id"]), str(data["op"]),
                                      data.get("version"), str(data.get("who") or ""),
                                      str(data.get("app") or "")))
            except (ValueError, KeyError, TypeError):
                continue  # not one of ours: ignore
        return notices

    def close(self) -> None:
        """Stop listening."""
        self._conn.close()


# --- copying a roadmap between databases --------------------------------------


def copy_rows(source: Connection, target: Connection) -> dict[str, int]:
    """Copy every row of every roadmap table from `source` to `target`; counts by table.

    Parents before children (the model's table order), ids and row versions
    kept; the values go through the model's types, so each engine stores
    them its own way.
    """
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        rows = [dict(r) for r in source.execute(select(table)).mappings()]
        if rows:
            target.execute(insert(table), rows)
        counts[table.name] = len(rows)
    return counts


def reset_identities(conn: Connection) -> None:
    """Move each identity sequence past the largest id copied in (PostgreSQL only)."""
    for table in ROW_CLASSES:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
        )


def next_server_id(conn: Connection, table: str) -> int:
    """A fresh id for `table` from its identity sequence: unique across every client."""
    value = conn.execute(
        text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"), {"t": f'"{table}"'}
    ).scalar_one()
    return int(value)
