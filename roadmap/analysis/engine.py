"""Run every enabled rule over the roadmap graph and gather the results into an Analysis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

from roadmap.analysis.figures import Figures, compute_figures
from roadmap.i18n import translate
from roadmap.model.enums import Severity, Status

from ..graph import RoadmapGraph, build_graph, no_gc
from ..schedule import Structure, plan, structure
from .context import Context
from .dependencies import violated_pairs
from .finding import Accepted, Finding
from .registry import RULES, Found
from .settings import RuleSettings, read_settings

if TYPE_CHECKING:
    from roadmap.services.document import Document


def _empty_graph() -> RoadmapGraph:
    """The graph of an Analysis made without one (nothing analysed yet)."""
    return nx.MultiDiGraph()


@dataclass(frozen=True)
class Analysis:
    """Everything the analysis found about one roadmap at one moment."""

    findings: list[Finding] = field(default_factory=list)
    """Every finding, worst first (open and accepted)."""
    it_alone: frozenset[int] = frozenset()
    """Non-cancelled initiatives IT runs alone (CR101's condition, whatever their status)."""
    violated: frozenset[tuple[int, int]] = frozenset()
    """(dependent, prerequisite) pairs whose finish-to-start is broken (CR202)."""
    critical_path: list[int] = field(default_factory=list)
    """The chain of dependent open initiatives with the greatest total duration."""
    slack: dict[int, int] = field(default_factory=dict)
    """Open dated initiative id -> days it can lengthen before the critical path does."""
    schedule: dict[int, tuple[dt.date, dt.date]] = field(default_factory=dict)
    """The earliest schedule (auto-schedule preview) of every dated non-cancelled initiative."""
    figures: Figures = field(default_factory=Figures)
    warnings: tuple[str, ...] = ()
    """Settings that could not be read, rules that failed: shown, never fatal."""
    today: dt.date = field(default_factory=dt.date.today)
    graph: RoadmapGraph = field(default_factory=_empty_graph, repr=False, compare=False)
    """The graph the analysis read (the graph view and the PDF may reuse it)."""

    def open_findings(self) -> list[Finding]:
        """Findings not accepted, worst first."""
        return [f for f in self.findings if f.is_open]

    def accepted_findings(self) -> list[Finding]:
        """Findings accepted as known risks, worst first."""
        return [f for f in self.findings if not f.is_open]

    def for_initiative(self, initiative_id: int) -> list[Finding]:
        """Findings concerning one initiative (as subject or as one of those involved)."""
        return [f for f in self.findings if initiative_id in f.initiative_ids]

    def by_severity(self) -> dict[Severity, list[Finding]]:
        """Findings grouped high, medium, low (every severity present, maybe empty)."""
        groups: dict[Severity, list[Finding]] = {s: [] for s in Severity}
        for f in self.findings:
            groups[f.severity].append(f)
        return groups

    def by_code(self, code: str) -> list[Finding]:
        """Findings of one rule."""
        return [f for f in self.findings if f.code == code]

    def codes(self) -> set[str]:
        """The codes of every finding."""
        return {f.code for f in self.findings}


def analyse(doc: Document, *, today: dt.date | None = None) -> Analysis:
    """Analyse a document: build its graph, run every enabled rule, compute the figures."""
    acceptances = {
        key: Accepted(a.reason, a.accepted_by, a.accepted_at)
        for key, a in doc.acceptances.as_dict().items()
    }
    with no_gc():
        return analyse_graph(
            build_graph(doc), settings=doc.settings.as_dict(), acceptances=acceptances,
            today=today,
        )


def analyse_graph(graph: RoadmapGraph, *, settings: Mapping[str, str] | None = None,
                  acceptances: Mapping[tuple[str, str], Accepted] | None = None,
                  today: dt.date | None = None) -> Analysis:
    """Analyse an already built graph with the given stored settings and acceptances."""
    with no_gc():
        return _analyse(graph, settings, acceptances, today)


def _analyse(graph: RoadmapGraph, settings: Mapping[str, str] | None,
             acceptances: Mapping[tuple[str, str], Accepted] | None,
             today: dt.date | None) -> Analysis:
    today = today or dt.date.today()
    rule_settings = read_settings(settings or {}, list(RULES))
    ctx = Context.from_graph(graph, today, rule_settings)
    warnings = list(rule_settings.warnings)
    found = {code: run_rule(code, ctx, warnings) for code in enabled_rules(rule_settings)}
    return assemble(ctx, wrap_findings(found, acceptances or {}), violated_pairs(ctx),
                    warnings)


def schedule_structure(ctx: Context) -> Structure:
    """The schedule's structure of an indexed roadmap: its dated initiatives and links."""
    return structure(ctx.initiatives, list(ctx.dependency_ids),
                     [cut for _c, cut, _w in ctx.cycles()])


def enabled_rules(rule_settings: RuleSettings) -> list[str]:
    """The codes of the rules the settings leave on, in code order."""
    return [code for code in RULES if rule_settings.enabled(code)]


def run_rule(code: str, ctx: Context, warnings: list[str]) -> list[Found]:
    """What rule `code` finds in `ctx`; a rule that raises adds a warning and finds nothing."""
    try:
        return list(RULES[code].check(ctx))
    except Exception as error:  # a rule's bug must not take the whole analysis down
        warnings.append(translate("Analysis", "rule {code} could not run: {kind}: "
                                  "{error}").format(code=code, kind=type(error).__name__,
                                                    error=error))
        return []


def wrap_findings(found: Mapping[str, Iterable[Found]],
                  acceptances: Mapping[tuple[str, str], Accepted]) -> list[Finding]:
    """The rules' results as Findings (code, severity, title, acceptance), worst first."""
    findings = [f for code, founds in found.items() for f in wrap(code, founds, acceptances)]
    findings.sort(key=lambda f: f.sort_key)
    return findings


def wrap(code: str, founds: Iterable[Found],
         acceptances: Mapping[tuple[str, str], Accepted]) -> list[Finding]:
    """What rule `code` found as Findings, in the order found."""
    rule = RULES[code]
    title = rule.display_title
    return [
        Finding(code, rule.severity, title, f.message, f.suggestion, f.subject,
                f.initiative_ids, acceptances.get((code, f.subject)))
        for f in founds
    ]


def assemble(ctx: Context, findings: list[Finding], violated: Iterable[tuple[int, int]],
             warnings: Iterable[str], shape: Structure | None = None) -> Analysis:
    """The Analysis of an indexed roadmap from its findings: schedule, figures, IT alone.

    `shape` is the schedule's structure when the caller knows it is still valid.
    """
    if shape is None:
        shape = schedule_structure(ctx)
    result = plan(ctx.initiatives, [], known=shape)
    return Analysis(
        findings=findings,
        it_alone=frozenset(
            k for k, a in ctx.initiatives.items()
            if a["it_alone"] and a["status"] is not Status.CANCELLED
        ),
        violated=frozenset(violated),
        critical_path=result.critical_path,
        slack=result.slack,
        schedule=result.dates,
        figures=compute_figures(ctx.graph, findings),
        warnings=tuple(warnings),
        today=ctx.today,
        graph=ctx.graph,
    )
