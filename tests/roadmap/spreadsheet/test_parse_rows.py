"""Column-by-column parsing: a repeated value is parsed once but reported on every row."""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import replace

import pytest

from roadmap.services.document import Document
from roadmap.spreadsheet import build_plan, rowparse
from roadmap.spreadsheet.columns import ColumnMap, map_columns
from roadmap.spreadsheet.gcpause import paused_gc
from roadmap.spreadsheet.reading import Sheet
from roadmap.spreadsheet.rowparse import DateParser, PlannedRow


def test_a_repeated_bad_value_is_reported_on_each_row_and_yes_is_not_one() -> None:
    sheet = Sheet("s.csv", ["Title", "Status", "Customer facing", "Priority", "Vendors"],
                  [["A", "Finanse", True, 1, "Adyen; Shopify"],
                   ["B", "Finanse", 1, True, "Adyen; Shopify"],
                   ["C", "done", False, 0, None]], [2, 3, 4])
    plan = build_plan(Document.in_memory(title="P"), sheet)
    status = [p for p in plan.all_problems() if p.key == "status"]
    assert [p.row for p in status] == [2, 3]
    assert [p.row for p in plan.all_problems() if p.key == "priority"] == [3, 4]
    a, b, c = plan.rows
    assert a.fields["customer_facing"] is True and a.fields["priority"] == 1
    assert b.fields["customer_facing"] is True
    assert a.vendors == b.vendors == ["Adyen", "Shopify"] and a.vendors is not b.vendors
    assert c.vendors is None and c.fields["customer_facing"] is False


def test_the_collector_is_paused_and_restored() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _cell_by_cell(rows: list[PlannedRow], table: list[list[object]], columns: ColumnMap,
                  parse_date: DateParser) -> None:
    """What parse_rows must do, one cell at a time and without any shortcut."""
    for row, values in zip(rows, table, strict=True):
        for key, index in columns.by_key.items():
            cell = values[index] if index < len(values) else None
            outcome = rowparse._outcome(key, index, cell, columns, parse_date, None)
            row.fields.update(outcome.fields or {})
            for name, value in outcome.attributes:
                setattr(row, name, list(value) if isinstance(value, list) else value)
            if outcome.problem is not None:
                row.problems.append(replace(outcome.problem, row=row.number))


def _parsed(row: PlannedRow) -> tuple[object, ...]:
    return (row.title, row.fields, row.owner, row.departments, row.depends_on, row.milestones,
            sorted(map(str, row.problems)))


@pytest.mark.parametrize("title", ["Checkout", "", "  ", "x" * 201, "'=SUM(A1)", "a\x00b"])
@pytest.mark.parametrize("description", ["", " spaced ", "d" * 8001, "'+44 20 7946"])
@pytest.mark.parametrize("status", ["done", "", "Finanse"])
def test_columns_given_at_once_match_the_cell_by_cell_parse(title: str, description: str,
                                                            status: str) -> None:
    headers = ["Title", "Description", "Status", "Owner", "Departments", "Depends on",
               "Milestones", "Start", "End"]
    table: list[list[object]] = [
        [title, description, status, "Ann", "Sales (lead)", "", "Go-live 2027-06-30",
         "2027-01-01", "2027-06-30"],
        [f"{title} 2", "", "done", "", "Sales; IT (enabler)", "A; B", "", "", ""],
        ["B", description, status, " Ann ", "Sales (boss)", "B", "Pilot", "2027-02-01", ""],
    ]
    columns = map_columns(headers)
    fast = [PlannedRow(index, index + 2) for index in range(len(table))]
    slow = [PlannedRow(index, index + 2) for index in range(len(table))]

    def parse_date(_key: str, cell: object) -> dt.date:
        return dt.date.fromisoformat(str(cell))

    told: list[int] = []
    rowparse.parse_rows(fast, table, columns, parse_date,
                        progress=lambda done, total: told.append(done))
    _cell_by_cell(slow, table, columns, parse_date)
    assert [_parsed(row) for row in fast] == [_parsed(row) for row in slow]
    assert told == sorted(told) and told[-1] == len(headers) * len(table)
