"""What the graph view draws: nodes and typed edges read from the roadmap graph.

No Qt here, so the rules (which edge kind a participation becomes, which
dependencies are violated, what a node's label says) are tested on their
own. The view turns a `GraphData` into items and diffs the next one
against it, so an edit updates only what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx
from PySide6.QtCore import QCoreApplication

from roadmap.analysis import Analysis
from roadmap.graph import RoadmapGraph, build_graph
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.services.changes import Change
from roadmap.services.document import Document, row_values

EDGE_KINDS = (
    "depends_on", "leads", "contributes", "enables", "accountable", "sponsors", "uses_vendor",
)
"""The edge kinds the view distinguishes (takes_part splits by role)."""

NODE_KINDS = ("initiative", "department", "owner", "vendor")
"""The node kinds, in drawing order (initiatives on top)."""

_ROLE_EDGE = {"lead": "leads", "contributor": "contributes", "enabler": "enables"}


@dataclass(frozen=True)
class NodeInfo:
    """One node as drawn: key, kind, text and the flags that change its look."""

    key: NodeKey
    kind: str
    label: str
    detail: str = ""
    colour: str | None = None
    """The department's colour (departments) or the lead department's (initiatives)."""
    health: str | None = None
    status: str | None = None
    it_alone: bool = False
    is_it: bool = False
    departments: frozenset[NodeKey] = frozenset()
    """Department keys involved (initiatives), the department itself (departments)."""


@dataclass(frozen=True)
class EdgeInfo:
    """One edge as drawn, from `tail` to `head` (the arrow's end).

    depends_on runs prerequisite -> dependent (the flow's direction, the
    reverse of the graph's edge); department, owner -> initiative; and
    initiative -> vendor.
    """

    tail: NodeKey
    head: NodeKey
    kind: str
    violated: bool = False

    @property
    def key(self) -> tuple[NodeKey, NodeKey, str]:
        """Stable identity across rebuilds."""
        return (self.tail, self.head, self.kind)


@dataclass
class GraphData:
    """Everything one rebuild of the view needs."""

    graph: nx.MultiDiGraph
    nodes: dict[NodeKey, NodeInfo] = field(default_factory=dict)
    edges: dict[tuple[NodeKey, NodeKey, str], EdgeInfo] = field(default_factory=dict)
    flow: nx.DiGraph = field(default_factory=nx.DiGraph)
    """prerequisite -> dependent, for 'waits for' and 'waited on by'."""

    def upstream(self, key: NodeKey) -> set[NodeKey]:
        """Every initiative `key` waits for, transitively."""
        return nx.ancestors(self.flow, key) if key in self.flow else set()

    def downstream(self, key: NodeKey) -> set[NodeKey]:
        """Every initiative that waits for `key`, transitively."""
        return nx.descendants(self.flow, key) if key in self.flow else set()


def _text(value: Any) -> str:
    label = getattr(value, "label", None)
    return str(label if label is not None else value or "")


def _period(attrs: dict[str, Any]) -> str:
    start, end = attrs.get("start"), attrs.get("end")
    if isinstance(start, dt.date) and isinstance(end, dt.date):
        return f"{start:%b %Y} – {end:%b %Y}"
    if attrs.get("bucket"):
        return _text(attrs["bucket"])
    return QCoreApplication.translate("GraphData", "no dates")


def _node(key: NodeKey, attrs: dict[str, Any], colours: Mapping[int, str | None]) -> NodeInfo:
    kind = str(attrs.get("kind", key.kind.value))
    if kind == "initiative":
        departments = frozenset(NodeKey(NodeKind.DEPARTMENT, d)
                                for d in attrs.get("departments") or {})
        lead = attrs.get("lead_department")
        return NodeInfo(
            key, kind, str(attrs.get("title") or key),
            f"{_text(attrs.get('status'))} · {_period(attrs)}",
            colours.get(lead) if lead is not None else None,
            str(attrs.get("health") or "") or None, str(attrs.get("status") or "") or None,
            bool(attrs.get("it_alone")), False, departments,
        )
    if kind == "department":
        return NodeInfo(
            key,
            kind,
            str(attrs.get("name") or key),
            "IT" if attrs.get("is_it") else QCoreApplication.translate("GraphData", "Business"),
            attrs.get("colour"),
            is_it=bool(attrs.get("is_it")),
            departments=frozenset({key}),
        )
    if kind == "owner":
        dept = attrs.get("department_id")
        return NodeInfo(key, kind, str(attrs.get("name") or key), str(attrs.get("role") or ""),
                        colours.get(dept) if dept is not None else None,
                        is_it=bool(attrs.get("is_it")),
                        departments=frozenset({NodeKey(NodeKind.DEPARTMENT, dept)}
                                              if dept else ()))
    if kind == "vendor":
        return NodeInfo(
            key,
            kind,
            str(attrs.get("name") or key),
            _text(attrs.get("category")) or QCoreApplication.translate("GraphData", "Other"),
        )
    return NodeInfo(key, kind, str(key))


def graph_data(doc: Document, analysis: Analysis | None = None) -> GraphData:
    """Read the document's graph into nodes and typed edges.

    `analysis` supplies `it_alone` and
    `violated` when given; otherwise they come from the graph itself (the
    ownership flags of `build_graph`, and CR202's rule applied to the dates).
    """
    return data_from_graph(build_graph(doc), analysis)


def data_from_graph(graph: RoadmapGraph, analysis: Analysis | None = None) -> GraphData:
    """`graph_data` for an already built graph."""
    colours = {
        attrs["id"]: attrs.get("colour") for _k, attrs in graph.nodes(data=True)
        if attrs.get("kind") == "department" and "id" in attrs
    }
    data = GraphData(graph)
    for key, attrs in graph.nodes(data=True):
        data.nodes[key] = _node(key, attrs, colours)
        if attrs.get("kind") == "initiative":
            data.flow.add_node(key)
    it_alone = analysis.it_alone if analysis is not None else None
    if it_alone is not None:
        for key, info in data.nodes.items():
            if info.kind == "initiative":
                flag = key.id in it_alone
                if flag != info.it_alone:
                    data.nodes[key] = replace(info, it_alone=flag)
    violated = analysis.violated if analysis is not None else None
    for u, v, attrs in graph.edges(data=True):
        for edge in _edges(graph, u, v, attrs, violated):
            data.edges[edge.key] = edge
            if edge.kind == "depends_on":
                data.flow.add_edge(edge.tail, edge.head)
    return data


def apply_analysis(data: GraphData, analysis: Analysis | None) -> set[NodeKey] | None:
    """Take a new analysis's IT-alone flags and violated links into `data`, in place.

    The same flags `data_from_graph(data.graph, analysis)` would give, without
    rebuilding every node and edge: returns the keys of the nodes whose look
    changed (with the ends of changed links), or None when the analysis names
    an initiative or a dependency `data` does not have (then rebuild).
    """
    it_alone = analysis.it_alone if analysis is not None else None
    violated = analysis.violated if analysis is not None else None
    graph = data.graph
    initiatives = {key.id: key for key, info in data.nodes.items()
                   if info.kind == "initiative"}
    links = {(e.head.id, e.tail.id): edge_key
             for edge_key, e in data.edges.items() if e.kind == "depends_on"}
    if (it_alone is not None and not it_alone <= initiatives.keys()) or \
            (violated is not None and not violated <= links.keys()):
        return None
    touched: set[NodeKey] = set()
    for number, key in initiatives.items():
        info = data.nodes[key]
        flag = number in it_alone if it_alone is not None else \
            bool(graph.nodes[key].get("it_alone"))
        if flag != info.it_alone:
            data.nodes[key] = replace(info, it_alone=flag)
            touched.add(key)
    for pair, edge_key in links.items():
        edge = data.edges[edge_key]
        broken = pair in violated if violated is not None else \
            _starts_before_end(graph.nodes[edge.head], graph.nodes[edge.tail])
        if broken != edge.violated:
            data.edges[edge_key] = replace(edge, violated=broken)
            touched |= {edge.tail, edge.head}
    return touched


def _edges(graph: RoadmapGraph, u: NodeKey, v: NodeKey, attrs: dict[str, Any],
           violated: AbstractSet[tuple[int, int]] | None) -> Iterable[EdgeInfo]:
    kind = attrs.get("kind")
    if kind == "depends_on":
        pair = (u.id, v.id)
        if violated is not None:
            broken = pair in violated
        else:
            broken = _starts_before_end(graph.nodes[u], graph.nodes[v])
        yield EdgeInfo(v, u, "depends_on", broken)
    elif kind == "takes_part":
        yield EdgeInfo(u, v, _ROLE_EDGE.get(str(attrs.get("role")), "contributes"))
    elif kind in ("accountable", "sponsors", "uses_vendor"):
        yield EdgeInfo(u, v, kind)


def _starts_before_end(dependent: dict[str, Any], prerequisite: dict[str, Any]) -> bool:
    """CR202's rule (roadmap.analysis.dependencies.violated_pairs), for when no analysis is at hand.

    Done and cancelled dependents are history; a cancelled prerequisite is CR203's business.
    """
    if str(dependent.get("status")) in ("done", "cancelled"):
        return False
    if str(prerequisite.get("status")) == "cancelled":
        return False
    start, end = dependent.get("start"), prerequisite.get("end")
    return isinstance(start, dt.date) and isinstance(end, dt.date) and start < end


_STRUCTURAL = {
    "initiative": {"owner_id", "sponsor_id"},
    "department": {"colour", "is_it"},
    "owner": {"department_id"},
    "vendor": set(),
}
"""Fields whose change moves links or ownership flags: those need a full rebuild."""


def apply_update(data: GraphData, doc: Document, change: Change) -> set[NodeKey] | None:
    """Apply a change that only edits node fields (a rename, new dates, a health).

    Updates the graph's node attributes from the document and returns the
    keys of the nodes whose look changed (their dependency links are
    re-checked too); None when the change adds, deletes or relinks rows
    and the data must be rebuilt with `graph_data`.
    """
    rows = change.rows
    if not rows:
        return set()
    for row in rows:
        if row.table not in _STRUCTURAL or row.before is None or row.after is None:
            return None
        if set(row.after) & _STRUCTURAL[row.table]:
            return None
        if NodeKey.of(row.table, row.key) not in data.nodes:
            return None
    colours = {
        attrs["id"]: attrs.get("colour") for _k, attrs in data.graph.nodes(data=True)
        if attrs.get("kind") == "department" and "id" in attrs
    }
    touched: set[NodeKey] = set()
    for row in rows:
        key = NodeKey.of(row.table, row.key)
        obj = getattr(doc, f"{row.table}s").find(row.key)
        if obj is None:
            return None
        attrs = data.graph.nodes[key]
        attrs.update(row_values(obj))
        old = data.nodes[key]
        data.nodes[key] = replace(_node(key, attrs, colours), it_alone=old.it_alone) \
            if row.table == "initiative" else _node(key, attrs, colours)
        touched.add(key)
    for edge_key, edge in list(data.edges.items()):
        if edge.kind == "depends_on" and (edge.tail in touched or edge.head in touched):
            broken = _starts_before_end(data.graph.nodes[edge.head], data.graph.nodes[edge.tail])
            if broken != edge.violated:
                data.edges[edge_key] = replace(edge, violated=broken)
                touched |= {edge.tail, edge.head}
    return touched


def neighbourhood(data: GraphData, seeds: Iterable[NodeKey], hops: int) -> set[NodeKey]:
    """Nodes within `hops` links of `seeds`, following links in either direction.

    Departments, owners and vendors are reached but not walked through
    (unless they are a seed): otherwise one hop via a department would pull
    in every initiative it takes part in.
    """
    adjacent: dict[NodeKey, set[NodeKey]] = {}
    for edge in data.edges.values():
        adjacent.setdefault(edge.tail, set()).add(edge.head)
        adjacent.setdefault(edge.head, set()).add(edge.tail)
    start = {s for s in seeds if s in data.nodes}
    seen = set(start)
    frontier = set(start)
    for _ in range(max(0, hops)):
        nxt: set[NodeKey] = set()
        for key in frontier:
            if data.nodes[key].kind != "initiative" and key not in start:
                continue
            nxt |= adjacent.get(key, set()) - seen
        seen |= nxt
        frontier = nxt
    return seen


def matches(data: GraphData, text: str) -> list[NodeKey]:
    """Node keys whose label contains `text` (any case), labels starting with it first."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    found = [(not info.label.casefold().startswith(wanted), info.label.casefold(), key)
             for key, info in data.nodes.items() if wanted in info.label.casefold()]
    return [key for *_sort, key in sorted(found)]
