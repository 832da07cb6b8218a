"""The revisions' building blocks refuse what they cannot do, naming why.

`roadmap.storage.revisions.steps` runs inside an Alembic migration; these
tests give it one (a MigrationContext over a plain SQLite connection, or
an offline PostgreSQL one) and check the refusals the upgrade tests of
real files never meet: another engine, a table the frozen schema lacks, a
file without a table to rebuild, rows that point at nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, create_engine

from roadmap.storage.revisions.steps import (
    execute_frozen,
    frozen_statements,
    only_sqlite,
    rebuild_tables,
    refresh_change_feed,
    set_format,
    statement_table,
)
from tests.helpers.postgres import pg_url  # noqa: F401 (the fixture)


@contextmanager
def migrating() -> Iterator[Connection]:
    """A plain SQLite database (foreign keys not enforced) with Alembic's `op` bound to it."""
    engine = create_engine("sqlite://")
    with engine.connect() as conn, Operations.context(MigrationContext.configure(conn)):
        yield conn
    engine.dispose()


def _tables(conn: Connection) -> set[str]:
    return {row[0] for row in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_statement_table_names_the_table_of_creates_only() -> None:
    """Tables and indexes name their table; other statements and a bare CREATE TABLE none."""
    assert statement_table("CREATE TABLE milestone(id INTEGER)") == "milestone"
    assert statement_table("CREATE INDEX ix_m ON milestone (initiative_id)") == "milestone"
    assert statement_table("CREATE TABLE") is None
    assert statement_table("INSERT INTO meta VALUES ('a', 'b')") is None


def test_a_file_revision_refuses_to_run_on_a_server() -> None:
    """A revision written for .roadmap files says so when asked to run on PostgreSQL."""
    context = MigrationContext.configure(dialect_name="postgresql", opts={"as_sql": True})
    with Operations.context(context), pytest.raises(
            RuntimeError, match=r"revision 0002 upgrades \.roadmap files only; a postgresql"):
        only_sqlite("0002")
    with migrating():
        only_sqlite("0002")  # SQLite: allowed, no error


def test_frozen_tables_are_created_and_a_missing_one_is_refused() -> None:
    """Named tables are created as frozen; a table the frozen text lacks creates nothing."""
    with migrating() as conn:
        execute_frozen(2, ("finding_action", "snapshot"))
        assert _tables(conn) == {"finding_action", "snapshot"}
        with pytest.raises(LookupError, match=r"schema_v2\.sql lacks one of"):
            execute_frozen(2, ("snapshot", "no_such_table"))
        assert _tables(conn) == {"finding_action", "snapshot"}


def test_a_rebuild_needs_every_table_to_be_there() -> None:
    """Rebuilding a file that lacks one of the format's tables is refused by name."""
    with migrating() as conn:
        execute_frozen(3, None)
        conn.exec_driver_sql("DROP TABLE vendor_use")
        with pytest.raises(LookupError, match="the file has no table 'vendor_use' to rebuild"):
            rebuild_tables(3)


def test_a_rebuild_keeps_rows_and_refuses_rows_pointing_at_nothing() -> None:
    """Rows survive a rebuild; a milestone of a missing initiative fails it, named."""
    with migrating() as conn:
        execute_frozen(3, None)
        set_format(3)
        conn.exec_driver_sql("INSERT INTO department (id, name, colour, is_it, benefit_areas) "
                             "VALUES (1, 'Sales', '#4477AA', 0, '')")
        rebuild_tables(3)
        assert conn.exec_driver_sql("SELECT name FROM department").fetchall() == [("Sales",)]
        assert conn.exec_driver_sql(  # the indexes dropped for the rebuild are back
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'milestone' "
            "AND sql IS NOT NULL").fetchall() == [("ix_milestone_initiative_id",)]
        assert "_old_department" not in _tables(conn)
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == 3
        conn.exec_driver_sql("INSERT INTO milestone (id, initiative_id, name, date) "
                             "VALUES (7, 99, 'Go live', '2027-06-01')")
        with pytest.raises(ValueError, match="row 7 of milestone refers to a missing initiative"):
            rebuild_tables(3)


def test_frozen_statements_leave_out_comments() -> None:
    """The frozen text is read without its comment lines, one statement per part."""
    statements = frozen_statements(3)
    assert statements and not any(s.lstrip().startswith("--") for s in statements)
    assert any(statement_table(s) == "milestone" for s in statements)


def test_refreshing_the_change_feed_is_nothing_on_a_file() -> None:
    with migrating() as conn:
        refresh_change_feed()
        triggers = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert triggers == []


def test_refreshing_the_change_feed_covers_every_table_on_a_server(
        pg_url: str) -> None:  # noqa: F811 (the fixture)
    from roadmap.model.entities import ROW_CLASSES, Base

    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            with Operations.context(MigrationContext.configure(conn)):
                refresh_change_feed()
                refresh_change_feed()  # twice: the triggers are replaced, not doubled
            rows = conn.exec_driver_sql(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'crossroads_notify'").fetchall()
    finally:
        engine.dispose()
    assert sorted(row[0] for row in rows) == sorted(ROW_CLASSES)
