"""Rows that leave a defaulted field empty are written with its default, in one bulk insert."""

from __future__ import annotations

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
