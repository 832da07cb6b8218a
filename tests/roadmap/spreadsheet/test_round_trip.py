"""Export then import gives the same roadmap: initiatives, links, milestones and findings.

Checked on the bundled sample (which carries a dependency cycle on purpose)
and on generated roadmaps of several seeds, through CSV and through .xlsx,
into a new, empty roadmap: departments, owners and vendors are rebuilt from
the sheet alone (IT flags, owners' departments, vendor categories and
contract ends included), with no hint passed beside the file.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from roadmap.analysis.engine import analyse
from roadmap.model.entities import (
    Department,
    Initiative,
    Milestone,
    Owner,
    Participation,
    Vendor,
    VendorUse,
)
from roadmap.samples.bundled import build_sample
from roadmap.samples.generate import generate_roadmap
from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, apply_plan, build_plan, export_sheet, read_sheet

TODAY = dt.date(2027, 6, 1)


def canonical(doc: Document) -> dict[str, Any]:
    """Everything an import can carry, by name, so documents with other ids compare equal."""
    departments = {d.id: (d.name, d.is_it) for d in doc.all(Department)}
    owners = {o.id: (o.name, o.role, departments.get(o.department_id)) for o in doc.all(Owner)}
    vendors = {v.id: (v.name, v.category, v.contract_end) for v in doc.all(Vendor)}
    titles = {i.id: i.title for i in doc.all(Initiative)}
    initiatives = {}
    for row in doc.snapshot()["initiative"]:
        row = dict(row)
        row.pop("id")
        row["owner_id"] = owners.get(row["owner_id"])
        row["sponsor_id"] = owners.get(row["sponsor_id"])
        initiatives[row["title"]] = row
    return {
        "initiatives": initiatives,
        "participations": sorted((titles[p.initiative_id], departments[p.department_id], p.role)
                                 for p in doc.all(Participation)),
        "vendors": sorted((titles[u.initiative_id], *vendors[u.vendor_id])
                          for u in doc.all(VendorUse)),
        "dependencies": sorted((titles[a], titles[b]) for a, b in doc.dependencies.pairs()),
        "milestones": sorted((titles[m.initiative_id], m.name, m.date)
                             for m in doc.all(Milestone)),
    }


def findings(doc: Document) -> Counter[tuple[str, str]]:
    """Each finding's code and message (the message names the initiatives it is about)."""
    return Counter((f.code, f.message) for f in analyse(doc, today=TODAY).findings)


def import_into_new(path: Path) -> Document:
    copy = Document.in_memory()
    plan = build_plan(copy, read_sheet(path), ImportOptions())
    assert plan.ok, plan.report()
    apply_plan(copy, plan)
    return copy


def roadmaps() -> list[tuple[str, Document]]:
    return [("sample", build_sample()),
            *((f"generated-{seed}", generate_roadmap(120, seed=seed)) for seed in (1, 7, 2029))]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("name", ["sample", "generated-1", "generated-7", "generated-2029"])
def test_a_roadmap_survives_export_and_import_into_a_new_file(
        tmp_path: Path, suffix: str, name: str) -> None:
    doc = dict(roadmaps())[name]
    path = tmp_path / f"plan{suffix}"
    export_sheet(doc, path)
    copy = import_into_new(path)
    assert canonical(copy) == canonical(doc)
    assert findings(copy) == findings(doc)


def test_the_sample_cycle_is_imported_and_reported_as_cr201(tmp_path: Path) -> None:
    path = tmp_path / "sample.csv"
    export_sheet(build_sample(), path)
    copy = Document.in_memory()
    plan = build_plan(copy, read_sheet(path))
    assert plan.ok and len(plan.cycles) == 1
    assert sorted(plan.cycles[0]) == ["Click & collect in 40 stores", "Order management system",
                                      "Real-time store stock on the web"]
    apply_plan(copy, plan)
    cycles = [f for f in analyse(copy, today=TODAY).findings if f.code == "CR201"]
    assert len(cycles) == 1 and "Order management system" in cycles[0].message


def test_refuse_cycles_refuses_each_row_of_the_cycle_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "sample.csv"
    export_sheet(build_sample(), path)
    copy = Document.in_memory()
    plan = build_plan(copy, read_sheet(path), ImportOptions(refuse_cycles=True))
    assert not plan.ok and len(plan.bad_rows) == 3
    assert all("dependency cycle" in p.message for row in plan.bad_rows for p in row.problems)
    assert copy.all(Initiative) == []


def test_an_import_is_one_undoable_change_even_written_in_bulk(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    doc = generate_roadmap(60, seed=3)
    export_sheet(doc, path)
    copy = Document.in_memory()
    empty = copy.snapshot()
    plan = build_plan(copy, read_sheet(path))
    heard = []
    copy.subscribe(heard.append)
    change = apply_plan(copy, plan)
    assert heard == [change] and change.label == "Import 60 initiatives"
    assert len(copy.all(Initiative)) == 60
    copy.undo(change)
    assert copy.snapshot() == empty
    copy.apply(change)
    assert canonical(copy) == canonical(doc)
