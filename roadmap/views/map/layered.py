"""Where each node of the dependency map goes: shared by the graph view and the PDF.

Two layouts of the roadmap graph (`roadmap.graph.build_graph`); the second
lives in `roadmap.views.map.clusters`:

- `layered_layout`: a left-to-right dependency flow. An initiative sits to
  the right of every initiative it depends on; within that rule, initiatives
  drift right with their start date, so the flow also reads as time.
  Crossings are reduced by barycentre sweeps and rows are placed by
  least-squares (isotonic) smoothing. Departments and owners sit in bands
  above the flow, vendors in a band below, each near its initiatives.
- `cluster_layout`: initiatives grouped by lead department, one box per
  department, owners in the box where most of their initiatives are,
  vendors in a box of their own.

Units and coordinates: a position is the CENTRE of the node's box in layout
units, where one unit is one pixel at 100 % zoom in the graph view (the PDF
scales the whole drawing to fit its page). x grows to the right, y grows
DOWNWARD (Qt's convention; a PDF renderer flips it). Every layout is
normalised so the top-left corner of the bounding box of all node boxes
(sizes in `NODE_SIZE`) is (0, 0); `layout_bounds` gives the bounding box.

Both layouts are pure functions of the graph: the same graph gives the same
positions, whatever the insertion order of its nodes. Cycles (which a file
may contain even though the editor refuses them) are broken for layering by
dropping DFS back edges; the edges themselves are untouched.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx

from roadmap.model.keys import NodeKey

Position = tuple[float, float]
"""A node's centre (x, y) in layout units."""

if TYPE_CHECKING:  # networkx's classes are generic only in their stubs
    MapGraph: TypeAlias = nx.DiGraph[NodeKey]
else:
    MapGraph = nx.DiGraph
"""What the layouts read: the roadmap graph, or any directed graph keyed the same way."""

Pair = tuple[NodeKey, NodeKey]

NODE_SIZE: dict[str, tuple[float, float]] = {
    "initiative": (180.0, 56.0),
    "department": (190.0, 44.0),
    "owner": (170.0, 40.0),
    "vendor": (170.0, 44.0),
}
"""(width, height) of each kind of node box, in layout units."""

LAYER_GAP = 250.0
"""Horizontal distance between the centres of two dependency layers."""
ROW_GAP = 76.0
"""Vertical distance between the centres of two initiatives in one layer."""
BAND_GAP = 110.0
"""Space between the dependency flow and the bands of other nodes."""
SLOT_MARGIN = 24.0
"""Horizontal space between two neighbours in a band."""

_BAND_ORDER = ("department", "owner")  # above the flow, top to bottom
_BELOW = ("vendor",)
_FALLBACK_SIZE = (160.0, 44.0)


# --- node helpers ------------------------------------------------------------


def node_kind(graph: MapGraph, node: NodeKey) -> str:
    """The kind of a node: its `kind` attribute, else the kind of its key."""
    kind = graph.nodes[node].get("kind")
    if kind:
        return str(kind)
    return node.kind.value


def node_size(kind: str) -> tuple[float, float]:
    """The (width, height) of a node box of `kind` (a default for unknown kinds)."""
    return NODE_SIZE.get(kind, _FALLBACK_SIZE)


def sort_key(node: NodeKey) -> tuple[str, int]:
    """Natural order of node keys: 'initiative:2' before 'initiative:10'."""
    return (node.kind.value, node.id)


def start_of(graph: MapGraph, node: NodeKey,
             dates: Mapping[NodeKey, dt.date] | None) -> dt.date | None:
    """An initiative's start date: from `dates` when given, else its `start` attribute."""
    if dates is not None and node in dates:
        return dates[node]
    value = graph.nodes[node].get("start")
    return value if isinstance(value, dt.date) else None


def dependency_edges(graph: MapGraph, initiatives: set[NodeKey]) -> list[Pair]:
    """(prerequisite, dependent) pairs, in sorted order, from depends_on edges."""
    pairs: set[Pair] = set()
    for u, v, data in graph.edges(data=True):
        if data.get("kind") == "depends_on" and u in initiatives and v in initiatives and u != v:
            pairs.add((v, u))
    return sorted(pairs, key=lambda p: (sort_key(p[0]), sort_key(p[1])))


def break_cycles(dag: MapGraph) -> list[Pair]:
    """Remove the back edges a depth-first search finds; return them (sorted order).

    Afterwards `dag` is acyclic. Iterative, so deep chains never hit the
    recursion limit.
    """
    state: dict[NodeKey, int] = {}  # 1 on the stack, 2 done
    back: list[Pair] = []
    for root in sorted(dag, key=sort_key):
        if root in state:
            continue
        state[root] = 1
        stack: list[tuple[NodeKey, Iterator[NodeKey]]] = [
            (root, iter(sorted(dag.successors(root), key=sort_key)))]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif child not in state:
                state[child] = 1
                stack.append((child, iter(sorted(dag.successors(child), key=sort_key))))
            elif state[child] == 1:
                back.append((node, child))
    dag.remove_edges_from(back)
    return back


# --- the layered flow ---------------------------------------------------------


def layered_layout(
    graph: MapGraph,
    *,
    dates: Mapping[NodeKey, dt.date] | None = None,
    layer_gap: float = LAYER_GAP,
    row_gap: float = ROW_GAP,
    sweeps: int = 4,
    aspect: float = 3.0,
) -> dict[NodeKey, Position]:
    """Positions of every node: dependency flow left to right, other kinds in bands.

    `dates` maps initiative keys to start dates; without it the node
    attribute `start` is used when it is a date. `aspect` is the width to
    height ratio the flow aims for when dates let it spread initiatives over
    more layers than the dependencies need. Returns {node: (x, y)} centres.
    """
    kinds = {n: node_kind(graph, n) for n in graph}
    initiatives = sorted((n for n, k in kinds.items() if k == "initiative"), key=sort_key)
    dag: MapGraph = nx.DiGraph()
    dag.add_nodes_from(initiatives)
    dag.add_edges_from(dependency_edges(graph, set(initiatives)))
    break_cycles(dag)

    layers = _assign_layers(graph, dag, initiatives, dates, layer_gap, row_gap, aspect)
    _reduce_crossings(dag, layers, sweeps)
    positions: dict[NodeKey, Position] = {}
    ys = _place_rows(dag, layers, row_gap)
    for index, layer in enumerate(layers):
        for node in layer:
            positions[node] = (index * layer_gap, ys[node])

    _place_bands(graph, kinds, positions)
    return normalise(positions, kinds)


def _assign_layers(
    graph: MapGraph,
    dag: MapGraph,
    initiatives: list[NodeKey],
    dates: Mapping[NodeKey, dt.date] | None,
    layer_gap: float,
    row_gap: float,
    aspect: float,
) -> list[list[NodeKey]]:
    """Layers of initiatives: after every prerequisite, spread by start date."""
    if not initiatives:
        return []
    order = list(nx.lexicographical_topological_sort(dag, key=sort_key))
    depth: dict[NodeKey, int] = {}
    for node in order:
        depth[node] = max((depth[p] + 1 for p in dag.predecessors(node)), default=0)
    longest = max(depth.values()) + 1
    target = max(longest, round(math.sqrt(aspect * len(initiatives) * row_gap / layer_gap)))

    minimum = dict.fromkeys(initiatives, 0)
    dated = sorted(
        ((d, n) for n in initiatives if (d := start_of(graph, n, dates)) is not None),
        key=lambda item: (item[0], sort_key(item[1])),
    )
    first_rank: dict[dt.date, int] = {}
    for rank, (day, node) in enumerate(dated):
        rank = first_rank.setdefault(day, rank)
        minimum[node] = rank * target // len(dated)
    # Undated ideas go to the third of the flow their bucket names (now, next,
    # later; no bucket: anywhere), spread over its layers rather than piled up.
    thirds = {"now": (0, 1), "next": (1, 2), "later": (2, 3)}
    seen: Counter[str] = Counter()
    for node in initiatives:
        if start_of(graph, node, dates) is None:
            bucket = str(graph.nodes[node].get("bucket") or "")
            low, high = thirds.get(bucket, (0, 3))
            first, last = low * target // 3, max(low * target // 3 + 1, high * target // 3)
            minimum[node] = first + seen[bucket] % (last - first)
            seen[bucket] += 1

    layer_of: dict[NodeKey, int] = {}
    for node in order:
        after = max((layer_of[p] + 1 for p in dag.predecessors(node)), default=0)
        layer_of[node] = max(after, minimum[node])
    used = sorted(set(layer_of.values()))
    compact = {old: new for new, old in enumerate(used)}
    layers: list[list[NodeKey]] = [[] for _ in used]
    keyed = sorted(
        initiatives,
        key=lambda n: (start_of(graph, n, dates) or dt.date.max, sort_key(n)),
    )
    for node in keyed:
        layers[compact[layer_of[node]]].append(node)
    return layers


def _reduce_crossings(dag: MapGraph, layers: list[list[NodeKey]], sweeps: int) -> None:
    """Reorder each layer in place by the barycentre of its neighbours, sweeping both ways.

    Long edges count with the relative position of their far end, so no
    dummy nodes are needed.
    """
    pos: dict[NodeKey, float] = {}

    def relative(layer: list[NodeKey]) -> None:
        span = max(1, len(layer) - 1)
        for i, node in enumerate(layer):
            pos[node] = i / span

    for layer in layers:
        relative(layer)
    passes: tuple[tuple[range, Callable[[NodeKey], Iterator[NodeKey]]], ...] = (
        (range(1, len(layers)), dag.predecessors),
        (range(len(layers) - 2, -1, -1), dag.successors),
    )
    for _ in range(sweeps):
        for sequence, neighbours in passes:
            for index in sequence:
                layer = layers[index]
                bary: dict[NodeKey, float] = {}
                for node in layer:
                    near = [pos[m] for m in neighbours(node)]
                    bary[node] = sum(near) / len(near) if near else pos[node]
                layer.sort(key=lambda n: (bary[n], pos[n]))
                relative(layer)


def _isotonic(desired: list[float], gap: float) -> list[float]:
    """Values closest to `desired` (least squares) keeping order and at least `gap` apart."""
    shifted = [d - i * gap for i, d in enumerate(desired)]
    blocks: list[tuple[float, float, int]] = []  # (mean, weight, count)
    for value in shifted:
        blocks.append((value, 1.0, 1))
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            mean2, w2, c2 = blocks.pop()
            mean1, w1, c1 = blocks.pop()
            blocks.append(((mean1 * w1 + mean2 * w2) / (w1 + w2), w1 + w2, c1 + c2))
    result: list[float] = []
    for mean, _weight, count in blocks:
        result.extend([mean] * count)
    return [v + i * gap for i, v in enumerate(result)]


def _place_rows(dag: MapGraph, layers: list[list[NodeKey]],
                row_gap: float) -> dict[NodeKey, float]:
    """y of each initiative: near the mean of its neighbours, in layer order, row_gap apart."""
    y: dict[NodeKey, float] = {}
    for layer in layers:
        offset = (len(layer) - 1) * row_gap / 2
        for i, node in enumerate(layer):
            y[node] = i * row_gap - offset
    for sweep in range(4):
        sequence = layers if sweep % 2 == 0 else reversed(layers)
        for layer in sequence:
            desired: list[float] = []
            for node in layer:
                near = [y[m] for m in dag.predecessors(node)]
                near += [y[m] for m in dag.successors(node)]
                desired.append(sum(near) / len(near) if near else y[node])
            for node, value in zip(layer, _isotonic(desired, row_gap), strict=True):
                y[node] = value
    return y


# --- bands of departments, owners and vendors ---------------------------------


def initiative_neighbours(graph: MapGraph, node: NodeKey,
                          kinds: Mapping[NodeKey, str]) -> list[NodeKey]:
    """The initiatives linked to `node` in either direction, in key order."""
    near = set(graph.predecessors(node)) | set(graph.successors(node))
    return sorted((m for m in near if kinds.get(m) == "initiative"), key=sort_key)


def _place_bands(graph: MapGraph, kinds: Mapping[NodeKey, str],
                 positions: dict[NodeKey, Position]) -> None:
    """Put departments and owners in bands above the flow and vendors below it."""
    if positions:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        half_w, half_h = NODE_SIZE["initiative"][0] / 2, NODE_SIZE["initiative"][1] / 2
        left, right = min(xs) - half_w, max(xs) + half_w
        top, bottom = min(ys) - half_h, max(ys) + half_h
    else:
        left = right = top = bottom = 0.0
    by_kind: dict[str, list[NodeKey]] = defaultdict(list)
    for node, kind in kinds.items():
        if kind != "initiative":
            by_kind[kind].append(node)
    others = sorted(k for k in by_kind if k not in _BAND_ORDER and k not in _BELOW)

    edge = top - BAND_GAP
    for kind in reversed(_BAND_ORDER):
        if by_kind.get(kind):
            edge = _band(graph, kinds, by_kind[kind], positions, left, right, edge, -1) - BAND_GAP
    edge = bottom + BAND_GAP
    for kind in (*_BELOW, *others):
        if by_kind.get(kind):
            edge = _band(graph, kinds, by_kind[kind], positions, left, right, edge, 1) + BAND_GAP


def _band(
    graph: MapGraph, kinds: Mapping[NodeKey, str], nodes: list[NodeKey],
    positions: dict[NodeKey, Position], left: float, right: float, edge: float, direction: int,
) -> float:
    """Place `nodes` in rows starting at y `edge`, growing up (-1) or down (+1).

    Each node aims at the mean x of its initiatives; nodes without any go to
    the right end. A band wider than the flow wraps onto more rows. Returns
    the y of the band's far edge.
    """
    width, height = node_size(kinds[nodes[0]])
    slot = width + SLOT_MARGIN
    wanted: dict[NodeKey, float] = {}
    for node in nodes:
        xs = [positions[m][0] for m in initiative_neighbours(graph, node, kinds) if m in positions]
        wanted[node] = sum(xs) / len(xs) if xs else math.inf
    ordered = sorted(nodes, key=lambda n: (wanted[n], sort_key(n)))
    span = max(right - left, slot)
    rows = max(1, math.ceil(len(ordered) * slot / span))
    row_gap = height + SLOT_MARGIN
    for row in range(rows):
        members = ordered[row::rows]
        tail = right
        desired: list[float] = []
        for node in members:
            if math.isinf(wanted[node]):
                tail += slot
                desired.append(tail)
            else:
                desired.append(wanted[node])
        y = edge + direction * (row * row_gap + height / 2)
        for node, x in zip(members, _isotonic(desired, slot), strict=True):
            positions[node] = (x, y)
    return edge + direction * (rows * row_gap - SLOT_MARGIN)


def normalise(positions: Mapping[NodeKey, Position],
              kinds: Mapping[NodeKey, str]) -> dict[NodeKey, Position]:
    """Shift every position so the bounding box of the node boxes starts at (0, 0)."""
    if not positions:
        return {}
    x0, y0, _x1, _y1 = _bounds(positions, kinds)
    return {n: (round(x - x0, 2), round(y - y0, 2)) for n, (x, y) in positions.items()}


def _bounds(positions: Mapping[NodeKey, Position],
            kinds: Mapping[NodeKey, str]) -> tuple[float, float, float, float]:
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for node, (x, y) in positions.items():
        w, h = node_size(kinds.get(node, ""))
        x0, y0 = min(x0, x - w / 2), min(y0, y - h / 2)
        x1, y1 = max(x1, x + w / 2), max(y1, y + h / 2)
    return x0, y0, x1, y1


def layout_bounds(graph: MapGraph, positions: Mapping[NodeKey, Position]
                  ) -> tuple[float, float, float, float]:
    """(left, top, right, bottom) of every positioned node's box; zeros when empty."""
    if not positions:
        return (0.0, 0.0, 0.0, 0.0)
    kinds = {n: node_kind(graph, n) if n in graph else n.kind.value for n in positions}
    return _bounds(positions, kinds)


def positions_near(existing: Mapping[NodeKey, Position], nodes: Iterable[NodeKey]
                   ) -> dict[NodeKey, Position]:
    """Positions for `nodes` absent from `existing`: in a row below everything placed.

    Used when a node appears (an added initiative) and the user does not
    want the whole drawing to move.
    """
    bottom = max((y for _, y in existing.values()), default=0.0) + ROW_GAP * 2
    left = min((x for x, _ in existing.values()), default=0.0)
    slot = NODE_SIZE["initiative"][0] + SLOT_MARGIN
    missing = sorted((n for n in nodes if n not in existing), key=sort_key)
    return {n: (left + i * slot, bottom) for i, n in enumerate(missing)}
