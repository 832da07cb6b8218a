"""Portfolio rules at their edges: the peak day, who is handed off, which contract, which share.

CR301-CR303 count and compare; each test pins the case where a count off by
one, a wrong sort order or a forgotten filter gives a different verdict.
"""

from __future__ import annotations

import pytest

from roadmap.analysis.context import Context
from roadmap.analysis.portfolio import peak_overlap, vendor_budget_shares
from roadmap.analysis.registry import RULES
from roadmap.analysis.settings import read_settings
from roadmap.graph import build_graph
from roadmap.model.enums import Status, VendorCategory
from tests.roadmap.rules_builder import D, RoadmapBuilder, codes, only


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def test_peak_overlap_frees_exactly_one_slot_when_a_span_ends() -> None:
    spans = [(1, D(2027, 1, 1), D(2027, 1, 10)), (2, D(2027, 1, 5), D(2027, 2, 28)),
             (3, D(2027, 2, 1), D(2027, 2, 28)), (4, D(2027, 2, 10), D(2027, 2, 28))]
    assert peak_overlap(spans) == (3, D(2027, 2, 10))


def test_cr301_counts_an_initiative_ending_on_the_peak_day(b: RoadmapBuilder) -> None:
    b.doc.settings.put("CR301.max_overlapping", 1)
    first = b.initiative("First", start=D(2027, 1, 1), end=D(2027, 1, 31))
    second = b.initiative("Second", start=D(2027, 1, 31), end=D(2027, 2, 28))
    finding = only(b.analyse(), "CR301")
    assert finding.initiative_ids == (first, second)
    assert "accountable for 2 initiatives at once on 2027-01-31, more than 1" in finding.message


def test_cr301_hands_off_the_lowest_priority_work_and_skips_ideas(b: RoadmapBuilder) -> None:
    b.doc.settings.put("CR301.max_overlapping", 2)
    b.initiative("Vital", priority=1)
    b.initiative("Nice to have", priority=5)
    b.initiative("Useful", priority=3)
    b.initiative("Someday", start=None, end=None, bucket="later", priority=5)
    finding = only(b.analyse(), "CR301")
    assert finding.suggestion == (
        "Hand 'Nice to have' to another accountable owner, or stagger the dates.")
    assert len(finding.initiative_ids) == 3


def test_cr302_asks_to_renew_until_the_last_user_ends(b: RoadmapBuilder) -> None:
    shop = b.vendor("Shopify", VendorCategory.COMMERCE_PLATFORM, contract_end=D(2027, 6, 30))
    first = b.initiative("First", start=D(2027, 1, 1), end=D(2027, 9, 30))
    second = b.initiative("Second", start=D(2027, 1, 1), end=D(2027, 12, 31))
    for key in (first, second):
        b.doc.vendor_uses.link(key, shop)
    finding = only(b.analyse(), "CR302")
    assert "before 'First' or 'Second' that use it end." in finding.message
    assert "to at least 2027-12-31," in finding.suggestion


def test_cr302_one_user_reads_uses_and_ends(b: RoadmapBuilder) -> None:
    shop = b.vendor("Shopify", VendorCategory.COMMERCE_PLATFORM, contract_end=D(2027, 6, 30))
    b.doc.vendor_uses.link(b.initiative("Only", end=D(2027, 7, 1)), shop)
    assert only(b.analyse(), "CR302").message.endswith("before 'Only' that uses it ends.")


def test_cr303_a_share_equal_to_the_limit_is_allowed(b: RoadmapBuilder) -> None:
    b.doc.settings.put("CR303.max_share_percent", 50)
    for name in ("Adyen", "Stripe"):
        b.doc.vendor_uses.link(b.initiative(f"Pay with {name}"), b.vendor(name))
    assert "CR303" not in codes(b.analyse())


def test_cr303_lists_only_the_funded_live_work_using_the_vendor(b: RoadmapBuilder) -> None:
    adyen = b.vendor("Adyen", VendorCategory.PAYMENTS)
    stripe = b.vendor("Stripe", VendorCategory.PAYMENTS)
    live = b.initiative("Live", budget=900)
    dropped = b.initiative("Dropped", budget=500, status=Status.CANCELLED)
    unfunded = b.initiative("Unfunded", budget=0)
    other = b.initiative("Other", budget=100)
    for key in (live, dropped, unfunded):
        b.doc.vendor_uses.link(key, adyen)
    b.doc.vendor_uses.link(other, stripe)
    finding = only(b.analyse(), "CR303")
    assert finding.subject == f"vendor:{adyen}"
    assert finding.initiative_ids == (live,)
    assert "carries 90% of the EUR 1,000" in finding.message
    assert "consider Stripe already on the roadmap" in finding.suggestion


def test_vendor_shares_count_only_live_funded_work_that_uses_vendors(b: RoadmapBuilder) -> None:
    adyen, stripe = b.vendor("Adyen"), b.vendor("Stripe")
    b.initiative("No vendor", budget=5_000)
    dropped = b.initiative("Dropped", budget=9_000, status=Status.CANCELLED)
    unfunded = b.initiative("Unfunded", budget=0)
    one = b.initiative("One unit", budget=1)
    both = b.initiative("Both", budget=3)
    for key in (dropped, unfunded, one):
        b.doc.vendor_uses.link(key, adyen)
    b.doc.vendor_uses.link(both, adyen)
    b.doc.vendor_uses.link(both, stripe)
    ctx = Context.from_graph(build_graph(b.doc), D(2027, 1, 1), read_settings({}, list(RULES)))
    shares, total = vendor_budget_shares(ctx)
    assert total == 4.0
    assert shares == {adyen: pytest.approx(62.5), stripe: pytest.approx(37.5)}


def test_vendor_shares_without_funded_vendor_work_are_empty(b: RoadmapBuilder) -> None:
    b.doc.vendor_uses.link(b.initiative("Unfunded", budget=0), b.vendor("Adyen"))
    ctx = Context.from_graph(build_graph(b.doc), D(2027, 1, 1), read_settings({}, list(RULES)))
    assert vendor_budget_shares(ctx) == ({}, 0.0)
