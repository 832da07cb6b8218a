"""Write many new rows of one table at once, recorded as one Change when undoable.

An import creates tens of thousands of rows (initiatives, their department
roles, vendor links, milestones and dependencies). Going through the row
services would build an ORM object and a flush per row; `create_rows`
writes a table's new rows with one executemany on a .roadmap file instead,
inside the caller's `doc.batch(...)`, so they commit with the rest of the
batch or roll back with it. On a server (or read-only) roadmap the rows go
through `doc.apply` like any edit.

The rows are complete (every field given, the id included) and were
checked by the caller with the field rules (`clean_fields`); `create_rows`
applies the rules that involve several fields of a row (`check_row`) before
anything is written. A row is a tuple in the order of the field names the
caller gives: an import of 50,000 rows makes a third of a million link rows,
and a dictionary for each (which only an undo record needs) would cost a
tenth of a second more.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, insert

from roadmap.model.entities import ROW_CLASSES
from roadmap.model.validation import ROW_RULE_FIELDS, ROW_RULE_TABLES, check_row
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Batch, Document


def create_rows(doc: Document, batch: Batch, table: str, fields: Sequence[str],
                rows: Sequence[Sequence[Any]], label: str, *, undoable: bool = True) -> Change:
    """Write `rows`, new rows of `table`, in bulk inside `batch`; their Change.

    Each row is a tuple of the values of `fields` (the same names for every
    row, "id" among them): a row the caller never needs as a dictionary is
    never made one. `batch` is the open `doc.batch(...)`: it commits the
    rows with everything else in it, or rolls them back. With `undoable` the
    change creating the rows (one RowChange per row; inverted, it removes
    them) is recorded in the batch, so the batch's one undo step covers
    them, and returned. `undoable=False` is for a caller that can never undo
    (the command line writing a new file): the rows are written without that
    record (a third of a second for an import of 50,000 rows), so the
    returned change has the label and no rows, and the listeners hear
    nothing of them.

    Either way `doc.revision` goes up by one, as for every applied change,
    so whatever caches what the document holds (the findings, a view)
    knows to rebuild even when no change describes the rows; the batch puts
    the revision back if it rolls back. ValidationError, before anything is
    written, when a row breaks a rule of its table (`check_row`).
    """
    if not rows:
        return Change(label)
    fields = tuple(fields)
    if table in ROW_RULE_TABLES:
        _check_rows(table, fields, rows)
    if doc.is_shared or doc.read_only is not None:  # each row made and seen like any edit
        return doc.apply(_creation(table, fields, rows, label))
    change = _creation(table, fields, rows, label) if undoable else Change(label)
    doc.session.flush()  # what the services wrote so far lands first
    table_object = cast(Table, ROW_CLASSES[table].__table__)
    connection = doc.session.connection()
    if connection.dialect.name == "sqlite" and connection.dialect.paramstyle == "qmark":
        _insert_rows(connection, table_object, fields, rows)
    else:  # a Core INSERT of the table (not the mapped class): no objects
        doc.session.execute(insert(table_object), [dict(zip(fields, row, strict=True))
                                                   for row in rows])
    if change.rows:
        batch.changes.append(change)
    doc.revision += 1
    return change


def _check_rows(table: str, fields: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> None:
    """`check_row` on each row, given the fields its rules read."""
    names = [name for name in ROW_RULE_FIELDS[table] if name in fields]
    pick = itemgetter(*(fields.index(name) for name in names))
    for row in rows:
        values = pick(row)
        check_row(table, dict(zip(names, values if len(names) > 1 else (values,),
                                  strict=True)))


def _creation(table: str, fields: tuple[str, ...], rows: Sequence[Sequence[Any]],
              label: str) -> Change:
    """The change that creates `rows` of `table` (and, inverted, removes them)."""
    key = fields.index("id")
    return Change(label, tuple(RowChange(table, row[key], None, dict(zip(fields, row,
                                                                         strict=True)))
                               for row in rows))


def _insert_rows(connection: Connection, table: Table, fields: tuple[str, ...],
                 rows: Sequence[Sequence[Any]]) -> None:
    """One executemany of `rows` into an SQLite table, the values converted as SQLAlchemy would.

    A Core INSERT builds and processes a parameter dictionary per row. Here
    the rows go to the driver as the tuples they are; for a table with
    values to convert, the tuples become columns, each column's distinct
    values go through the column type's own bind processor once (an
    enumeration's member to its text, a date to ISO), and the columns become
    tuples again: each step a pass in C but the processor calls. SQLite gets
    a larger page cache for the insert (`BULK_CACHE_KIB`).
    """
    dialect = connection.dialect
    columns = [table.columns[name] for name in fields]
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect)
                  for column in columns]
    records: Sequence[Sequence[Any]] = rows
    if any(processors):
        values: list[Sequence[Any]] = list(zip(*rows, strict=True))
        for position, process in enumerate(processors):
            if process is not None:
                values[position] = _processed(values[position], process)
        records = list(zip(*values, strict=True))
    quote = dialect.identifier_preparer.quote
    statement = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} "
                 f"({', '.join(quote(column.name) for column in columns)}) "
                 f"VALUES ({', '.join('?' for _ in columns)})")
    with _cache_of(connection, BULK_CACHE_KIB), _indexes_built_after(connection, table.name):
        connection.exec_driver_sql(statement, records)


BULK_CACHE_KIB = 64 * 1024
"""SQLite's page cache during a bulk insert, in KiB (2 MiB by default): room for the pages
each row's references are looked up in (a dependency's two initiatives, anywhere in a
table of 50,000), which otherwise go back and forth between the cache and the file."""


@contextlib.contextmanager
def _cache_of(connection: Connection, kib: int) -> Iterator[None]:
    """Give the connection's page cache up to `kib` KiB for the block, then its own size back.

    Only what is used is taken, and given back when the size is restored.
    """
    size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    connection.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={size}")


def _processed(column: Sequence[Any], process: Any) -> list[Any]:
    """Each value of one column through `process`, each distinct value once."""
    try:
        known = {value: process(value) for value in dict.fromkeys(column)}
    except TypeError:  # an unhashable value: every one processed on its own
        return [process(value) for value in column]
    return list(map(known.__getitem__, column))


@contextlib.contextmanager
def _indexes_built_after(connection: Connection, table: str) -> Iterator[None]:
    """Fill an empty SQLite table with its secondary indexes dropped, then create them again.

    SQLite builds an index over the filled table (one sort) faster than it
    keeps it up to date row by row: about a sixth of the insert for a
    50,000-row import's link tables. The indexes come back with the very SQL
    they had. Only inside an open transaction (which the bulk insert of the
    initiatives before the link tables has begun): if the block fails, the
    batch's rollback brings the dropped indexes back with everything else.
    """
    driver = connection.connection.driver_connection
    empty = connection.exec_driver_sql(
        f'SELECT NOT EXISTS (SELECT 1 FROM "{table}")').scalar()
    if not (getattr(driver, "in_transaction", False) and empty):
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL ORDER BY rowid", (table,)).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)


__all__ = ["create_rows"]
