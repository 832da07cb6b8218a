"""The order of the initiatives within each layer of the dependency flow: few crossings.

The classic method of layered drawing (Sugiyama; graphviz dot's mincross):
a link spanning several layers is cut into a chain of dummy points, one
per layer, so every crossing happens between neighbouring layers and can
be counted there. Starting from a breadth-first order (linked work close
together), sweeps alternate downstream and upstream; each sorts a layer by
the weighted median position of its neighbours in the layer just swept,
nodes without such neighbours keeping their places, and then neighbours
whose swap removes crossings are swapped. The best order seen is kept; the
sweeps stop after `PATIENCE` sweeps without improvement. Rounds of sifting
follow (Matuszewski, Schönfeld and Molitor): each point in turn moves to the
place in its layer where it crosses least, which the sweeps, moving points
by their neighbours' medians, often miss. The whole run depends on its
starting order, so a small flow is ordered from several and the best kept.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Hashable, Iterator
from typing import TYPE_CHECKING, Generic, TypeAlias, TypeVar

import networkx as nx

N = TypeVar("N", bound=Hashable)

if TYPE_CHECKING:  # networkx's classes are generic only in their stubs
    Dag: TypeAlias = nx.DiGraph[N]
else:
    Dag = nx.DiGraph

SWEEPS = 24
"""Most median sweeps (dot's MaxIter)."""
PATIENCE = 8
"""Sweeps without fewer crossings before giving up (dot's MinQuit)."""
SIFT_ROUNDS = 3
"""Most rounds of sifting after the sweeps (each point to its best place in its layer)."""
SIFT_REACH = 40
"""How far from its place, in points of its layer, sifting looks for a better one."""
MAX_STARTS = 8
"""Most starting orders tried for a small flow (the given one, then seeded shuffles)."""
START_BUDGET = 4000
"""Points (initiatives and dummies) times starts allowed: a flow of 4,000 points or more
is ordered once, from the given order."""
_TRANSPOSE_PASSES = 2


class _Layered(Generic[N]):
    """Layers of integer points (nodes, then dummies) with their links to the next layers."""

    def __init__(self, layers: list[list[N]], links: list[tuple[N, N]]) -> None:
        self.number: dict[N, int] = {}
        self.layer_of: list[int] = []
        for k, layer in enumerate(layers):
            for node in layer:
                self.number[node] = len(self.layer_of)
                self.layer_of.append(k)
        self.real = len(self.layer_of)
        self.order: list[list[int]] = [[self.number[n] for n in layer] for layer in layers]
        self.up: list[list[int]] = [[] for _ in range(self.real)]
        self.down: list[list[int]] = [[] for _ in range(self.real)]
        ends = sorted({(min(pair, key=self.layer_of.__getitem__),
                        max(pair, key=self.layer_of.__getitem__))
                       for pair in ((self.number[t], self.number[h]) for t, h in links)})
        for a, b in ends:
            if self.layer_of[a] == self.layer_of[b]:
                continue
            last = a
            for k in range(self.layer_of[a] + 1, self.layer_of[b]):
                dummy = self._point(k)
                self._link(last, dummy)
                last = dummy
            self._link(last, b)
        for near in (*self.up, *self.down):
            near.sort()  # the walk below then ignores the order the links came in
        self.pos: list[int] = [0] * len(self.layer_of)

    def _point(self, layer: int) -> int:
        point = len(self.layer_of)
        self.layer_of.append(layer)
        self.up.append([])
        self.down.append([])
        self.order[layer].append(point)
        return point

    def _link(self, a: int, b: int) -> None:
        self.down[a].append(b)
        self.up[b].append(a)

    def number_layer(self, k: int) -> None:
        for i, point in enumerate(self.order[k]):
            self.pos[point] = i

    def breadth_first(self) -> None:
        """Order each layer by a breadth-first walk from the layers' current order."""
        seen: dict[int, int] = {}
        for layer in self.order:
            for start in layer:
                if start in seen:
                    continue
                seen[start] = len(seen)
                queue = deque([start])
                while queue:
                    point = queue.popleft()
                    for near in (*self.up[point], *self.down[point]):
                        if near not in seen:
                            seen[near] = len(seen)
                            queue.append(near)
        for k, layer in enumerate(self.order):
            layer.sort(key=seen.__getitem__)
            self.number_layer(k)

    def crossings(self) -> int:
        """Crossings between every pair of neighbouring layers."""
        return sum(self.crossings_above(k) for k in range(1, len(self.order)))

    def crossings_above(self, k: int) -> int:
        """Crossings between layer k - 1 and layer k (inversions, Fenwick tree)."""
        if k <= 0 or k >= len(self.order):
            return 0
        lower = self.order[k]
        pairs = sorted((self.pos[u], self.pos[point]) for point in lower for u in self.up[point])
        size = len(lower)
        tree = [0] * (size + 1)
        total = 0
        for inserted, (_upper, j) in enumerate(pairs):
            i, below = j + 1, 0
            while i > 0:
                below += tree[i]
                i -= i & -i
            total += inserted - below
            i = j + 1
            while i <= size:
                tree[i] += 1
                i += i & -i
        return total

    def crossings_around(self, k: int) -> int:
        """Crossings of layer k's links with both neighbouring layers."""
        return self.crossings_above(k) + self.crossings_above(k + 1)

    def median_sweep(self, downstream: bool) -> None:
        sequence = (range(1, len(self.order)) if downstream
                    else range(len(self.order) - 2, -1, -1))
        near = self.up if downstream else self.down
        for k in sequence:
            layer = self.order[k]
            value: dict[int, float] = {}
            for point in layer:
                spots = sorted(self.pos[m] for m in near[point])
                if spots:
                    value[point] = _weighted_median(spots)
            movable = iter(sorted(value, key=lambda p: (value[p], self.pos[p])))
            self.order[k] = [next(movable) if p in value else p for p in layer]
            self.number_layer(k)

    def transpose(self, swap_ties: bool) -> None:
        """Swap neighbours in a layer while that removes crossings with both adjacent layers."""
        for _ in range(_TRANSPOSE_PASSES):
            swapped = False
            for layer in self.order:
                ups = [sorted(self.pos[m] for m in self.up[p]) for p in layer]
                downs = [sorted(self.pos[m] for m in self.down[p]) for p in layer]
                for i in range(len(layer) - 1):
                    j = i + 1
                    if not (ups[i] or downs[i]) or not (ups[j] or downs[j]):
                        continue
                    kept = _cut(ups[i], ups[j]) + _cut(downs[i], downs[j])
                    turned = _cut(ups[j], ups[i]) + _cut(downs[j], downs[i])
                    if turned < kept or (swap_ties and turned == kept and kept):
                        layer[i], layer[j] = layer[j], layer[i]
                        ups[i], ups[j] = ups[j], ups[i]
                        downs[i], downs[j] = downs[j], downs[i]
                        self.pos[layer[i]], self.pos[layer[j]] = i, j
                        swapped = swapped or turned < kept
            if not swapped:
                return


    def sift(self) -> bool:
        """Move each point to the place in its layer with the fewest crossings; True if any moved.

        For a point v and each other point w of the layer, the crossings with
        w on the left and on the right follow from their sorted neighbour
        places; prefix sums then give every insertion place at once. Places
        within SIFT_REACH of the point's own are tried, which keeps a round
        near-linear and finds most of what a whole-layer search would.
        """
        moved = False
        for layer in self.order:
            ups = [sorted(self.pos[m] for m in self.up[p]) for p in layer]
            downs = [sorted(self.pos[m] for m in self.down[p]) for p in layer]
            for point in list(layer):
                here = self.pos[point]
                mine_up, mine_down = ups[here], downs[here]
                if not mine_up and not mine_down:
                    continue
                low, high = max(0, here - SIFT_REACH), min(len(layer), here + SIFT_REACH + 1)
                left_of_me: list[int] = []  # crossings when the other point is left of this one
                right_of_me: list[int] = []  # crossings when it is right
                n_up, n_down = len(mine_up), len(mine_down)
                for j in range(low, high):
                    if j == here:
                        continue
                    left = right = 0
                    for spot in ups[j]:
                        left += bisect_left(mine_up, spot)
                        right += n_up - bisect_right(mine_up, spot)
                    for spot in downs[j]:
                        left += bisect_left(mine_down, spot)
                        right += n_down - bisect_right(mine_down, spot)
                    left_of_me.append(left)
                    right_of_me.append(right)
                before = here - low  # others in the window left of the point now
                cost = sum(right_of_me)  # the point first in the window
                best, best_at = cost, 0
                now = cost + sum(left_of_me[:before]) - sum(right_of_me[:before])
                for at in range(len(left_of_me)):
                    cost += left_of_me[at] - right_of_me[at]
                    if cost < best:
                        best, best_at = cost, at + 1
                if best >= now:
                    continue
                target = low + best_at
                layer.insert(target, layer.pop(here))
                ups.insert(target, ups.pop(here))
                downs.insert(target, downs.pop(here))
                for i in range(min(here, target), max(here, target) + 1):
                    self.pos[layer[i]] = i
                moved = True
        return moved


def _cut(left: list[int], right: list[int]) -> int:
    """Crossings between the links of two neighbours, the first left of the second."""
    if not left or not right:
        return 0
    return sum(bisect_left(right, spot) for spot in left)


def _weighted_median(spots: list[int]) -> float:
    """dot's median of sorted positions: an even count leans to the denser side."""
    m = len(spots)
    middle = m // 2
    if m % 2:
        return float(spots[middle])
    if m == 2:
        return (spots[0] + spots[1]) / 2
    left, right = spots[middle - 1] - spots[0], spots[-1] - spots[middle]
    if left + right == 0:
        return (spots[middle - 1] + spots[middle]) / 2
    return (spots[middle - 1] * right + spots[middle] * left) / (left + right)


def order_layers(layers: list[list[N]], links: list[tuple[N, N]],
                 *, sweeps: int = SWEEPS, patience: int = PATIENCE) -> int:
    """Reorder each layer of `layers` in place so that few of `links` cross.

    `links` are (prerequisite, dependent) pairs between nodes of different
    layers. The sweeps find a local optimum that depends on where they
    start, so a small flow is ordered from several starts, the given order
    and seeded shuffles of it, and the order with the fewest crossings is
    kept (as many starts as `START_BUDGET` points allow, up to
    `MAX_STARTS`). The result depends only on the input. Returns the
    crossings of the order chosen, counted with the dummy chains (what a
    drawing that routes links through the layers shows).
    """
    if not layers:
        return 0
    flow: _Layered[N] = _Layered(layers, links)
    starts = max(1, min(MAX_STARTS, START_BUDGET // max(1, len(flow.layer_of))))
    best, order = _order_from(flow, sweeps, patience)
    best_layers = _nodes_of(flow, order)
    for seed in range(1, starts):
        if best == 0:
            break
        shuffler = random.Random(seed)
        shuffled = [list(layer) for layer in layers]
        for layer in shuffled:
            shuffler.shuffle(layer)
        trial: _Layered[N] = _Layered(shuffled, links)
        found, order = _order_from(trial, sweeps, patience)
        if found < best:
            best, best_layers = found, _nodes_of(trial, order)
    for layer, chosen in zip(layers, best_layers, strict=True):
        layer[:] = chosen
    return best


def _nodes_of(flow: _Layered[N], order: list[list[int]]) -> list[list[N]]:
    """The nodes of each layer of `order` (dummies left out)."""
    nodes = list(flow.number)
    return [[nodes[p] for p in layer if p < flow.real] for layer in order]


def _order_from(flow: _Layered[N], sweeps: int, patience: int) -> tuple[int, list[list[int]]]:
    """Sweeps, transposition and sifting from the flow's current order: (crossings, order)."""
    flow.breadth_first()
    best = flow.crossings()
    best_order = [list(layer) for layer in flow.order]
    since = 0
    for sweep in range(sweeps):
        if best == 0 or since >= patience:
            break
        flow.median_sweep(downstream=sweep % 2 == 0)
        flow.transpose(swap_ties=sweep % 4 >= 2)
        found = flow.crossings()
        if found < best:
            best, best_order, since = found, [list(layer) for layer in flow.order], 0
        else:
            since += 1
    flow.order = [list(layer) for layer in best_order]
    for k in range(len(flow.order)):
        flow.number_layer(k)
    for _ in range(SIFT_ROUNDS):
        if best == 0 or not flow.sift():
            break
        flow.transpose(swap_ties=False)
        found = flow.crossings()
        if found >= best:
            break
        best, best_order = found, [list(layer) for layer in flow.order]
    return best, best_order


def barycentre_sweeps(layers: list[list[N]], dag: Dag[N], sweeps: int) -> None:
    """The quick method for very large flows: sort each layer by its neighbours' mean place.

    A long link counts with the relative place of its far end, so no dummy
    chains are built; linear per sweep, but it leaves more crossings than
    `order_layers`.
    """
    pos: dict[N, float] = {}

    def relative(layer: list[N]) -> None:
        span = max(1, len(layer) - 1)
        for i, node in enumerate(layer):
            pos[node] = i / span

    for layer in layers:
        relative(layer)
    passes: tuple[tuple[range, Callable[[N], Iterator[N]]], ...] = (
        (range(1, len(layers)), dag.predecessors),
        (range(len(layers) - 2, -1, -1), dag.successors),
    )
    for _ in range(sweeps):
        for sequence, neighbours in passes:
            for index in sequence:
                layer = layers[index]
                bary: dict[N, float] = {}
                for node in layer:
                    near = [pos[m] for m in neighbours(node)]
                    bary[node] = sum(near) / len(near) if near else pos[node]
                layer.sort(key=lambda n: (bary[n], pos[n]))
                relative(layer)
