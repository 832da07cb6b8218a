"""Headline figures: budget by lead department, business vs IT alone, bottleneck, gaps."""

from __future__ import annotations

from roadmap.graph import NO_LEAD
from roadmap.model.enums import BenefitArea, Health, JourneyStage, Role, Severity, Status

from .rules_builder import RoadmapBuilder


def build() -> tuple[RoadmapBuilder, dict[str, int]]:
    b = RoadmapBuilder()
    b.department("Finance", areas=(BenefitArea.FINANCE_ADMIN,))
    ids = {
        "shop": b.initiative("Shop", budget=600_000, journey_stage=JourneyStage.BROWSE),
        "data": b.initiative("Data", lead=b.it, owner_id=None, sponsor_id=None,
                             budget=300_000, journey_stage=JourneyStage.DISCOVER),
        "app": b.initiative("App", budget=50_000, health=Health.RED,
                            journey_stage=JourneyStage.CART_CHECKOUT),
        "orphan": b.initiative("Orphan", lead=None, owner_id=None, budget=50_000),
        "dropped": b.initiative("Dropped", budget=9_000_000, status=Status.CANCELLED,
                                journey_stage=JourneyStage.RETURNS),
        "after": b.initiative("After app", budget=None),
    }
    b.depends(ids["app"], ids["data"])
    b.depends(ids["after"], ids["app"])
    return b, ids


def test_budget_by_lead_department_with_a_no_lead_bucket() -> None:
    b, _ids = build()
    figures = b.analyse().figures
    rows = [(f.name, f.budget, f.count, f.is_it) for f in figures.by_lead_department]
    assert rows == [
        ("Sales", 650_000, 3, False),
        ("IT", 300_000, 1, True),
        (NO_LEAD, 50_000, 1, False),
    ]
    assert figures.total_budget == 1_000_000
    assert figures.initiative_count == 5
    assert figures.currency == "EUR"


def test_business_led_versus_it_alone_share() -> None:
    b, _ids = build()
    figures = b.analyse().figures
    assert figures.business_led_budget == 650_000
    assert figures.it_alone_budget == 300_000
    assert figures.business_led_share == 65.0
    assert figures.it_alone_share == 30.0


def test_it_bottleneck_is_everything_downstream_of_it_alone_work() -> None:
    b, ids = build()
    analysis = b.analyse()
    assert analysis.it_alone == {ids["data"]}
    assert analysis.figures.it_bottleneck == tuple(sorted((ids["app"], ids["after"])))
    assert analysis.figures.it_bottleneck_count == 2


def test_idle_departments_and_uninvested_stages() -> None:
    b, _ids = build()
    figures = b.analyse().figures
    assert [name for _id, name in figures.idle_departments] == ["Finance"]
    assert figures.budget_by_stage[JourneyStage.BROWSE] == 600_000
    # The cancelled initiative's returns budget does not count as investment.
    assert figures.uninvested_stages == (
        JourneyStage.DELIVERY, JourneyStage.RETURNS, JourneyStage.SERVICE)


def test_status_health_and_findings_by_severity() -> None:
    b, ids = build()
    b.doc.acceptances.accept("CR104", f"initiative:{ids['after']}", "Funded next year", "CIO")
    analysis = b.analyse()
    figures = analysis.figures
    assert figures.status_mix[Status.PLANNED] == 5
    assert figures.status_mix[Status.CANCELLED] == 1
    assert figures.health_mix[Health.RED] == 1
    assert sum(figures.health_mix.values()) == 5
    for severity in Severity:
        group = [f for f in analysis.findings if f.severity is severity]
        counts = figures.findings_by_severity[severity]
        assert counts.open == sum(f.is_open for f in group)
        assert counts.accepted == sum(not f.is_open for f in group)
    assert figures.findings_by_severity[Severity.LOW].accepted == 1


def test_it_person_owning_counts_as_it_lead_not_business() -> None:
    b = RoadmapBuilder()
    key = b.initiative("Ops tool", lead=None, owner_id=b.techie, budget=10)
    b.role(key, b.sales, Role.CONTRIBUTOR)
    figures = b.analyse().figures
    assert [(f.name, f.budget) for f in figures.by_lead_department] == [("IT", 10)]
    assert figures.business_led_budget == 0 and figures.it_alone_budget == 0
