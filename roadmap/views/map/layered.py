"""Where each node of the dependency map goes: shared by the graph view and the PDF.

Two layouts of the roadmap graph (`roadmap.graph.build_graph`); the second
lives in `roadmap.views.map.clusters`:

- `layered_layout`: a left-to-right dependency flow. An initiative sits to
  the right of every initiative it depends on, with links as short as they
  can be (`roadmap.views.map.ranking`); work without links, and small
  groups of linked work, slide to where their start dates put them, so the
  flow also reads as time. Each layer is ordered for few crossings
  (`roadmap.views.map.ordering`: dummy chains, median sweeps, transposition)
  and rows are placed by least-squares (isotonic) smoothing. Flows of more
  than `TIGHT_LIMIT` links take a quicker path (layers by date, barycentre
  sweeps). Departments and owners sit in bands above the flow, vendors in a
  band below, each near its initiatives.
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
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import pairwise
from typing import TYPE_CHECKING, TypeAlias

import networkx as nx

from roadmap.model.keys import NodeKey
from roadmap.views.map.ordering import SWEEPS, barycentre_sweeps, order_layers
from roadmap.views.map.ranking import tight_ranks

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
TIGHT_LIMIT = 6000
"""Most dependency links laid out with the shortest links and dummy-chain ordering.

Both grow faster than the graph (the exact layering's network simplex most),
so a bigger flow is spread by date and ordered by quick barycentre sweeps,
which keep the layout of 10,000 initiatives well under a second."""
QUICK_SWEEPS = 4
"""Barycentre sweeps each way for flows over TIGHT_LIMIT links."""

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
    sweeps: int = SWEEPS,
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

    tight = dag.number_of_edges() <= TIGHT_LIMIT
    layers = _assign_layers(graph, dag, initiatives, dates, (layer_gap, row_gap, aspect), tight)
    if tight:
        order_layers(layers, list(dag.edges()), sweeps=sweeps)
    else:
        barycentre_sweeps(layers, dag, QUICK_SWEEPS)
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
    spacing: tuple[float, float, float],
    tight: bool,
) -> list[list[NodeKey]]:
    """Layers of initiatives: after every prerequisite, links short, loose work by date.

    Tight (for flows up to TIGHT_LIMIT links): linked initiatives get the
    layering with the shortest links (`tight_ranks`); a component narrower
    than the flow, and every initiative without links, then slides as a
    whole to the layers its start dates suggest, which lengthens no link but
    lets the flow read as time. A flow narrower than the aspect ratio asks
    for, but at least half as wide, is then widened to it (initiatives move
    right towards their dates): a small roadmap's fitted map must read on a
    wide screen. Widening a narrower one would lengthen most of its links.
    Otherwise (more links) each initiative goes to the layer its start date
    suggests or just after its last prerequisite, whichever is later, over
    as many layers as the aspect ratio asks for. A roadmap
    without dependencies spreads over that many layers either way.
    """
    if not initiatives:
        return []
    layer_gap, row_gap, aspect = spacing
    order = list(nx.lexicographical_topological_sort(dag, key=sort_key))
    target = max(1, round(math.sqrt(aspect * len(initiatives) * row_gap / layer_gap)))
    if tight:
        rank = tight_ranks(dag, order)
        width = max(rank.values()) + 1
        wanted = _layers_by_date(graph, initiatives, dates, target if width == 1 else width)
        for component in nx.weakly_connected_components(dag):
            span = max(rank[n] for n in component) + 1
            shifts = sorted(wanted[n] - rank[n] for n in component)
            shift = min(max(shifts[(len(shifts) - 1) // 2], 0), max(width, target) - span)
            if span < width or width == 1:
                for node in component:
                    rank[node] += shift
        if width < target <= 2 * width:  # a small flow: widen it to the aspect asked for
            wanted = _layers_by_date(graph, initiatives, dates, target)
            for node in order:
                after = max((rank[p] + 1 for p in dag.predecessors(node)), default=0)
                rank[node] = max(after, rank[node], wanted[node])
    else:
        depth: dict[NodeKey, int] = {}
        for node in order:
            depth[node] = max((depth[p] + 1 for p in dag.predecessors(node)), default=0)
        wanted = _layers_by_date(graph, initiatives, dates, max(target, max(depth.values()) + 1))
        rank = {}
        for node in order:
            after = max((rank[p] + 1 for p in dag.predecessors(node)), default=0)
            rank[node] = max(after, wanted[node])

    used = sorted(set(rank.values()))
    compact = {old: new for new, old in enumerate(used)}
    layers: list[list[NodeKey]] = [[] for _ in used]
    keyed = sorted(
        initiatives,
        key=lambda n: (start_of(graph, n, dates) or dt.date.max, sort_key(n)),
    )
    for node in keyed:
        layers[compact[rank[node]]].append(node)
    return layers


def _layers_by_date(graph: MapGraph, initiatives: list[NodeKey],
                    dates: Mapping[NodeKey, dt.date] | None, width: int) -> dict[NodeKey, int]:
    """The layer of `width` each initiative's start date points to, earliest leftmost."""
    wanted = dict.fromkeys(initiatives, 0)
    dated = sorted(
        ((d, n) for n in initiatives if (d := start_of(graph, n, dates)) is not None),
        key=lambda item: (item[0], sort_key(item[1])),
    )
    first_rank: dict[dt.date, int] = {}
    for place, (day, node) in enumerate(dated):
        place = first_rank.setdefault(day, place)
        wanted[node] = place * width // len(dated)
    # Undated ideas go to the third of the flow their bucket names (now, next,
    # later; no bucket: anywhere), spread over its layers rather than piled up.
    thirds = {"now": (0, 1), "next": (1, 2), "later": (2, 3)}
    seen: Counter[str] = Counter()
    for node in initiatives:
        if start_of(graph, node, dates) is None:
            bucket = str(graph.nodes[node].get("bucket") or "")
            low, high = thirds.get(bucket, (0, 3))
            first, last = low * width // 3, max(low * width // 3 + 1, high * width // 3)
            wanted[node] = min(first + seen[bucket] % (last - first), width - 1)
            seen[bucket] += 1
    return wanted


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
    """y of each initiative: near the mean of its neighbours, in layer order, row_gap apart.

    Initiatives without links go into the free rows nearest the middle of
    the flow rather than after the linked ones, so they do not make the map
    taller than its linked part.
    """
    linked = [[n for n in layer if dag.degree(n)] for layer in layers]
    y: dict[NodeKey, float] = {}
    for layer in linked:
        offset = (len(layer) - 1) * row_gap / 2
        for i, node in enumerate(layer):
            y[node] = i * row_gap - offset
    for sweep in range(4):
        sequence = linked if sweep % 2 == 0 else reversed(linked)
        for layer in sequence:
            desired: list[float] = []
            for node in layer:
                near = [y[m] for m in dag.predecessors(node)]
                near += [y[m] for m in dag.successors(node)]
                desired.append(sum(near) / len(near) if near else y[node])
            for node, value in zip(layer, _isotonic(desired, row_gap), strict=True):
                y[node] = value
    middle = (min(y.values()) + max(y.values())) / 2 if y else 0.0
    for layer in layers:
        taken = sorted(y[n] for n in layer if n in y)
        for node in layer:
            if node not in y:
                y[node] = _free_row(taken, middle, row_gap)
                taken.insert(bisect_left(taken, y[node]), y[node])
    return y


def _free_row(taken: list[float], middle: float, gap: float) -> float:
    """The row nearest `middle` at least `gap` from every row in sorted `taken`."""
    if not taken:
        return middle
    candidates = [taken[0] - gap, taken[-1] + gap]
    for above, below in pairwise(taken):
        if below - above >= 2 * gap:
            candidates.append(min(max(middle, above + gap), below - gap))
    return min(candidates, key=lambda row: (abs(row - middle), row))


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
