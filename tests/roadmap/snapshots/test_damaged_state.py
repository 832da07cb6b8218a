"""A snapshot whose tables were tampered with reads as one PayloadError, never a crash."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from roadmap.samples.bundled import build_sample
from roadmap.services.snapshots import capture_rows
from roadmap.snapshots.payload import finding_records
from roadmap.snapshots.state import PayloadError, build_state


@pytest.fixture(scope="module")
def captured() -> tuple[dict[str, Any], list[Any]]:
    """The sample's tables and findings as a snapshot keeps them."""
    from roadmap.analysis.engine import analyse

    doc = build_sample()
    try:
        return capture_rows(doc), finding_records(analyse(doc))
    finally:
        doc.close()


def _set(tables: dict[str, Any], table: str, column: str, value: Any) -> dict[str, Any]:
    """A copy of `tables` with `column` of the first row of `table` set to `value`."""
    tables = copy.deepcopy(tables)
    entry = tables[table]
    entry["rows"][0][entry["columns"].index(column)] = value
    return tables


def test_the_untouched_capture_reads_back(captured: tuple[dict[str, Any], list[Any]]) -> None:
    tables, findings = captured
    state = build_state("Board", None, tables, findings, {})
    assert len(state.initiatives) == len(tables["initiative"]["rows"])
    assert state.currency == "EUR"
    assert any(f.accepted for f in state.findings.values())


@pytest.mark.parametrize(("table", "column", "value", "message"), [
    ("initiative", "title", 12, "is not text"),
    ("initiative", "id", "one", "is not a whole number"),
    ("initiative", "id", None, "is not a whole number"),
    ("initiative", "status", "someday", "is not a Status value"),
    ("initiative", "health", 3, "is not a Health value"),
    ("initiative", "start", "March", "Invalid isoformat"),
])
def test_a_tampered_value_is_one_payload_error(
        captured: tuple[dict[str, Any], list[Any]], table: str, column: str, value: Any,
        message: str) -> None:
    tables, findings = captured
    with pytest.raises(PayloadError, match=message):
        build_state("Board", None, _set(tables, table, column, value), findings, {})


def test_tampered_columns_rows_and_findings_are_refused(
        captured: tuple[dict[str, Any], list[Any]]) -> None:
    tables, findings = captured
    bad_columns = copy.deepcopy(tables)
    bad_columns["owner"]["columns"] = "id,name"
    with pytest.raises(PayloadError, match="the columns of owner do not read"):
        build_state("Board", None, bad_columns, findings, {})
    bad_rows = copy.deepcopy(tables)
    bad_rows["vendor"]["rows"] = {"id": 1}
    with pytest.raises(PayloadError, match="the rows of vendor do not read"):
        build_state("Board", None, bad_rows, findings, {})
    with pytest.raises(PayloadError, match="the findings do not read"):
        build_state("Board", None, tables, {"CR101": 1}, {})
    short = copy.deepcopy(tables)
    short["initiative"]["rows"][0] = short["initiative"]["rows"][0][:-1]
    with pytest.raises(PayloadError, match="ValueError"):
        build_state("Board", None, short, findings, {})


def test_missing_tables_read_as_empty_and_links_to_nothing_are_skipped(
        captured: tuple[dict[str, Any], list[Any]]) -> None:
    tables, findings = captured
    few = {name: tables[name] for name in ("initiative", "vendor_use", "participation")}
    state = build_state("Board", None, few, findings, {})
    # No departments, owners or vendors: no lead, no owner, no vendor names.
    assert all(i.lead == "" and i.owner == "" and i.vendors == ()
               for i in state.initiatives.values())
    assert state.decisions == () and state.currency == "EUR"
