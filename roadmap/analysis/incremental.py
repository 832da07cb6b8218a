"""The analysis after an edit: only what the edit can change is computed again.

An `IncrementalAnalyser` follows the changes applied to one document. Asked
for the analysis, it brings its graph up to date from the rows of the
initiatives the changes touched (`roadmap.graph_patch`), updates its indexed
Context for those initiatives, runs the per-initiative rules (see
`Rule.per_initiative`) only for them and the initiatives at the other end of
their dependencies, and runs the roadmap-wide rules, the schedule and the
figures over the whole. The result equals what `analyse` gives for the
document as it is; a property test checks that after random edits.

Whatever it cannot follow row by row makes it analyse from scratch: an edit
of a department, person or vendor (their names and kinds appear in many
findings), of the roadmap's own fields or the rule settings, a new day, an
edit of very many initiatives, an undone deletion (the old id returns in the
middle of the id order), and a revision of the document it heard no change
for (a bulk write).
"""

from __future__ import annotations

import datetime as dt
from bisect import insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from roadmap.model.keys import NodeKey, NodeKind

from ..graph import RoadmapGraph, adjacency, build_graph, no_gc
from ..graph_patch import MOST_TOUCHED, internals, patched
from ..schedule import Structure, is_dated
from .context import Context
from .dependencies import violated_pairs
from .engine import Analysis, assemble, enabled_rules, run_rule, schedule_structure, wrap
from .finding import Accepted, Finding
from .registry import RULES
from .settings import RuleSettings, read_settings

if TYPE_CHECKING:
    from roadmap.services.changes import Change
    from roadmap.services.document import Document

LINK_TABLES = {"participation": ("initiative_id",),
               "dependency": ("initiative_id", "depends_on_id"),
               "vendor_use": ("initiative_id",)}
"""Tables whose rows tie initiatives to the graph, and the columns naming the initiatives."""

WHOLE_TABLES = frozenset({"roadmap", "department", "owner", "vendor", "setting"})
"""Tables an edit of which is followed by analysing from scratch."""

CUT_READERS = frozenset({"CR202"})
"""Per-initiative rules that also read the links chosen to cut dependency cycles: they
run in full when those links change."""


@dataclass
class _State:
    """What the last analysis computed, kept to bring the next one up to date."""

    revision: int
    today: dt.date
    settings: dict[str, str]
    rule_settings: RuleSettings
    acceptances: dict[tuple[str, str], Accepted]
    ctx: Context
    codes: list[str]
    """The enabled rules, in code order."""
    found: dict[str, list[Finding]]
    """What each roadmap-wide rule found."""
    local: dict[str, dict[int, list[Finding]]] = field(default_factory=dict)
    """What each per-initiative rule found, by the initiative it is about."""
    violated: dict[tuple[int, int], int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    shape: Structure | None = None
    """The schedule's structure (valid until links or the dated initiatives change)."""
    analysis: Analysis | None = None
    heard: int = 0
    """How many changes the analyser had heard when the document was read for it."""


@dataclass(frozen=True)
class _Read:
    """What a full analysis reads of the document, read on the document's thread."""

    revision: int
    heard: int
    today: dt.date
    settings: dict[str, str]
    acceptances: dict[tuple[str, str], Accepted]
    graph: RoadmapGraph


@dataclass(frozen=True)
class Prepared:
    """A full analysis computed from `IncrementalAnalyser.prepare_full`, to adopt."""

    state: _State

    @property
    def analysis(self) -> Analysis:
        """The analysis computed."""
        assert self.state.analysis is not None
        return self.state.analysis


class IncrementalAnalyser:
    """Follows one document's changes; `analysis()` is its analysis now, equal to `analyse`."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._state: _State | None = None
        self._pending: list[Change] = []
        self._heard = 0
        """How many changes were heard (a prepared full analysis records it)."""
        self._heard_at = doc.revision
        self.last_was_full = True
        """Whether the last `analysis()` analysed from scratch (for tests and the benchmark)."""
        doc.subscribe(self._hear)

    def close(self) -> None:
        """Stop following the document."""
        self.doc.unsubscribe(self._hear)
        self._state = None
        self._pending = []

    def _hear(self, change: Change) -> None:
        self._pending.append(change)
        self._heard += 1
        self._heard_at = self.doc.revision

    def analysis(self, *, today: dt.date | None = None) -> Analysis:
        """The document's analysis now (as of `today`, default the real today)."""
        today = today or dt.date.today()
        with no_gc():
            state, pending = self._state, self._pending
            touched = None
            if state is not None and state.analysis is not None:
                touched = self._followable(state, pending, today)
            if state is not None and state.analysis is not None and touched is not None:
                self._pending = []
                if not pending and state.revision == self.doc.revision:
                    self.last_was_full = False
                    return state.analysis
                if self._update(state, pending, touched):
                    self.last_was_full = False
                    assert state.analysis is not None
                    return state.analysis
            self.last_was_full = True
            self._state = self._compute(self._read(today))
            self._pending = []
            self._heard_at = self.doc.revision  # the full run read whatever it heard nothing of
            assert self._state.analysis is not None
            return self._state.analysis

    def follows(self, *, today: dt.date | None = None) -> bool:
        """Whether `analysis()` would follow the changes since the last one incrementally
        (else it analyses from scratch, which a caller may rather run on another thread:
        see `prepare_full`)."""
        state = self._state
        return state is not None and state.analysis is not None and self._followable(
            state, self._pending, today or dt.date.today()) is not None

    def prepare_full(self, *, today: dt.date | None = None) -> Callable[[], Prepared]:
        """Read the document for a full analysis now; the returned function computes it
        without touching the document (so on any thread), for `adopt`."""
        read = self._read(today or dt.date.today())
        return lambda: Prepared(self._compute(read))

    def adopt(self, prepared: Prepared) -> Analysis:
        """Take a full analysis computed from `prepare_full` as the base of the next ones.

        It becomes the base only if the document has not changed since it was read.
        """
        state = prepared.state
        assert state.analysis is not None
        if state.heard == self._heard and state.revision == self.doc.revision:
            self._state = state
            self._pending = []
            self._heard_at = state.revision
        return state.analysis

    # --- from scratch --------------------------------------------------------

    def _read(self, today: dt.date) -> _Read:
        """What a full analysis reads of the document (on the document's thread)."""
        doc = self.doc
        return _Read(doc.revision, self._heard, today, doc.settings.as_dict(),
                     _acceptances(doc), build_graph(doc))

    def _compute(self, read: _Read) -> _State:
        """The full analysis of what `_read` read; reads nothing of the document."""
        with no_gc():
            rule_settings = read_settings(read.settings, list(RULES))
            ctx = Context.from_graph(read.graph, read.today, rule_settings)
            codes = enabled_rules(rule_settings)
            state = _State(read.revision, read.today, read.settings, rule_settings,
                           read.acceptances, ctx, codes, found={},
                           warnings=list(rule_settings.warnings), heard=read.heard)
            for code in codes:
                findings = wrap(code, run_rule(code, ctx, state.warnings), read.acceptances)
                if RULES[code].per_initiative:
                    state.local[code] = _by_subject(findings)
                else:
                    state.found[code] = findings
            state.violated = violated_pairs(ctx)
            state.shape = schedule_structure(ctx)
            state.analysis = self._assemble(state)
            return state

    def _assemble(self, state: _State) -> Analysis:
        findings: list[Finding] = []
        for code in state.codes:
            if code in state.local:
                for found in state.local[code].values():
                    findings += found
            else:
                findings += state.found[code]
        findings.sort(key=lambda f: f.sort_key)  # a total order: the rules' order does not show
        return assemble(state.ctx, findings, state.violated, state.warnings, state.shape)

    # --- after an edit -------------------------------------------------------

    def _followable(self, state: _State, pending: list[Change],
                    today: dt.date) -> set[int] | None:
        """The initiatives the changes touched, or None when only a full run will do."""
        doc = self.doc
        if state.today != today or self._heard_at != doc.revision:
            return None
        tables = {row.table for change in pending for row in change.rows}
        if tables & WHOLE_TABLES or any(state.warnings):
            return None
        touched = _touched(doc, pending)
        ctx = state.ctx
        if len(touched) > MOST_TOUCHED:
            return None
        last = max(ctx.initiatives, default=0)
        if any(key not in ctx.initiatives and key < last and _exists(doc, key)
               for key in touched):
            return None  # a row back in the middle of the id order: build it in place
        return touched

    def _update(self, state: _State, pending: list[Change], touched: set[int]) -> bool:
        """Bring `state` up to date with the changes, which touched the initiatives
        `_followable` named; False when only a full run will do."""
        doc = self.doc
        tables = {row.table for change in pending for row in change.rows}
        ctx = state.ctx
        if "acceptance" in tables:
            state.acceptances = _acceptances(doc)
            _accept_again(state)
        if touched:
            old_cuts = {cut for _c, cut, _w in ctx.cycles()}
            members = {k for cycle, _cut, _why in ctx.cycles() for k in cycle}
            dated_before = {key: key in ctx.initiatives and is_dated(ctx.initiatives[key])
                            for key in touched}
            graph = patched(ctx.graph, doc, touched)
            scope = _patch_context(ctx, graph, touched)
            reshape = any(dated_before[key] != (key in ctx.initiatives
                                                and is_dated(ctx.initiatives[key]))
                          for key in touched)
            if "dependency" in tables or touched & members:
                ctx.reset_cycles()  # the cycles and the links to cut are read again
                ctx.dependency_ids = _dependency_ids(ctx)
                reshape = True
            new_cuts = {cut for _c, cut, _w in ctx.cycles()}
            forget = scope | touched  # deleted ones too: what was found about them goes
            scoped = ctx.within(frozenset(scope))
            warnings: list[str] = []
            accepted = state.acceptances
            for code in state.codes:
                rule = RULES[code]
                if not rule.per_initiative:
                    state.found[code] = wrap(code, run_rule(code, ctx, warnings), accepted)
                elif code in CUT_READERS and old_cuts != new_cuts:
                    state.local[code] = _by_subject(wrap(code, run_rule(code, ctx, warnings),
                                                         accepted))
                else:
                    by_initiative = state.local[code]
                    for key in forget:
                        by_initiative.pop(key, None)
                    by_initiative.update(_by_subject(wrap(code, run_rule(code, scoped, warnings),
                                                          accepted)))
            if warnings:
                return False  # a rule failed: the full run reports it in its place
            for pair in [p for p in state.violated if p[0] in forget]:
                del state.violated[pair]
            state.violated.update(violated_pairs(scoped))
            if reshape:
                state.shape = schedule_structure(ctx)
        state.revision = doc.revision
        state.analysis = self._assemble(state)
        return True


def _by_subject(findings: Iterable[Finding]) -> dict[int, list[Finding]]:
    """Per-initiative findings by the initiative they are about (their first initiative)."""
    grouped: dict[int, list[Finding]] = {}
    for f in findings:
        grouped.setdefault(f.initiative_ids[0], []).append(f)
    return grouped


def _accept_again(state: _State) -> None:
    """Give every finding kept the acceptance it has now."""
    accepted = state.acceptances

    def again(findings: list[Finding]) -> list[Finding]:
        return [replace(f, accepted=accepted.get((f.code, f.subject))) for f in findings]

    for code, findings in state.found.items():
        state.found[code] = again(findings)
    for by_initiative in state.local.values():
        for key, findings in by_initiative.items():
            by_initiative[key] = again(findings)


def _acceptances(doc: Document) -> dict[tuple[str, str], Accepted]:
    return {key: Accepted(a.reason, a.accepted_by, a.accepted_at)
            for key, a in doc.acceptances.as_dict().items()}


def _exists(doc: Document, key: int) -> bool:
    from roadmap.model.entities import Initiative

    return doc.session.get(Initiative, key) is not None


def _touched(doc: Document, changes: Iterable[Change]) -> set[int]:
    """The initiatives whose rows, or whose links' rows, the changes created, updated or deleted."""
    from roadmap.model.entities import ROW_CLASSES

    touched: set[int] = set()
    for change in changes:
        for row in change.rows:
            if row.table == "initiative":
                touched.add(row.key)
                continue
            columns = LINK_TABLES.get(row.table)
            if columns is None:
                continue
            for column in columns:
                named = False
                for image in (row.before, row.after):
                    if image is not None and column in image:
                        named = True
                        if image[column] is not None:
                            touched.add(int(image[column]))
                if not named:  # an update that left this column alone: read it
                    current = doc.session.get(ROW_CLASSES[row.table], row.key)
                    value = getattr(current, column, None) if current is not None else None
                    if value is not None:
                        touched.add(int(value))
    return touched


def _patch_context(ctx: Context, graph: RoadmapGraph, touched: set[int]) -> set[int]:
    """Update `ctx` in place to index `graph`; return the touched initiatives and their
    dependency neighbours, before and after (what per-initiative rules must look at again).

    An initiative keeps its place in `ctx.initiatives` (id order); a new one,
    with the largest id, goes last, as `Context.from_graph` would put it.
    """
    scope = set(touched)
    for key in touched:  # what the context knew of their links goes
        for b in ctx.prerequisites.pop(key, ()):
            scope.add(b)
            _drop(ctx.dependents, b, key)
        scope.update(ctx.dependents.pop(key, ()))
        for v in ctx.initiative_vendors.pop(key, ()):
            _drop(ctx.vendor_users, v, key)
        ctx.participations.pop(key, None)
    ctx.graph = graph
    nodes, succ, pred = internals(graph)
    for key in sorted(touched):
        node = NodeKey(NodeKind.INITIATIVE, key)
        if node not in nodes:
            ctx.initiatives.pop(key, None)
            continue
        ctx.initiatives[key] = nodes[node]
        prerequisites, vendors = [], []
        for target, kinds in succ[node].items():
            if "depends_on" in kinds:
                prerequisites.append(target.id)
            if "uses_vendor" in kinds:
                vendors.append(target.id)
        if prerequisites:
            ctx.prerequisites[key] = prerequisites
            for b in prerequisites:
                insort(ctx.dependents.setdefault(b, []), key)
            scope.update(prerequisites)
        if vendors:
            ctx.initiative_vendors[key] = vendors
            for v in vendors:
                insort(ctx.vendor_users.setdefault(v, []), key)
        dependents = sorted(source.id for source, kinds in pred[node].items()
                            if "depends_on" in kinds)
        if dependents:
            ctx.dependents[key] = dependents
        scope.update(dependents)
        parts = [(nodes[source]["id"], kinds["takes_part"]["role"])
                 for source, kinds in pred[node].items() if "takes_part" in kinds]
        if parts:
            ctx.participations[key] = parts
    keys = list(ctx.initiative_vendors)
    if keys != sorted(keys):  # summed in this order (vendor shares): id order, as built
        ordered = dict(sorted(ctx.initiative_vendors.items()))
        ctx.initiative_vendors.clear()
        ctx.initiative_vendors.update(ordered)
    return {key for key in scope if key in ctx.initiatives}


def _drop(index: dict[int, list[int]], key: int, value: int) -> None:
    """Remove `value` from the list at `key`; the key goes when its list is empty."""
    values = index.get(key)
    if values is not None and value in values:
        values.remove(value)
        if not values:
            del index[key]


def _dependency_ids(ctx: Context) -> dict[tuple[int, int], int]:
    """(initiative, depends_on) -> Dependency row id, in the order `Context.from_graph` gives."""
    succ, _pred = adjacency(ctx.graph)
    found: dict[tuple[int, int], int] = {}
    for a in ctx.initiatives:
        prerequisites = ctx.prerequisites.get(a)
        if not prerequisites:
            continue
        out = succ[NodeKey(NodeKind.INITIATIVE, a)]
        for b in prerequisites:
            found[(a, b)] = out[NodeKey(NodeKind.INITIATIVE, b)]["depends_on"].get("id", 0)
    return found


def analyser_for(doc: Document) -> IncrementalAnalyser:
    """The document's incremental analyser, made on first use and kept with the document."""
    existing = getattr(doc, "incremental_analyser", None)
    if isinstance(existing, IncrementalAnalyser):
        return existing
    made = IncrementalAnalyser(doc)
    doc.incremental_analyser = made  # type: ignore[attr-defined]
    return made



def schedule_moves(doc: Document) -> dict[int, tuple[dt.date, dt.date]]:
    """What auto-schedule moves now, with the new dates: the current analysis's earliest
    schedule where it differs from the initiatives' dates (the document's incremental
    analysis, so right after an edit this costs what following the edit costs)."""
    analyser = analyser_for(doc)
    analysis = analyser.analysis()
    state = analyser._state
    assert state is not None
    initiatives = state.ctx.initiatives
    return {key: dates for key, dates in analysis.schedule.items()
            if (initiatives[key]["start"], initiatives[key]["end"]) != dates}
