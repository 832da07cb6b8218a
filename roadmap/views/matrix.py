"""The ownership matrix view model: who drives each initiative, computed once for every renderer.

Initiatives down, grouped by lead department; departments across, business
departments first, then IT, each by name; in each cell the department's role
in the initiative. A role can be stated (a participation) or implied by a
person: the accountable owner's department leads, the sponsor's
contributes, as the ownership checks count them. The app's matrix, the
presentation and the board pack all draw this one matrix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from roadmap.graph import RoadmapGraph, edges_of, no_lead_label, nodes_of
from roadmap.model.enums import Role


class Implied(StrEnum):
    """Why a department has a role it was not given directly."""

    OWNER = "owner"
    SPONSOR = "sponsor"


def department_order_key(is_it: bool, name: str, department_id: int) -> tuple[bool, str, int]:
    """Where a department's column goes: business departments first, then IT, each by name."""
    return (is_it, name.casefold(), department_id)


def column_label(name: str, is_it: bool) -> str:
    """A department's column header: 'Digital Platforms (IT)', but 'IT' for IT itself."""
    if not is_it or "IT" in name.replace("/", " ").replace("-", " ").split():
        return name
    return f"{name} (IT)"


@dataclass(frozen=True)
class MatrixColumn:
    """One department across the top."""

    department_id: int
    name: str
    colour: str
    is_it: bool

    @property
    def label(self) -> str:
        """The header: the name, marked '(IT)' unless the name already says IT."""
        return column_label(self.name, self.is_it)


@dataclass(frozen=True)
class MatrixCell:
    """A department's role in an initiative."""

    role: Role
    implied: Implied | None = None
    """None when stated; else the person whose department this makes it."""


@dataclass(frozen=True)
class MatrixRow:
    """One initiative down the side."""

    initiative_id: int
    title: str
    lead_department_id: int | None
    it_alone: bool
    start: dt.date | None
    cells: Mapping[int, MatrixCell] = field(default_factory=dict)
    """Department id -> its role; departments not involved are absent."""


@dataclass(frozen=True)
class MatrixGroup:
    """The initiatives one department leads (or that no department leads)."""

    lead_department_id: int | None
    title: str
    colour: str | None
    rows: tuple[MatrixRow, ...]


@dataclass(frozen=True)
class OwnershipMatrix:
    """The whole matrix: columns in order and row groups in order."""

    columns: tuple[MatrixColumn, ...]
    groups: tuple[MatrixGroup, ...]
    by_initiative: Mapping[int, MatrixRow] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = {row.initiative_id: row for group in self.groups for row in group.rows}
        object.__setattr__(self, "by_initiative", rows)

    @property
    def rows(self) -> tuple[MatrixRow, ...]:
        """Every row, group after group."""
        return tuple(row for group in self.groups for row in group.rows)

    @property
    def it_alone(self) -> int:
        """How many initiatives no business department leads or contributes to."""
        return sum(1 for row in self.rows if row.it_alone)

    def cell(self, initiative_id: int, department_id: int) -> MatrixCell | None:
        """The role of a department in an initiative, or None."""
        row = self.by_initiative.get(initiative_id)
        return row.cells.get(department_id) if row is not None else None


def _row_order(row: MatrixRow) -> tuple[bool, dt.date, str, int]:
    return (row.start is None, row.start or dt.date.max, row.title.casefold(),
            row.initiative_id)


def ownership_matrix(graph: RoadmapGraph) -> OwnershipMatrix:
    """The matrix of the roadmap graph (as built by roadmap.graph.build_graph)."""
    departments = sorted((a for _k, a in nodes_of(graph, "department")),
                         key=lambda a: department_order_key(bool(a["is_it"]), a["name"], a["id"]))
    columns = tuple(MatrixColumn(a["id"], a["name"], a["colour"], bool(a["is_it"]))
                    for a in departments)
    owner_department = {a["id"]: a["department_id"] for _k, a in nodes_of(graph, "owner")}
    stated: dict[tuple[int, int], Role] = {}
    for u, v, attrs in edges_of(graph, "takes_part"):
        key = (v.id, u.id)
        role = attrs["role"]
        if key not in stated or role.rank < stated[key].rank:
            stated[key] = role
    rows: list[MatrixRow] = []
    for _k, a in nodes_of(graph, "initiative"):
        people = {Implied.OWNER: owner_department.get(a["owner_id"]),
                  Implied.SPONSOR: owner_department.get(a["sponsor_id"])}
        cells: dict[int, MatrixCell] = {}
        for department_id, role in (a.get("departments") or {}).items():
            given = stated.get((a["id"], department_id))
            implied = None
            if given is not role:
                implied = next((who for who, dept in people.items() if dept == department_id),
                               None)
            cells[department_id] = MatrixCell(role, implied)
        rows.append(MatrixRow(a["id"], a["title"], a.get("lead_department"),
                              bool(a.get("it_alone")), a["start"], cells))
    groups: list[MatrixGroup] = []
    for column in columns:
        led = sorted((r for r in rows if r.lead_department_id == column.department_id),
                     key=_row_order)
        if led:
            groups.append(MatrixGroup(column.department_id, column.name, column.colour,
                                      tuple(led)))
    known = {c.department_id for c in columns}
    unled = sorted((r for r in rows if r.lead_department_id not in known), key=_row_order)
    if unled:
        groups.append(MatrixGroup(None, no_lead_label(), None, tuple(unled)))
    return OwnershipMatrix(columns, tuple(groups))
