"""The ownership matrix view model: columns, groups, stated and implied roles."""

from __future__ import annotations

import datetime as dt

from roadmap.graph import NO_LEAD, build_graph
from roadmap.model.enums import Role
from roadmap.services.document import Document
from roadmap.views.matrix import Implied, column_label, ownership_matrix

D = dt.date


def _doc() -> Document:
    doc = Document.in_memory(title="Matrix")
    ids = {name: doc.departments.create(name=name, is_it=is_it).rows[0].key
           for name, is_it in (("IT", True), ("Sales", False), ("Digital Platforms", True),
                               ("marketing", False))}
    cio = doc.owners.create(name="Ada", department_id=ids["IT"]).rows[0].key
    seller = doc.owners.create(name="Bo", department_id=ids["Sales"]).rows[0].key
    late = doc.initiatives.create(title="Checkout", start=D(2027, 6, 1),
                                  end=D(2027, 9, 1), sponsor_id=seller).rows[0].key
    early = doc.initiatives.create(title="Basket", start=D(2027, 2, 1),
                                   end=D(2027, 4, 1)).rows[0].key
    servers = doc.initiatives.create(title="Servers", owner_id=cio).rows[0].key
    doc.initiatives.create(title="Nobody's")
    doc.participations.set_role(late, ids["marketing"], Role.LEAD)
    doc.participations.set_role(early, ids["marketing"], Role.LEAD)
    doc.participations.set_role(late, ids["IT"], Role.ENABLER)
    doc.participations.set_role(servers, ids["Digital Platforms"], Role.ENABLER)
    return doc


def test_columns_put_business_first_then_it_each_by_name() -> None:
    matrix = ownership_matrix(build_graph(_doc()))
    assert [c.name for c in matrix.columns] == ["marketing", "Sales", "Digital Platforms", "IT"]
    assert [c.label for c in matrix.columns] == [
        "marketing", "Sales", "Digital Platforms (IT)", "IT"]


def test_column_labels_mark_it_only_where_the_name_does_not_say_it() -> None:
    assert column_label("IT", True) == "IT"
    assert column_label("IT/Ops", True) == "IT/Ops"
    assert column_label("Infrastructure", True) == "Infrastructure (IT)"
    assert column_label("Sales", False) == "Sales"


def test_rows_are_grouped_by_lead_in_column_order_then_by_start() -> None:
    doc = _doc()
    matrix = ownership_matrix(build_graph(doc))
    assert [(g.title, [r.title for r in g.rows]) for g in matrix.groups] == [
        ("marketing", ["Basket", "Checkout"]),
        ("IT", ["Servers"]),
        (NO_LEAD, ["Nobody's"]),
    ]
    assert [r.title for r in matrix.rows] == ["Basket", "Checkout", "Servers", "Nobody's"]
    assert matrix.it_alone == 1 and matrix.by_initiative[3].it_alone


def test_roles_a_person_implies_say_who_implies_them() -> None:
    doc = _doc()
    matrix = ownership_matrix(build_graph(doc))
    ids = {d.name: d.id for d in doc.departments.all()}
    checkout = matrix.by_initiative[1]
    assert checkout.cells[ids["marketing"]].role is Role.LEAD
    assert checkout.cells[ids["marketing"]].implied is None
    assert checkout.cells[ids["Sales"]].role is Role.CONTRIBUTOR
    assert checkout.cells[ids["Sales"]].implied is Implied.SPONSOR
    assert checkout.cells[ids["IT"]].implied is None, "a stated enabler stays stated"
    servers = matrix.cell(3, ids["IT"])
    assert servers is not None and (servers.role, servers.implied) == (Role.LEAD, Implied.OWNER)
    assert matrix.cell(3, ids["Sales"]) is None and matrix.cell(99, ids["IT"]) is None
