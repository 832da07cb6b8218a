"""The layout maths of the dependency map: flow, bands, clusters, determinism."""

from __future__ import annotations

import datetime as dt
import random

import networkx as nx
import pytest

from roadmap.model.keys import NodeKey
from roadmap.views.map.clusters import (
    cluster_frames,
    cluster_groups,
    cluster_layout,
    lead_departments,
)
from roadmap.views.map.layered import (
    NODE_SIZE,
    break_cycles,
    layered_layout,
    layout_bounds,
    node_kind,
    node_size,
    positions_near,
)

K = NodeKey.parse


def synthetic_graph(n: int, seed: int = 1, *, shuffle: bool = False) -> nx.MultiDiGraph:
    """A roadmap-shaped graph: n initiatives, departments, owners, vendors, typed edges."""
    rnd = random.Random(seed)
    depts, owners, vendors = 6, max(3, n // 10), 5
    nodes = [(K(f"department:{d}"), {"kind": "department", "name": f"D{d}"})
             for d in range(1, depts + 1)]
    nodes += [(K(f"owner:{o}"), {"kind": "owner"}) for o in range(1, owners + 1)]
    nodes += [(K(f"vendor:{v}"), {"kind": "vendor"}) for v in range(1, vendors + 1)]
    base = dt.date(2026, 1, 1)
    nodes += [(K(f"initiative:{i}"), {"kind": "initiative",
                                   "start": base + dt.timedelta(days=rnd.randrange(700))})
              for i in range(1, n + 1)]
    edges = []
    for i in range(2, n + 1):
        for _ in range(rnd.choice([0, 1, 1, 2])):
            j = rnd.randrange(max(1, i - 20), i)
            edges.append((K(f"initiative:{i}"), K(f"initiative:{j}"), {"kind": "depends_on"}))
        edges.append((K(f"department:{rnd.randrange(1, depts + 1)}"), K(f"initiative:{i}"),
                      {"kind": "takes_part", "role": "lead"}))
        edges.append((K(f"owner:{rnd.randrange(1, owners + 1)}"), K(f"initiative:{i}"),
                      {"kind": "accountable"}))
        if i % 3 == 0:
            edges.append((K(f"initiative:{i}"), K(f"vendor:{rnd.randrange(1, vendors + 1)}"),
                          {"kind": "uses_vendor"}))
    if shuffle:
        rnd.shuffle(nodes)
        rnd.shuffle(edges)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph


def _overlaps(graph: nx.Graph, positions: dict) -> list[tuple]:
    """Pairs of node boxes that overlap (a sweep over x keeps this fast)."""
    boxes = []
    for node, (x, y) in positions.items():
        w, h = node_size(node_kind(graph, node))
        boxes.append((x - w / 2, x + w / 2, y - h / 2, y + h / 2, node))
    boxes.sort()
    found = []
    for i, (_l1, r1, t1, b1, n1) in enumerate(boxes):
        for l2, _r2, t2, b2, n2 in boxes[i + 1:]:
            if l2 >= r1:
                break
            if t2 < b1 and t1 < b2:
                found.append((n1, n2))
    return found


def test_every_node_gets_a_position_and_boxes_never_overlap() -> None:
    graph = synthetic_graph(200)
    positions = layered_layout(graph)
    assert set(positions) == set(graph)
    assert _overlaps(graph, positions) == []
    left, top, _right, _bottom = layout_bounds(graph, positions)
    assert (left, top) == (0.0, 0.0)


def test_prerequisites_sit_left_of_what_depends_on_them() -> None:
    graph = synthetic_graph(200)
    positions = layered_layout(graph)
    for u, v, data in graph.edges(data=True):
        if data["kind"] == "depends_on":
            assert positions[v][0] < positions[u][0], (u, v)


def test_departments_and_owners_above_the_flow_vendors_below() -> None:
    graph = synthetic_graph(60)
    positions = layered_layout(graph)
    ys = {kind: [positions[n][1] for n in graph if node_kind(graph, n) == kind]
          for kind in NODE_SIZE}
    assert max(ys["department"]) < min(ys["owner"])
    assert max(ys["owner"]) < min(ys["initiative"])
    assert max(ys["initiative"]) < min(ys["vendor"])


def test_same_graph_in_any_insertion_order_gives_the_same_positions() -> None:
    assert layered_layout(synthetic_graph(80)) == layered_layout(
        synthetic_graph(80, shuffle=True))
    assert cluster_layout(synthetic_graph(80)) == cluster_layout(
        synthetic_graph(80, shuffle=True))


def test_start_dates_order_independent_initiatives_left_to_right() -> None:
    graph = nx.MultiDiGraph()
    for i, month in enumerate((9, 1, 5, 3, 7, 11), start=1):
        graph.add_node(K(f"initiative:{i}"), kind="initiative", start=dt.date(2026, month, 1))
    positions = layered_layout(graph, aspect=20)
    by_date = sorted(graph, key=lambda n: graph.nodes[n]["start"])
    xs = [positions[n][0] for n in by_date]
    assert xs == sorted(xs) and xs[0] < xs[-1]


def test_dates_can_be_given_explicitly() -> None:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from([K("initiative:1"), K("initiative:2")], kind="initiative")
    dates = {K("initiative:1"): dt.date(2027, 1, 1), K("initiative:2"): dt.date(2026, 1, 1)}
    positions = layered_layout(graph, dates=dates, aspect=20)
    assert positions[K("initiative:2")][0] < positions[K("initiative:1")][0]


def test_barycentre_sweeps_remove_an_avoidable_crossing() -> None:
    graph = nx.MultiDiGraph()
    for i in range(1, 5):
        graph.add_node(K(f"initiative:{i}"), kind="initiative")
    # 3 depends on 2 and 4 depends on 1: the id order alone would cross.
    graph.add_edge(K("initiative:3"), K("initiative:2"), kind="depends_on")
    graph.add_edge(K("initiative:4"), K("initiative:1"), kind="depends_on")
    positions = layered_layout(graph)
    y = {n: positions[n][1] for n in graph}
    one, two, three, four = (K(f"initiative:{i}") for i in range(1, 5))
    assert (y[one] < y[two]) == (y[four] < y[three])


def test_a_cycle_is_laid_out_not_refused() -> None:
    graph = nx.MultiDiGraph()
    for i in range(1, 4):
        graph.add_node(K(f"initiative:{i}"), kind="initiative")
    for a, b in ((1, 2), (2, 3), (3, 1)):
        graph.add_edge(K(f"initiative:{a}"), K(f"initiative:{b}"), kind="depends_on")
    graph.add_edge(K("initiative:2"), K("initiative:2"), kind="depends_on")
    positions = layered_layout(graph)
    assert set(positions) == set(graph)
    assert len({positions[n][0] for n in graph}) == 3


def test_break_cycles_leaves_an_acyclic_graph() -> None:
    dag = nx.DiGraph([(NodeKey.initiative(a), NodeKey.initiative(b))
                      for a, b in [(1, 2), (2, 3), (3, 1), (3, 4), (4, 2)]])
    removed = break_cycles(dag)
    assert removed and nx.is_directed_acyclic_graph(dag)


def test_isolated_and_undated_nodes_and_unknown_kinds_are_placed() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(K("initiative:1"), kind="initiative", bucket="later")
    graph.add_node(K("initiative:2"), kind="initiative")
    graph.add_node(K("department:1"), kind="department")
    graph.add_node(K("vendor:1"), kind="vendor")
    graph.add_node(K("owner:1"))  # no kind attribute: the key's kind is used
    graph.add_node(K("owner:2"), kind="milestone")  # a kind no band knows
    positions = layered_layout(graph)
    assert set(positions) == set(graph)
    assert _overlaps(graph, positions) == []


def test_empty_graph_gives_no_positions() -> None:
    assert layered_layout(nx.MultiDiGraph()) == {}
    assert cluster_layout(nx.MultiDiGraph()) == {}
    assert layout_bounds(nx.MultiDiGraph(), {}) == (0.0, 0.0, 0.0, 0.0)


def test_wide_bands_wrap_instead_of_stretching_the_drawing() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(K("initiative:1"), kind="initiative")
    for o in range(1, 41):
        graph.add_node(K(f"owner:{o}"), kind="owner")
        graph.add_edge(K(f"owner:{o}"), K("initiative:1"), kind="accountable")
    positions = layered_layout(graph)
    rows = {positions[K(f"owner:{o}")][1] for o in range(1, 41)}
    assert len(rows) > 1
    assert _overlaps(graph, positions) == []


def test_lead_department_prefers_the_lead_role() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(K("initiative:1"), kind="initiative")
    graph.add_node(K("initiative:2"), kind="initiative")
    graph.add_node(K("department:1"), kind="department")
    graph.add_node(K("department:2"), kind="department")
    graph.add_edge(K("department:1"), K("initiative:1"), kind="takes_part", role="contributor")
    graph.add_edge(K("department:2"), K("initiative:1"), kind="takes_part", role="lead")
    assert lead_departments(graph) == {K("initiative:1"): K("department:2"),
                                       K("initiative:2"): None}


def test_clusters_hold_their_department_and_frames_do_not_overlap() -> None:
    graph = synthetic_graph(120)
    positions = cluster_layout(graph)
    assert set(positions) == set(graph)
    assert _overlaps(graph, positions) == []
    lead = lead_departments(graph)
    frames = {key: rect for key, _label, rect in cluster_frames(graph, positions)
              if key is not None}
    for node, dept in lead.items():
        if dept is None:
            continue
        left, top, right, bottom = frames[dept]
        x, y = positions[node]
        assert left < x < right and top < y < bottom
    rects = list(frames.values())
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_cluster_groups_put_unled_initiatives_and_vendors_last() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(K("initiative:1"), kind="initiative")
    graph.add_node(K("vendor:1"), kind="vendor")
    graph.add_node(K("department:1"), kind="department", name="Sales")
    labels = [label for _key, label, _nodes in cluster_groups(graph)]
    assert labels == ["Sales", "No lead department", "Vendors"]


def test_large_roadmap_layout_is_complete() -> None:
    graph = synthetic_graph(2000, seed=7)
    positions = layered_layout(graph)
    assert len(positions) == graph.number_of_nodes()
    assert all(isinstance(v, float) for xy in positions.values() for v in xy)


@pytest.mark.parametrize("existing", [{}, {K("initiative:1"): (100.0, 50.0)}])
def test_positions_near_places_only_missing_nodes(existing: dict) -> None:
    placed = positions_near(existing, [K("initiative:1"), K("initiative:2"), K("initiative:3")])
    assert K("initiative:1") not in placed or not existing
    assert all(y > max((v[1] for v in existing.values()), default=-1) for _x, y in
               placed.values())


def test_lead_department_attribute_from_build_graph_wins() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(K("initiative:1"), kind="initiative", lead_department=2)
    graph.add_node(K("initiative:2"), kind="initiative", lead_department=None)
    graph.add_node(K("department:1"), kind="department")
    graph.add_node(K("department:2"), kind="department")
    graph.add_node(K("owner:1"), kind="owner", department_id=1)
    graph.add_edge(K("department:1"), K("initiative:1"), kind="takes_part", role="lead")
    graph.add_edge(K("owner:1"), K("initiative:1"), kind="accountable")
    assert lead_departments(graph) == {K("initiative:1"): K("department:2"),
                                       K("initiative:2"): None}
    groups = {key: nodes for key, _label, nodes in cluster_groups(graph)}
    assert groups[K("department:1")] == [K("department:1"), K("owner:1")]
    assert groups[K("department:2")] == [K("department:2"), K("initiative:1")]
