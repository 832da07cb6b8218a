"""A built roadmap graph brought up to date after an edit of some initiatives.

`patched(graph, doc, touched)` returns the graph `build_graph(doc)` would
return now (the same nodes, edges and attributes), given that since `graph`
was built only the rows of the `touched` initiatives changed, together with
participations, dependencies and vendor uses of theirs. It reads just those
rows, so the cost follows the size of the edit, not of the roadmap.

The result shares what did not change with `graph` and never modifies it
(copy on write): an analysis published earlier, a view and a worker thread
may all still be reading the old graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from roadmap.model.entities import Dependency, Initiative, Participation, VendorUse
from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey, NodeKind

from .graph import (
    Attrs,
    Edge,
    RoadmapGraph,
    _rows,
    derive_initiative,
    link_edges,
    no_gc,
    part_edges,
    people_edges,
    vendor_edges,
)

if TYPE_CHECKING:
    from roadmap.services.document import Document

MOST_TOUCHED = 400
"""Above this many initiatives an edit is cheaper to follow by building the graph anew."""


class _Keys(Mapping[int, NodeKey]):
    """The node keys of one kind present in a graph, looked up by row id without a copy."""

    def __init__(self, nodes: Mapping[NodeKey, Any], kind: NodeKind) -> None:
        self._nodes = nodes
        self._kind = kind

    def __getitem__(self, key: int) -> NodeKey:
        node = NodeKey(self._kind, key)
        if node not in self._nodes:
            raise KeyError(key)
        return node

    def __contains__(self, key: object) -> bool:
        return isinstance(key, int) and NodeKey(self._kind, key) in self._nodes

    def __iter__(self) -> Iterator[int]:
        return (k.id for k in self._nodes if k.kind is self._kind)

    def __len__(self) -> int:
        return sum(1 for _ in self)


Inner = dict[NodeKey, dict[NodeKey, dict[str, Attrs]]]
"""networkx's adjacency: node -> neighbour -> edge key -> edge attributes."""


def internals(graph: RoadmapGraph) -> tuple[dict[NodeKey, Attrs], Inner, Inner]:
    """networkx's node, successor and predecessor dicts of a graph (read, never modify)."""
    return (getattr(graph, "_node"), getattr(graph, "_succ"),  # noqa: B009
            getattr(graph, "_pred"))  # noqa: B009


def patched(graph: RoadmapGraph, doc: Document, touched: Iterable[int]) -> RoadmapGraph:
    """The graph of `doc` now, from `graph` and the current rows of the `touched` initiatives."""
    with no_gc():
        return _patched(graph, doc, sorted(set(touched)))


def _patched(graph: RoadmapGraph, doc: Document, touched: list[int]) -> RoadmapGraph:
    new: RoadmapGraph = nx.MultiDiGraph()
    new.graph.update(graph.graph)
    old_nodes, old_succ, old_pred = internals(graph)
    nodes: dict[NodeKey, Attrs] = dict(old_nodes)
    succ: Inner = dict(old_succ)
    pred: Inner = dict(old_pred)
    mine_succ: set[NodeKey] = set()  # nodes whose inner dicts this patch copied
    mine_pred: set[NodeKey] = set()

    def own_succ(key: NodeKey) -> dict[NodeKey, dict[str, Attrs]]:
        if key not in mine_succ:
            succ[key] = dict(succ[key])
            mine_succ.add(key)
        return succ[key]

    def own_pred(key: NodeKey) -> dict[NodeKey, dict[str, Attrs]]:
        if key not in mine_pred:
            pred[key] = dict(pred[key])
            mine_pred.add(key)
        return pred[key]

    keys = [NodeKey(NodeKind.INITIATIVE, x) for x in touched]
    for key in keys:  # every edge of a touched initiative goes; its rows put them back
        if key in nodes:
            for target in succ[key]:
                del own_pred(target)[key]
            for source in pred[key]:
                del own_succ(source)[key]
            succ[key], pred[key] = {}, {}
            mine_succ.add(key)
            mine_pred.add(key)

    rows = {i["id"]: i for i in _rows(doc, Initiative, "id", touched)}
    for key in keys:
        if key.id not in rows and key in nodes:
            del nodes[key], succ[key], pred[key]

    is_it = {k.id: bool(a["is_it"]) for k, a in nodes.items() if k.kind is NodeKind.DEPARTMENT}
    owner_dept = {k.id: a["department_id"] for k, a in nodes.items()
                  if k.kind is NodeKind.OWNER}
    for key in keys:
        if key.id in rows and key not in nodes:
            nodes[key] = {}  # a new initiative: its attributes follow
            succ[key], pred[key] = {}, {}
            mine_succ.add(key)
            mine_pred.add(key)
    initiatives = _Keys(nodes, NodeKind.INITIATIVE)
    departments = _Keys(nodes, NodeKind.DEPARTMENT)
    owners = _Keys(nodes, NodeKind.OWNER)
    vendors = _Keys(nodes, NodeKind.VENDOR)

    parts: dict[int, list[tuple[int, Role]]] = {}
    edges: list[Edge] = part_edges(_rows(doc, Participation, "initiative_id", touched),
                                   initiatives, is_it, departments, initiatives, parts)
    for key in keys:
        row = rows.get(key.id)
        if row is not None:
            derive_initiative(row, parts.get(key.id, ()), owner_dept, is_it)
            nodes[key] = row  # a new dict: the old graph keeps its own
            edges += people_edges(row, owner_dept, owners, key)
    edges += link_edges(_rows(doc, Dependency, "initiative_id|depends_on_id", touched),
                        initiatives, initiatives)
    edges += vendor_edges(_rows(doc, VendorUse, "initiative_id", touched),
                          initiatives, vendors, initiatives)
    for u, v, kind, attrs in edges:  # a MultiDiGraph's edge-key dicts are plain dicts
        out, into = own_succ(u), own_pred(v)
        keydict = out.get(v)
        if keydict is None:
            keydict = out[v] = into[u] = {}
        keydict[kind] = attrs

    # networkx's own attributes: setting _adj sets _succ too and resets the cached views.
    setattr(new, "_node", nodes)  # noqa: B010
    setattr(new, "_adj", succ)  # noqa: B010
    setattr(new, "_pred", pred)  # noqa: B010
    clear = getattr(nx, "_clear_cache", None)
    if clear is not None:
        clear(new)
    return new
