"""Rows that leave a defaulted field empty are written with its default, in one bulk insert."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection

from roadmap.services import bulk
from roadmap.services.document import Document
from roadmap.spreadsheet import apply_plan, build_plan
from roadmap.spreadsheet.reading import read_csv_bytes


def test_a_status_given_on_some_rows_only_imports() -> None:
    sheet = read_csv_bytes(b"Title,Status,Priority\nA,done,1\nB,,\nC,in progress,\n")
    doc = Document.in_memory(title="Plan")
    plan = build_plan(doc, sheet)
    assert plan.ok, plan.report()
    apply_plan(doc, plan)
    found = {i.title: (i.status.value, i.priority) for i in doc.initiatives.all()}
    assert found == {"A": ("done", 1), "B": ("planned", 3), "C": ("in_progress", 3)}


def _links(doc: Document) -> tuple[object, ...]:
    return (sorted(i.title for i in doc.initiatives.all()), sorted(doc.dependencies.pairs()),
            sorted((m.name, m.date) for m in doc.milestones.all()))


def test_an_import_nothing_can_undo_writes_the_same_rows_without_their_undo_record() -> None:
    data = (b"Title,Depends on,Milestones,Departments\nA,,Go-live 2027-06-30,Marketing (lead)\n"
            b"B,A,,Marketing\n")
    written = []
    for undoable in (True, False):
        doc = Document.in_memory(title="Plan")
        change = apply_plan(doc, build_plan(doc, read_csv_bytes(data)), undoable=undoable)
        assert change.label == "Import 2 initiatives"
        assert bool(change.rows) is undoable
        written.append(_links(doc))
    assert written[0] == written[1] and written[0][1]


def _indexes(doc: Document) -> list[tuple[str, str]]:
    return sorted(doc.session.connection().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())


def test_the_link_tables_get_their_indexes_back_even_when_their_insert_fails(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"Title,Depends on,Milestones,Departments\nA,,Go-live 2027-06-30,Marketing\nB,A,,\n"
    doc = Document.in_memory(title="Plan")
    before = _indexes(doc)
    assert any(name == "ix_dependency_depends_on_id" for name, _sql in before)
    plan = build_plan(doc, read_csv_bytes(data))
    built_after = bulk._indexes_built_after
    dropped = []

    @contextlib.contextmanager
    def failing(connection: Connection, table: str) -> Iterator[None]:
        with built_after(connection, table):
            dropped.append(len(_indexes(doc)) < len(before))
            if table == "dependency":
                raise RuntimeError("the insert failed")
            yield

    monkeypatch.setattr(bulk, "_indexes_built_after", failing)
    with pytest.raises(RuntimeError):
        apply_plan(doc, plan)
    assert any(dropped)  # the indexes were dropped for the insert ...
    assert _indexes(doc) == before and not doc.initiatives.all()  # ... and came back
    monkeypatch.undo()
    apply_plan(doc, plan)
    assert _indexes(doc) == before and doc.dependencies.pairs()
