"""Headline figures of a roadmap: where the budget goes, who leads, where IT holds things up.

Pure functions over the roadmap graph (roadmap.graph) and the findings, so
the executive summary in the app and in the board pack shows the same
numbers. Budget figures leave cancelled initiatives out (that money is not
spent); done ones count (it was).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from roadmap.graph import NO_LEAD, RoadmapGraph, adjacency
from roadmap.model.enums import Health, JourneyStage, Severity, Status
from roadmap.model.keys import NodeKey
from roadmap.model.palette import GREY

if TYPE_CHECKING:
    from roadmap.analysis.finding import Finding

@dataclass(frozen=True)
class DepartmentFigure:
    """Budget and number of initiatives led by one department (or by nobody: id None)."""

    department_id: int | None
    name: str
    colour: str
    budget: int
    count: int
    is_it: bool = False


@dataclass(frozen=True)
class SeverityCount:
    """How many findings of one severity are open and how many accepted."""

    open: int = 0
    accepted: int = 0

    @property
    def total(self) -> int:
        """Open and accepted together."""
        return self.open + self.accepted


@dataclass(frozen=True)
class Figures:
    """The headline figures of one analysis."""

    currency: str = "EUR"
    initiative_count: int = 0
    """Initiatives that are not cancelled."""
    total_budget: int = 0
    """Budget of the initiatives that are not cancelled."""
    by_lead_department: tuple[DepartmentFigure, ...] = ()
    """Largest budget first; the 'No lead' bucket last (only when it holds initiatives)."""
    business_led_budget: int = 0
    """Budget of initiatives a business (non-IT) department leads."""
    it_alone_budget: int = 0
    """Budget of IT-alone initiatives (CR101's condition)."""
    it_bottleneck: tuple[int, ...] = ()
    """Initiatives that cannot move without IT-alone work: they depend on it, directly or not."""
    idle_departments: tuple[tuple[int, str], ...] = ()
    """(id, name) of departments involved in no non-cancelled initiative (taking part, or
    through a person who owns or sponsors one)."""
    budget_by_stage: dict[JourneyStage, int] = field(default_factory=dict)
    """Budget per customer-journey stage (every stage present, zero when nothing is invested)."""
    findings_by_severity: dict[Severity, SeverityCount] = field(default_factory=dict)
    status_mix: dict[Status, int] = field(default_factory=dict)
    """Initiatives per status, cancelled included."""
    health_mix: dict[Health, int] = field(default_factory=dict)
    """Non-cancelled initiatives per health."""

    @property
    def business_led_share(self) -> float:
        """Percent of the total budget led by business departments."""
        return _percent(self.business_led_budget, self.total_budget)

    @property
    def it_alone_share(self) -> float:
        """Percent of the total budget in IT-alone initiatives."""
        return _percent(self.it_alone_budget, self.total_budget)

    @property
    def it_bottleneck_count(self) -> int:
        """How many initiatives wait, directly or not, on IT-alone work."""
        return len(self.it_bottleneck)

    @property
    def uninvested_stages(self) -> tuple[JourneyStage, ...]:
        """Customer-journey stages with no budget at all, in journey order."""
        return tuple(s for s in JourneyStage if self.budget_by_stage.get(s, 0) <= 0)


def _percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole > 0 else 0.0


def compute_figures(graph: RoadmapGraph, findings: Iterable[Finding]) -> Figures:
    """The figures of a graph built by roadmap.graph.build_graph, with its findings."""
    departments: dict[int, dict[str, Any]] = {}
    initiatives: dict[int, dict[str, Any]] = {}
    for _key, attrs in graph.nodes(data=True):
        if attrs["kind"] == "department":
            departments[attrs["id"]] = attrs
        elif attrs["kind"] == "initiative":
            initiatives[attrs["id"]] = attrs

    status_mix = dict.fromkeys(Status, 0)
    health_mix = dict.fromkeys(Health, 0)
    stage_budget = dict.fromkeys(JourneyStage, 0)
    led: dict[int | None, list[int]] = {}
    involved: set[int] = set()
    live: list[dict[str, Any]] = []
    for i in initiatives.values():
        status_mix[i["status"]] += 1
        if i["status"] is Status.CANCELLED:
            continue
        live.append(i)
        health_mix[i["health"]] += 1
        budget = max(i["budget"] or 0, 0)
        lead = i["lead_department"] if i["lead_department"] in departments else None
        entry = led.setdefault(lead, [0, 0])
        entry[0] += budget
        entry[1] += 1
        involved.update(i["departments"])
        if i["journey_stage"] is not None:
            stage_budget[i["journey_stage"]] += budget

    total = sum(max(i["budget"] or 0, 0) for i in live)
    by_lead = [
        DepartmentFigure(d, departments[d]["name"], departments[d]["colour"], b, n,
                         bool(departments[d]["is_it"]))
        for d, (b, n) in led.items() if d is not None
    ]
    by_lead.sort(key=lambda f: (-f.budget, -f.count, f.name.casefold()))
    if None in led:
        budget, count = led[None]
        by_lead.append(DepartmentFigure(None, NO_LEAD, GREY, budget, count))

    return Figures(
        currency=str(graph.graph.get("currency") or "EUR"),
        initiative_count=len(live),
        total_budget=total,
        by_lead_department=tuple(by_lead),
        business_led_budget=sum(
            max(i["budget"] or 0, 0) for i in live
            if i["lead_department"] in departments
            and not departments[i["lead_department"]]["is_it"]
        ),
        it_alone_budget=sum(max(i["budget"] or 0, 0) for i in live if i["it_alone"]),
        it_bottleneck=_downstream(graph, [i["id"] for i in live if i["it_alone"]], initiatives),
        idle_departments=tuple(
            (d, a["name"]) for d, a in sorted(departments.items()) if d not in involved
        ),
        budget_by_stage=stage_budget,
        findings_by_severity=_by_severity(findings),
        status_mix=status_mix,
        health_mix=health_mix,
    )


def _downstream(graph: RoadmapGraph, sources: list[int],
                initiatives: dict[int, dict[str, Any]]) -> tuple[int, ...]:
    # depends_on edges point from dependent to prerequisite: walk them backwards.
    _succ, pred = adjacency(graph)  # plain dicts: no edge view per visited node
    seen: set[int] = set()
    queue = deque(sources)
    while queue:
        key = queue.popleft()
        for u, kinds in pred[NodeKey.initiative(key)].items():
            if "depends_on" not in kinds:
                continue
            dependent = u.id
            if dependent not in seen and initiatives[dependent]["status"] is not Status.CANCELLED:
                seen.add(dependent)
                queue.append(dependent)
    return tuple(sorted(seen))


def _by_severity(findings: Iterable[Finding]) -> dict[Severity, SeverityCount]:
    counts = {s: [0, 0] for s in Severity}
    for f in findings:
        counts[f.severity][0 if f.is_open else 1] += 1
    return {s: SeverityCount(*c) for s, c in counts.items()}
