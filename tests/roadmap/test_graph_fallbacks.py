"""The graph's defensive paths: unreadable stored values, and networkx without its internals."""

from __future__ import annotations

from types import SimpleNamespace

import networkx as nx
import pytest

import roadmap.graph
from roadmap.graph import add_edges, adjacency, build_graph
from roadmap.model.enums import Health, Status
from roadmap.model.keys import NodeKey

from .rules_builder import RoadmapBuilder


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def test_unreadable_stored_values_read_as_defaults_not_failures(b: RoadmapBuilder) -> None:
    """A value another tool wrote badly gives a defined fact, so the rules still run."""
    key = b.initiative("Odd row")
    b.doc.session.flush()
    b.doc.session.connection().exec_driver_sql(
        "UPDATE initiative SET status = 'someday', health = 'grey', start = 'March', "
        "\"end\" = '2027-06-31' WHERE id = ?", (key,))
    node = build_graph(b.doc).nodes[NodeKey.initiative(key)]
    assert node["status"] is Status.PLANNED and node["health"] is Health.GREEN
    assert node["start"] is None and node["end"] is None  # 'March', and no 31 June


def test_edges_are_added_through_networkx_when_its_internals_differ(
        b: RoadmapBuilder, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = b.initiative("One"), b.initiative("Two")
    b.depends(second, first)
    graph = build_graph(b.doc)
    edges = list(graph.edges(keys=True, data=True))
    monkeypatch.setattr(roadmap.graph, "nx", SimpleNamespace())  # no _clear_cache
    rebuilt = nx.MultiDiGraph()
    rebuilt.add_nodes_from(graph.nodes(data=True))
    add_edges(rebuilt, edges)
    assert nx.utils.edges_equal(rebuilt.edges(keys=True, data=True), edges)


def test_adjacency_of_a_graph_view_is_copied_through_the_public_api(b: RoadmapBuilder) -> None:
    first, second = b.initiative("One"), b.initiative("Two")
    b.depends(second, first)
    graph = build_graph(b.doc)
    view = graph.subgraph([NodeKey.initiative(first), NodeKey.initiative(second)])
    succ, pred = adjacency(view)
    fast_succ, fast_pred = adjacency(graph)
    one, two = NodeKey.initiative(first), NodeKey.initiative(second)
    assert succ[two] == {one: fast_succ[two][one]}
    assert pred[one] == {two: fast_pred[one][two]}
    assert set(succ) == {NodeKey.initiative(first), NodeKey.initiative(second)}
