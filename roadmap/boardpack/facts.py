"""What the board pack shows, computed once from the document and its analysis.

Pure functions over the model: no reportlab here. Every user string is
passed through the pre-flight cleaner as it is read, so the sections only
ever see printable text, and the figures are unit-tested on their own.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.entities import Decision, Milestone
from roadmap.model.enums import Bucket, Health, JourneyStage, Role, Severity, Status
from roadmap.model.palette import GREY

from ..graph import adjacency, no_lead_label, nodes_of
from .preflight import Preflight

CONFIDENTIALITY = (
    QT_TRANSLATE_NOOP("Confidentiality", "Confidential"),
    QT_TRANSLATE_NOOP("Confidentiality", "Confidential – Board use only"),
    QT_TRANSLATE_NOOP("Confidentiality", "Internal"),
    QT_TRANSLATE_NOOP("Confidentiality", "Public"),
    QT_TRANSLATE_NOOP("Confidentiality", "Strictly confidential"),
)
"""Classifications the pack prints in the reader's language when a roadmap uses them word
for word (the default and the sample's); any other text prints as written."""


@dataclass(frozen=True)
class DepartmentFact:
    """A department as the pack prints it."""

    id: int
    name: str
    colour: str
    is_it: bool


@dataclass
class InitiativeFact:
    """One initiative with everything a section prints about it."""

    id: int
    title: str
    description: str
    theme: str
    start: dt.date | None
    end: dt.date | None
    bucket: Bucket | None
    status: Status
    health: Health
    budget: int | None
    benefit: str
    measure: str
    measure_kind: str
    sourcing: str
    capability: str
    customer_facing: bool
    customer_value: str
    owner: str
    sponsor: str
    priority: int
    journey: JourneyStage | None
    lead: DepartmentFact | None
    roles: dict[int, Role] = field(default_factory=dict)
    milestones: list[tuple[str, dt.date]] = field(default_factory=list)
    vendors: list[str] = field(default_factory=list)
    depends_on: list[int] = field(default_factory=list)
    it_alone: bool = False
    critical: bool = False
    open_findings: int = 0

    @property
    def scheduled(self) -> bool:
        """True when the initiative has both dates (it sits on the timeline)."""
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class AcceptedFact:
    """Who accepted a finding as a known risk, when, and why."""

    reason: str
    by: str
    at: dt.date | None


@dataclass(frozen=True)
class FindingFact:
    """A finding as the pack prints it."""

    code: str
    severity: Severity
    title: str
    message: str
    suggestion: str
    subject: str
    initiative_ids: tuple[int, ...]
    accepted: AcceptedFact | None
    owner: str = ""
    """Who is accountable for acting on it: the recorded action's owner, else implied."""
    due: dt.date | None = None
    """By when: the recorded action's due date, else a proposed one."""
    note: str = ""
    recorded: bool = False
    """True when owner and due date come from an action recorded on the finding."""
    raw_subject: str = ""
    """The subject's stable key ('initiative:12'), which actions are recorded against."""


@dataclass(frozen=True)
class VendorEvent:
    """A vendor contract end: an event on the timeline."""

    name: str
    category: str
    date: dt.date


@dataclass(frozen=True)
class DecisionFact:
    """A workshop decision recorded for the board."""

    text: str
    change: str
    initiative: str
    made_at: dt.datetime


@dataclass
class Figures:
    """The headline figures of the executive summary."""

    initiatives: int
    scheduled: int
    unscheduled: int
    total_budget: int
    business_led_share: float | None
    it_alone: int
    violated: int
    open_by_severity: dict[Severity, int]
    accepted: int
    budget_by_lead: list[tuple[str, str, int]]
    """(department, colour, budget) largest first; unled initiatives last."""
    status_mix: list[tuple[Status, int]]
    it_bottleneck: int
    """Initiatives waiting, directly or not, on work IT runs alone."""
    idle_departments: list[str]
    uninvested_stages: list[str]


@dataclass
class BoardFacts:
    """Everything the board pack prints, ready for layout."""

    title: str
    organisation: str
    author: str
    confidentiality: str
    version: str
    currency: str
    horizon_start: dt.date
    horizon_end: dt.date
    fiscal_start_month: int
    as_of: dt.date
    departments: list[DepartmentFact]
    initiatives: list[InitiativeFact]
    dependencies: list[tuple[int, int, bool]]
    """(initiative, depends on, violated)."""
    vendor_events: list[VendorEvent]
    findings: list[FindingFact]
    decisions: list[DecisionFact]
    critical_path: list[int]
    figures: Figures
    by_id: dict[int, InitiativeFact] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {i.id: i for i in self.initiatives}


def build_facts(doc: Any, analysis: Any, as_of: dt.date, preflight: Preflight) -> BoardFacts:
    """Read the document and its analysis into BoardFacts, cleaning every string.

    Rows come from the graph the analysis already built (plain dicts, one
    per node), so the pack sees exactly what the findings saw and a large
    roadmap is not loaded twice; milestones and decisions are read here.
    """
    clean = preflight.clean
    info = doc.info
    graph = analysis.graph
    departments = {
        d["id"]: DepartmentFact(d["id"], clean(d["name"], f"department {d['id']} name"),
                                d["colour"] or GREY, bool(d["is_it"]))
        for _, d in nodes_of(graph, "department")
    }
    owners = {o["id"]: clean(o["name"], f"owner {o['id']} name")
              for _, o in nodes_of(graph, "owner")}
    vendors = {v["id"]: v for _, v in nodes_of(graph, "vendor")}
    vendor_names = {k: clean(v["name"], f"vendor {k} name") for k, v in vendors.items()}
    milestones: dict[int, list[tuple[str, dt.date]]] = defaultdict(list)
    query = select(Milestone.id, Milestone.initiative_id, Milestone.name, Milestone.date)
    for key, initiative_id, name, when in doc.session.execute(query):
        if when is not None:
            milestones[initiative_id].append((clean(name, f"milestone {key} name"), when))
    uses: dict[int, list[str]] = defaultdict(list)
    linked: set[tuple[int, int]] = set()
    successors, _ = adjacency(graph)
    for u, targets in successors.items():  # one pass over the links, in the graph's order
        for v, kinds in targets.items():
            if "uses_vendor" in kinds:
                uses[u.id].append(vendor_names[v.id])
            if "depends_on" in kinds:
                linked.add((u.id, v.id))
    pairs = sorted(linked)
    depends: dict[int, list[int]] = defaultdict(list)
    for a, b in pairs:
        depends[a].append(b)

    it_alone = set(analysis.it_alone)
    violated = {tuple(p) for p in analysis.violated}
    critical_path = list(analysis.critical_path)
    critical = set(critical_path)
    findings = [_finding(f, clean) for f in analysis.findings]
    open_counts: Counter[int] = Counter()
    for f in findings:
        if f.accepted is None:
            open_counts.update(set(f.initiative_ids))

    labels: dict[Any, str] = {}

    def label(value: Any) -> str:  # a few vocabularies over thousands of initiatives
        found = labels.get(value)
        if found is None:
            found = labels[value] = _label(value)
        return found

    initiatives: list[InitiativeFact] = []
    for _, i in nodes_of(graph, "initiative"):
        key = i["id"]
        where = f"initiative {key}"
        initiatives.append(InitiativeFact(
            id=key,
            title=clean(i["title"], f"{where} title") or f"Initiative {key}",
            description=clean(i["description"], f"{where} description"),
            theme=clean(i["theme"], f"{where} theme"),
            start=i["start"], end=i["end"], bucket=i["bucket"],
            status=i["status"], health=i["health"], budget=i["budget"],
            benefit=label(i["benefit_area"]),
            measure=clean(i["success_measure"], f"{where} success measure"),
            measure_kind=label(i["measure_kind"]),
            sourcing=label(i["sourcing"]),
            capability=label(i["capability"]),
            customer_facing=bool(i["customer_facing"]),
            customer_value=clean(i["customer_value"], f"{where} customer value"),
            owner=owners.get(i["owner_id"], "") if i["owner_id"] is not None else "",
            sponsor=owners.get(i["sponsor_id"], "") if i["sponsor_id"] is not None else "",
            priority=i["priority"],
            journey=i["journey_stage"],
            lead=departments.get(i.get("lead_department")),
            roles=dict(i.get("departments") or {}),
            milestones=sorted(milestones[key], key=lambda m: m[1]),
            vendors=sorted(uses[key], key=str.casefold),
            depends_on=depends[key],
            it_alone=key in it_alone,
            critical=key in critical,
            open_findings=open_counts[key],
        ))
    titles = {i.id: i.title for i in initiatives}
    names = {"department": {k: d.name for k, d in departments.items()},
             "owner": owners, "vendor": vendor_names, "initiative": titles}
    actions = doc.finding_actions.as_dict() if hasattr(doc, "finding_actions") else {}
    by_id = {i.id: i for i in initiatives}
    fallback_owner = clean(info.author, "roadmap author") or translate("BoardPack", "The CIO")
    findings = [replace(f, subject=_subject(f, names), raw_subject=f.subject,
                        **_action(f, actions.get((f.code, f.subject)), by_id, owners,
                                  fallback_owner, as_of, clean))
                for f in findings]
    findings.sort(key=lambda f: (f.accepted is not None, f.severity.rank, f.code, f.subject))
    events = sorted(
        (VendorEvent(vendor_names[k], _label(v["category"]), v["contract_end"])
         for k, v in vendors.items() if v["contract_end"] is not None),
        key=lambda e: (e.date, e.name),
    )
    decisions = [
        DecisionFact(clean(d.text, f"decision {d.id}"), clean(d.change, f"decision {d.id} change"),
                     titles.get(d.initiative_id, "") if d.initiative_id else "", d.made_at)
        for d in doc.all(Decision)
    ]
    dept_list = sorted(departments.values(), key=lambda d: (d.is_it, d.name.casefold(), d.id))
    return BoardFacts(
        title=clean(info.title, "roadmap title"),
        organisation=clean(info.organisation, "roadmap organisation"),
        author=clean(info.author, "roadmap author"),
        confidentiality=translate("Confidentiality",
                                  clean(info.confidentiality, "roadmap confidentiality")),
        version=clean(info.version, "roadmap version"),
        currency=info.currency or "EUR",
        horizon_start=info.horizon_start,
        horizon_end=info.horizon_end,
        fiscal_start_month=info.fiscal_year_start_month or 1,
        as_of=as_of,
        departments=dept_list,
        initiatives=initiatives,
        dependencies=[(a, b, (a, b) in violated) for a, b in pairs],
        vendor_events=events,
        findings=findings,
        decisions=decisions,
        critical_path=critical_path,
        figures=figures_from(analysis.figures, initiatives, findings, departments, len(violated)),
    )


def _label(value: Any) -> str:
    return value.label if value is not None and hasattr(value, "label") else ""


def figures_from(figures: Any, initiatives: list[InitiativeFact], findings: list[FindingFact],
                 departments: dict[int, DepartmentFact], violated: int) -> Figures:
    """The summary's numbers: the analysis's figures (same as the app) in printable form."""
    ranked = []
    for row in figures.by_lead_department:
        dept = departments.get(row.department_id) if row.department_id is not None else None
        if dept is not None:
            ranked.append((dept.name, dept.colour, row.budget))
        elif row.budget or row.count:
            ranked.append((no_lead_label(), GREY, row.budget))
    ranked = [r for r in ranked if r[2] > 0]
    open_by = Counter(f.severity for f in findings if f.accepted is None)
    idle = [departments[d].name if d in departments else str(name)
            for d, name in figures.idle_departments]
    return Figures(
        initiatives=len(initiatives),
        scheduled=sum(1 for i in initiatives if i.scheduled),
        unscheduled=sum(1 for i in initiatives if not i.scheduled),
        total_budget=figures.total_budget,
        business_led_share=(figures.business_led_share / 100) if figures.total_budget else None,
        it_alone=sum(1 for i in initiatives if i.it_alone),
        violated=violated,
        open_by_severity={s: open_by.get(s, 0) for s in Severity},
        accepted=sum(1 for f in findings if f.accepted is not None),
        budget_by_lead=ranked,
        status_mix=[(s, figures.status_mix.get(s, 0)) for s in Status],
        it_bottleneck=len(figures.it_bottleneck),
        idle_departments=idle,
        uninvested_stages=[s.label for s in figures.uninvested_stages],
    )


def _finding(f: Any, clean: Any) -> FindingFact:
    accepted = getattr(f, "accepted", None)
    where = f"finding {f.code}"
    acceptance = None
    if accepted is not None:
        at = getattr(accepted, "accepted_at", None)
        acceptance = AcceptedFact(
            reason=clean(getattr(accepted, "reason", ""), f"{where} acceptance reason"),
            by=clean(getattr(accepted, "accepted_by", ""), f"{where} accepted by"),
            at=at.date() if isinstance(at, dt.datetime) else at,
        )
    return FindingFact(
        code=str(f.code),
        severity=Severity.parse(f.severity),
        title=clean(str(f.title), where),
        message=clean(str(f.message), where),
        suggestion=clean(str(getattr(f, "suggestion", "") or ""), where),
        subject=str(getattr(f, "subject", "") or ""),
        initiative_ids=tuple(getattr(f, "initiative_ids", ()) or ()),
        accepted=acceptance,
    )


DUE_WITHIN_DAYS = {Severity.HIGH: 30, Severity.MEDIUM: 60, Severity.LOW: 90}
"""Days from the as-of date to the proposed due date of a finding with no recorded action."""


def _action(f: FindingFact, action: Any, initiatives: dict[int, InitiativeFact],
            owners: dict[int, str], fallback_owner: str, as_of: dt.date,
            clean: Any) -> dict[str, Any]:
    """Who acts on the finding by when: recorded, else proposed (FindingFact fields).

    Without a recorded action the owner is the initiative's accountable owner
    (else its sponsor), the owner a finding is about, or the roadmap's author
    for findings about a vendor or the whole roadmap; the due date is 30, 60
    or 90 days after the as-of date by severity, never after the initiative starts.
    `f` still has its subject's key.
    """
    where = f"finding {f.code} action"
    if action is not None and (action.owner or action.due or action.note):
        return {"owner": clean(action.owner, where) or _implied_owner(
            f, initiatives, owners, fallback_owner), "due": action.due,
            "note": clean(action.note, f"{where} note"), "recorded": True}
    due = as_of + dt.timedelta(days=DUE_WITHIN_DAYS[f.severity])
    first = initiatives.get(f.initiative_ids[0]) if f.initiative_ids else None
    if first is not None and first.start is not None and as_of < first.start < due:
        due = first.start
    return {"owner": _implied_owner(f, initiatives, owners, fallback_owner), "due": due}


def _implied_owner(f: FindingFact, initiatives: dict[int, InitiativeFact],
                   owners: dict[int, str], fallback_owner: str) -> str:
    kind, _, key = f.subject.partition(":")
    if kind == "owner" and key.isdigit() and int(key) in owners:
        return owners[int(key)]
    for initiative_id in f.initiative_ids:
        found = initiatives.get(initiative_id)
        if found is not None and (found.owner or found.sponsor):
            return found.owner or found.sponsor
    return fallback_owner


def _subject(f: FindingFact, names: dict[str, dict[int, str]]) -> str:
    """What a subject key ('initiative:12', 'cycle:3,7,9') names."""
    kind, _, key = f.subject.partition(":")
    label = f.subject
    if key.isdigit() and int(key) in names.get(kind, {}):
        label = names[kind][int(key)]
    elif kind == "cycle" and f.initiative_ids:
        titles = names["initiative"]
        label = translate("BoardPack", "Cycle: {chain}").format(
            chain=" → ".join(titles.get(k, f"#{k}") for k in f.initiative_ids))
    elif kind == "roadmap":
        label = translate("BoardPack", "The roadmap")
    return label
