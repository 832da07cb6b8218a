"""The roadmap graph: typed nodes and edges, ownership facts, bulk reads, key helpers."""

from __future__ import annotations

import networkx as nx
import pytest
from sqlalchemy import event

from roadmap.graph import (
    add_edges,
    build_graph,
    departments_involved,
    edges_of,
    involvement,
    is_it_alone,
    lead_department,
    node_key,
    nodes_of,
)
from roadmap.model.enums import Role, Status, VendorCategory
from roadmap.model.keys import NodeKey, NodeKind

from .rules_builder import D, RoadmapBuilder

K = NodeKey.parse


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def test_node_keys_round_trip() -> None:
    key = node_key("initiative", 12)
    assert key == NodeKey(NodeKind.INITIATIVE, 12) and str(key) == "initiative:12"
    assert NodeKey.parse("vendor:2") == NodeKey(NodeKind.VENDOR, 2)
    assert NodeKey.parse(str(key)) == key and hash(NodeKey.parse(str(key))) == hash(key)
    assert sorted([K("initiative:10"), K("department:3"), K("initiative:2")]) == [
        K("department:3"), K("initiative:2"), K("initiative:10")]
    for bad in ("initiative", "thing:1", "owner:x", "", "initiative:-1"):
        with pytest.raises(ValueError, match="is not a node key"):
            NodeKey.parse(bad)
    with pytest.raises(ValueError, match="unknown node kind"):
        node_key("team", 1)


def test_graph_has_typed_nodes_and_edges(b: RoadmapBuilder) -> None:
    shop = b.vendor("Shopify", VendorCategory.COMMERCE_PLATFORM, contract_end=D(2028, 1, 1))
    first = b.initiative("Storefront")
    second = b.initiative("Loyalty")
    b.role(second, b.it, Role.ENABLER)
    b.depends(second, first)
    b.doc.vendor_uses.link(first, shop)
    graph = build_graph(b.doc)

    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.graph["title"] == "Test roadmap"
    assert graph.graph["horizon_end"] == D(2028, 12, 31)
    assert [k for k, _ in nodes_of(graph, "department")] == [K("department:1"), K("department:2")]
    assert graph.nodes[K("department:2")]["is_it"] is True
    assert graph.nodes[K(f"owner:{b.techie}")]["is_it"] is True
    assert graph.nodes[K(f"vendor:{shop}")]["category"] is VendorCategory.COMMERCE_PLATFORM
    node = graph.nodes[K(f"initiative:{first}")]
    assert node["kind"] == "initiative"
    assert node["title"] == "Storefront"
    assert node["status"] is Status.PLANNED
    assert node["start"] == D(2027, 3, 1)
    assert node["lead_department"] == b.sales
    assert node["it_alone"] is False

    assert graph.has_edge(K(f"initiative:{second}"), K(f"initiative:{first}"), key="depends_on")
    assert graph.has_edge(K(f"initiative:{first}"), K(f"vendor:{shop}"), key="uses_vendor")
    assert graph.has_edge(K(f"owner:{b.seller}"), K(f"initiative:{first}"), key="accountable")
    assert graph.has_edge(K(f"owner:{b.chief}"), K(f"initiative:{first}"), key="sponsors")
    roles = {(u, a["role"]) for u, v, a in edges_of(graph, "takes_part")
             if v == K(f"initiative:{second}")}
    assert roles == {(K("department:1"), Role.LEAD), (K("department:2"), Role.ENABLER)}
    kinds = {k for _u, _v, k in graph.edges(keys=True)}
    assert kinds == {"depends_on", "takes_part", "accountable", "sponsors", "uses_vendor"}
    assert all(a["kind"] == k for _u, _v, k, a in graph.edges(keys=True, data=True))


def test_fast_edge_insertion_equals_networkx(b: RoadmapBuilder) -> None:
    first, second = b.initiative("One"), b.initiative("Two")
    b.depends(second, first)
    graph = build_graph(b.doc)
    edges = list(graph.edges(keys=True, data=True))
    slow = nx.MultiDiGraph()
    slow.add_nodes_from(graph.nodes(data=True))
    slow.add_edges_from(edges)
    fast = nx.MultiDiGraph()
    fast.add_nodes_from(graph.nodes(data=True))
    add_edges(fast, edges)
    assert nx.utils.edges_equal(fast.edges(keys=True, data=True),
                                slow.edges(keys=True, data=True))
    assert sorted(fast.in_edges(K(f"initiative:{first}"), keys=True)) == sorted(
        slow.in_edges(K(f"initiative:{first}"), keys=True))


def test_graph_is_read_with_one_query_per_table(b: RoadmapBuilder) -> None:
    for k in range(30):
        key = b.initiative(f"Work {k}")
        b.role(key, b.it, Role.CONTRIBUTOR)
        if k:
            b.depends(key, key - 1)
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(b.doc.engine, "before_cursor_execute", listener)
    try:
        build_graph(b.doc)
    finally:
        event.remove(b.doc.engine, "before_cursor_execute", listener)
    assert len(statements) == 8  # roadmap, departments, owners, vendors, initiatives, 3 links


def test_involvement_merges_roles_and_picks_a_business_lead() -> None:
    is_it = {1: True, 2: False, 3: False}
    who = involvement([(1, Role.LEAD), (2, Role.ENABLER)], 2, 3, is_it)
    assert who.roles == {1: Role.LEAD, 2: Role.LEAD, 3: Role.CONTRIBUTOR}
    assert who.lead_id == 2  # the business owner's department beats IT's lead
    assert not who.it_alone
    assert involvement([(9, Role.LEAD)], None, None, is_it).roles == {}  # unknown department
    assert involvement([], None, None, is_it).lead_id is None


def test_orm_helpers_agree_with_the_graph(b: RoadmapBuilder) -> None:
    alone = b.initiative("Alone", lead=b.it, owner_id=None, sponsor_id=None)
    shared = b.initiative("Shared")
    b.role(shared, b.it, Role.CONTRIBUTOR)
    graph = build_graph(b.doc)
    assert is_it_alone(b.doc, alone) is True
    assert is_it_alone(b.doc, b.doc.initiatives.get(shared)) is False
    assert lead_department(b.doc, alone).name == "IT"
    assert lead_department(b.doc, shared).name == "Sales"
    involved = {d.name: r for d, r in departments_involved(b.doc, shared).items()}
    assert involved == {"Sales": Role.LEAD, "IT": Role.CONTRIBUTOR}
    for key in (alone, shared):
        node = graph.nodes[K(f"initiative:{key}")]
        assert node["it_alone"] == is_it_alone(b.doc, key)
        assert node["lead_department"] == lead_department(b.doc, key).id


def test_empty_roadmap_builds_an_empty_graph() -> None:
    from roadmap.services.document import Document

    graph = build_graph(Document.in_memory())
    assert graph.number_of_nodes() == 0
    assert graph.graph["title"] == "Untitled roadmap"
