"""create_rows: many new rows of one table in one write, one Change when undoable."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from roadmap.model.enums import Status
from roadmap.model.errors import ReadOnlyError, ValidationError
from roadmap.services import bulk
from roadmap.services.bulk import create_rows
from roadmap.services.changes import Change
from roadmap.services.document import Batch, Document
from roadmap.storage.database import create_schema, make_engine


def _initiatives(doc: Document, titles: list[str], **fields: Any) -> list[dict[str, Any]]:
    """Complete initiative rows with fresh ids, as an importer builds them."""
    rows = []
    for title in titles:
        row = doc.initiatives.create_change(title=title, **fields).rows[0].after
        assert row is not None
        rows.append(dict(row))
    return rows


def create(doc: Document, batch: Batch, table: str, rows: list[dict[str, Any]], label: str,
           **options: Any) -> Change:
    """create_rows of rows given as dictionaries (all naming the same fields)."""
    fields = tuple(rows[0]) if rows else ("id",)
    return create_rows(doc, batch, table, fields, [tuple(row[f] for f in fields) for row in rows],
                       label, **options)


def _titles(doc: Document) -> list[str]:
    doc.session.expire_all()
    return sorted(i.title for i in doc.initiatives.all())


def test_undoable_rows_are_one_change_of_the_batch_and_undo_removes_them() -> None:
    doc = Document.in_memory(title="Plan")
    heard: list[Change] = []
    doc.subscribe(heard.append)
    revision = doc.revision
    with doc.batch("Import 2 initiatives") as batch:
        rows = _initiatives(doc, ["A", "B"], status=Status.DONE, start=dt.date(2027, 1, 1),
                            end=dt.date(2027, 3, 31))
        change = create(doc, batch, "initiative", rows, "Add Initiatives")
    assert [r.key for r in change.rows] == [rows[0]["id"], rows[1]["id"]]
    assert batch.change.rows == change.rows and heard == [batch.change]
    assert doc.revision == revision + 1
    assert _titles(doc) == ["A", "B"]
    stored = doc.initiatives.get(rows[0]["id"])
    assert (stored.status, stored.end) == (Status.DONE, dt.date(2027, 3, 31))
    doc.undo(batch.change)
    assert _titles(doc) == []


def test_rows_nothing_can_undo_are_written_without_a_change_but_bump_the_revision() -> None:
    doc = Document.in_memory(title="Plan")
    heard: list[Change] = []
    doc.subscribe(heard.append)
    revision = doc.revision
    with doc.batch("Import") as batch:
        change = create(doc, batch, "initiative", _initiatives(doc, ["A", "B"]),
                             "Add Initiatives", undoable=False)
    assert change.label == "Add Initiatives" and change.is_empty
    assert batch.changes == [] and heard == []
    assert doc.revision == revision + 1  # caches of the document know to rebuild
    assert _titles(doc) == ["A", "B"]


def test_no_rows_write_nothing_and_leave_the_revision() -> None:
    doc = Document.in_memory(title="Plan")
    with doc.batch("Import") as batch:
        assert create(doc, batch, "initiative", [], "Add Initiatives").is_empty
    assert doc.revision == 0 and not batch.changes


def test_a_failing_batch_takes_the_rows_and_the_revision_back() -> None:
    doc = Document.in_memory(title="Plan")
    with pytest.raises(RuntimeError), doc.batch("Import") as batch:
        create(doc, batch, "initiative", _initiatives(doc, ["A"]), "Add Initiatives",
                    undoable=False)
        raise RuntimeError("a later step failed")
    assert doc.revision == 0 and _titles(doc) == []


def test_a_row_breaking_its_tables_rule_is_refused_before_anything_is_written() -> None:
    doc = Document.in_memory(title="Plan")
    rows = _initiatives(doc, ["A", "B"])
    rows[1].update(start=dt.date(2027, 5, 1), end=dt.date(2027, 4, 1))
    with pytest.raises(ValidationError) as error, doc.batch("Import") as batch:
        create(doc, batch, "initiative", rows, "Add Initiatives")
    assert error.value.field == "end" and _titles(doc) == []
    with pytest.raises(ValidationError), doc.batch("Import") as batch:
        create(doc, batch, "dependency",
                    [{"id": 1, "initiative_id": 1, "depends_on_id": 1, "row_version": 1}],
                    "Add Dependencies")


def test_a_link_table_keeps_its_indexes_and_references_are_enforced() -> None:
    doc = Document.in_memory(title="Plan")
    sql = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'dependency'"
    indexes = sorted(doc.session.connection().exec_driver_sql(sql).scalars())
    with doc.batch("Import") as batch:
        rows = _initiatives(doc, ["A", "B"])
        create(doc, batch, "initiative", rows, "Add Initiatives")
        links = [{"id": 1, "initiative_id": rows[1]["id"], "depends_on_id": rows[0]["id"],
                  "row_version": 1}]
        create(doc, batch, "dependency", links, "Add Dependencies")
    assert doc.dependencies.pairs() == [(rows[1]["id"], rows[0]["id"])]
    assert sorted(doc.session.connection().exec_driver_sql(sql).scalars()) == indexes
    with pytest.raises(IntegrityError), doc.batch("Import") as batch:
        create(doc, batch, "milestone", [{"id": 1, "initiative_id": 999, "name": "Go-live",
                                               "date": dt.date(2027, 6, 30),
                                               "row_version": 1}], "Add Milestones")
    assert doc.milestones.all() == []


def test_on_a_shared_or_read_only_roadmap_the_rows_go_through_apply(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    create_schema(engine, title="Team")
    engine.dispose()
    doc = Document(make_engine(f"sqlite:///{path}"), location="postgresql://server/team")
    try:
        with doc.batch("Import") as batch:
            change = create(doc, batch, "initiative", _initiatives(doc, ["A"]),
                                 "Add Initiatives", undoable=False)
        assert len(change.rows) == 1 and batch.change.rows == change.rows  # made like any edit
        assert _titles(doc) == ["A"]
        doc.read_only = "a viewer's login"
        with pytest.raises(ReadOnlyError), doc.batch("Import") as batch:
            create(doc, batch, "initiative", _initiatives(doc, ["B"]), "Add Initiatives")
        assert _titles(doc) == ["A"]
    finally:
        doc.close()


def test_the_larger_page_cache_of_the_insert_is_given_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document.in_memory(title="Plan")
    before = doc.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
    seen = []
    original = bulk._indexes_built_after

    @contextlib.contextmanager
    def watching(connection: Connection, table: str) -> Iterator[None]:
        seen.append(connection.exec_driver_sql("PRAGMA cache_size").scalar())
        with original(connection, table):
            yield

    monkeypatch.setattr(bulk, "_indexes_built_after", watching)
    with doc.batch("Import") as batch:
        create(doc, batch, "initiative", _initiatives(doc, ["A"]), "Add Initiatives")
    assert seen == [-bulk.BULK_CACHE_KIB]
    assert doc.session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_rows_are_tuples_of_the_fields_named_in_any_order() -> None:
    doc = Document.in_memory(title="Plan")
    with doc.batch("Import") as batch:
        rows = _initiatives(doc, ["A"])
        create(doc, batch, "initiative", rows, "Add Initiatives")
        change = create_rows(doc, batch, "milestone", ("date", "name", "initiative_id", "id"),
                             [(dt.date(2027, 6, 30), "Go-live", rows[0]["id"], 7)],
                             "Add Milestones")
    assert change.rows[0].key == 7 and change.rows[0].after == {
        "date": dt.date(2027, 6, 30), "name": "Go-live", "initiative_id": rows[0]["id"], "id": 7}
    (milestone,) = doc.milestones.all()
    assert (milestone.id, milestone.name, milestone.date) == (7, "Go-live", dt.date(2027, 6, 30))
    doc.undo(batch.change)
    assert doc.milestones.all() == [] and _titles(doc) == []
