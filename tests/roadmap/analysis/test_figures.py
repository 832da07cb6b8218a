"""Budget shares at their edges: no budget at all, and a budget of one unit.

The executive summary prints these percentages; an empty roadmap must show
0 %, not crash or claim 100 %.
"""

from __future__ import annotations

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
