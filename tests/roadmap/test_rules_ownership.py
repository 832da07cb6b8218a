"""Rules CR100-CR107: each fires on its flaw and stays quiet on a clean initiative."""

from __future__ import annotations

import pytest

from roadmap.model.enums import (
    BenefitArea,
    MeasureKind,
    Role,
    Severity,
    Sourcing,
    Status,
    VendorCategory,
)

from .rules_builder import RoadmapBuilder, codes, only


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def test_clean_initiative_has_no_finding(b: RoadmapBuilder) -> None:
    b.initiative("Checkout")
    analysis = b.analyse()
    assert analysis.findings == []
    assert analysis.warnings == ()


# --- CR100 -----------------------------------------------------------------------


def test_cr100_fires_without_department_and_owner(b: RoadmapBuilder) -> None:
    key = b.initiative("Orphan", lead=None, owner_id=None)
    finding = only(b.analyse(), "CR100")
    assert finding.subject == f"initiative:{key}"
    assert finding.severity is Severity.HIGH
    assert "Sales should lead it" in finding.suggestion


def test_cr100_quiet_with_an_owner_only(b: RoadmapBuilder) -> None:
    b.initiative("Owned", lead=None)
    assert "CR100" not in codes(b.analyse())


def test_cr100_quiet_with_a_department_only(b: RoadmapBuilder) -> None:
    b.initiative("Led", owner_id=None)
    assert "CR100" not in codes(b.analyse())


def test_cr100_counts_a_sponsor_as_no_owner(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored only", lead=None, owner_id=None, sponsor_id=b.chief)
    assert "CR100" in codes(b.analyse())


# --- CR101: every path both ways ---------------------------------------------------


def test_cr101_fires_when_only_an_it_department_takes_part(b: RoadmapBuilder) -> None:
    key = b.initiative("Site", lead=None, owner_id=None, sponsor_id=None)
    b.role(key, b.it, Role.CONTRIBUTOR)
    analysis = b.analyse()
    finding = only(analysis, "CR101")
    assert finding.title == "IT alone"
    assert "Sales should lead it" in finding.suggestion
    assert analysis.it_alone == {key}


def test_cr101_quiet_when_a_business_department_contributes(b: RoadmapBuilder) -> None:
    key = b.initiative("Site", lead=b.it, owner_id=None, sponsor_id=None)
    b.role(key, b.sales, Role.CONTRIBUTOR)
    analysis = b.analyse()
    assert "CR101" not in codes(analysis)
    assert analysis.it_alone == set()


def test_cr101_quiet_when_a_business_department_leads(b: RoadmapBuilder) -> None:
    key = b.initiative("Site", owner_id=None, sponsor_id=None)
    b.role(key, b.it, Role.CONTRIBUTOR)
    assert "CR101" not in codes(b.analyse())


def test_cr101_business_enabler_is_not_ownership(b: RoadmapBuilder) -> None:
    key = b.initiative("Site", lead=b.it, owner_id=None, sponsor_id=None)
    b.role(key, b.sales, Role.ENABLER)
    finding = only(b.analyse(), "CR101")
    assert "Sales only enables" in finding.message


def test_cr101_fires_for_an_it_owner_alone(b: RoadmapBuilder) -> None:
    b.initiative("Platform", lead=None, owner_id=b.techie, sponsor_id=None)
    assert "CR101" in codes(b.analyse())


def test_cr101_it_owner_with_business_contributor_is_quiet(b: RoadmapBuilder) -> None:
    key = b.initiative("Platform", lead=None, owner_id=b.techie, sponsor_id=None)
    b.role(key, b.sales, Role.CONTRIBUTOR)
    assert "CR101" not in codes(b.analyse())


def test_cr101_business_owner_counts_as_lead(b: RoadmapBuilder) -> None:
    key = b.initiative("Platform", lead=None, owner_id=b.seller, sponsor_id=None)
    b.role(key, b.it, Role.CONTRIBUTOR)
    assert "CR101" not in codes(b.analyse())


def test_cr101_business_sponsor_counts_as_contributor(b: RoadmapBuilder) -> None:
    b.initiative("Platform", lead=b.it, owner_id=None, sponsor_id=b.chief)
    assert "CR101" not in codes(b.analyse())


def test_cr101_it_sponsor_is_an_it_person(b: RoadmapBuilder) -> None:
    nobody = b.person("No Department")
    b.initiative("Platform", lead=None, owner_id=nobody, sponsor_id=b.techie)
    assert "CR101" in codes(b.analyse())


def test_cr101_it_owner_with_business_enabler_fires(b: RoadmapBuilder) -> None:
    key = b.initiative("Platform", lead=None, owner_id=b.techie, sponsor_id=None)
    b.role(key, b.sales, Role.ENABLER)
    assert "CR101" in codes(b.analyse())


def test_cr101_needs_it_to_be_involved(b: RoadmapBuilder) -> None:
    key = b.initiative("Nobody from IT", lead=None, owner_id=None, sponsor_id=None)
    b.role(key, b.sales, Role.ENABLER)
    assert "CR101" not in codes(b.analyse())


def test_cr101_skips_done_work_but_it_alone_still_lists_it(b: RoadmapBuilder) -> None:
    key = b.initiative("Old site", lead=b.it, owner_id=None, sponsor_id=None,
                       status=Status.DONE)
    analysis = b.analyse()
    assert "CR101" not in codes(analysis)
    assert analysis.it_alone == {key}


def test_cr101_suggests_by_benefit_area(b: RoadmapBuilder) -> None:
    b.department("Customer Service", areas=(BenefitArea.CUSTOMER_SERVICE,))
    b.initiative("Chatbot", lead=b.it, owner_id=None, sponsor_id=None,
                 benefit_area=BenefitArea.CUSTOMER_SERVICE)
    assert only(b.analyse(), "CR101").suggestion.startswith("Customer Service should lead")


def test_cr101_says_when_no_department_drives_the_area(b: RoadmapBuilder) -> None:
    b.initiative("Returns", lead=b.it, owner_id=None, sponsor_id=None,
                 benefit_area=BenefitArea.OPERATIONS)
    assert "No department drives Operations" in only(b.analyse(), "CR101").suggestion


# --- CR102 -------------------------------------------------------------------------


def test_cr102_fires_when_it_leads_sales_work(b: RoadmapBuilder) -> None:
    key = b.initiative("Search", lead=b.it)
    finding = only(b.analyse(), "CR102")
    assert finding.initiative_ids == (key,)
    assert "IT leads 'Search' whose benefit is Sales" in finding.message


def test_cr102_fires_when_the_accountable_owner_is_it(b: RoadmapBuilder) -> None:
    b.initiative("Search", owner_id=b.techie)
    assert "CR102" in codes(b.analyse())


def test_cr102_quiet_for_infrastructure(b: RoadmapBuilder) -> None:
    b.initiative("Hosting", lead=b.it, benefit_area=BenefitArea.INFRASTRUCTURE)
    assert "CR102" not in codes(b.analyse())


def test_cr102_quiet_when_it_only_contributes(b: RoadmapBuilder) -> None:
    key = b.initiative("Search")
    b.role(key, b.it, Role.CONTRIBUTOR)
    assert "CR102" not in codes(b.analyse())


# --- CR103, CR104 ---------------------------------------------------------------------


def test_cr103_fires_without_sponsor_and_names_a_sponsor(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored")
    b.initiative("Unsponsored", sponsor_id=None)
    finding = only(b.analyse(), "CR103")
    assert "Cleo Chief" in finding.suggestion
    assert finding.severity is Severity.MEDIUM


def test_cr103_quiet_with_sponsor(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored")
    assert "CR103" not in codes(b.analyse())


@pytest.mark.parametrize("budget", [None, 0])
def test_cr104_fires_without_budget(b: RoadmapBuilder, budget: int | None) -> None:
    b.initiative("Free", budget=budget)
    assert "Cleo Chief" in only(b.analyse(), "CR104").suggestion


def test_cr104_quiet_with_budget_and_for_cancelled_work(b: RoadmapBuilder) -> None:
    b.initiative("Paid", budget=1)
    b.initiative("Dropped", budget=None, status=Status.CANCELLED)
    assert "CR104" not in codes(b.analyse())


# --- CR105 ---------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "text"), [
    (MeasureKind.TRAFFIC, "Visits +20%"),
    (MeasureKind.NONE, "Something"),
    (MeasureKind.REVENUE, "   "),
])
def test_cr105_fires_for_traffic_none_or_empty(b: RoadmapBuilder, kind: MeasureKind,
                                               text: str) -> None:
    b.initiative("Measured", measure_kind=kind, success_measure=text)
    finding = only(b.analyse(), "CR105")
    assert "revenue" in finding.suggestion.lower()


@pytest.mark.parametrize("kind", [MeasureKind.REVENUE, MeasureKind.COST_SAVING,
                                  MeasureKind.SATISFACTION])
def test_cr105_quiet_for_return_measures(b: RoadmapBuilder, kind: MeasureKind) -> None:
    b.initiative("Measured", measure_kind=kind)
    assert "CR105" not in codes(b.analyse())


def test_cr105_traffic_message_says_visits_are_not_success(b: RoadmapBuilder) -> None:
    b.initiative("Visits", measure_kind=MeasureKind.TRAFFIC)
    assert "site visits are not a success measure" in only(b.analyse(), "CR105").message


# --- CR106 ---------------------------------------------------------------------------


def test_cr106_names_the_roadmaps_vendors_of_the_category(b: RoadmapBuilder) -> None:
    b.vendor("Salesforce", VendorCategory.CRM)
    b.vendor("HubSpot", VendorCategory.CRM)
    b.vendor("DHL", VendorCategory.LOGISTICS)
    b.initiative("Own CRM", sourcing=Sourcing.BUILD, capability=VendorCategory.CRM)
    finding = only(b.analyse(), "CR106")
    assert "Salesforce or HubSpot" in finding.suggestion
    assert "DHL" not in finding.suggestion
    assert "builds its own CRM" in finding.message


def test_cr106_says_the_market_sells_it_when_no_vendor_is_known(b: RoadmapBuilder) -> None:
    b.initiative("Own shop", sourcing=Sourcing.BUILD,
                 capability=VendorCategory.COMMERCE_PLATFORM)
    assert "the market sells" in only(b.analyse(), "CR106").suggestion
    assert "Shopify" in only(b.analyse(), "CR106").suggestion


@pytest.mark.parametrize(("sourcing", "capability"), [
    (Sourcing.BUY, VendorCategory.CRM),
    (Sourcing.PARTNER, VendorCategory.PAYMENTS),
    (Sourcing.BUILD, VendorCategory.LOGISTICS),
    (Sourcing.BUILD, None),
])
def test_cr106_quiet_otherwise(b: RoadmapBuilder, sourcing: Sourcing,
                               capability: VendorCategory | None) -> None:
    b.initiative("Sourced", sourcing=sourcing, capability=capability)
    assert "CR106" not in codes(b.analyse())


# --- CR107 ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "  "])
def test_cr107_fires_for_customer_facing_without_value(b: RoadmapBuilder, value: str) -> None:
    b.initiative("Facing", customer_value=value)
    assert only(b.analyse(), "CR107").severity is Severity.LOW


def test_cr107_quiet_when_not_customer_facing(b: RoadmapBuilder) -> None:
    b.initiative("Back office", customer_facing=False, customer_value="")
    assert "CR107" not in codes(b.analyse())


# --- switches and closed work ---------------------------------------------------------


def test_rule_can_be_switched_off_and_on(b: RoadmapBuilder) -> None:
    b.initiative("Free", budget=None)
    b.doc.settings.put("rules.CR104.enabled", "no")
    assert "CR104" not in codes(b.analyse())
    b.doc.settings.put("rules.CR104.enabled", "yes")
    assert "CR104" in codes(b.analyse())


def test_unreadable_switch_warns_and_keeps_the_rule(b: RoadmapBuilder) -> None:
    b.initiative("Free", budget=None)
    b.doc.settings.put("rules.CR104.enabled", "perhaps")
    analysis = b.analyse()
    assert "CR104" in codes(analysis)
    assert analysis.warnings == (
        "setting rules.CR104.enabled: 'perhaps' is not yes or no; using yes",)


def test_done_and_cancelled_work_skip_ownership_rules(b: RoadmapBuilder) -> None:
    for status in (Status.DONE, Status.CANCELLED):
        b.initiative(f"Closed {status}", status=status, lead=None, owner_id=None,
                     sponsor_id=None,
                     budget=None, measure_kind=MeasureKind.TRAFFIC, sourcing=Sourcing.BUILD,
                     capability=VendorCategory.CRM, customer_value="")
    assert b.analyse().findings == []
