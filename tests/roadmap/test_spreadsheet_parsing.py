"""Spreadsheet cells, headers and dates: the small parsers the importer is built from."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.spreadsheet import cells
from roadmap.spreadsheet.columns import column_letter, map_columns, match_header
from roadmap.spreadsheet.dates import DateOrder, decide_order, read_date, resolve


@pytest.mark.parametrize(("header", "key"), [
    ("Title", "title"), ("Project", "title"), ("Initiative name", "title"),
    ("Start date", "start"), ("From", "start"), ("Begin", "start"),
    ("Due", "end"), ("Finish", "end"), ("To", "end"), ("End_Date", "end"),
    ("Budget (EUR)", "budget"), ("Cost", "budget"),
    ("Lead", "departments"), ("Teams", "departments"),
    ("DRI", "owner"), ("Accountable", "owner"),
    ("Executive sponsor", "sponsor"), ("Predecessors", "depends_on"),
    ("Dependencies", "depends_on"), ("Suppliers", "vendors"), ("\ufeffTitle", "title"),
    ("Customer-facing", "customer_facing"), ("Notes about it", None),
])
def test_headers_match_by_synonym(header: str, key: str | None) -> None:
    assert match_header(header) == key


def test_user_mapping_overrides_and_ignores() -> None:
    headers = ["Project", "Kick-off", "Go live", "Cost"]
    auto = map_columns(headers)
    assert auto.by_key == {"title": 0, "budget": 3}
    assert auto.ignored == [1, 2]
    mapped = map_columns(headers, {"Kick-off": "start", 2: "end", "D": None})
    assert mapped.by_key == {"title": 0, "start": 1, "end": 2}
    assert mapped.ignored == [3]
    assert mapped.describe("start") == "'Kick-off' (B)"


def test_mapping_a_field_to_a_column_takes_it_from_the_automatic_match() -> None:
    mapped = map_columns(["Name", "Title"], {"Title": "title"})
    assert mapped.by_key == {"title": 1}


def test_a_field_claimed_twice_keeps_the_first_column_and_says_so() -> None:
    mapped = map_columns(["Start", "Start date"])
    assert mapped.by_key == {"start": 0}
    assert "ignoring it" in mapped.notes[0]


def test_unknown_override_is_refused() -> None:
    with pytest.raises(KeyError, match="unknown field"):
        map_columns(["Title"], {"Title": "colour"})
    with pytest.raises(KeyError, match="no column"):
        map_columns(["Title"], {"Nope": "title"})


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == \
        ["A", "Z", "AA", "AB", "ZZ", "AAA"]


@pytest.mark.parametrize(("text", "amount"), [
    ("1200000", 1_200_000), ("1,200,000", 1_200_000), ("1.200.000", 1_200_000),
    ("€1.2m", 1_200_000), ("250k", 250_000), ("EUR 5 000", 5_000), ("1,5m", 1_500_000),
    ("12.345,67", 12_346), ("$2bn", 2_000_000_000), ("1 200 000 €", 1_200_000),
    ("1.5 mio", 1_500_000), ("", None), (None, None), (3000, 3000), (2500.4, 2500),
])
def test_budgets_in_common_forms(text: object, amount: int | None) -> None:
    assert cells.parse_budget(text) == amount


@pytest.mark.parametrize("text", ["abc", "1.2.3", "12k€x", "1,23,4"])
def test_budget_nonsense_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="amount"):
        cells.parse_budget(text)


@pytest.mark.parametrize("text", [
    "=1+2", "+33 1 23", "-5% returns", "@SUM(A1)", "\tTab", "\rCR", "'=already quoted",
    "''=twice", "'Tis the season", "plain", "",
])
def test_neutralise_then_restore_is_identity(text: str) -> None:
    safe = cells.neutralise(text)
    assert not safe.startswith(cells.DANGEROUS_START)
    assert cells.restore(safe) == text


def test_restore_leaves_ordinary_apostrophes() -> None:
    assert cells.restore("'Tis") == "'Tis"
    assert cells.restore("'=x") == "=x"


def test_lists_departments_and_milestones() -> None:
    assert cells.split_list("Shopify;  Adyen ;; ") == ["Shopify", "Adyen"]
    assert cells.split_list(cells.join_list(["R;D", "IT"])) == ["R;D", "IT"]
    assert cells.parse_department("Marketing (lead)") == ("Marketing", "lead")
    assert cells.parse_department("R&D (EU) (enabler)") == ("R&D (EU)", "enabler")
    assert cells.parse_department("IT") == ("IT", None)
    assert cells.split_milestone("Go-live 2027-06-30") == ("Go-live", "2027-06-30")
    assert cells.split_milestone("Go-live: 30 Jun 2027") == ("Go-live", "30 Jun 2027")
    assert cells.split_milestone("Pilot (01/03/2027)") == ("Pilot", "01/03/2027")
    assert cells.split_milestone("Pilot") == ("Pilot", "")


@pytest.mark.parametrize(("value", "date"), [
    ("2027-03-01", dt.date(2027, 3, 1)), ("2027/3/1", dt.date(2027, 3, 1)),
    ("2027-03-01 00:00:00", dt.date(2027, 3, 1)), ("1 Mar 2027", dt.date(2027, 3, 1)),
    ("March 1, 2027", dt.date(2027, 3, 1)), ("1-Mar-27", dt.date(2027, 3, 1)),
    ("25/03/2027", dt.date(2027, 3, 25)), ("03/25/2027", dt.date(2027, 3, 25)),
    ("05.05.2027", dt.date(2027, 5, 5)), (dt.datetime(2027, 3, 1, 12), dt.date(2027, 3, 1)),
    (dt.date(2027, 3, 1), dt.date(2027, 3, 1)), (46447, dt.date(2027, 3, 1)),
])
def test_unambiguous_dates(value: object, date: dt.date) -> None:
    assert resolve(read_date(value), None) == date


def test_ambiguous_date_is_reported_not_guessed() -> None:
    reading = read_date("03/04/2027")
    assert reading.ambiguous
    with pytest.raises(ValueError, match=r"ambiguous: 3 April 2027 .* or 4 March 2027"):
        resolve(reading, None)
    assert resolve(reading, DateOrder.DAY_FIRST) == dt.date(2027, 4, 3)
    assert resolve(reading, DateOrder.MONTH_FIRST) == dt.date(2027, 3, 4)


def test_order_is_decided_by_unambiguous_values_and_contradictions_reported() -> None:
    readings = [read_date(t) for t in ("03/04/2027", "25/03/2027", "30/06/2027", "12/31/2027")]
    order, against = decide_order(readings)
    assert order is DateOrder.DAY_FIRST
    assert [r.text for r in against] == ["12/31/2027"]
    with pytest.raises(ValueError, match="cannot be read day-first"):
        resolve(against[0], order)
    assert decide_order([read_date("03/04/2027")]) == (None, [])


@pytest.mark.parametrize("text", ["31/31/2027", "2027-02-30", "soon", "Q5 2027", "H3 2027",
                                  "12"])
def test_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="not a"):
        read_date(text)


@given(st.text(alphabet=st.sampled_from(["a", "B", " ", ";", "\\", "\t", "é", "\n"]),
               max_size=30))
@settings(max_examples=300, deadline=None, database=None, derandomize=True)
def test_a_list_cell_splits_as_the_escaping_pattern_says(text: str) -> None:
    by_pattern = [part.strip().replace("\\;", ";") for part in cells._SPLIT.split(text)
                  if part.strip()]
    assert cells.split_list(text) == by_pattern
