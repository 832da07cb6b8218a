"""Which layer each initiative of the dependency flow goes in: short links, few crossings.

Every dependency runs left to right, at least one layer long. A link that
spans several layers crosses everything in between, so the layering keeps
the total length of all links as small as it can, exactly, as graphviz dot
does: the ranks are the dual of a minimum-cost flow that networkx's network
simplex solves.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, TypeAlias, TypeVar

import networkx as nx

N = TypeVar("N", bound=Hashable)

if TYPE_CHECKING:  # networkx's classes are generic only in their stubs
    Dag: TypeAlias = nx.DiGraph[N]
else:
    Dag = nx.DiGraph


def tight_ranks(dag: Dag[N], order: Sequence[N]) -> dict[N, int]:
    """Layer numbers (0 = leftmost) of every node of the acyclic `dag`.

    Each edge (u, v) gets rank[v] >= rank[u] + 1 and the sum of the spans is
    minimal. `order` is a topological order
    of the nodes; it also fixes the choice among equally short layerings, so
    the result does not depend on how the graph was built. Every weakly
    connected component starts at layer 0.
    """
    return _each_component_from_zero(dag, order, _exact(dag, order))


def _exact(dag: Dag[N], order: Sequence[N]) -> dict[N, int]:
    """Minimal total span: the ranks are the potentials of the dual min-cost flow.

    The layering LP (minimise the sum of rank[v] - rank[u] subject to each
    being at least 1) has as its dual a flow of cost -1 per unit on every
    edge with each node's demand in-degree minus out-degree. From an
    optimal flow, the edges that carry flow must be tight (span exactly 1);
    the shortest-path potentials of those constraints give optimal ranks.
    """
    index = {node: i for i, node in enumerate(order)}
    edges = sorted(dag.edges(), key=lambda e: (index[e[0]], index[e[1]]))
    flow_graph: Dag[N] = nx.DiGraph()
    for node in order:
        flow_graph.add_node(node, demand=dag.in_degree(node) - dag.out_degree(node))
    flow_graph.add_edges_from(edges, weight=-1)
    _cost, flow = nx.network_simplex(flow_graph)

    source = object()
    limits: nx.DiGraph[object] = nx.DiGraph()
    limits.add_edges_from(((source, node) for node in order), weight=0)
    for u, v in edges:
        limits.add_edge(u, v, weight=-1)  # rank[v] >= rank[u] + 1
        if flow[u][v] > 0:
            limits.add_edge(v, u, weight=1)  # and, being tight, rank[v] <= rank[u] + 1
    distance = nx.single_source_bellman_ford_path_length(limits, source)
    return {node: -int(distance[node]) for node in order}


def _each_component_from_zero(dag: Dag[N], order: Sequence[N],
                              ranks: dict[N, int]) -> dict[N, int]:
    index = {node: i for i, node in enumerate(order)}
    for component in nx.weakly_connected_components(dag):
        first = min(ranks[node] for node in component)
        if first:
            for node in component:
                ranks[node] -= first
    return dict(sorted(ranks.items(), key=lambda item: index[item[0]]))
