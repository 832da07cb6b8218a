"""Format 3: Alembic's chain, SQLite's defences on every Python, saves that lose nobody's work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from roadmap.services.files import FileChangedError, open_document, save_document
from roadmap.storage import database, filecheck, migrations
from tests.helpers.old_formats import write_old_format
from tests.helpers.roadmaps import small_roadmap


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def test_the_chain_from_nothing_builds_what_a_new_file_has(tmp_path: Path) -> None:
    assert migrations.head_revision() == database.HEAD == database.REVISIONS[3]
    engine = create_engine(f"sqlite:///{tmp_path / 'chain.db'}")
    with engine.connect() as conn:
        migrations.run_revisions(conn, None)
        conn.commit()
        assert migrations.current_revision(conn) == database.HEAD
        built = filecheck.schema_of(conn.connection.driver_connection)  # type: ignore[arg-type]
    engine.dispose()
    assert built == filecheck.expected_schema(database.FORMAT_VERSION)


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_file_upgrades_through_alembic_with_a_backup(tmp_path: Path,
                                                              version: int) -> None:
    doc = small_roadmap()
    before = doc.snapshot()
    path = write_old_format(doc, tmp_path / "old.roadmap", version)
    doc.close()
    old = path.read_bytes()
    opened = open_document(path, recovery_dir=tmp_path / "rec")
    try:
        assert migrations.backup_name(path, version).read_bytes() == old
        assert opened.snapshot() == before  # ids and values kept
        opened.initiatives.update(1, budget=9_000_000_000)
        save_document(opened)
    finally:
        opened.close()
    assert filecheck.verify(path) == 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [("0003",)]
        assert conn.execute("SELECT budget, row_version FROM initiative WHERE id = 1"
                            ).fetchone() == (9_000_000_000, 2)
    conn.close()


def test_defensive_settings_hold_on_this_python() -> None:
    conn = sqlite3.connect(":memory:")
    try:
        database.harden_sqlite(conn)
        conn.execute("CREATE TABLE t (x)")
        conn.execute("CREATE VIEW v AS SELECT x FROM t")
        with pytest.raises(sqlite3.OperationalError, match="prohibited"):
            conn.execute("SELECT * FROM v")
        conn.execute("PRAGMA writable_schema = ON")
        with pytest.raises(sqlite3.OperationalError, match="may not be modified"):
            conn.execute("UPDATE sqlite_master SET sql = 'x'")
    finally:
        conn.close()


def test_a_save_over_a_file_changed_since_it_was_opened_asks_first(tmp_path: Path) -> None:
    doc = small_roadmap()
    path = save_document(doc, tmp_path / "plan.roadmap")
    doc.close()
    first = open_document(path, recovery_dir=tmp_path / "rec1")
    second = open_document(path, recovery_dir=tmp_path / "rec2")
    try:
        second.initiatives.update(1, title="Saved by the second")
        save_document(second)
        first.initiatives.update(2, title="Saved by the first")
        with pytest.raises(FileChangedError, match="changed on disk since you opened it"):
            save_document(first)
        reopened = open_document(path, recovery_dir=tmp_path / "rec3")
        assert reopened.initiatives.get(1).title == "Saved by the second"  # nothing lost
        reopened.close()
        save_document(first, overwrite=True)  # the user chose to overwrite
        save_document(first)  # and from now on the file is the first's again
    finally:
        first.close()
        second.close()
