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
