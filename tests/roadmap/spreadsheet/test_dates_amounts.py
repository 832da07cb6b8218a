"""Dates and amounts as people write them: date-times, serials, periods, German months, 1e6."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from roadmap.model.entities import Initiative
from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, apply_plan, build_plan, read_sheet
from roadmap.spreadsheet.cells import parse_budget
from roadmap.spreadsheet.dates import DateOrder, read_date, resolve
from roadmap.spreadsheet.periods import read_period

D = dt.date


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-01-01T10:30:00", D(2027, 1, 1)),
    ("2027-01-01 10:30", D(2027, 1, 1)),
    ("2027-01-01T10:30:00Z", D(2027, 1, 1)),
    ("2027-01-01T10:30:00+01:00", D(2027, 1, 1)),
    ("46388", D(2027, 1, 1)),
    ("46388.75", D(2027, 1, 1)),
    (46388, D(2027, 1, 1)),
    (46388.5, D(2027, 1, 1)),
    ("1. März 2027", D(2027, 3, 1)),
    ("3 Okt 2027", D(2027, 10, 3)),
    ("Dezember 24, 2027", D(2027, 12, 24)),
    ("14 Mai 2027", D(2027, 5, 14)),
])
def test_unambiguous_forms(text: object, expected: dt.date) -> None:
    assert resolve(read_date(text), None) == expected


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Q3 2027", D(2027, 7, 1), D(2027, 9, 30)),
    ("q1/27", D(2027, 1, 1), D(2027, 3, 31)),
    ("2027 Q4", D(2027, 10, 1), D(2027, 12, 31)),
    ("H2 2027", D(2027, 7, 1), D(2027, 12, 31)),
    ("H1-2028", D(2028, 1, 1), D(2028, 6, 30)),
    ("Mar 2027", D(2027, 3, 1), D(2027, 3, 31)),
    ("Februar 2028", D(2028, 2, 1), D(2028, 2, 29)),
    ("2027-11", D(2027, 11, 1), D(2027, 11, 30)),
    ("FY27 Q1", D(2027, 1, 1), D(2027, 3, 31)),  # calendar fiscal year
])
def test_periods_start_on_their_first_day_and_end_on_their_last(
        text: str, first: dt.date, last: dt.date) -> None:
    reading = read_date(text)
    assert resolve(reading, None) == first
    assert resolve(reading, None, end=True) == last


def test_fiscal_quarters_follow_the_roadmaps_fiscal_year() -> None:
    # Fiscal year 2027 starts in April 2026 and is named after the year it ends in.
    assert read_period("fy27 q1", 4) == (D(2026, 4, 1), D(2026, 6, 30))
    assert read_period("q4 fy2027", 4) == (D(2027, 1, 1), D(2027, 3, 31))
    assert read_period("fy2027 h2", 7) == (D(2027, 1, 1), D(2027, 6, 30))
    assert read_period("fy27", 10) == (D(2026, 10, 1), D(2027, 9, 30))
    assert read_period("q3 2027", 4) == (D(2027, 7, 1), D(2027, 9, 30))  # no FY: calendar


def test_a_sheet_of_periods_uses_the_roadmaps_fiscal_year(tmp_path: Path) -> None:
    doc = Document.in_memory(fiscal_year_start_month=4)
    path = tmp_path / "plan.csv"
    path.write_text("Title,Start,End,Budget\nA,FY28 Q1,FY28 H1,1e6\n"
                    "B,2027-01-01T09:00:00,Q3 2027,1.2m\n", encoding="utf-8")
    plan = build_plan(doc, read_sheet(path))
    assert plan.ok, plan.report()
    apply_plan(doc, plan)
    a, b = doc.all(Initiative)
    assert (a.start, a.end, a.budget) == (D(2027, 4, 1), D(2027, 9, 30), 1_000_000)
    assert (b.start, b.end, b.budget) == (D(2027, 1, 1), D(2027, 9, 30), 1_200_000)


def test_ambiguous_dates_are_refused_by_row_until_the_order_is_chosen(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("Title,Start,End\nA,03/04/2027,05/06/2027\nB,01/02/2027,02/03/2027\n",
                    encoding="utf-8")
    doc = Document.in_memory()
    plan = build_plan(doc, read_sheet(path))
    assert [row.number for row in plan.bad_rows] == [2, 3]
    assert "'03/04/2027' is ambiguous: 3 April 2027 (day first) or 4 March 2027" in \
        plan.bad_rows[0].problems[0].message
    chosen = build_plan(doc, read_sheet(path), ImportOptions(date_order=DateOrder.MONTH_FIRST))
    assert chosen.ok and chosen.rows[0].fields["start"] == D(2027, 3, 4)


@pytest.mark.parametrize(("text", "amount"), [
    ("1e6", 1_000_000), ("2.5e5", 250_000), ("€1.2m", 1_200_000), ("1,200,000", 1_200_000),
    ("1.200.000", 1_200_000), ("250k", 250_000), ("EUR 5 000", 5_000), ("$ 1,5 Mio.", 1_500_000),
    ("1.2 million", 1_200_000), ("300 Tsd", 300_000), ("2 Mrd", 2_000_000_000),
    ("1,234.56", 1235), ("(20k)", -20_000), ("£750", 750), ("1 200 000 euros", 1_200_000),
])
def test_amounts_with_signs_separators_and_suffixes(text: str, amount: int) -> None:
    assert parse_budget(text) == amount


@pytest.mark.parametrize("text", ["1e", "e6", "1.2.3m", "about 5k"])
def test_amount_nonsense_says_what_would_be_accepted(text: str) -> None:
    accepted = re.escape("write it like 1200000, 1,200,000, €1.2m, 250k or 1e6")
    with pytest.raises(ValueError, match=accepted):
        parse_budget(text)
