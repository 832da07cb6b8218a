"""`main.py import` and `export-sheet`: exit status, report, nothing written on bad rows."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from main import main
from roadmap.model.entities import Department, Initiative
from roadmap.services.document import Document
from roadmap.services.files import open_document
from roadmap.spreadsheet import build_plan, read_sheet


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Working copies go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


HEADER = ["Title", "Start", "End", "Departments", "Depends on"]
GOOD = [HEADER, ["Platform", "2027-01-01", "2027-03-31", "IT (lead)", ""],
        ["Checkout", "2027-04-01", "2027-06-30", "Sales (lead); IT (enabler)", "Platform"]]


def test_import_creates_the_roadmap_then_exports_and_updates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "plan.csv", GOOD)
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--dry-run"]) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert not target.exists()
    assert main(["import", str(target), str(sheet), "--not-it", "it"]) == 0
    out = capsys.readouterr().out
    assert "Ready: add 2 and update 0 initiatives." in out
    assert "Import 2 initiatives: Created" in out
    doc = open_document(target)
    try:
        assert [i.title for i in doc.all(Initiative)] == ["Platform", "Checkout"]
        assert {d.name: d.is_it for d in doc.all(Department)} == {"IT": False, "Sales": False}
    finally:
        doc.close()
    exported = tmp_path / "out.xlsx"
    assert main(["export-sheet", str(target), str(exported)]) == 0
    assert "Wrote 2 initiatives" in capsys.readouterr().out
    assert main(["export-sheet", str(target), str(exported)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["import", str(target), str(exported)]) == 0
    assert "nothing changed" in capsys.readouterr().out


def test_bad_rows_exit_1_and_leave_the_file_untouched(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(write_csv(tmp_path / "a.csv", GOOD))]) == 0
    capsys.readouterr()
    before = target.read_bytes()
    bad = write_csv(tmp_path / "bad.csv", [*GOOD, ["Search", "2027-05-01", "2027-02-01",
                                                   "Sales (boss)", "Checkout"]])
    assert main(["import", str(target), str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Row 4, column 'End' (C): end date 2027-02-01 is before start date 2027-05-01" in out
    assert "Row 4, column 'Departments' (D): 'boss' is not a role for 'Sales'" in out
    assert "nothing was imported" in out
    assert target.read_bytes() == before
    missing = tmp_path / "never.roadmap"
    assert main(["import", str(missing), str(bad)]) == 1
    assert not missing.exists()


def test_mapping_and_date_order_options(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "plan.csv", [["Label", "Kick-off", "Go live"],
                                              ["Search", "03/04/2027", "05/06/2027"]])
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--dry-run"]) == 1
    assert "no title column" in capsys.readouterr().out
    args = ["import", str(target), str(sheet), "--map", "Label=title", "--map",
            "Kick-off=Start", "--map", "C=end"]
    assert main([*args, "--dry-run"]) == 1
    assert "is ambiguous" in capsys.readouterr().out
    assert main([*args, "--month-first"]) == 0
    doc = open_document(target)
    try:
        (item,) = doc.all(Initiative)
        assert (item.start.isoformat(), item.end.isoformat()) == ("2027-03-04", "2027-05-06")
    finally:
        doc.close()
    assert main([*args, "--map", "Label=colour"]) == 2
    assert "unknown field 'colour'" in capsys.readouterr().err
    assert main([*args, "--map", "Nope=title"]) == 2
    assert "no column 'Nope'" in capsys.readouterr().err


def test_unreadable_sheets_exit_2_with_one_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert main(["import", str(tmp_path / "x.roadmap"), str(empty)]) == 2
    err = capsys.readouterr().err
    assert "the file is empty" in err and err.count("\n") == 1
    assert main(["import", str(tmp_path / "x.roadmap"), str(tmp_path / "none.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_fifty_thousand_rows_report_progress_and_the_bad_row(tmp_path: Path) -> None:
    """A 50,000-row sheet is checked in a few seconds with progress; one bad row stops it."""
    path = tmp_path / "big.csv"
    rows = [["Title", "Start", "End", "Budget", "Departments", "Owner", "Depends on"]]
    for i in range(50_000):
        end = "2027-03-31" if i != 49_321 else "2026-12-01"
        rows.append([f"Initiative {i}", "2027-01-01", end, "250k",
                     f"Dept {i % 7} (lead); IT (enabler)", f"Person {i % 50}",
                     f"Initiative {i - 1}" if i % 3 else ""])
    write_csv(path, rows)
    doc = Document.in_memory()
    calls: list[tuple[int, int]] = []
    started = time.perf_counter()
    plan = build_plan(doc, read_sheet(path), progress=lambda d, t: calls.append((d, t)))
    elapsed = time.perf_counter() - started
    print(f"read and checked 50,000 rows in {elapsed:.2f} s")
    assert len(calls) >= 10 and calls[-1] == (50_000, 50_000)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)
    assert [str(p) for p in plan.all_problems()] == [
        "Row 49323, column 'End' (C): end date 2026-12-01 is before start date 2027-01-01"]
    assert len(plan.new_owners) == 50 and len(plan.new_departments) == 8
    assert doc.all(Initiative) == []
