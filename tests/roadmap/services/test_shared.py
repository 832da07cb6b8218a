"""A roadmap on a real PostgreSQL server: publish, pull, two clients, roles, failures."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from roadmap.model.entities import Initiative, Snapshot
from roadmap.model.errors import (
    ConflictError,
    ConnectionLostError,
    ReadOnlyError,
    RoadmapFileError,
)
from roadmap.model.keys import NodeKey
from roadmap.samples.bundled import build_sample
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document
from roadmap.services.files import open_document, save_document
from roadmap.services.shared import open_shared, publish, pull
from tests.helpers.postgres import pg_admin, pg_url  # noqa: F401 (fixtures)


@pytest.fixture
def published(pg_url: str) -> str:  # noqa: F811 (the fixture)
    """The sample with a snapshot and a saved layout, published to an empty database."""
    doc = build_sample()
    doc.snapshots.add("Board 2027-01", b"payload", dt.datetime(2027, 1, 5, 9, 0))
    doc.positions.place("graph", {NodeKey.parse("initiative:1"): (10.0, 20.0)})
    publish(doc, pg_url)
    doc.close()
    return pg_url


def _wait_for(doc: Document) -> object:
    for _ in range(50):
        change = doc.poll_remote()
        if change is not None:
            return change
        time.sleep(0.02)
    return None


def test_publish_then_pull_gives_the_same_roadmap(published: str, tmp_path: Path) -> None:
    original = build_sample()
    doc = open_shared(published, listen=False)
    try:
        copy = pull(doc)
        path = save_document(copy, tmp_path / "back.roadmap")
        copy.close()
        on_server = doc.snapshot()
    finally:
        doc.close()
    back = open_document(path, recovery_dir=tmp_path / "rec")
    try:
        assert back.snapshot() == on_server
        assert [s.name for s in back.all(Snapshot)] == ["Board 2027-01"]
        base = original.snapshot()
        for table in ("initiative", "department", "dependency", "participation"):
            assert back.snapshot()[table] == base[table]
    finally:
        back.close()
        original.close()


def test_ids_come_from_the_server_and_undo_restores_the_same_id(published: str) -> None:
    a = open_shared(published, listen=False)
    b = open_shared(published, listen=False)
    try:
        first = a.initiatives.create(title="From A").rows[0].key
        second = b.initiatives.create(title="From B").rows[0].key
        assert first != second and min(first, second) > 29
        gone = a.initiatives.delete(first)
        a.undo(gone)
        assert a.initiatives.get(first).title == "From A"
        a.initiatives.update(1, budget=12_000_000_000)  # 64-bit money
        assert a.initiatives.get(1).budget == 12_000_000_000
    finally:
        a.close()
        b.close()


def test_a_stale_edit_is_refused_names_who_and_is_offered_again(published: str) -> None:
    a = open_shared(published)
    b = open_shared(published)
    try:
        assert b.initiatives.get(3).title  # B has read it
        a.initiatives.update(3, title="Renamed by A")
        time.sleep(0.05)
        with pytest.raises(ConflictError) as caught:
            b.initiatives.update(3, budget=99)
        assert "title" in str(caught.value) and "crossroads_test" in str(caught.value)
        assert b.initiatives.get(3).title == "Renamed by A"  # theirs shown
        b.reapply(caught.value)  # mine applied again, over theirs
        assert b.initiatives.get(3).budget == 99
        assert b.initiatives.get(3).title == "Renamed by A"
    finally:
        a.close()
        b.close()


def test_changes_by_others_arrive_and_undo_never_overwrites_them(published: str) -> None:
    a = open_shared(published)
    b = open_shared(published)
    try:
        mine = b.initiatives.update(4, title="B's title")
        assert _wait_for(a) is not None
        assert a.initiatives.get(4).title == "B's title"
        a.initiatives.update(4, title="A's later title")
        change = _wait_for(b)
        assert change is not None and "crossroads_test" in change.label  # type: ignore[attr-defined]
        with pytest.raises(ConflictError):
            b.undo(mine)
        assert b.initiatives.get(4).title == "A's later title"
    finally:
        a.close()
        b.close()


def test_concurrent_editors_lose_no_edit(published: str) -> None:
    editors = [open_shared(published, listen=False) for _ in range(3)]
    try:
        keys = []
        for round_ in range(10):
            for n, doc in enumerate(editors):
                keys.append(doc.initiatives.create(title=f"E{n} #{round_}").rows[0].key)
        check = open_shared(published, listen=False)
        titles = {i.title for i in check.all(Initiative)}
        check.close()
        assert len(set(keys)) == 30
        assert all(f"E{n} #{r}" in titles for n in range(3) for r in range(10))
    finally:
        for doc in editors:
            doc.close()


def test_a_viewer_role_opens_read_only(published: str, pg_admin) -> None:  # noqa: F811
    pg_admin.execute("DO $$ BEGIN CREATE ROLE crossroads_viewer LOGIN; "
                     "EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    name = published.rsplit("/", 1)[1]
    owner = open_shared(published, listen=False)
    with owner.engine.begin() as conn:
        conn.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{name}" TO crossroads_viewer')
        conn.exec_driver_sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO crossroads_viewer")
    owner.close()
    viewer_url = published.replace("crossroads_test@", "crossroads_viewer@")
    viewer = open_shared(viewer_url, listen=False)
    try:
        assert viewer.read_only is not None and "crossroads_viewer" in viewer.read_only
        assert len(viewer.all(Initiative)) == 29
        with pytest.raises(ReadOnlyError, match="read-only"):
            viewer.initiatives.update(1, title="Nope")
    finally:
        viewer.close()


def test_a_server_that_goes_away_is_one_clear_error(published: str, pg_admin) -> None:  # noqa: F811
    doc = open_shared(published, listen=False)
    try:
        old = doc.initiatives.get(5).title
        edit = Change("Rename Initiative", (RowChange("initiative", 5, {"title": old},
                                                      {"title": "While the server was away"}),))
        name = published.rsplit("/", 1)[1]
        pg_admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        with pytest.raises(ConnectionLostError, match="stopped answering") as caught:
            doc.apply(edit)
        assert caught.value.change == edit  # the edit is kept, to try again
        assert doc.initiatives.get(5).title == old  # nothing applied locally either
    finally:
        doc.close()


def test_what_cannot_be_opened_is_one_line(pg_url: str) -> None:  # noqa: F811
    with pytest.raises(RoadmapFileError, match="holds no roadmap yet"):
        open_shared(pg_url)
    with pytest.raises(RoadmapFileError, match="has no database"):
        open_shared(pg_url.rsplit("/", 1)[0] + "/no_such_database_here")
    with pytest.raises(RoadmapFileError, match="cannot be reached"):
        open_shared("postgresql://crossroads_test@localhost:1/x")
    with pytest.raises(RoadmapFileError, match="never stores one"):
        open_shared("postgresql://crossroads_test:secret@localhost/x")


def test_a_database_holding_something_else_or_newer_is_refused(pg_url: str) -> None:  # noqa: F811
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(RoadmapFileError, match="already holds"):
        publish(build_sample(), pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
        conn.execute("CREATE TABLE initiative (id int)")
    with pytest.raises(RoadmapFileError, match="newer Crossroads"):
        open_shared(pg_url)
