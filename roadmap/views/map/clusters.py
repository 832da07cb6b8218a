"""Department clusters: the graph view's second layout (see roadmap.views.map.layered for units).

Initiatives are grouped by lead department, one box per department with
its node first, its initiatives in dependency-then-date order and its
owners; vendors get a box of their own. `cluster_frames` gives the boxes
the graph view (and any printout) draws behind the nodes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Mapping

import networkx as nx

from roadmap.graph import no_lead_label
from roadmap.i18n import translate
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.views.map.layered import (
    NODE_SIZE,
    SLOT_MARGIN,
    MapGraph,
    Position,
    break_cycles,
    dependency_edges,
    initiative_neighbours,
    layout_bounds,
    node_kind,
    normalise,
    sort_key,
    start_of,
)

CLUSTER_PADDING = 28.0
"""Space inside a cluster box around its nodes (see `cluster_frames`)."""

Leads = Mapping[NodeKey, NodeKey | None]
"""Initiative -> its lead department's key, or None."""

Group = tuple[NodeKey | None, str, list[NodeKey]]
"""A cluster: (department key or None, label, member nodes)."""

Frame = tuple[NodeKey | None, str, tuple[float, float, float, float]]
"""A cluster's box: (department key or None, label, (left, top, right, bottom))."""


def lead_departments(graph: MapGraph) -> dict[NodeKey, NodeKey | None]:
    """Each initiative's lead department as a node key, or None.

    `build_graph` decides ownership once and stores the id in the node's
    `lead_department` attribute; that is used when present. Otherwise the
    takes_part edges decide: the department with role 'lead' (the first by
    key when several), else the first department taking part.
    """
    kinds = {n: node_kind(graph, n) for n in graph}
    roles: dict[NodeKey, list[tuple[int, tuple[str, int], NodeKey]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "takes_part" and kinds.get(v) == "initiative":
            rank = 0 if str(data.get("role", "")).lower() == "lead" else 1
            roles[v].append((rank, sort_key(u), u))
    leads: dict[NodeKey, NodeKey | None] = {}
    for node, kind in kinds.items():
        if kind != "initiative":
            continue
        attrs = graph.nodes[node]
        if "lead_department" in attrs:
            key = attrs["lead_department"]
            leads[node] = None if key is None else NodeKey(NodeKind.DEPARTMENT, int(key))
        else:
            leads[node] = min(roles[node])[2] if roles.get(node) else None
    return leads


def cluster_groups(graph: MapGraph, lead: Leads | None = None) -> list[Group]:
    """The clusters of `cluster_layout`: (department key or None, label, member nodes).

    One cluster per department (its node first, then the initiatives it
    leads, then its owners: by the owner's `department_id` when the graph
    has it, else where most of the owner's initiatives are), then 'No lead department'
    and 'Vendors'. `lead` overrides `lead_departments(graph)`.
    """
    kinds = {n: node_kind(graph, n) for n in graph}
    lead = dict(lead_departments(graph) if lead is None else lead)
    departments = sorted((n for n, k in kinds.items() if k == "department"), key=sort_key)
    members: dict[NodeKey | None, list[NodeKey]] = {d: [d] for d in departments}
    members[None] = []
    for node in sorted((n for n, k in kinds.items() if k == "initiative"), key=sort_key):
        home = lead.get(node)
        members[home if home in members else None].append(node)
    vendors: list[NodeKey] = []
    unknown: list[NodeKey] = []
    for node in sorted((n for n, k in kinds.items() if k not in ("department", "initiative")),
                       key=sort_key):
        home_id = graph.nodes[node].get("department_id")
        home = NodeKey(NodeKind.DEPARTMENT, home_id) if isinstance(home_id, int) else None
        if kinds[node] == "owner" and home in members:
            members[home].append(node)
        elif kinds[node] == "owner":
            homes = Counter(
                lead.get(m) if lead.get(m) in members else None
                for m in initiative_neighbours(graph, node, kinds)
            )
            best = min(homes.items(), key=_most_then_first)[0] if homes else None
            members[best].append(node)
        elif kinds[node] == "vendor":
            vendors.append(node)
        else:
            unknown.append(node)
    groups: list[Group] = [
        (d, str(graph.nodes[d].get("name") or graph.nodes[d].get("label") or d), members[d])
        for d in departments
    ]
    if members[None]:
        groups.append((None, no_lead_label(), members[None]))
    if vendors or unknown:
        groups.append((None, translate("Views", "Vendors"), vendors + unknown))
    return groups


def _most_then_first(item: tuple[NodeKey | None, int]) -> tuple[int, bool, tuple[str, int]]:
    """Order (home, count) pairs: most initiatives first, a department before none, then key."""
    home, count = item
    return (-count, home is None, sort_key(home) if home is not None else ("", 0))


def cluster_layout(
    graph: MapGraph,
    *,
    lead: Leads | None = None,
    dates: Mapping[NodeKey, dt.date] | None = None,
    aspect: float = 2.2,
) -> dict[NodeKey, Position]:
    """Positions grouping initiatives by lead department, one box per group.

    Inside a box the department comes first (top left), then its
    initiatives in dependency-then-date order in a grid, then its owners.
    Boxes are packed in rows aiming at `aspect` (width / height) overall;
    each box itself aims at 1.5.
    """
    kinds = {n: node_kind(graph, n) for n in graph}
    order = _reading_order(graph, kinds, dates)
    cell_w = max(w for w, _ in NODE_SIZE.values()) + SLOT_MARGIN
    cell_h = max(h for _, h in NODE_SIZE.values()) + SLOT_MARGIN
    boxes: list[tuple[float, float, dict[NodeKey, Position]]] = []
    for _key, _label, nodes in cluster_groups(graph, lead):
        nodes = sorted(nodes, key=lambda n: (_KIND_RANK.get(kinds[n], 9), order.get(n, 0)))
        cols = max(1, round(math.sqrt(len(nodes) * cell_h / cell_w * 1.5)))
        rows = math.ceil(len(nodes) / cols)
        local = {n: ((i % cols) * cell_w, (i // cols) * cell_h) for i, n in enumerate(nodes)}
        boxes.append((cols * cell_w + 2 * CLUSTER_PADDING, rows * cell_h + 3 * CLUSTER_PADDING,
                      local))
    area = sum(w * h for w, h, _ in boxes)
    target = max([math.sqrt(area * aspect), *(w for w, _, _ in boxes)], default=0.0)
    positions: dict[NodeKey, Position] = {}
    x = y = shelf = 0.0
    for width, height, local in boxes:
        if x > 0 and x + width > target:
            x, y, shelf = 0.0, y + shelf + CLUSTER_PADDING, 0.0
        for node, (lx, ly) in local.items():
            positions[node] = (x + CLUSTER_PADDING + lx, y + 2 * CLUSTER_PADDING + ly)
        x += width + CLUSTER_PADDING
        shelf = max(shelf, height)
    return normalise(positions, kinds)


_KIND_RANK = {"department": 0, "initiative": 1, "owner": 2, "vendor": 3}


def _reading_order(graph: MapGraph, kinds: Mapping[NodeKey, str],
                   dates: Mapping[NodeKey, dt.date] | None) -> dict[NodeKey, int]:
    """Initiatives in an order where prerequisites come first, then by start date."""
    initiatives = [n for n, k in kinds.items() if k == "initiative"]
    dag: MapGraph = nx.DiGraph()
    dag.add_nodes_from(initiatives)
    dag.add_edges_from(dependency_edges(graph, set(initiatives)))
    break_cycles(dag)

    def key(node: NodeKey) -> tuple[int, str, int]:
        start = start_of(graph, node, dates) or dt.date.max
        return (start.toordinal(), *sort_key(node))

    return {n: i for i, n in enumerate(nx.lexicographical_topological_sort(dag, key=key))}


def cluster_frames(
    graph: MapGraph,
    positions: Mapping[NodeKey, Position],
    lead: Leads | None = None,
) -> list[Frame]:
    """The box around each cluster's positioned members: (department, label, (l, t, r, b)).

    Drawn behind the nodes by the graph view and the PDF; an empty cluster
    (no positioned member) has no frame.
    """
    frames: list[Frame] = []
    for key, label, nodes in cluster_groups(graph, lead):
        placed = {n: positions[n] for n in nodes if n in positions}
        if not placed:
            continue
        left, top, right, bottom = layout_bounds(graph, placed)
        pad = CLUSTER_PADDING * 0.75
        frames.append((key, label, (left - pad, top - pad * 2, right + pad, bottom + pad)))
    return frames
