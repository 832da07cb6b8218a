"""Rules CR301-CR303: overloaded owners, contracts ending early, vendor concentration."""

from __future__ import annotations

import pytest

from roadmap.analysis.portfolio import peak_overlap
from roadmap.model.enums import Severity, Status, VendorCategory

from .rules_builder import D, RoadmapBuilder, codes, only


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


# --- CR301 ---------------------------------------------------------------------------


def test_peak_overlap_counts_inclusive_days() -> None:
    spans = [(1, D(2027, 1, 1), D(2027, 1, 31)), (2, D(2027, 1, 31), D(2027, 2, 28)),
             (3, D(2027, 2, 1), D(2027, 2, 2))]
    assert peak_overlap(spans) == (2, D(2027, 1, 31))
    assert peak_overlap([]) == (0, None)


def test_peak_overlap_frees_the_day_after_an_end() -> None:
    spans = [(1, D(2027, 1, 1), D(2027, 1, 31)), (2, D(2027, 2, 1), D(2027, 2, 28))]
    assert peak_overlap(spans)[0] == 1


def overlapping(b: RoadmapBuilder, n: int, owner: int, **fields: object) -> list[int]:
    return [
        b.initiative(f"Work {k}", owner_id=owner, start=D(2027, 1, 1 + k), end=D(2027, 6, 30),
                     **fields)
        for k in range(n)
    ]


def test_cr301_fires_above_three_overlapping(b: RoadmapBuilder) -> None:
    keys = overlapping(b, 4, b.seller)
    finding = only(b.analyse(), "CR301")
    assert finding.subject == f"owner:{b.seller}"
    assert finding.severity is Severity.LOW
    assert finding.initiative_ids == tuple(keys)
    assert "Sam Seller is accountable for 4 initiatives at once on 2027-01-04" in finding.message
    assert "Hand 'Work 3' to another accountable owner" in finding.suggestion


def test_cr301_quiet_at_three_or_in_sequence(b: RoadmapBuilder) -> None:
    overlapping(b, 3, b.seller)
    for k in range(5):  # one after the other: never more than one at once
        b.initiative(f"Step {k}", owner_id=b.chief, start=D(2027, 1 + 2 * k, 1),
                     end=D(2027, 2 + 2 * k, 1))
    assert "CR301" not in codes(b.analyse())


def test_cr301_ignores_closed_and_undated_work(b: RoadmapBuilder) -> None:
    overlapping(b, 3, b.seller)
    b.initiative("Done", owner_id=b.seller, status=Status.DONE)
    b.initiative("Dropped", owner_id=b.seller, status=Status.CANCELLED)
    b.initiative("Idea", owner_id=b.seller, start=None, end=None, bucket="later")
    assert "CR301" not in codes(b.analyse())


def test_cr301_threshold_comes_from_settings(b: RoadmapBuilder) -> None:
    overlapping(b, 3, b.seller)
    b.doc.settings.put("CR301.max_overlapping", 2)
    assert "more than 2" in only(b.analyse(), "CR301").message
    b.doc.settings.put("CR301.max_overlapping", "zero")
    analysis = b.analyse()
    assert "CR301" not in codes(analysis)
    assert analysis.warnings == (
        "setting CR301.max_overlapping: 'zero' is not a whole number; using 3",)


# --- CR302 ---------------------------------------------------------------------------


def test_cr302_fires_when_the_contract_ends_first(b: RoadmapBuilder) -> None:
    dhl = b.vendor("DHL", VendorCategory.LOGISTICS, contract_end=D(2027, 6, 30))
    late = b.initiative("Returns portal", start=D(2027, 3, 1), end=D(2027, 9, 29))
    early = b.initiative("Labels", start=D(2027, 1, 1), end=D(2027, 6, 30))
    for key in (late, early):
        b.doc.vendor_uses.link(key, dhl)
    finding = only(b.analyse(), "CR302")
    assert finding.subject == f"vendor:{dhl}"
    assert finding.initiative_ids == (late,)
    assert "DHL's contract ends 2027-06-30, before 'Returns portal'" in finding.message
    assert "to at least 2027-09-29" in finding.suggestion


def test_cr302_quiet_without_contract_end_or_for_closed_work(b: RoadmapBuilder) -> None:
    open_ended = b.vendor("Open", contract_end=None)
    short = b.vendor("Short", contract_end=D(2027, 1, 31))
    done = b.initiative("Done", status=Status.DONE)
    live = b.initiative("Live")
    b.doc.vendor_uses.link(live, open_ended)
    b.doc.vendor_uses.link(done, short)
    assert "CR302" not in codes(b.analyse())


# --- CR303 ---------------------------------------------------------------------------


def test_cr303_splits_budgets_equally_among_vendors(b: RoadmapBuilder) -> None:
    big = b.vendor("BigShop", VendorCategory.COMMERCE_PLATFORM)
    other = b.vendor("OtherShop", VendorCategory.COMMERCE_PLATFORM)
    pay = b.vendor("Pay", VendorCategory.PAYMENTS)
    a = b.initiative("Storefront", budget=500_000)
    c = b.initiative("Checkout", budget=300_000)
    d = b.initiative("Wallet", budget=200_000)
    b.doc.vendor_uses.link(a, big)
    b.doc.vendor_uses.link(c, big)
    b.doc.vendor_uses.link(c, pay)
    b.doc.vendor_uses.link(d, other)
    # BigShop: 500k + 150k = 65% of 1,000k; Pay 15%; OtherShop 20%.
    finding = only(b.analyse(), "CR303")
    assert finding.subject == f"vendor:{big}"
    assert finding.initiative_ids == (a, c)
    assert "BigShop carries 65% of the EUR 1,000,000" in finding.message
    assert "OtherShop already on the roadmap" in finding.suggestion


def test_cr303_threshold_and_cancelled_budgets(b: RoadmapBuilder) -> None:
    one = b.vendor("One")
    two = b.vendor("Two")
    a = b.initiative("A", budget=350_000)
    c = b.initiative("C", budget=650_000)
    gone = b.initiative("Gone", budget=5_000_000, status=Status.CANCELLED)
    b.doc.vendor_uses.link(a, one)
    b.doc.vendor_uses.link(c, two)
    b.doc.vendor_uses.link(gone, one)
    assert only(b.analyse(), "CR303").subject == f"vendor:{two}"  # 65% > 40%, One 35%
    b.doc.settings.put("CR303.max_share_percent", 70)
    assert "CR303" not in codes(b.analyse())


def test_cr303_quiet_without_vendor_budget(b: RoadmapBuilder) -> None:
    v = b.vendor("Free")
    key = b.initiative("No money", budget=None)
    b.doc.vendor_uses.link(key, v)
    assert "CR303" not in codes(b.analyse())
