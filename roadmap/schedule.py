"""Dependency scheduling: cycles and the link to cut, critical path, slack, auto-schedule.

All of it works on plain data (initiative attributes by id and
(initiative, depends_on) pairs), in time linear in the number of
initiatives and dependencies, so the analysis can call it on every edit.

Conventions, shared with rule CR202:
- dates are inclusive; a dependency is met when the dependent starts on or
  after the day its prerequisite ends (a start before that end breaks it);
- duration is (end - start) + 1 days;
- cancelled initiatives constrain nothing; done initiatives keep their dates
  (they happened) but still constrain what depends on them; date-less
  (now/next/later) initiatives are left alone and constrain nothing.

Dependency cycles cannot be scheduled. The graph is made acyclic first by
ignoring, in each cycle, the link `link_to_cut` suggests (then any link a
depth-first search finds closing a remaining cycle); `ignored` reports them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import networkx as nx

from roadmap.i18n import translate
from roadmap.model.enums import CLOSED_STATUSES, Status
from roadmap.model.wording import counted

if TYPE_CHECKING:
    from roadmap.services.changes import Change
    from roadmap.services.document import Document

Pair = tuple[int, int]
Attrs = Mapping[str, Any]

FIXED = CLOSED_STATUSES
"""Statuses auto-schedule never moves: done and cancelled work is history."""


def duration_days(start: dt.date, end: dt.date) -> int:
    """Inclusive length in days: an initiative running one day lasts 1."""
    return (end - start).days + 1


# --- cycles ---------------------------------------------------------------------


def find_cycles(pairs: Iterable[Pair], limit: int = 25) -> list[list[int]]:
    """Up to `limit` elementary dependency cycles, each in dependency order.

    A cycle [3, 7, 9] means 3 depends on 7, 7 on 9 and 9 on 3; it starts at
    its smallest id, so the same cycle always reads the same. Only the
    strongly connected parts are searched, so an acyclic roadmap costs one
    linear pass.
    """
    pairs = list(pairs)
    every = {k for pair in pairs for k in pair}
    _order, leftover = _kahn(every, [(a, b) for a, b in pairs if a != b])
    loops = {a for a, b in pairs if a == b}
    if not leftover and not loops:
        return []
    graph: nx.DiGraph[int] = nx.DiGraph()
    graph.add_edges_from((a, b) for a, b in pairs if a in leftover and b in leftover)
    graph.add_edges_from((a, a) for a in loops)
    nodes: set[int] = set()
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            nodes |= component
    nodes |= loops
    found = [normalise_cycle(c) for c in itertools.islice(
        nx.simple_cycles(graph.subgraph(nodes)), limit)]
    return sorted(found, key=lambda c: (len(c), c))


def normalise_cycle(cycle: list[int]) -> list[int]:
    """Rotate a cycle so it starts at its smallest id, keeping its order."""
    start = cycle.index(min(cycle))
    return cycle[start:] + cycle[:start]


def cycle_links(cycle: list[int]) -> list[Pair]:
    """The (dependent, prerequisite) links of a cycle, in order."""
    return [(cycle[k], cycle[(k + 1) % len(cycle)]) for k in range(len(cycle))]


def link_to_cut(cycle: list[int], initiatives: Mapping[int, Attrs],
                link_ids: Mapping[Pair, int] | None = None) -> tuple[Pair, str]:
    """The link whose removal breaks the cycle with the least schedule impact, and why.

    Dates cannot honour every link of a cycle, so at least one link is already
    broken by the plan (its dependent starts before the prerequisite ends).
    Cutting the most-broken link leaves every current date valid; cutting any
    other would force dates to move. Without dates to compare, the newest link
    (highest row id) is cut: it is the one most likely added by mistake.
    """
    link_ids = link_ids or {}
    best: tuple[float, int, Pair] | None = None
    for a, b in cycle_links(cycle):
        overlap = _overlap_days(initiatives.get(a), initiatives.get(b))
        score = (float("-inf") if overlap is None else overlap, link_ids.get((a, b), 0), (a, b))
        if best is None or score[:2] > best[:2]:
            best = score
    assert best is not None
    gap, _row, link = best
    if gap != float("-inf") and gap > 0:
        why = counted(int(gap),
                      translate("Schedule", "the plan already starts it {count} day before "
                                "that ends, so cutting this link moves no dates"),
                      translate("Schedule", "the plan already starts it {count} days before "
                                "that ends, so cutting this link moves no dates"))
    elif gap != float("-inf"):
        why = translate("Schedule", "its dates leave the most room, so cutting it moves no dates")
    else:
        why = translate("Schedule", "it is the newest link in the cycle")
    return link, why


def _overlap_days(dependent: Attrs | None, prerequisite: Attrs | None) -> int | None:
    if not dependent or not prerequisite:
        return None
    if None in (dependent.get("start"), prerequisite.get("end")):
        return None
    days: int = (prerequisite["end"] - dependent["start"]).days
    return days


def acyclic(nodes: Iterable[int], pairs: Iterable[Pair],
            cuts: Iterable[Pair] = ()) -> tuple[list[int], list[Pair], list[Pair]]:
    """A topological order of `nodes` (prerequisites first), the links kept, the links ignored.

    Links in `cuts` are ignored first; any cycle left is broken by ignoring
    the links a depth-first search finds closing it. Links touching nodes
    outside `nodes` are dropped silently.
    """
    node_set = set(nodes)
    cut_set = set(cuts)
    ignored = [p for p in pairs if p in cut_set and p[0] in node_set and p[1] in node_set]
    kept = [
        (a, b) for a, b in pairs
        if a in node_set and b in node_set and a != b and (a, b) not in cut_set
    ]
    ignored += [(a, b) for a, b in pairs if a == b and a in node_set]
    order, leftover = _kahn(node_set, kept)
    if leftover:
        back = set(_back_edges(leftover, [p for p in kept if p[0] in leftover
                                          and p[1] in leftover]))
        ignored += sorted(back)
        kept = [p for p in kept if p not in back]
        order, leftover = _kahn(node_set, kept)
        assert not leftover
    return order, kept, ignored


def _kahn(nodes: set[int], pairs: list[Pair]) -> tuple[list[int], set[int]]:
    # Prerequisites first: an edge prerequisite -> dependent for every (dependent, prereq).
    waiting = dict.fromkeys(nodes, 0)
    after: dict[int, list[int]] = {}
    for a, b in pairs:
        waiting[a] += 1
        after.setdefault(b, []).append(a)
    ready = deque(sorted(n for n, count in waiting.items() if count == 0))
    order: list[int] = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in after.get(node, ()):
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    return order, nodes - set(order)


def _back_edges(nodes: set[int], pairs: list[Pair]) -> list[Pair]:
    # Iterative DFS; an edge to a node still on the stack closes a cycle.
    succ: dict[int, list[int]] = {}
    for a, b in pairs:
        succ.setdefault(a, []).append(b)
    state: dict[int, int] = {}  # 1 on stack, 2 finished
    back: list[Pair] = []
    for root in sorted(nodes):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(sorted(succ.get(root, ()))))]
        while stack:
            node, children = stack[-1]
            for child in children:
                if state.get(child) == 1:
                    back.append((node, child))
                elif child not in state:
                    state[child] = 1
                    stack.append((child, iter(sorted(succ.get(child, ())))))
                    break
            else:
                state[node] = 2
                stack.pop()
    return back


# --- dates ----------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    """The scheduling results of one roadmap."""

    dates: dict[int, tuple[dt.date, dt.date]]
    """Earliest dates of every dated, non-cancelled initiative (unchanged ones included)."""
    critical_path: list[int]
    """The chain of dependent open initiatives with the greatest total duration, first to last."""
    slack: dict[int, int]
    """Open dated initiative id -> days it can lengthen before the critical chain does."""
    ignored: list[Pair]
    """Links left out because they close a cycle (CR201)."""

    def moves(self, initiatives: Mapping[int, Attrs]) -> dict[int, tuple[dt.date, dt.date]]:
        """Only the initiatives whose dates the earliest schedule changes."""
        return {
            key: dates for key, dates in self.dates.items()
            if (initiatives[key]["start"], initiatives[key]["end"]) != dates
        }


@dataclass(frozen=True)
class Structure:
    """What a schedule's dates are computed along: the dated initiatives and their links.

    It stays valid while the links, the links cut and which initiatives are
    dated stay the same (dates, titles and the rest may change).
    """

    dated: frozenset[int]
    """Initiatives with a start and an end that are not cancelled."""
    order: list[int]
    """A topological order of `dated`, prerequisites first."""
    prereqs: dict[int, list[int]]
    """Initiative -> the prerequisites it waits for (links kept)."""
    ignored: list[Pair]
    """Links left out because they close a cycle (CR201)."""


def is_dated(attrs: Attrs) -> bool:
    """Whether an initiative takes part in the schedule: dated and not cancelled."""
    return (attrs.get("start") is not None and attrs.get("end") is not None
            and attrs.get("status") is not Status.CANCELLED)


def structure(initiatives: Mapping[int, Attrs], pairs: list[Pair],
              cuts: Iterable[Pair] = ()) -> Structure:
    """The schedule's structure of these initiatives and links (see `plan`)."""
    dated = [k for k, a in initiatives.items() if is_dated(a)]
    order, kept, ignored = acyclic(dated, pairs, cuts)
    prereqs: dict[int, list[int]] = {}
    for a, b in kept:
        prereqs.setdefault(a, []).append(b)
    return Structure(frozenset(dated), order, prereqs, ignored)


def plan(initiatives: Mapping[int, Attrs], pairs: list[Pair],
         cuts: Iterable[Pair] = (), *, known: Structure | None = None) -> Plan:
    """Earliest dates, critical path and slack from initiative attributes and links.

    `initiatives` maps id -> attributes with start, end and status (graph
    node attributes will do); `cuts` are the links to ignore first when
    dependencies form a cycle. `known` is their structure when the caller
    has it already (it must be what `structure` gives for them).
    """
    shape = known if known is not None else structure(initiatives, pairs, cuts)
    order, prereqs = shape.order, shape.prereqs
    dates: dict[int, tuple[dt.date, dt.date]] = {}
    for key in order:
        attrs = initiatives[key]
        start, end = attrs["start"], attrs["end"]
        if attrs.get("status") not in FIXED:
            earliest = max((dates[p][1] for p in prereqs.get(key, ())), default=start)
            if earliest > start:
                end = end + (earliest - start)
                start = earliest
        dates[key] = (start, end)

    open_nodes = {k for k in order if initiatives[k].get("status") not in FIXED}
    path, slack = _critical_path(
        [k for k in order if k in open_nodes],
        {k: duration_days(initiatives[k]["start"], initiatives[k]["end"]) for k in open_nodes},
        {k: [p for p in prereqs.get(k, ()) if p in open_nodes] for k in open_nodes},
    )
    return Plan(dates, path, slack, list(shape.ignored))


def _critical_path(order: list[int], duration: Mapping[int, int],
                   prereqs: Mapping[int, list[int]]) -> tuple[list[int], dict[int, int]]:
    # Classic CPM on durations alone: forward pass, backward pass, total float.
    if not order:
        return [], {}
    early_start: dict[int, int] = {}
    early_finish: dict[int, int] = {}
    for key in order:
        early_start[key] = max((early_finish[p] for p in prereqs[key]), default=0)
        early_finish[key] = early_start[key] + duration[key]
    finish = max(early_finish.values())
    dependents: dict[int, list[int]] = {}
    for key in order:
        for p in prereqs[key]:
            dependents.setdefault(p, []).append(key)
    late_start: dict[int, int] = {}
    for key in reversed(order):
        late_finish = min((late_start[d] for d in dependents.get(key, ())), default=finish)
        late_start[key] = late_finish - duration[key]
    slack = {key: late_start[key] - early_start[key] for key in order}
    last = min(k for k in order if early_finish[k] == finish)
    path = [last]
    while True:
        driving = sorted(p for p in prereqs[path[-1]] if early_finish[p] == early_start[path[-1]])
        if not driving:
            break
        path.append(driving[0])
    path.reverse()
    return path, slack


# --- document level -----------------------------------------------------------------


def document_plan(doc: Document, *, cycle_limit: int = 25) -> tuple[Plan, dict[int, Any]]:
    """The Plan of a document (cycles cut where CR201 suggests) and its initiatives by id."""
    from .graph import build_graph, dependency_links

    graph = build_graph(doc)
    initiatives = {
        a["id"]: a for _k, a in graph.nodes(data=True) if a["kind"] == "initiative"
    }
    link_ids = dependency_links(graph)
    pairs = list(link_ids)
    cuts = [link_to_cut(c, initiatives, link_ids)[0] for c in find_cycles(pairs, cycle_limit)]
    return plan(initiatives, pairs, cuts), initiatives


def earliest_schedule(doc: Document) -> dict[int, tuple[dt.date, dt.date]]:
    """The earliest dates satisfying every dependency, for every dated non-cancelled initiative.

    Each initiative keeps its duration and never starts earlier than planned;
    it moves later only as far as its prerequisites require. Done initiatives
    stay put; date-less ones are not included.
    """
    return document_plan(doc)[0].dates


def schedule_changes(doc: Document) -> dict[int, tuple[dt.date, dt.date]]:
    """Only the initiatives auto-schedule would move, with their new dates (the preview)."""
    result, initiatives = document_plan(doc)
    return result.moves(initiatives)


def auto_schedule(doc: Document, label: str = "Auto-schedule", *,
                  moves: Mapping[int, tuple[dt.date, dt.date]] | None = None) -> Change:
    """Apply the earliest schedule as one undoable change (empty when nothing moves).

    `moves` are the initiatives to move with their new dates when the caller
    has them (the app's analysis has them at hand), else they are computed.
    """
    moves = dict(moves) if moves is not None else schedule_changes(doc)
    return doc.initiatives.reschedule(moves, label)
