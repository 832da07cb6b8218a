"""The roadmap as one networkx graph: the analysis, the graph view and the PDF all read it.

Nodes are keyed by `NodeKey` (printed "initiative:12", "department:3",
"owner:4", "vendor:2") and carry `kind` plus the fields their readers need.
Edges are typed by `kind`
(also used as the multigraph edge key, so each kind appears at most once
between two nodes):

- depends_on   initiative -> initiative it waits for (finish-to-start)
- takes_part   department -> initiative, with `role` (lead, contributor, enabler)
- accountable  owner -> initiative
- sponsors     owner -> initiative
- uses_vendor  initiative -> vendor

Building reads each table once with a bulk query (no per-initiative lazy
loads), so a 10,000-initiative roadmap builds in linear time.

Ownership is decided here, once, by `involvement()`: the departments taking
part, plus the accountable owner's department as lead and the sponsor's
department as contributor (CR101).
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Container, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

import networkx as nx
from sqlalchemy import Boolean, Date

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.entities import (
    Base,
    Department,
    Dependency,
    EnumList,
    EnumText,
    Initiative,
    Owner,
    Participation,
    Roadmap,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import Health, MeasureKind, Role, Status
from roadmap.model.keys import NodeKey, NodeKind

if TYPE_CHECKING:
    from roadmap.services.document import Document

KINDS = tuple(kind.value for kind in NodeKind)
"""The node kinds, in the order readers usually draw them."""

if TYPE_CHECKING:  # networkx's classes are generic only in their stubs
    RoadmapGraph: TypeAlias = nx.MultiDiGraph[NodeKey]
else:
    RoadmapGraph = nx.MultiDiGraph
"""The graph `build_graph` returns: nodes keyed by NodeKey."""

Attrs = dict[str, Any]
"""A node's or an edge's attributes (a table row's fields plus what the build adds)."""

Edge = tuple[NodeKey, NodeKey, str, Attrs]
"""(source, target, edge kind, attributes), as `add_edges` takes them."""

EDGE_KINDS = ("depends_on", "takes_part", "accountable", "sponsors", "uses_vendor")
"""The edge kinds (also the multigraph edge keys)."""

NO_LEAD = QT_TRANSLATE_NOOP("Views", "No lead department")
"""What every view and the board pack call the group of initiatives no department leads
(English; `no_lead_label` is what prints)."""


def no_lead_label() -> str:
    """'No lead department' in the reader's language."""
    return translate("Views", NO_LEAD)


def node_key(kind: NodeKind | str, key: int) -> NodeKey:
    """The graph node key of a row: node_key("initiative", 12) prints "initiative:12"."""
    return NodeKey.of(kind, key)


@dataclass(frozen=True)
class Involvement:
    """Which departments take part in one initiative and what that means for ownership."""

    roles: Mapping[int, Role] = field(default_factory=dict)
    """Department id -> strongest role (participations, owner as lead, sponsor as contributor)."""
    lead_id: int | None = None
    """The lead department: the first business lead, else the first lead (owner's dept last)."""
    it_involved: bool = False
    """At least one IT department or IT person (owner, sponsor) is involved."""
    business_owned: bool = False
    """A business (non-IT) department leads or contributes; enabling does not count."""

    @property
    def it_alone(self) -> bool:
        """CR101: IT is involved and no business department leads or contributes."""
        return self.it_involved and not self.business_owned


_ROLE_RANK = {role: role.rank for role in Role}
"""Role -> its rank, read once (the property is a call per read)."""


def involvement(
    participations: Iterable[tuple[int, Role]],
    owner_department: int | None,
    sponsor_department: int | None,
    is_it: Mapping[int, bool],
) -> Involvement:
    """Decide ownership from plain ids: the single rule behind CR100, CR101, CR102 and figures.

    `participations` are (department id, role) pairs in creation order;
    `is_it` tells which department ids are IT. Unknown department ids are
    ignored (a dangling reference must not crash the analysis).
    """
    roles: dict[int, Role] = {}
    leads: list[int] = []
    rank = _ROLE_RANK
    for dept, role in participations:
        if dept not in is_it:
            continue
        # The strongest role wins: a department both leading and enabling counts as leading.
        held = roles.get(dept)
        if held is None or rank[role] < rank[held]:
            roles[dept] = role
        if role is Role.LEAD and dept not in leads:
            leads.append(dept)
    for person_dept, role in ((owner_department, Role.LEAD),
                              (sponsor_department, Role.CONTRIBUTOR)):
        if person_dept is not None and person_dept in is_it:
            held = roles.get(person_dept)
            if held is None or rank[role] < rank[held]:
                roles[person_dept] = role
    if (owner_department is not None and owner_department in is_it
            and owner_department not in leads):
        leads.append(owner_department)
    business_leads = [d for d in leads if not is_it[d]]
    lead = business_leads[0] if business_leads else (leads[0] if leads else None)
    it_involved = business_owned = False
    for dept, role in roles.items():
        if is_it[dept]:
            it_involved = True
        elif role is not Role.ENABLER:  # leading or contributing
            business_owned = True
    return Involvement(roles=roles, lead_id=lead, it_involved=it_involved,
                       business_owned=business_owned)


def initiative_involvement(initiative: Initiative) -> Involvement:
    """The involvement of one ORM initiative (for a single row in the UI; loads lazily)."""
    parts = sorted(initiative.participations, key=lambda p: p.id)
    is_it = {p.department_id: bool(p.department.is_it) for p in parts if p.department}
    owner_dept = sponsor_dept = None
    for person, which in ((initiative.owner, "owner"), (initiative.sponsor, "sponsor")):
        if person is not None and person.department is not None:
            is_it[person.department.id] = bool(person.department.is_it)
            if which == "owner":
                owner_dept = person.department.id
            else:
                sponsor_dept = person.department.id
    return involvement(
        [(p.department_id, p.role) for p in parts], owner_dept, sponsor_dept, is_it
    )


def lead_department(doc: Document, initiative: Initiative | int) -> Department | None:
    """The department leading an initiative (see `involvement`), or None."""
    row = _initiative(doc, initiative)
    lead = initiative_involvement(row).lead_id
    return None if lead is None else doc.session.get(Department, lead)


def departments_involved(doc: Document, initiative: Initiative | int) -> dict[Department, Role]:
    """Every department involved in an initiative with its strongest role."""
    row = _initiative(doc, initiative)
    found: dict[Department, Role] = {}
    for dept_id, role in initiative_involvement(row).roles.items():
        dept = doc.session.get(Department, dept_id)
        if dept is not None:
            found[dept] = role
    return found


def is_it_alone(doc: Document, initiative: Initiative | int) -> bool:
    """True when IT is involved and no business department leads or contributes (CR101)."""
    return initiative_involvement(_initiative(doc, initiative)).it_alone


def _initiative(doc: Document, initiative: Initiative | int) -> Initiative:
    if isinstance(initiative, Initiative):
        return initiative
    return doc.initiatives.get(int(initiative))


def _rows(doc: Document, model: type[Base], where: str = "",
          keys: Iterable[int] = ()) -> list[Attrs]:
    """Every row of a table as a plain dict, in id order, with typed values.

    One query per table with untyped columns, then a column at a time one
    cheap conversion per distinct value (states, dates and flags repeat):
    SQLAlchemy's per-value type processing and Enum() calls cost more than
    the rest of the analysis. Unknown enumeration values read as None rather
    than failing. `where` names the columns (`a` or `a|b`) whose value must be
    one of `keys`; empty reads the whole table.
    """
    table = model.__table__
    names = [c.name for c in table.c]
    rows = _raw_rows(doc, str(model.__tablename__), names, where, list(keys))
    if not rows:
        return []
    columns: list[Iterable[Any]] = list(zip(*rows, strict=True))
    for k, c in enumerate(table.c):
        conv = _converter(c.type)
        if conv is not None:
            values = columns[k]
            typed = {v: conv(v) for v in set(values) if v is not None}
            typed[None] = None
            columns[k] = [typed[v] for v in values]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def _raw_rows(doc: Document, table: str, names: list[str], where: str = "",
              keys: list[int] | None = None) -> list[Any]:
    """Rows of `table` as stored (untyped), in id order, within the session's transaction.

    A plain SQL text fetched all at once: the ORM's and Core's per-row result
    machinery costs more than the query itself. With `where`, only rows whose
    column (or one of the `|`-separated columns) holds one of `keys`.
    """
    quoted = ", ".join(f'"{name}"' for name in names)  # names come from the model
    sql = f'SELECT {quoted} FROM "{table}"'
    params: tuple[int, ...] = ()
    if where:
        keys = keys or []
        marks = ", ".join(_mark(doc) for _ in keys) or "NULL"
        sql += " WHERE " + " OR ".join(f'"{column}" IN ({marks})' for column in where.split("|"))
        params = tuple(keys) * len(where.split("|"))
    sql += " ORDER BY id"
    return list(doc.session.connection().exec_driver_sql(sql, params).fetchall())


def _mark(doc: Document) -> str:
    """The driver's positional parameter mark: ? for sqlite3, %s for psycopg."""
    return "?" if doc.session.connection().dialect.paramstyle == "qmark" else "%s"


def _converter(kind: Any) -> Any:
    if isinstance(kind, EnumList):
        members = kind.enum_class._value2member_map_
        return lambda text: tuple(
            members[v] for v in str(text).split(",") if v in members
        )
    if isinstance(kind, EnumText):
        return kind.enum_class._value2member_map_.get
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, Boolean):
        return bool
    return None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector around a bulk build of many small dicts.

    Nothing built here forms reference cycles to free, yet generational
    collections triggered by the allocations cost a third of the time of a
    large analysis. The previous state is restored on exit.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build_graph(doc: Document) -> RoadmapGraph:
    """Turn the document into the typed multigraph described in the module docstring.

    `graph.graph` holds the roadmap's own fields (title, horizon_start,
    horizon_end, currency, fiscal_year_start_month, ...). Initiative nodes
    also carry the ownership facts: `departments` (id -> Role), `lead_department`,
    `it_involved`, `business_owned`, `it_alone`.
    """
    with no_gc():
        return _build(doc)


def _build(doc: Document) -> RoadmapGraph:
    graph: RoadmapGraph = nx.MultiDiGraph()
    info = _rows(doc, Roadmap)
    if info:
        graph.graph.update(info[0])
    departments = _rows(doc, Department)
    owners = _rows(doc, Owner)
    vendors = _rows(doc, Vendor)
    initiatives = _rows(doc, Initiative)
    is_it = {d["id"]: d["is_it"] for d in departments}
    owner_dept = {o["id"]: o["department_id"] for o in owners}

    for d in departments:
        d["kind"] = "department"
        d["is_it"] = bool(d["is_it"])
        d["benefit_areas"] = d["benefit_areas"] or ()
    for o in owners:
        o["kind"] = "owner"
        o["is_it"] = bool(is_it.get(o["department_id"], False))
    for v in vendors:
        v["kind"] = "vendor"
    graph.add_nodes_from((NodeKey(NodeKind.DEPARTMENT, d["id"]), d) for d in departments)
    graph.add_nodes_from((NodeKey(NodeKind.OWNER, o["id"]), o) for o in owners)
    graph.add_nodes_from((NodeKey(NodeKind.VENDOR, v["id"]), v) for v in vendors)

    parts: dict[int, list[tuple[int, Role]]] = {}
    edges: list[Edge] = []
    # One key per row, made once: every edge of a row shares its node's key.
    ikeys = {i["id"]: NodeKey(NodeKind.INITIATIVE, i["id"]) for i in initiatives}
    initiative_ids = ikeys.keys()
    dkeys = {d["id"]: NodeKey(NodeKind.DEPARTMENT, d["id"]) for d in departments}
    okeys = {o["id"]: NodeKey(NodeKind.OWNER, o["id"]) for o in owners}
    edges += part_edges(_rows(doc, Participation), initiative_ids, is_it, dkeys, ikeys, parts)

    for i in initiatives:
        derive_initiative(i, parts.get(i["id"], ()), owner_dept, is_it)
        edges += people_edges(i, owner_dept, okeys, ikeys[i["id"]])
    graph.add_nodes_from((ikeys[i["id"]], i) for i in initiatives)

    edges += link_edges(_rows(doc, Dependency), initiative_ids, ikeys)
    vendor_ids = {v["id"] for v in vendors}
    edges += vendor_edges(_rows(doc, VendorUse), initiative_ids, vendor_ids, ikeys)
    add_edges(graph, edges)
    return graph


def derive_initiative(i: Attrs, parts: Iterable[tuple[int, Role]],
                      owner_dept: Mapping[int, int | None], is_it: Mapping[int, bool]) -> None:
    """Turn an initiative row into its node's attributes: kind, ownership facts, defaults.

    `parts` are its (department id, role) participations in row order;
    `owner_dept` maps every person to their department, `is_it` every department.
    """
    owner = owner_dept.get(i["owner_id"]) if i["owner_id"] is not None else None
    sponsor = owner_dept.get(i["sponsor_id"]) if i["sponsor_id"] is not None else None
    who = involvement(parts, owner, sponsor, is_it)
    i.update(kind="initiative", departments=who.roles, lead_department=who.lead_id,
             it_involved=who.it_involved, business_owned=who.business_owned,
             it_alone=who.it_alone, customer_facing=bool(i["customer_facing"]))
    for field_name, default in _INITIATIVE_DEFAULTS.items():
        if i[field_name] is None:
            i[field_name] = default


def people_edges(i: Attrs, owner_dept: Mapping[int, int | None],
                 okeys: Mapping[int, NodeKey], key: NodeKey) -> list[Edge]:
    """The accountable and sponsors edges of an initiative (to people the roadmap has)."""
    edges: list[Edge] = []
    if i["owner_id"] in owner_dept:
        edges.append((okeys[i["owner_id"]], key, "accountable", {"kind": "accountable"}))
    if i["sponsor_id"] in owner_dept:
        edges.append((okeys[i["sponsor_id"]], key, "sponsors", {"kind": "sponsors"}))
    return edges


def part_edges(rows: Iterable[Attrs], initiative_ids: Container[int],
               is_it: Mapping[int, bool], dkeys: Mapping[int, NodeKey],
               ikeys: Mapping[int, NodeKey],
               parts: dict[int, list[tuple[int, Role]]]) -> list[Edge]:
    """The takes_part edges of participation rows; each initiative's (department, role)
    pairs are added to `parts` in row order."""
    edges: list[Edge] = []
    for p in rows:
        key, dept, role = p["initiative_id"], p["department_id"], p["role"] or Role.CONTRIBUTOR
        if key in initiative_ids and dept in is_it:
            parts.setdefault(key, []).append((dept, role))
            edges.append((dkeys[dept], ikeys[key],
                          "takes_part", {"kind": "takes_part", "role": role}))
    return edges


def link_edges(rows: Iterable[Attrs], initiative_ids: Container[int],
               ikeys: Mapping[int, NodeKey]) -> list[Edge]:
    """The depends_on edges of dependency rows between initiatives the graph has."""
    edges: list[Edge] = []
    for d in rows:
        a, b = d["initiative_id"], d["depends_on_id"]
        if a in initiative_ids and b in initiative_ids:
            edges.append((ikeys[a], ikeys[b], "depends_on", {"kind": "depends_on", "id": d["id"]}))
    return edges


def vendor_edges(rows: Iterable[Attrs], initiative_ids: Container[int],
                 vendor_ids: Container[int], ikeys: Mapping[int, NodeKey]) -> list[Edge]:
    """The uses_vendor edges of vendor-use rows between nodes the graph has."""
    return [
        (ikeys[u["initiative_id"]], NodeKey(NodeKind.VENDOR, u["vendor_id"]),
         "uses_vendor", {"kind": "uses_vendor"})
        for u in rows
        if u["initiative_id"] in initiative_ids and u["vendor_id"] in vendor_ids
    ]


def add_edges(graph: RoadmapGraph, edges: list[Edge]) -> None:
    """Add (u, v, key, attrs) edges between existing nodes, as `add_edges_from` would.

    Filling networkx's adjacency dicts directly halves the cost of the
    largest step of building a 10,000-initiative graph; tests check that
    the result equals `add_edges_from`'s. Falls back to it when networkx's
    internals are not what this expects.
    """
    succ, pred = getattr(graph, "_succ", None), getattr(graph, "_pred", None)
    clear = getattr(nx, "_clear_cache", None)
    if not isinstance(succ, dict) or not isinstance(pred, dict) or clear is None:
        for u, v, key, attrs in edges:
            graph.add_edge(u, v, key, **attrs)
        return
    for u, v, key, attrs in edges:
        keys = succ[u].get(v)
        if keys is None:
            # The stub types the factory as a plain callable attribute; it is a class.
            keys = succ[u][v] = graph.edge_key_dict_factory()  # type: ignore[misc]
            pred[v][u] = keys
        keys[key] = attrs
    clear(graph)


# Values an unreadable stored enumeration falls back to (never None where rules compare).
_INITIATIVE_DEFAULTS = {
    "status": Status.PLANNED, "health": Health.GREEN, "measure_kind": MeasureKind.NONE,
    "priority": 3, "title": "", "success_measure": "", "customer_value": "",
}


Adjacency = Mapping[NodeKey, Mapping[NodeKey, Mapping[str, Attrs]]]
"""node -> neighbour -> edge key -> edge attributes."""


def adjacency(graph: RoadmapGraph) -> tuple[Adjacency, Adjacency]:
    """Read-only successor and predecessor maps: node -> neighbour -> edge key -> attrs.

    networkx's own dicts when available (iterating them is several times
    faster than the edge views on large graphs), else copies built through
    the public API. Callers must not modify them.
    """
    succ, pred = getattr(graph, "_succ", None), getattr(graph, "_pred", None)
    if isinstance(succ, dict) and isinstance(pred, dict):
        return succ, pred
    return (
        {u: {v: dict(keys) for v, keys in nbrs.items()} for u, nbrs in graph.succ.items()},
        {u: {v: dict(keys) for v, keys in nbrs.items()} for u, nbrs in graph.pred.items()},
    )


def nodes_of(graph: RoadmapGraph, kind: str) -> list[tuple[NodeKey, Attrs]]:
    """The (key, attributes) of every node of one kind, in id order."""
    found = [(k, a) for k, a in graph.nodes(data=True) if a.get("kind") == kind]
    return sorted(found, key=lambda item: item[1]["id"])


def edges_of(graph: RoadmapGraph, kind: str) -> list[tuple[NodeKey, NodeKey, Attrs]]:
    """The (source, target, attributes) of every edge of one kind."""
    return [(u, v, a) for u, v, k, a in graph.edges(keys=True, data=True) if k == kind]


def dependency_pairs(graph: RoadmapGraph) -> list[tuple[int, int]]:
    """Every (initiative id, depends-on id) pair of the graph."""
    return list(dependency_links(graph))


def dependency_links(graph: RoadmapGraph) -> dict[tuple[int, int], int]:
    """(initiative id, depends-on id) -> its Dependency row id (newer links have larger ids)."""
    return {
        (u.id, v.id): int(attrs.get("id", 0))
        for u, v, k, attrs in graph.edges(keys=True, data=True) if k == "depends_on"
    }
