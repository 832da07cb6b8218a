"""The roadmap graph over damaged or unusual data, and its fallbacks from networkx internals.

`build_graph` reads the tables in bulk and must never crash on what a
damaged file holds: dangling references are left out, unreadable values
fall back to defaults. Its fast paths lean on networkx internals and have
a plain path for when those are not there.
"""

from __future__ import annotations

import datetime as dt

from roadmap.graph import _date, add_edges, adjacency, build_graph, edges_of
from roadmap.model.enums import Health, Status
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document

from .rules_builder import RoadmapBuilder

K = NodeKey.parse


def _raw(doc: Document, *statements: str) -> None:
    """Write to the tables behind the services' back, foreign keys off (a damaged file)."""
    doc.session.commit()
    with doc.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        for statement in statements:
            conn.exec_driver_sql(statement)
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    doc.session.expire_all()


def test_dangling_references_of_a_damaged_file_are_left_out() -> None:
    """Links to rows that do not exist give no edge and no invented node."""
    b = RoadmapBuilder()
    first, second = b.initiative("Checkout"), b.initiative("Search")
    shop = b.vendor("Shopify")
    b.depends(second, first)
    b.doc.vendor_uses.link(first, shop)
    _raw(b.doc,
         f"INSERT INTO participation (id, initiative_id, department_id, role) "
         f"VALUES (90, {first}, 99, 'lead')",
         f"INSERT INTO participation (id, initiative_id, department_id, role) "
         f"VALUES (91, 98, {b.sales}, 'lead')",
         f"INSERT INTO dependency (id, initiative_id, depends_on_id) VALUES (90, {first}, 99)",
         f"INSERT INTO vendor_use (id, initiative_id, vendor_id) VALUES (90, {second}, 99)")
    graph = build_graph(b.doc)
    assert [(str(u), str(v)) for u, v, _ in edges_of(graph, "depends_on")] == [
        (f"initiative:{second}", f"initiative:{first}")]
    assert [(str(u), str(v)) for u, v, _ in edges_of(graph, "uses_vendor")] == [
        (f"initiative:{first}", f"vendor:{shop}")]
    assert sorted(str(u) for u, _v, _a in edges_of(graph, "takes_part")) == [
        f"department:{b.sales}", f"department:{b.sales}"]  # one per real initiative
    assert graph.nodes[K(f"initiative:{first}")]["departments"] == {b.sales: "lead"}
    assert K("department:99") not in graph and K("initiative:98") not in graph


def test_unreadable_stored_values_fall_back_to_defaults() -> None:
    """An unknown status or health, or a date that is no date, reads as a safe default."""
    b = RoadmapBuilder()
    key = b.initiative("Checkout")
    _raw(b.doc, f"UPDATE initiative SET status = 'paused', health = 'purple', "
                f"bucket = 'someday', start = 'soon' WHERE id = {key}")
    node = build_graph(b.doc).nodes[K(f"initiative:{key}")]
    assert node["status"] is Status.PLANNED and node["health"] is Health.GREEN
    assert node["bucket"] is None  # no default: an unknown bucket is no bucket
    assert node["start"] is None and node["end"] == dt.date(2027, 8, 31)


def test_a_file_without_its_document_row_still_builds() -> None:
    """Without the roadmap row the graph has no document fields, but its nodes all the same."""
    b = RoadmapBuilder()
    key = b.initiative("Checkout")
    _raw(b.doc, "DELETE FROM roadmap")
    graph = build_graph(b.doc)
    assert "title" not in graph.graph
    assert K(f"initiative:{key}") in graph


def test_dates_as_the_server_driver_returns_them() -> None:
    """PostgreSQL hands back date and datetime objects, SQLite text: all read as a date."""
    assert _date(dt.date(2027, 5, 1)) == dt.date(2027, 5, 1)
    assert _date(dt.datetime(2027, 5, 1, 13, 45)) == dt.date(2027, 5, 1)
    assert _date("2027-05-01") == dt.date(2027, 5, 1)
    assert _date("1 May") is None


class _PlainGraph:
    """A graph-like object without networkx's adjacency dicts: only the public add_edge."""

    def __init__(self) -> None:
        self.added: list[tuple[object, object, str, dict[str, object]]] = []

    def add_edge(self, u: object, v: object, key: str, **attrs: object) -> None:
        self.added.append((u, v, key, attrs))


def test_edges_are_added_the_plain_way_when_networkx_internals_are_missing() -> None:
    """A graph without plain adjacency dicts gets every edge through add_edge, in order."""
    b = RoadmapBuilder()
    first, second = b.initiative("One"), b.initiative("Two")
    b.depends(second, first)
    edges = list(build_graph(b.doc).edges(keys=True, data=True))
    plain = _PlainGraph()
    add_edges(plain, edges)  # type: ignore[arg-type]
    assert plain.added == edges
    assert (K(f"initiative:{second}"), K(f"initiative:{first}"), "depends_on") in [
        edge[:3] for edge in plain.added]


def test_adjacency_of_a_view_is_copied_through_the_public_api() -> None:
    """A graph view has no plain adjacency dicts: the maps are built from its succ and pred."""
    b = RoadmapBuilder()
    first, second, third = b.initiative("One"), b.initiative("Two"), b.initiative("Three")
    b.depends(second, first)
    b.depends(third, second)
    graph = build_graph(b.doc)
    one, two, three = (K(f"initiative:{k}") for k in (first, second, third))
    view = graph.subgraph([one, two])
    succ, pred = adjacency(view)
    assert isinstance(succ, dict) and isinstance(pred, dict)
    assert set(succ) == {one, two} and set(pred) == {one, two}
    assert list(succ[two]) == [one] and list(pred[one]) == [two]
    assert succ[two][one]["depends_on"]["kind"] == "depends_on"
    assert three not in succ and succ[one] == {}
