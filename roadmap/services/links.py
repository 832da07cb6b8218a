"""Services of the link tables: dependencies, participations and vendor uses.

A link joins an initiative to another row (an initiative it waits for, a
department taking part, a vendor it uses) and each pair exists at most once.
Dependencies are also kept acyclic: a link that would close a cycle is
refused with CycleError naming it, before anything changes. Bulk creation
(`create_many`) checks a whole import's links with one query per table.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast

import networkx as nx
from sqlalchemy import select

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.entities import (
    Base,
    Department,
    Dependency,
    Initiative,
    Participation,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import Role
from roadmap.model.errors import CycleError, DuplicateError, NotFoundError, ValidationError
from roadmap.model.validation import check_row, clean_fields
from roadmap.services.changes import Change, Row, RowChange
from roadmap.services.rows import EntityService, T, in_sentence


class LinkService(EntityService[T]):
    """A link table whose (initiative, other) pair is unique."""

    other_field: ClassVar[str]

    def _check(self, row: Row, key: int | None) -> None:
        super()._check(row, key)
        for other in self._rows_where(
            self.model, initiative_id=row["initiative_id"],
            **{self.other_field: row[self.other_field]},
        ):
            if other.id != key:  # type: ignore[attr-defined]
                raise DuplicateError(self.other_field, self._duplicate_message(row))

    def _duplicate_message(self, row: Row) -> str:
        return translate("Undo", "this {noun} already exists").format(
            noun=in_sentence(self.noun))

    def create_many(self, rows: list[Row], label: str | None = None) -> Change:
        """Add many links as one change, checked together: one query per table, not per link.

        For imports and generators, where checking each link on its own would
        cost a query (and for dependencies a graph) per link.
        """
        cleaned = []
        for fields in rows:
            row = dict(self.defaults)
            row.update(clean_fields(self.table, fields))
            self._complete(row)
            check_row(self.table, row)
            cleaned.append(row)
        known = {
            field: self._existing_ids(target, {row[field] for row in cleaned})
            for field, target in self.references.items()
        }
        other = getattr(self.model, self.other_field)
        query = select(self.model.initiative_id, other)  # type: ignore[attr-defined]
        starts = {row["initiative_id"] for row in cleaned}
        if self.other_field != "depends_on_id" and len(starts) <= 5000:  # cycles need all
            query = query.where(self.model.initiative_id.in_(starts))  # type: ignore[attr-defined]
        taken: set[tuple[int, int]] = {(a, b) for a, b in self.doc.session.execute(query)}
        changes: list[RowChange] = []
        for row in cleaned:
            for field, ids in known.items():
                if row[field] not in ids:
                    noun = self.references[field].__tablename__.replace("_", " ")
                    raise ValidationError(field, translate(
                        "Undo", "there is no {noun} with id {key}").format(
                        noun=translate("Tables", noun), key=row[field]))
            pair = (row["initiative_id"], row[self.other_field])
            if pair in taken:
                raise DuplicateError(self.other_field, self._duplicate_message(row))
            taken.add(pair)
            row["id"] = self.doc.next_id(self.table)
            changes.append(RowChange(self.table, row["id"], None, row))
        self._check_many(taken, {(r["initiative_id"], r[self.other_field]) for r in cleaned})
        return self.doc.apply(Change(label or translate("Undo", "Add {noun}").format(
            noun=translate("Undo", self.noun)), tuple(changes)))

    def _check_many(self, pairs: set[tuple[int, int]], new: set[tuple[int, int]]) -> None:
        """Hook: a rule over all links (`pairs`) together, of which `new` are being added."""

    def _existing_ids(self, target: type[Base], wanted: set[int]) -> set[int]:
        """Which of `wanted` are ids of `target` rows."""
        column = target.id  # type: ignore[attr-defined]
        if len(wanted) > 5000:
            return set(self.doc.session.scalars(select(column))) & wanted
        return set(self.doc.session.scalars(select(column).where(column.in_(wanted))))

    def find_link(self, initiative_id: int, other_id: int) -> T | None:
        """The link between an initiative and the other row, if any."""
        rows = self._rows_where(
            self.model, initiative_id=initiative_id, **{self.other_field: other_id}
        )
        return rows[0] if rows else None  # type: ignore[return-value]

    def of_initiative(self, initiative_id: int) -> list[T]:
        """The links of one initiative, in id order (one indexed query, not a table scan)."""
        return self._rows_where(cast("type[T]", self.model), initiative_id=initiative_id)

    def to(self, other_id: int) -> list[T]:
        """The links pointing at one other row (a prerequisite, department or vendor)."""
        return self._rows_where(cast("type[T]", self.model), **{self.other_field: other_id})

    def unlink(self, initiative_id: int, other_id: int) -> Change:
        """Remove the link between an initiative and the other row."""
        link = self.find_link(initiative_id, other_id)
        if link is None:
            raise NotFoundError(translate("Undo", "There is no such {noun}.").format(
                noun=in_sentence(self.noun)))
        return self.delete(link.id)  # type: ignore[attr-defined]


class DependencyService(LinkService[Dependency]):
    """Finish-to-start dependencies between initiatives, kept acyclic."""

    model = Dependency
    noun = QT_TRANSLATE_NOOP("Undo", "Dependency")
    other_field = "depends_on_id"
    references: ClassVar[dict[str, type[Base]]] = {
        "initiative_id": Initiative, "depends_on_id": Initiative,
    }

    def link(self, initiative_id: int, depends_on_id: int) -> Change:
        """Make `initiative_id` wait for `depends_on_id` to finish."""
        return self.create(initiative_id=initiative_id, depends_on_id=depends_on_id)

    def pairs(self) -> list[tuple[int, int]]:
        """Every (initiative, depends_on) pair."""
        return [(d.initiative_id, d.depends_on_id) for d in self.all()]

    def would_cycle(self, initiative_id: int, depends_on_id: int) -> list[int] | None:
        """The cycle a new dependency would close, as ids in order, or None."""
        graph: nx.DiGraph[int] = nx.DiGraph(self.pairs())
        if initiative_id == depends_on_id:
            return [initiative_id, initiative_id]
        if depends_on_id in graph and initiative_id in graph and nx.has_path(
            graph, depends_on_id, initiative_id
        ):
            path = nx.shortest_path(graph, depends_on_id, initiative_id)
            return [initiative_id, *path]
        return None

    def _duplicate_message(self, row: Row) -> str:
        return translate("Undo", "{dependent} already depends on {prerequisite}").format(
            dependent=self._title(row["initiative_id"]),
            prerequisite=self._title(row["depends_on_id"]))

    def _title(self, key: int) -> str:
        obj = self.doc.session.get(Initiative, key)
        if obj is not None:
            return repr(obj.title)
        return translate("Analysis", "initiative {id}").format(id=key)

    def _check_many(self, pairs: set[tuple[int, int]], new: set[tuple[int, int]]) -> None:
        # A cycle the roadmap already carries (an imported file) is the analysis's
        # finding, not a reason to refuse unrelated links: only a cycle through a
        # new link is refused, i.e. a new link inside a strongly connected component.
        graph: nx.DiGraph[int] = nx.DiGraph(pairs)
        component = {
            node: index
            for index, nodes in enumerate(nx.strongly_connected_components(graph))
            for node in nodes
        }
        for a, b in sorted(new):
            if a == b or component[a] == component[b]:
                cycle = [a, *nx.shortest_path(graph, b, a)[:-1]]
                names = " → ".join(self._title(k) for k in [*cycle, cycle[0]])
                raise CycleError(
                    "depends_on_id", translate("Undo", "these dependencies would close a cycle: "
                                               "{names}").format(names=names), cycle
                )

    def _check(self, row: Row, key: int | None) -> None:
        super()._check(row, key)
        cycle = self.would_cycle(row["initiative_id"], row["depends_on_id"])
        if cycle is not None:
            names = " → ".join(self._title(k) for k in cycle)
            raise CycleError(
                "depends_on_id", translate("Undo", "this dependency would close a cycle: "
                                           "{names}").format(names=names), cycle
            )


class ParticipationService(LinkService[Participation]):
    """Which departments take part in an initiative, and in which role."""

    model = Participation
    noun = QT_TRANSLATE_NOOP("Undo", "Department Role")
    other_field = "department_id"
    defaults: ClassVar[dict[str, Any]] = {"role": Role.CONTRIBUTOR}
    references: ClassVar[dict[str, type[Base]]] = {
        "initiative_id": Initiative, "department_id": Department,
    }

    def set_role(self, initiative_id: int, department_id: int, role: Role | str) -> Change:
        """Involve a department in an initiative with `role`, or change its role."""
        link = self.find_link(initiative_id, department_id)
        if link is None:
            return self.create(
                initiative_id=initiative_id, department_id=department_id, role=role
            )
        return self.update(link.id, role=role)

    def for_initiative(self, initiative_id: int) -> list[Participation]:
        """The departments taking part in one initiative."""
        return self._rows_where(Participation, initiative_id=initiative_id)

    def roles(self) -> list[tuple[int, int, Role]]:
        """(initiative id, department id, role) of every participation, in id order.

        Plain tuples without a row object each: the table view reads them all
        when it opens, and thousands of ORM rows cost it a tenth of a second.
        """
        query = select(Participation.initiative_id, Participation.department_id,
                       Participation.role).order_by(Participation.id)
        return [(int(i), int(d), Role(r)) for i, d, r in self.doc.session.execute(query)]

    def _duplicate_message(self, row: Row) -> str:
        return "this department already takes part in the initiative"


class VendorUseService(LinkService[VendorUse]):
    """Which vendors an initiative uses."""

    model = VendorUse
    noun = QT_TRANSLATE_NOOP("Undo", "Vendor Link")
    other_field = "vendor_id"
    references: ClassVar[dict[str, type[Base]]] = {
        "initiative_id": Initiative, "vendor_id": Vendor,
    }

    def link(self, initiative_id: int, vendor_id: int) -> Change:
        """Record that an initiative uses a vendor."""
        return self.create(initiative_id=initiative_id, vendor_id=vendor_id)

    def _duplicate_message(self, row: Row) -> str:
        return "the initiative already uses this vendor"
