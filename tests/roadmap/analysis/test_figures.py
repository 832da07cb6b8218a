"""Budget shares at their edges: no budget at all, and a budget of one unit.

The executive summary prints these percentages; an empty roadmap must show
0 %, not crash or claim 100 %.
"""

from __future__ import annotations

from roadmap.model.enums import JourneyStage, Status
from tests.roadmap.rules_builder import RoadmapBuilder


def test_a_roadmap_without_budget_has_zero_shares() -> None:
    b = RoadmapBuilder()
    b.initiative("Unfunded", budget=None)
    figures = b.analyse().figures
    assert figures.business_led_share == 0.0 and figures.it_alone_share == 0.0


def test_a_budget_of_one_is_all_business_led_or_all_it_alone() -> None:
    b = RoadmapBuilder()
    b.initiative("Tiny", budget=1)
    assert b.analyse().figures.business_led_share == 100.0
    it = RoadmapBuilder()
    it.initiative("Tiny server", budget=1, lead=it.it, owner_id=it.techie, sponsor_id=None)
    figures = it.analyse().figures
    assert (figures.business_led_share, figures.it_alone_share) == (0.0, 100.0)


def test_the_currency_is_the_roadmaps_or_eur() -> None:
    assert RoadmapBuilder(currency="USD").analyse().figures.currency == "USD"
    assert RoadmapBuilder().analyse().figures.currency == "EUR"


def test_budget_by_lead_department_names_and_colours_each_lead() -> None:
    b = RoadmapBuilder()
    marketing = b.doc.departments.create(name="Marketing", colour="#228833").rows[-1].key
    b.initiative("Campaign A", budget=100, lead=marketing)
    b.initiative("Campaign B", budget=100, lead=marketing)
    b.initiative("Shop", budget=200)
    b.initiative("Loose end", budget=50, lead=None, owner_id=None, sponsor_id=None)
    rows = b.analyse().figures.by_lead_department
    # Same budget: the lead of more initiatives comes first; no lead last, in grey.
    assert [(r.department_id, r.name, r.budget, r.count) for r in rows] == [
        (marketing, "Marketing", 200, 2), (b.sales, "Sales", 200, 1),
        (None, "No lead department", 50, 1)]
    assert rows[0].colour == "#228833"
    assert rows[-1].colour != rows[0].colour


def test_it_alone_work_without_budget_adds_nothing_and_stages_add_up() -> None:
    b = RoadmapBuilder()
    b.initiative("Server", budget=None, lead=b.it, owner_id=b.techie, sponsor_id=None)
    b.initiative("Checkout A", budget=300, journey_stage="cart_checkout")
    b.initiative("Checkout B", budget=200, journey_stage="cart_checkout")
    figures = b.analyse().figures
    assert figures.it_alone_budget == 0
    assert figures.budget_by_stage[JourneyStage.CART_CHECKOUT] == 500


def test_it_bottleneck_is_the_live_work_waiting_for_it_alone_work() -> None:
    b = RoadmapBuilder()
    server = b.initiative("Server", lead=b.it, owner_id=b.techie, sponsor_id=None)
    shop = b.initiative("Shop")
    app = b.initiative("App")
    dropped = b.initiative("Dropped", status=Status.CANCELLED)
    unrelated = b.initiative("Indirect")
    b.depends(shop, server)
    b.depends(app, shop)
    b.depends(dropped, server)
    b.depends(unrelated, app)
    b.depends(b.initiative("Elsewhere"), b.initiative("Base"))  # not downstream of IT
    assert b.analyse().figures.it_bottleneck == (shop, app, unrelated)
