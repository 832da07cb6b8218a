"""The building blocks the revisions share: frozen schema text, table rebuilds, format marks.

A .roadmap file's schema is compared character for character (whitespace
aside) with its frozen schema_v<N>.sql, so on SQLite the revisions execute
that frozen text itself rather than DDL Alembic would generate: an upgraded
file then has exactly the schema a new file of that format has.
"""

from __future__ import annotations

from importlib import resources

from alembic import op


def frozen_statements(version: int) -> list[str]:
    """The statements of schema_v<version>.sql, comments stripped, in file order."""
    script = resources.files("roadmap.storage").joinpath(f"schema_v{version}.sql")
    lines = [line for line in script.read_text("utf-8").splitlines()
             if not line.lstrip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


def statement_table(statement: str) -> str | None:
    """The table a CREATE TABLE or CREATE INDEX statement is about."""
    words = statement.replace("(", " ( ").split()
    if words[:2] == ["CREATE", "TABLE"] and len(words) > 2:
        return words[2]
    if words[:2] == ["CREATE", "INDEX"] and "ON" in words:
        return words[words.index("ON") + 1]
    return None


def only_sqlite(revision: str) -> None:
    """Refuse to run a revision written for .roadmap files on another engine.

    Databases on a server are created at the head revision from the model
    (roadmap.storage.database.create_schema); revisions after format 3 are
    written for both engines.
    """
    name = op.get_bind().dialect.name
    if name != "sqlite":
        raise RuntimeError(
            f"revision {revision} upgrades .roadmap files only; a {name} roadmap "
            "is created at format 3 or later"
        )


def execute_frozen(version: int, tables: tuple[str, ...] | None) -> None:
    """Create `tables` (None: every table) exactly as schema_v<version>.sql states them."""
    bind = op.get_bind()
    wanted = [
        s for s in frozen_statements(version)
        if tables is None or statement_table(s) in tables
    ]
    if tables is not None and {statement_table(s) for s in wanted} != set(tables):
        raise LookupError(f"schema_v{version}.sql lacks one of {tables}")
    for statement in wanted:
        if statement_table(statement) != "alembic_version":  # Alembic's own table
            bind.exec_driver_sql(statement)


def rebuild_tables(version: int) -> None:
    """Rebuild every table that schema_v<version>.sql defines, keeping its rows.

    SQLite's own recipe for a changed table (rename the old one aside, create
    the new one, copy, drop the old), with foreign keys off and the legacy
    rename so no other table's references are rewritten. A column the new
    table adds takes its server default.
    """
    bind = op.get_bind()
    statements = frozen_statements(version)
    tables = [
        statement_table(s) for s in statements
        if s.startswith("CREATE TABLE") and statement_table(s) != "alembic_version"
    ]
    for table in tables:
        assert table is not None
        old = f"_old_{table}"
        columns = [row[1] for row in bind.exec_driver_sql(f'PRAGMA table_info("{table}")')]
        if not columns:
            raise LookupError(f"the file has no table {table!r} to rebuild")
        indexes = bind.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL", (table,)
        ).fetchall()
        for (index,) in indexes:
            bind.exec_driver_sql(f'DROP INDEX "{index}"')
        bind.exec_driver_sql(f'ALTER TABLE "{table}" RENAME TO "{old}"')
        for statement in statements:
            if statement_table(statement) == table:
                bind.exec_driver_sql(statement)
        names = ", ".join(f'"{c}"' for c in columns)
        bind.exec_driver_sql(f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{old}"')
        bind.exec_driver_sql(f'DROP TABLE "{old}"')
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise ValueError(f"row {broken[1]} of {broken[0]} refers to a missing {broken[2]}")


def set_format(version: int) -> None:
    """Record the format in the meta table and the SQLite header."""
    bind = op.get_bind()
    bind.exec_driver_sql(
        "UPDATE meta SET value = ? WHERE key = 'format_version'", (str(version),)
    )
    bind.exec_driver_sql(f"PRAGMA user_version = {int(version)}")


def refresh_change_feed() -> None:
    """Make every roadmap table announce its row changes again (a server only).

    The change feed (roadmap.storage.server) is part of a server's schema:
    a new server database gets it with its tables. A revision that adds or
    rebuilds a table calls this last, so the new table announces its changes
    too; on a .roadmap file, which has no feed, it does nothing.
    """
    from roadmap.storage.server import install_change_feed

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        install_change_feed(bind)
