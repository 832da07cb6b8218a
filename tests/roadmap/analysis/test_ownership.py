"""Ownership rules at their edges: the advice names the right people, departments and words.

Each test sets up the one situation where a slightly wrong rule would give
a different verdict or different advice (a boundary, a second candidate, a
missing department), so a change in the rules cannot go unnoticed.
"""

from __future__ import annotations

import pytest

from roadmap.model.enums import BenefitArea, MeasureKind, Role, Sourcing, VendorCategory
from tests.roadmap.rules_builder import RoadmapBuilder, codes, only


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def _suggestion(b: RoadmapBuilder, code: str) -> str:
    return only(b.analyse(), code).suggestion


# --- CR100 and who should lead --------------------------------------------------------


def test_cr100_without_benefit_area_lists_the_business_departments(b: RoadmapBuilder) -> None:
    b.department("Marketing")
    b.initiative("Stray", lead=None, owner_id=None, benefit_area=None)
    assert _suggestion(b, "CR100").endswith(
        "State its benefit area, then let the business department it serves lead "
        "(Sales or Marketing).")


def test_cr100_without_any_business_department_says_to_name_one() -> None:
    b = RoadmapBuilder()
    b.doc.departments.delete(b.sales)
    b.initiative("Stray", lead=None, owner_id=None, sponsor_id=None, benefit_area=None)
    assert _suggestion(b, "CR100").endswith(
        "State its benefit area and name the business department that benefits to lead it.")


def test_cr100_with_two_departments_driving_the_area_says_either_could_lead(
        b: RoadmapBuilder) -> None:
    b.department("Online", areas=(BenefitArea.SALES,))
    b.initiative("Stray", lead=None, owner_id=None)
    assert _suggestion(b, "CR100").endswith(
        "Sales or Online could lead it (benefit area Sales); IT advises and builds.")


def test_cr100_with_one_department_driving_the_area_says_it_should_lead(
        b: RoadmapBuilder) -> None:
    b.initiative("Stray", lead=None, owner_id=None)
    assert _suggestion(b, "CR100").endswith(
        "Sales should lead it (benefit area Sales); IT advises and builds.")


# --- CR101 -----------------------------------------------------------------------------


def test_cr101_names_business_enablers_but_not_it_enablers(b: RoadmapBuilder) -> None:
    ops = b.department("Operations")
    key = b.initiative("Data centre", lead=b.it, owner_id=b.techie, sponsor_id=None)
    b.role(key, ops, Role.ENABLER)
    infra = b.department("Infra", it=True)
    b.role(key, infra, Role.ENABLER)
    message = only(b.analyse(), "CR101").message
    assert "(Operations only enables, which is not ownership)" in message


# --- CR103 no sponsor: whom to ask ---------------------------------------------------------


def test_cr103_names_the_one_sponsor_of_the_lead_department(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored")
    b.initiative("Orphan", sponsor_id=None)
    assert _suggestion(b, "CR103") == (
        "Ask an executive of Sales to sponsor it, e.g. Cleo Chief, who already sponsors "
        "other work.")


def test_cr103_names_at_most_three_sponsors_in_the_plural(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored")
    for name in ("Dana Director", "Eli Exec", "Fay Founder"):
        b.initiative(f"Work of {name}", sponsor_id=b.person(name, b.sales))
    b.initiative("Orphan", sponsor_id=None)
    assert _suggestion(b, "CR103") == (
        "Ask an executive of Sales to sponsor it, e.g. Cleo Chief, Dana Director or "
        "Eli Exec, who already sponsor other work.")


def test_cr103_asks_the_lead_department_even_when_it_sponsors_nothing_yet(
        b: RoadmapBuilder) -> None:
    marketing = b.department("Marketing")
    b.initiative("Campaign", lead=marketing, sponsor_id=None)
    assert _suggestion(b, "CR103") == "Ask an executive of Marketing to sponsor it."


def test_cr103_ignores_a_sponsor_outside_any_department(b: RoadmapBuilder) -> None:
    b.initiative("Sponsored by a freelancer", sponsor_id=b.person("Free Lance"))
    b.initiative("Orphan", sponsor_id=None)
    assert "Free Lance" not in _suggestion(b, "CR103")


def test_cr103_without_a_business_home_asks_whoever_benefits(b: RoadmapBuilder) -> None:
    b.initiative("Back office", lead=b.it, owner_id=b.techie, sponsor_id=None,
                 benefit_area=BenefitArea.OPERATIONS)
    assert _suggestion(b, "CR103") == (
        "Ask the executive of the business department that benefits to sponsor it.")


def test_cr103_business_home_is_the_lead_before_the_benefit_area(b: RoadmapBuilder) -> None:
    # Marketing leads work whose benefit (sales) Sales drives: ask Marketing.
    marketing = b.department("Marketing")
    b.initiative("Launch", lead=marketing, sponsor_id=None)
    assert "of Marketing" in _suggestion(b, "CR103")


def test_cr103_business_home_is_the_first_department_driving_the_area(
        b: RoadmapBuilder) -> None:
    b.department("Online", areas=(BenefitArea.SALES,))
    b.initiative("Back office", lead=b.it, owner_id=b.techie, sponsor_id=None)
    assert "of Sales" in _suggestion(b, "CR103")


# --- CR104 no budget: with whom to agree it -------------------------------------------------


def test_cr104_agrees_the_budget_with_the_sponsor_first(b: RoadmapBuilder) -> None:
    b.initiative("Free lunch", budget=None)
    assert _suggestion(b, "CR104") == "Agree a budget with Cleo Chief and record it."


def test_cr104_without_sponsor_asks_the_business_home(b: RoadmapBuilder) -> None:
    marketing = b.department("Marketing")
    b.initiative("Free lunch", budget=0, sponsor_id=None, lead=marketing)
    assert _suggestion(b, "CR104") == "Agree a budget with Marketing and record it."


def test_cr104_with_nobody_to_ask_names_the_sponsor_to_be(b: RoadmapBuilder) -> None:
    b.initiative("Free lunch", budget=None, sponsor_id=None, lead=b.it, owner_id=b.techie,
                 benefit_area=BenefitArea.OPERATIONS)
    assert _suggestion(b, "CR104") == "Agree a budget with its executive sponsor and record it."


def test_cr104_a_budget_of_one_is_a_budget(b: RoadmapBuilder) -> None:
    b.initiative("Tiny", budget=1)
    assert "CR104" not in codes(b.analyse())


# --- CR105 --------------------------------------------------------------------------------


def test_cr105_a_blank_measure_with_a_return_kind_says_which_kind(b: RoadmapBuilder) -> None:
    b.initiative("Blank", measure_kind=MeasureKind.REVENUE, success_measure="   ")
    assert "states no success measure (kind Revenue / ROI)" in only(b.analyse(), "CR105").message


# --- CR106 --------------------------------------------------------------------------------


@pytest.mark.parametrize(("capability", "words"), [
    (VendorCategory.COMMERCE_PLATFORM, "builds its own commerce platform:"),
    (VendorCategory.EMAIL_MARKETING, "builds its own email marketing:"),
    (VendorCategory.CRM, "builds its own CRM:"),
])
def test_cr106_names_the_capability_in_running_text(
        b: RoadmapBuilder, capability: VendorCategory, words: str) -> None:
    b.initiative("Home-made", sourcing=Sourcing.BUILD, capability=capability)
    assert words in only(b.analyse(), "CR106").message
