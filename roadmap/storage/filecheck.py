"""Verify an untrusted .roadmap file before anything reads it.

Follows SQLite's guidance for untrusted databases ("defense against the dark
arts"): look at the 100-byte header first; open read-only with the schema
not trusted, cell sizes checked, no memory mapping and tight limits; compare
the schema with the frozen snapshot of the file's format version before any
table is read (an extra trigger or view is refused, never run); check the
file's integrity and foreign keys; then check every stored value, so the ORM
never meets a value it cannot represent (a snapshot's compressed payload is
the one value left to its reader, so a damaged snapshot never stops the roadmap
itself from opening). Every failure is a RoadmapFileError
whose reason a user understands.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.entities import Base, EnumList, EnumText, Opaque
from roadmap.model.errors import RoadmapFileError, ValidationError
from roadmap.model.validation import FIELDS, ROW_RULE_FIELDS, IntegerRule, TextRule, check_row
from roadmap.storage.database import APPLICATION_ID, FORMAT_VERSION, REVISIONS, defend_connection

SQLITE_MAGIC = b"SQLite format 3\x00"
NOT_A_ROADMAP = QT_TRANSLATE_NOOP("Files", "is not a Crossroads roadmap")
DAMAGED = QT_TRANSLATE_NOOP("Files", "is damaged (truncated or corrupt)")
"""The English reasons (they print translated in the Files context)."""


def damaged(detail: str = "") -> str:
    """The reason for a damaged file, with what is wrong when known."""
    reason = translate("Files", DAMAGED)
    return f"{reason}: {detail}" if detail else reason

# Limits for the verifying connection: generous for any roadmap, tight for a
# hostile schema (sqlite.org/security.html, "untrusted database files").
_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: 1_000_000,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 100,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 50,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 3,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 50,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 10,
}

SchemaEntry = tuple[str, str, str, str | None]
"""One sqlite_master row: (type, name, tbl_name, whitespace-normalised sql)."""


@dataclass(frozen=True)
class Header:
    """What the 100-byte SQLite header says about a file."""

    page_size: int
    page_count: int | None
    application_id: int
    user_version: int
    wal: bool


# --- the header ---------------------------------------------------------------


def read_header(path: Path, display: object | None = None) -> Header:
    """Check the file's 100-byte header; refuse what is plainly not a roadmap.

    `display` is the path named in errors (the user's file, not a working copy).
    """
    display = path if display is None else display
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            raw = handle.read(100)
    except FileNotFoundError:
        raise RoadmapFileError(display, translate("Files", "does not exist")) from None
    except IsADirectoryError:
        raise RoadmapFileError(display, translate("Files", "is a folder, not a roadmap file")) \
            from None
    except PermissionError:
        raise RoadmapFileError(display, translate("Files", "cannot be read (permission "
                                                  "denied)")) from None
    except OSError as error:
        raise RoadmapFileError(display, translate("Files", "cannot be read ({error})").format(
            error=error.strerror or error)) from None
    if size == 0:
        raise RoadmapFileError(display, translate("Files", "is empty: it is not a Crossroads "
                                                  "roadmap"))
    if not raw.startswith(SQLITE_MAGIC):
        hint = translate("Files", " (it looks like a text file)") if _looks_like_text(raw) \
            else ""
        raise RoadmapFileError(display, f"{translate('Files', NOT_A_ROADMAP)}{hint}")
    if len(raw) < 100:
        raise RoadmapFileError(display, damaged())
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise RoadmapFileError(display, damaged())
    change_counter, page_count = struct.unpack(">II", raw[24:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">i", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    header = Header(
        page_size=page_size,
        page_count=page_count if page_count and valid_for == change_counter else None,
        application_id=application_id,
        user_version=user_version,
        wal=raw[18] == 2 or raw[19] == 2,
    )
    if header.application_id != APPLICATION_ID:
        raise RoadmapFileError(display, translate("Files", "is an SQLite database, but not a "
                                                  "Crossroads roadmap"))
    if size % page_size or (header.page_count is not None
                            and size < header.page_count * page_size):
        raise RoadmapFileError(display, damaged())
    if header.user_version > FORMAT_VERSION:
        raise RoadmapFileError(display, newer_reason(header.user_version))
    if header.wal:
        raise RoadmapFileError(
            display, translate("Files", "was left in write-ahead-log mode by another program; "
                               "Crossroads only opens files it can check as a whole")
        )
    return header


def newer_reason(version: int) -> str:
    """The message for a file of a format this build cannot read."""
    return translate("Files", "was written by a newer Crossroads (format {version}; this "
                     "version reads up to {supported}): update Crossroads to open it").format(
        version=version, supported=FORMAT_VERSION)


def _looks_like_text(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(ch.isprintable() or ch.isspace() for ch in raw.decode("utf-8"))


# --- the expected schema ------------------------------------------------------


@cache
def expected_schema(version: int) -> frozenset[SchemaEntry] | None:
    """The sqlite_master entries every file of `version` has, or None if unknown.

    Read from the frozen snapshot roadmap/storage/schema_v<N>.sql, executed into an
    in-memory database so SQLite itself names the automatic indexes.
    """
    try:
        snapshot = resources.files("roadmap.storage").joinpath(f"schema_v{version}.sql")
        script = snapshot.read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(script)
        return schema_of(conn)
    finally:
        conn.close()


def schema_of(conn: sqlite3.Connection) -> frozenset[SchemaEntry]:
    """The normalised sqlite_master entries of an open database."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), None if sql is None else " ".join(str(sql).split()))
        for kind, name, table, sql in rows
    )


# --- the verifying connection -------------------------------------------------


@contextmanager
def open_readonly(path: Path) -> Iterator[sqlite3.Connection]:
    """A hardened read-only connection to `path` that nothing in the file can misuse."""
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        for limit, value in _LIMITS.items():
            conn.setlimit(limit, value)
        conn.execute("PRAGMA trusted_schema=OFF")
        conn.execute("PRAGMA cell_size_check=ON")
        conn.execute("PRAGMA mmap_size=0")
        conn.execute("PRAGMA query_only=ON")
        defend_connection(conn)
        yield conn
    finally:
        conn.close()


def database_reason(error: Exception) -> str:
    """A user's reason for an SQLite error met while reading a file."""
    text = str(error).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text \
            or "decode" in text or "disk i/o" in text:
        return damaged()
    if "unable to open" in text or "readonly" in text or "locked" in text:
        return translate("Files", "cannot be read ({error})").format(error=error)
    return damaged(str(error))


# --- the whole check ----------------------------------------------------------


def verify(path: Path, *, display: object | None = None, rows: bool = True,
           integrity: str = "integrity_check") -> int:
    """Check a roadmap file completely; return its format version.

    Stored values are checked only in a file of the current format (an older
    one is checked again after its upgrade). `rows=False` skips them (a file
    just written from a verified document); `integrity` is the pragma to run ('quick_check' is
    cheaper, 'integrity_check' also checks that every index matches its table).
    Raises RoadmapFileError naming `display` (default: `path`).
    """
    display = path if display is None else display
    header = read_header(path, display)
    version = header.user_version
    expected = expected_schema(version)
    if expected is None:
        raise RoadmapFileError(
            display, translate("Files", "has format version {version}, which no Crossroads ever "
                               "wrote: {reason}").format(version=version,
                                                         reason=translate("Files", NOT_A_ROADMAP))
        )
    def check_values(conn: sqlite3.Connection) -> None:
        stored = _meta_version(conn, display)
        if stored != version:
            raise RoadmapFileError(display, damaged(translate(
                "Files", "its format version disagrees")))
        if version >= 3:  # from format 3 Alembic's version table names the revision
            _check_revision(conn, REVISIONS[version], display)
        if rows and version == FORMAT_VERSION:  # an older file: after its upgrade
            check_rows(conn, display)

    with open_readonly(path) as conn:
        _as_file_error(lambda: _check_schema(conn, expected, display), display)
    # SQLite's page-by-page check and Python's value-by-value check read the
    # file independently; sqlite3 lets go of the interpreter while SQLite
    # works, so on two cores the first runs beside the second.
    pages = _Beside(lambda: _as_file_error(
        lambda: _on_own_connection(path, lambda c: _check_integrity(c, integrity, display)),
        display))
    try:
        _as_file_error(lambda: _on_own_connection(path, check_values), display)
    except RoadmapFileError:
        pages.result()  # a damaged file is reported as damaged, before any one bad value
        raise
    pages.result()
    return version


def _on_own_connection(path: Path, check: Callable[[sqlite3.Connection], None]) -> None:
    with open_readonly(path) as conn:
        check(conn)


def _as_file_error(check: Callable[[], None], display: object) -> None:
    """Run a check; whatever SQLite or a stored value raises becomes a RoadmapFileError."""
    try:
        check()
    except sqlite3.Error as error:
        raise RoadmapFileError(display, database_reason(error)) from None
    except UnicodeError:
        raise RoadmapFileError(display, damaged(translate(
            "Files", "it holds text that is not valid UTF-8"))) from None
    except (ValueError, TypeError, OverflowError, MemoryError, RecursionError) as error:
        raise RoadmapFileError(display, damaged(str(error))) from None


class _Beside:
    """Run a check on a thread of its own; `result()` waits and raises what it raised."""

    def __init__(self, check: Callable[[], None]) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(check,),
                                        name="crossroads-integrity-check", daemon=True)
        self._thread.start()

    def _run(self, check: Callable[[], None]) -> None:
        try:
            check()
        except BaseException as error:  # handed to the caller's thread by result()
            self._error = error

    def result(self) -> None:
        """Wait for the check; raise its exception, if it raised one."""
        self._thread.join()
        if self._error is not None:
            error, self._error = self._error, None
            raise error


def _check_schema(conn: sqlite3.Connection, expected: frozenset[SchemaEntry],
                  display: object) -> None:
    actual = schema_of(conn)
    extra = sorted(actual - expected, key=lambda e: (e[0] != "trigger", e[0] != "view", e))
    if extra:
        kind, name = extra[0][0], extra[0][1]
        if any((kind, name) == (e[0], e[1]) for e in expected):
            what = translate("Files", "a changed {kind} '{name}'").format(kind=kind, name=name)
        else:
            what = f"{kind} '{name}'"
        raise RoadmapFileError(
            display, translate("Files", "contains unexpected database objects ({what}): refused "
                               "for safety").format(what=what)
        )
    missing = sorted(expected - actual, key=lambda e: (e[0] != "table", e))
    if missing:
        raise RoadmapFileError(
            display, damaged(translate("Files", "its {kind} '{name}' is missing").format(
                kind=missing[0][0], name=missing[0][1]))
        )


def _check_integrity(conn: sqlite3.Connection, pragma: str, display: object) -> None:
    if pragma not in ("integrity_check", "quick_check"):
        raise ValueError(f"unknown integrity pragma {pragma!r}")
    result = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    if result != [("ok",)]:
        raise RoadmapFileError(display, damaged())
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        table, rowid, parent = broken[0], broken[1], broken[2]
        raise RoadmapFileError(
            display, damaged(translate("Files", "row {row} of {table} refers to a missing "
                                       "{parent}").format(row=rowid, table=table, parent=parent))
        )


def _meta_version(conn: sqlite3.Connection, display: object) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
    if row is None or not isinstance(row[0], str) or not row[0].isdigit():
        raise RoadmapFileError(display, damaged(translate("Files", "it records no format "
                                                          "version")))
    return int(row[0])


def _check_revision(conn: sqlite3.Connection, expected: str, display: object) -> None:
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if rows != [(expected,)]:
        raise RoadmapFileError(display, damaged(translate(
            "Files", "its schema revision disagrees with its format")))


# --- every stored value -------------------------------------------------------

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{6})?\Z")

Reader = Callable[[Any], Any]
"""Turns one stored value into the Python value the ORM would make, or raises ValueError."""


def _reader(column: Any) -> Reader:
    kind = column.type
    if isinstance(kind, EnumText):
        values = {m.value: m for m in kind.enum_class}

        def read_enum(raw: Any) -> Any:
            if raw not in values:
                raise ValueError(f"unknown value {raw!r}")
            return values[raw]

        return read_enum
    if isinstance(kind, EnumList):
        values = {m.value: m for m in kind.enum_class}

        def read_enum_list(raw: Any) -> tuple[Any, ...]:
            if not isinstance(raw, str):
                raise ValueError(f"{raw!r} is not a list of values")
            items = [v for v in raw.split(",") if v]
            for item in items:
                if item not in values:
                    raise ValueError(f"unknown value {item!r}")
            return tuple(values[v] for v in items)

        return read_enum_list
    if isinstance(kind, Boolean):
        return _expect(lambda raw: type(raw) is int and raw in (0, 1), "yes/no", bool)
    if isinstance(kind, Integer):
        return _expect(lambda raw: type(raw) is int, "a whole number", None)
    if isinstance(kind, Float):
        return _expect(lambda raw: type(raw) in (int, float), "a number", float)
    if isinstance(kind, DateTime):
        return _expect(
            lambda raw: isinstance(raw, str) and _DATETIME.match(raw) is not None,
            "a date and time", dt.datetime.fromisoformat,
        )
    if isinstance(kind, Date):
        return _expect(
            lambda raw: isinstance(raw, str) and _DATE.match(raw) is not None,
            "a date", dt.date.fromisoformat,
        )
    if isinstance(kind, String | Text):
        return _expect(lambda raw: isinstance(raw, str), "text", None)
    raise TypeError(f"no stored-value check for column type {kind!r}")  # a model change


def _expect(test: Callable[[Any], bool], what: str,
            convert: Callable[[Any], Any] | None) -> Reader:
    def read(raw: Any) -> Any:
        if not test(raw):
            raise ValueError(f"{raw!r} is not {what}")
        return raw if convert is None else convert(raw)

    return read


@cache
def _table_readers() -> dict[str, list[tuple[str, str, bool, Reader]]]:
    """For each table: (attribute, column, nullable, reader) per column, from the model."""
    readers: dict[str, list[tuple[str, str, bool, Reader]]] = {}
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        columns = []
        # The mapper's columns by attribute name: unlike column_attrs, reading them
        # does not configure every mapper, which opening a file does not need.
        for key, column in mapper.columns.items():
            if isinstance(column.type, Opaque):
                continue  # checked where it is used: a damaged payload spoils only its row
            columns.append((key, column.name, bool(column.nullable), _reader(column)))
        readers[table.name] = columns  # type: ignore[attr-defined]
    return readers


def check_rows(conn: sqlite3.Connection, display: object) -> None:
    """Check every stored value of every table against the model and the field rules.

    Each table is first checked a column at a time (a set of value types per
    column, one conversion pass), which costs a fraction of a call per value;
    a table where anything is off is checked again row by row, so the error a
    user sees names the first bad value exactly as the row-by-row check would.
    """
    for table, columns in _table_readers().items():
        rules = FIELDS.get(table, {})
        names = ", ".join(f'"{column}"' for _, column, _, _ in columns)  # from the model
        raw_rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY rowid').fetchall()
        if not _rows_pass_without_gc(table, columns, rules, raw_rows):
            _check_rows_one_by_one(table, columns, rules, raw_rows, display)
        if table == "roadmap":
            key = _column_index(columns, "id")
            if any(raw_row[key] != 1 for raw_row in raw_rows):
                raise RoadmapFileError(display, damaged(translate(
                    "Files", "its document row is not row 1")))
            if len(raw_rows) != 1:
                raise RoadmapFileError(
                    display, damaged(translate("Files", "it has {count} document rows instead of "
                                               "one").format(count=len(raw_rows)))
                )


def _column_index(columns: list[tuple[str, str, bool, Reader]], attr: str) -> int:
    return [a for a, _, _, _ in columns].index(attr)


_NONE = type(None)
_COLUMN_TYPES: dict[type, frozenset[type]] = {
    Integer: frozenset({int}), Float: frozenset({int, float}),
    String: frozenset({str}), Text: frozenset({str}), Boolean: frozenset({int}),
}
"""Column type -> the stored Python types its values may have (checked per column)."""


def _column_values(column_type: Any, read: Reader, values: tuple[Any, ...],
                   kinds: set[type]) -> Sequence[Any] | None:
    """One column's values as `read` turns them (None stays None), or None if one is off.

    `kinds` is the set of the values' Python types. Plain kinds are checked
    by it; the rest go through `read` itself.
    """
    for kind, allowed in _COLUMN_TYPES.items():
        if isinstance(column_type, kind) and not isinstance(column_type, Date | DateTime):
            if not kinds - {_NONE} <= allowed:
                return None
            if kind is Boolean:
                if not set(values) <= {0, 1, None}:
                    return None
                return [None if v is None else bool(v) for v in values]
            if kind is Float:
                return [None if v is None else float(v) for v in values]
            return values
    try:
        if kinds <= {str, _NONE}:
            # Dates, states and lists repeat: each distinct text is read once.
            read_once = {v: read(v) for v in set(values) if v is not None}
            read_once[None] = None
            return [read_once[v] for v in values]
        return [None if v is None else read(v) for v in values]
    except ValueError:
        return None


def _rows_pass_without_gc(table: str, columns: list[tuple[str, str, bool, Reader]],
                         rules: Any, raw_rows: list[tuple[Any, ...]]) -> bool:
    """`_rows_pass` with the cyclic garbage collector paused.

    The check makes many small lists and dicts and no reference cycles;
    collections triggered by those allocations would cost as much as the
    check itself. The collector's previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _rows_pass(table, columns, rules, raw_rows)
    finally:
        if was_enabled:
            gc.enable()


def rule_kinds(rule: TextRule | IntegerRule) -> set[type]:
    """The stored Python types whose column `rule.all_pass` may check in one go."""
    return {str} if isinstance(rule, TextRule) else {int}


def _rows_pass(table: str, columns: list[tuple[str, str, bool, Reader]],
               rules: Any, raw_rows: list[tuple[Any, ...]]) -> bool:
    """True when every value and every row of a table passes (checked a column at a time)."""
    if not raw_rows:
        return True
    types = {c.name: c.type for c in Base.metadata.tables[table].c}
    converted: dict[str, Sequence[Any]] = {}
    for (attr, column, nullable, read), values in zip(columns, zip(*raw_rows, strict=True),
                                                     strict=True):
        kinds = set(map(type, values))
        if not nullable and _NONE in kinds:
            return False
        cells = _column_values(types[column], read, values, kinds)
        if cells is None:
            return False
        rule = rules.get(attr)
        if rule is None:
            pass
        elif isinstance(rule, TextRule | IntegerRule) and kinds - {_NONE} <= rule_kinds(rule):
            # A yes or no for the whole column: the stored values are what the rule returns.
            present = [v for v in cells if v is not None] if _NONE in kinds else cells
            if not rule.all_pass(present):  # type: ignore[arg-type]
                return False
        else:
            try:  # once per distinct value: a column's values repeat (states, ids, dates)
                cleaned = {v: rule(attr, v) for v in set(cells) if v is not None}
            except (ValueError, ValidationError):
                return False
            cells = [None if v is None else cleaned[v] for v in cells]
        converted[attr] = cells
    fields = ROW_RULE_FIELDS.get(table)
    if fields is None:
        return True
    try:
        for row_cells in zip(*(converted[name] for name in fields), strict=True):
            check_row(table, dict(zip(fields, row_cells, strict=True)))
    except ValidationError:
        return False
    return True


def _check_rows_one_by_one(table: str, columns: list[tuple[str, str, bool, Reader]],
                           rules: Any, raw_rows: list[tuple[Any, ...]],
                           display: object) -> None:
    """Check a table row by row, raising for the first bad value or row."""
    for number, raw_row in enumerate(raw_rows, start=1):
        row: dict[str, Any] = {}
        for (attr, _column, nullable, read), raw in zip(columns, raw_row, strict=True):
            try:
                if raw is None:
                    if not nullable:
                        raise ValueError(translate("Files", "is missing"))
                    value = None
                else:
                    value = read(raw)
                rule = rules.get(attr)
                row[attr] = value if rule is None or value is None else rule(attr, value)
            except (ValueError, ValidationError) as error:
                where = _row_name(table, number, raw_row, columns)
                message = error.message if isinstance(error, ValidationError) else str(error)
                raise RoadmapFileError(display, f"{where}: {attr} {message}") from None
        try:
            check_row(table, row)
        except ValidationError as error:
            where = _row_name(table, number, raw_row, columns)
            raise RoadmapFileError(display, f"{where}: {error.message}") from None
        if table == "roadmap" and row["id"] != 1:
            raise RoadmapFileError(display, damaged(translate(
                "Files", "its document row is not row 1")))


def _row_name(table: str, number: int, raw_row: tuple[Any, ...],
              columns: list[tuple[str, str, bool, Reader]]) -> str:
    names = [column for _, column, _, _ in columns]
    key = raw_row[names.index("id")] if "id" in names else None
    label = table.replace("_", " ")
    return f"row {number} of {label}" + (f" (id {key})" if key is not None else "")

