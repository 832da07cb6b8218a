"""The roadmap graph over damaged or unusual data: dangling links, odd values, no document row.

`build_graph` reads the tables in bulk and must never crash on what a
damaged file holds: dangling references are left out, unreadable values
fall back to defaults (test_graph_fallbacks.py covers the networkx fallbacks).
"""

from __future__ import annotations

import datetime as dt

from roadmap.graph import _date, build_graph, edges_of
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
