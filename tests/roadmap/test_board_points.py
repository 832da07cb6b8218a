"""The summary's plain sentences: each one appears exactly when its figure calls for it."""

from __future__ import annotations

import datetime as dt

from roadmap.analysis import analyse
from roadmap.boardpack.export import _coverage
from roadmap.boardpack.facts import build_facts
from roadmap.boardpack.preflight import Preflight
from roadmap.boardpack.sections.summary import board_points
from roadmap.model.enums import JourneyStage
from roadmap.services.document import Document

from .rules_builder import RoadmapBuilder

TODAY = dt.date(2027, 2, 1)


def _points(doc: Document) -> list[str]:
    analysis = analyse(doc, today=TODAY)
    return board_points(build_facts(doc, analysis, TODAY, Preflight(_coverage())))


def test_a_business_led_chain_names_idle_departments_and_missing_stages() -> None:
    b = RoadmapBuilder()
    b.department("Legal")
    first = b.initiative("Checkout", journey_stage=JourneyStage.CART_CHECKOUT)
    second = b.initiative("Returns portal", journey_stage=JourneyStage.RETURNS)
    b.depends(second, first)
    points = _points(b.doc)
    assert not any("IT alone" in p for p in points)  # nothing is run by IT alone
    assert "Business departments lead 100% of the budget; departments drive, IT enables." \
        in points
    assert "The critical path runs through 2 initiatives, ending 31 Aug 2027." in points
    assert "No initiative involves: IT, Legal." in points
    stages = next(p for p in points if p.startswith("No investment in journey stages"))
    assert "Cart and checkout" not in stages and "Returns" not in stages
    assert "Discover" in stages
    assert not any("accepted as known risks" in p for p in points)


def test_an_accepted_finding_is_counted_and_a_clean_plan_says_little() -> None:
    b = RoadmapBuilder()
    first = b.initiative("Checkout")
    second = b.initiative("Returns portal")
    b.depends(second, first)
    analysis = analyse(b.doc, today=TODAY)
    broken = next(f for f in analysis.findings if f.code == "CR202")
    b.doc.acceptances.accept(broken.code, broken.subject, "Known: the vendor starts early")
    points = _points(b.doc)
    assert "1 finding is accepted as known risks (see Findings)." in points
    empty = RoadmapBuilder()
    assert not any(p.startswith(("The critical path", "Business departments", "1 dependency"))
                   for p in _points(empty.doc))
