"""Importing a sheet: detection, per-row problems by row and column, all or nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from roadmap.model.entities import Department, Initiative, Owner, Vendor
from roadmap.model.enums import Role, Status
from roadmap.services.document import Document
from roadmap.spreadsheet import (
    ImportOptions,
    ImportPlan,
    SheetError,
    apply_plan,
    build_plan,
    read_sheet,
)
from roadmap.spreadsheet.apply import ImportRefused
from roadmap.spreadsheet.dates import DateOrder


def write(tmp_path: Path, text: str, name: str = "sheet.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_for(doc: Document, path: Path, **options: object) -> ImportPlan:
    return build_plan(doc, read_sheet(path), ImportOptions(**options))  # type: ignore[arg-type]


def messages(plan: ImportPlan) -> list[str]:
    return [str(p) for p in plan.all_problems()]


def test_a_clean_sheet_imports_everything_as_one_undoable_change(tmp_path: Path) -> None:
    # The departments cell holds a ';' list, so this sheet must be quoted: the quoting is
    # what the exporter writes too.
    text = ('Project;From;Due;Cost;Lead;DRI;Depends on;Vendors;Milestones;Status\n'
            'Checkout revamp;01/02/2027;30/06/2027;€1.2m;"Sales (lead); IT (enabler)";Anna;;'
            'Adyen;"Pilot 2027-03-01; Go-live 2027-06-30";In progress\n'
            'Loyalty app;01/07/2027;31/12/2027;250k;Marketing (lead);Ben;Checkout revamp;;;'
            'planned\n')
    doc = Document.in_memory()
    doc.departments.create(name="sales")
    plan = plan_for(doc, write(tmp_path, text))
    assert plan.ok, messages(plan)
    assert plan.sheet.delimiter == ";"
    assert [d.name for d in plan.new_departments] == ["IT", "Marketing"]
    assert [d.is_it for d in plan.new_departments] == [True, False]
    assert [o.name for o in plan.new_owners] == ["Anna", "Ben"]
    assert [v.name for v in plan.new_vendors] == ["Adyen"]
    heard = []
    doc.subscribe(heard.append)
    before = doc.snapshot()
    change = apply_plan(doc, plan)
    assert change.label == "Import 2 initiatives"
    assert heard == [change]  # listeners hear one change: one undo step
    checkout, loyalty = doc.all(Initiative)
    assert (checkout.start, checkout.end) == (dt.date(2027, 2, 1), dt.date(2027, 6, 30))
    assert checkout.budget == 1_200_000 and loyalty.budget == 250_000
    assert checkout.status is Status.IN_PROGRESS
    assert checkout.owner.name == "Anna"
    roles = {p.department.name: p.role for p in checkout.participations}
    assert roles == {"sales": Role.LEAD, "IT": Role.ENABLER}  # matched regardless of case
    assert [(m.name, m.date) for m in checkout.milestones] == [
        ("Pilot", dt.date(2027, 3, 1)), ("Go-live", dt.date(2027, 6, 30))]
    assert doc.dependencies.pairs() == [(loyalty.id, checkout.id)]
    assert len(doc.all(Department)) == 3 and len(doc.all(Vendor)) == 1
    doc.undo(change)
    assert doc.snapshot() == before


def test_rows_with_problems_name_row_and_column_and_nothing_is_written(tmp_path: Path) -> None:
    text = ("Title,Start,End,Departments,Budget,Priority,Status\n"
            "Good one,2027-01-01,2027-02-01,Sales (lead),100,1,planned\n"
            "Bad role,2027-01-01,2027-02-01,Sales (owner),100,2,planned\n"
            "Backwards,2027-05-01,2027-02-01,Sales (lead),100,3,planned\n"
            "Pricey,2027-01-01,2027-02-01,,lots,9,someday\n")
    doc = Document.in_memory()
    plan = plan_for(doc, write(tmp_path, text))
    assert not plan.ok
    found = messages(plan)
    assert any(m.startswith("Row 3, column 'Departments' (D): 'owner' is not a role for "
                            "'Sales'; a department takes part as lead, contributor or enabler")
               for m in found)
    assert "Row 4, column 'End' (C): end date 2027-02-01 is before start date 2027-05-01" \
        in found
    assert any(m.startswith("Row 5, column 'Budget' (E): 'lots' is not an amount") for m in found)
    assert any(m.startswith("Row 5, column 'Priority' (F): 9 is above the maximum 5")
               for m in found)
    assert any(m.startswith("Row 5, column 'Status' (G): unknown value 'someday'")
               for m in found)
    assert [r.number for r in plan.bad_rows] == [3, 4, 5]
    before = doc.snapshot()
    with pytest.raises(ImportRefused, match="5 problem"):
        apply_plan(doc, plan)
    assert doc.snapshot() == before
    assert "nothing was imported" in plan.report()


def test_missing_title_column_is_reported_and_mapping_fixes_it(tmp_path: Path) -> None:
    path = write(tmp_path, "Initiative label,Start,End\nCheckout,2027-01-01,2027-02-01\n")
    doc = Document.in_memory()
    plan = plan_for(doc, path)
    assert not plan.ok and not plan.rows
    assert messages(plan)[0].startswith("Row 1, column Title: no title column")
    assert "'Initiative label'" in messages(plan)[0]
    plan = plan_for(doc, path, mapping={"Initiative label": "title"})
    assert plan.ok and plan.rows[0].title == "Checkout"


def test_duplicate_titles_are_reported_on_every_row(tmp_path: Path) -> None:
    path = write(tmp_path, "Title\nCheckout\nSearch\ncheckout \n")
    plan = plan_for(Document.in_memory(), path)
    assert [r.number for r in plan.bad_rows] == [2, 4]
    assert "duplicate title 'Checkout': it appears on rows 2, 4" in messages(plan)[0]


def test_cycle_is_reported_before_anything_is_written(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Depends on\nA,C\nB,A\nC,B\nD,A\nE,E\n")
    plan = plan_for(Document.in_memory(), path, refuse_cycles=True)
    found = messages(plan)
    assert [r.number for r in plan.bad_rows] == [2, 3, 4, 6]
    assert any(m.startswith("Row 2, column 'Depends on' (B): dependency cycle: ")
               and "remove one of these links" in m for m in found)
    assert "Row 6, column 'Depends on' (B): 'E' cannot depend on itself" in found


def test_cycle_through_the_existing_roadmap_is_found(tmp_path: Path) -> None:
    doc = Document.in_memory()
    a = doc.initiatives.create(title="Platform").rows[0].key
    b = doc.initiatives.create(title="Search").rows[0].key
    doc.dependencies.link(b, a)  # Search waits for Platform
    path = write(tmp_path, "Title,Depends on\nNew PIM,Search\nPlatform,New PIM\n")
    plan = plan_for(doc, path, refuse_cycles=True)
    assert any("dependency cycle" in m and "'Search'" in m for m in messages(plan))
    assert plan_for(doc, path, existing="refuse").bad_rows[-1].number == 3
    kept = plan_for(doc, path)
    assert kept.ok and [sorted(c) for c in kept.cycles] == [["New PIM", "Platform", "Search"]]
    assert any(n.startswith("CR201 dependency cycle kept as imported: ") for n in kept.notes)


def test_unknown_dependency_title_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Depends on\nA,Nowhere\n")
    assert "'Nowhere' is neither a title in this sheet nor an initiative in the roadmap" in \
        messages(plan_for(Document.in_memory(), path))[0]


def test_existing_titles_update_by_default_or_are_refused(tmp_path: Path) -> None:
    doc = Document.in_memory()
    key = doc.initiatives.create(title="Checkout", budget=5).rows[0].key
    sales = doc.departments.create(name="Sales").rows[0].key
    it = doc.departments.create(name="IT", is_it=True).rows[0].key
    doc.participations.set_role(key, it, Role.LEAD)
    path = write(tmp_path, "Title,Budget,Departments\nCHECKOUT,250k,Sales (lead)\n")
    refused = plan_for(doc, path, existing="refuse")
    assert "already in the roadmap" in messages(refused)[0]
    plan = plan_for(doc, path)
    assert plan.ok and plan.to_update == 1 and plan.to_add == 0
    apply_plan(doc, plan)
    item = doc.initiatives.get(key)
    assert item.budget == 250_000 and item.title == "CHECKOUT"
    assert [(p.department_id, p.role) for p in item.participations] == [(sales, Role.LEAD)]


def test_ambiguous_dates_are_reported_or_read_as_told(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Start,End\nA,03/04/2027,05/06/2027\n")
    plan = plan_for(Document.in_memory(), path)
    assert "'03/04/2027' is ambiguous: 3 April 2027 (day first) or 4 March 2027 " \
        "(month first)" in messages(plan)[0]
    assert messages(plan)[0].startswith("Row 2, column 'Start' (B)")
    told = plan_for(Document.in_memory(), path, date_order=DateOrder.MONTH_FIRST)
    assert told.ok and told.rows[0].fields["start"] == dt.date(2027, 3, 4)


def test_one_unambiguous_date_decides_its_column(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Start,End\nA,03/04/2027,20/04/2027\nB,02/01/2027,"
                           "05/01/2027\n")
    plan = plan_for(Document.in_memory(), path)
    assert plan.ok, messages(plan)
    assert plan.rows[0].fields["start"] == dt.date(2027, 4, 3)  # read day-first like End
    assert plan.rows[1].fields["end"] == dt.date(2027, 1, 5)
    assert any("read them day-first" in n for n in plan.notes)


def test_encodings_are_detected_and_fallbacks_reported(tmp_path: Path) -> None:
    text = "Title,Owner\nCafé crème,Zoë Müller\n"
    for encoding, expected in (("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                               ("utf-16", "utf-16"), ("utf-16-le", "utf-16-le"),
                               ("cp1252", "cp1252")):
        sheet = read_sheet(write(tmp_path, text, f"{encoding}.csv", encoding))
        assert sheet.encoding == expected
        assert sheet.rows == [["Café crème", "Zoë Müller"]]
    sheet = read_sheet(tmp_path / "cp1252.csv")
    assert "not valid UTF-8" in sheet.notes[0] and "Windows-1252" in sheet.notes[0]
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Title\nA\x81b\n".encode("latin-1"))
    assert read_sheet(latin).encoding == "latin-1"


def test_wrong_encoding_is_refused_clearly(tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(SheetError, match="not a text file"):
        read_sheet(binary)
    utf8 = write(tmp_path, "Title\nCafé\n", "u.csv", "cp1252")
    with pytest.raises(SheetError, match=r"not valid utf-8: byte 0xE9 at offset 9"):
        read_sheet(utf8, encoding="utf-8")
    with pytest.raises(SheetError, match="unknown encoding"):
        read_sheet(utf8, encoding="klingon")


def test_empty_files_are_refused(tmp_path: Path) -> None:
    for content in (b"", b"\r\n \n", b"\xef\xbb\xbf"):
        path = tmp_path / "empty.csv"
        path.write_bytes(content)
        with pytest.raises(SheetError, match="the file is empty"):
            read_sheet(path)
    header_only = write(tmp_path, "Title,Start\n")
    plan = plan_for(Document.in_memory(), header_only)
    assert messages(plan) == ["Row 2: the sheet has a header row but no initiative"]


@pytest.mark.parametrize(("delimiter", "name"), [(",", "comma"), (";", "semicolon"),
                                                  ("\t", "tab"), ("|", "vertical bar")])
def test_delimiters_are_sniffed(tmp_path: Path, delimiter: str, name: str) -> None:
    text = delimiter.join(["Title", "Budget", "Start", "End"]) + "\n" + \
        delimiter.join(["A", '"1,000"', "2027-01-01", "2027-02-01"]) + "\n"
    sheet = read_sheet(write(tmp_path, text))
    assert sheet.delimiter == delimiter and name in sheet.describe()
    assert sheet.rows[0][:2] == ["A", "1,000"]


def test_blank_rows_are_skipped_and_row_numbers_kept(tmp_path: Path) -> None:
    path = write(tmp_path, "\nTitle,Budget\n\nA,1\n,\nB,zero\n")
    plan = plan_for(Document.in_memory(), path)
    assert [r.number for r in plan.rows] == [4, 6]
    assert messages(plan)[0].startswith("Row 6, column 'Budget' (B)")


def test_xlsx_with_real_date_cells_and_numbers(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Notes"
    data = book.create_sheet("Initiatives")
    data.append(["Initiative", "Start date", "End date", "Budget (EUR)", "Priority",
                 "Customer facing"])
    data.append(["Checkout", dt.datetime(2027, 3, 4), dt.date(2027, 6, 30), 1200000.0, 2.0,
                 True])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    doc = Document.in_memory()
    plan = plan_for(doc, path)
    assert plan.ok, messages(plan)
    assert plan.sheet.kind == "xlsx"
    assert any("'Initiatives'" in n for n in plan.sheet.notes)
    apply_plan(doc, plan)
    (item,) = doc.all(Initiative)
    assert (item.start, item.end, item.budget, item.priority, item.customer_facing) == (
        dt.date(2027, 3, 4), dt.date(2027, 6, 30), 1_200_000, 2, True)


def test_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(SheetError, match=r"not a readable \.xlsx workbook"):
        read_sheet(path)


def test_new_departments_it_flag_can_be_set(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Departments\nA,Digital Platforms (lead); Web Team\n")
    doc = Document.in_memory()
    guessed = plan_for(doc, path)
    assert [(d.name, d.is_it) for d in guessed.new_departments] == [
        ("Digital Platforms", True), ("Web Team", False)]
    plan = plan_for(doc, path, it_departments={"digital platforms": False, "WEB TEAM": True})
    apply_plan(doc, plan)
    assert {d.name: d.is_it for d in doc.all(Department)} == {
        "Digital Platforms": False, "Web Team": True}


def test_owner_and_sponsor_are_matched_or_created_once(tmp_path: Path) -> None:
    doc = Document.in_memory()
    doc.owners.create(name="Anna Berger", role="CMO")
    path = write(tmp_path, "Title,Owner,Owner role,Sponsor\nA,anna berger,Ignored,Carl\n"
                           "B,Carl,CFO,Anna Berger\n")
    plan = plan_for(doc, path)
    assert [(o.name, o.role) for o in plan.new_owners] == [("Carl", "CFO")]
    apply_plan(doc, plan)
    owners = {o.name: o for o in doc.all(Owner)}
    assert owners["Anna Berger"].role == "CMO"
    a, _b = doc.all(Initiative)
    assert a.owner_id == owners["Anna Berger"].id and a.sponsor_id == owners["Carl"].id


def test_failure_half_way_leaves_the_roadmap_untouched(tmp_path: Path) -> None:
    path = write(tmp_path, "Title,Departments\nA,Sales (lead)\nB,Sales\n")
    doc = Document.in_memory()
    plan = plan_for(doc, path)
    before = doc.snapshot()

    def cancel(done: int, total: int) -> None:
        if done > 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        apply_plan(doc, plan, progress=cancel)
    assert doc.snapshot() == before
