"""Exporting initiatives: the import's shape, formula-safe, and a faithful round trip."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from openpyxl import load_workbook

from roadmap.model.entities import (
    Department,
    Initiative,
    Milestone,
    Owner,
    Participation,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import Role, Sourcing, Status, VendorCategory
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, apply_plan, build_plan, export_sheet, read_sheet
from roadmap.spreadsheet.cells import DANGEROUS_START
from roadmap.spreadsheet.export import HEADERS


def acyclic_sample() -> Document:
    """The sample roadmap without the cycle it carries on purpose (the importer refuses one)."""
    doc = build_sample()
    graph = nx.DiGraph(doc.dependencies.pairs())
    while not nx.is_directed_acyclic_graph(graph):
        a, b = nx.find_cycle(graph)[0][:2]
        doc.dependencies.unlink(a, b)
        graph.remove_edge(a, b)
    return doc


def canonical(doc: Document) -> dict[str, Any]:
    """Initiatives and their links by name, so documents with other ids compare equal."""
    owners = {o.id: (o.name, o.role) for o in doc.all(Owner)}
    departments = {d.id: (d.name, d.is_it) for d in doc.all(Department)}
    vendors = {v.id: v.name for v in doc.all(Vendor)}
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
        "vendors": sorted((titles[u.initiative_id], vendors[u.vendor_id])
                          for u in doc.all(VendorUse)),
        "dependencies": sorted((titles[a], titles[b]) for a, b in doc.dependencies.pairs()),
        "milestones": sorted((titles[m.initiative_id], m.name, m.date)
                             for m in doc.all(Milestone)),
    }


def round_trip(doc: Document, path: Path) -> Document:
    export_sheet(doc, path)
    copy = Document.in_memory()
    flags = {d.name: d.is_it for d in doc.all(Department)}
    plan = build_plan(copy, read_sheet(path), ImportOptions(it_departments=flags))
    assert plan.ok, plan.report()
    apply_plan(copy, plan)
    return copy


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_gives_the_same_roadmap(tmp_path: Path, suffix: str) -> None:
    doc = acyclic_sample()
    copy = round_trip(doc, tmp_path / f"plan{suffix}")
    assert canonical(copy) == canonical(doc)
    again = Document.in_memory()
    assert canonical(round_trip(copy, tmp_path / f"again{suffix}")) == canonical(doc)
    assert again.all(Initiative) == []


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_re_importing_an_export_into_its_roadmap_changes_nothing(tmp_path: Path,
                                                                  suffix: str) -> None:
    doc = acyclic_sample()
    path = tmp_path / f"plan{suffix}"
    export_sheet(doc, path)
    plan = build_plan(doc, read_sheet(path))
    assert plan.ok and plan.to_update == len(doc.all(Initiative)) and plan.to_add == 0
    assert apply_plan(doc, plan).is_empty


def hostile_roadmap() -> Document:
    doc = Document.in_memory()
    dept = doc.departments.create(name="+Growth").rows[0].key
    vendor = doc.vendors.create(name="=Vendor", category=VendorCategory.PAYMENTS).rows[0].key
    owner = doc.owners.create(name="@evil", role="-cmd").rows[0].key
    first = doc.initiatives.create(
        title='=HYPERLINK("http://x.example","click")', description="+1+1",
        theme="-2", success_measure="\tTabbed", customer_value="\rCR",
        owner_id=owner, sourcing=Sourcing.BUY, status=Status.DONE,
        start=dt.date(2027, 1, 1), end=dt.date(2027, 2, 1)).rows[0].key
    second = doc.initiatives.create(title="'=already quoted", description="R&D <beta>; ok",
                                    budget=1234567).rows[0].key
    doc.participations.set_role(first, dept, Role.LEAD)
    doc.vendor_uses.link(first, vendor)
    doc.dependencies.link(second, first)
    doc.milestones.create(initiative_id=first, name="=Go-live", date=dt.date(2027, 1, 15))
    return doc


def test_csv_export_neutralises_formulas_and_round_trips(tmp_path: Path) -> None:
    doc = hostile_roadmap()
    path = tmp_path / "hostile.csv"
    assert export_sheet(doc, path) == 2
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == HEADERS
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(DANGEROUS_START)]
    assert "'=HYPERLINK(\"http://x.example\",\"click\")" in cells
    assert "''=already quoted" in cells
    assert "'=Go-live 2027-01-15" in cells
    assert canonical(round_trip(doc, tmp_path / "again.csv")) == canonical(doc)


def test_xlsx_export_has_no_formula_and_real_dates(tmp_path: Path) -> None:
    doc = hostile_roadmap()
    path = tmp_path / "hostile.xlsx"
    export_sheet(doc, path)
    book = load_workbook(path)
    sheet = book["Initiatives"]
    assert [c.value for c in sheet[1]] == HEADERS
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and cell.value.startswith(DANGEROUS_START))
    start = sheet.cell(row=2, column=HEADERS.index("Start") + 1)
    assert start.is_date and start.value.date() == dt.date(2027, 1, 1)
    budget = sheet.cell(row=3, column=HEADERS.index("Budget") + 1)
    assert budget.value == 1234567
    copy = round_trip(doc, tmp_path / "again.xlsx")
    # A workbook's XML turns CR into LF, and the importer trims line breaks around a
    # cell; everything else comes back as it was.
    doc.initiatives.update(doc.all(Initiative)[0].id, customer_value="CR")
    assert canonical(copy) == canonical(doc)


def test_export_refuses_other_formats(tmp_path: Path) -> None:
    from roadmap.model.errors import RoadmapFileError

    with pytest.raises(RoadmapFileError, match=r"\.csv or \.xlsx"):
        export_sheet(Document.in_memory(), tmp_path / "plan.pdf")


def test_the_template_imports_cleanly_and_matches_the_export_shape() -> None:
    from importlib import resources

    folder = resources.files("resources") / "templates"
    for name in ("initiatives-template.csv", "initiatives-template.xlsx"):
        with resources.as_file(folder / name) as path:
            sheet = read_sheet(path)
        assert sheet.headers == HEADERS, name
        plan = build_plan(Document.in_memory(), sheet)
        assert plan.ok, plan.report()
        assert len(plan.rows) >= 3
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for header in HEADERS:
        assert f"| {header} |" in readme
