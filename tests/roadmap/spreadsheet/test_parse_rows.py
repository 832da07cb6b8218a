"""Column-by-column parsing: a repeated value is parsed once but reported on every row."""

from __future__ import annotations

import gc

from roadmap.services.document import Document
from roadmap.spreadsheet import build_plan
from roadmap.spreadsheet.gcpause import paused_gc
from roadmap.spreadsheet.reading import Sheet


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
