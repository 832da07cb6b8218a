"""The ownership matrix: initiatives by departments, the role in each cell.

Rows are grouped by lead department; when departments do not fit across
one page, the columns are split into groups, each printed in full with the
initiative column and the header repeated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from roadmap.model.enums import Role
from roadmap.model.wording import plural

from ...graph import NO_LEAD
from .. import styles
from ..facts import DepartmentFact, InitiativeFact
from ..flowables import Cell, Column, GridRow, GridTable, Group, Heading
from ..styles import colour, tint

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

LETTERS = {Role.LEAD: "L", Role.CONTRIBUTOR: "C", Role.ENABLER: "E"}
FIXED_MM = (8, 72, 34, 34)
"""Widths of the #, initiative, accountable and sponsor columns."""
MIN_DEPARTMENT_MM = 9


def department_groups(departments: list[DepartmentFact],
                      room_mm: float) -> list[list[DepartmentFact]]:
    """Departments cut into column groups that fit `room_mm` at the minimum column width."""
    per_page = max(1, int(room_mm // MIN_DEPARTMENT_MM))
    return [departments[k:k + per_page] for k in range(0, len(departments), per_page)] or [[]]


LeadGroup = tuple[str, "str | None", list[InitiativeFact]]


def grouped_by_lead(initiatives: list[InitiativeFact],
                    departments: list[DepartmentFact]) -> list[LeadGroup]:
    """(lead department, colour, initiatives) in department order, unled last."""
    groups = []
    for dept in departments:
        members = [i for i in initiatives if i.lead is not None and i.lead.id == dept.id]
        if members:
            groups.append((dept.name, dept.colour, _sorted(members)))
    orphans = [i for i in initiatives if i.lead is None]
    if orphans:
        groups.append((NO_LEAD, None, _sorted(orphans)))
    return groups


def _sorted(items: list[InitiativeFact]) -> list[InitiativeFact]:
    return sorted(items, key=lambda i: (i.start is None, i.start, i.title.casefold(), i.id))


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The matrix, over as many pages as it needs."""
    facts = r.facts
    room = r.frame_width / mm - sum(FIXED_MM)
    column_groups = department_groups(facts.departments, room)
    story: list[Flowable] = [r.section_start("ownership", "Ownership matrix")]
    groups = grouped_by_lead(facts.initiatives, facts.departments)
    it_alone = sum(1 for i in facts.initiatives if i.it_alone)
    for part, depts in enumerate(column_groups, start=1):
        if part > 1:
            story.append(PageBreak())
        message = (f"Who drives each initiative: L lead · C contributor · E enabler · "
                   f"IT ALONE: {it_alone} with no business department")
        if len(column_groups) > 1:
            message += f" · departments part {part} of {len(column_groups)}"
        story.append(Heading(r, "Ownership matrix", message))
        story.append(_table(r, depts, groups))
    return story


def _table(r: BoardPackRenderer, depts: list[DepartmentFact],
           groups: list[LeadGroup]) -> GridTable:
    free = r.frame_width / mm - sum(FIXED_MM)
    dept_width = max(MIN_DEPARTMENT_MM, free / max(1, len(depts)))
    columns = [
        Column("#", FIXED_MM[0], align="right", max_lines=1),
        Column("Initiative", FIXED_MM[1], max_lines=2),
        Column("Accountable", FIXED_MM[2], max_lines=1),
        Column("Sponsor", FIXED_MM[3], max_lines=1),
        *(Column(d.name + (" (IT)" if d.is_it else ""), dept_width, align="center",
                 max_lines=1, rotate=True) for d in depts),
    ]
    rows: list[GridRow] = []
    for title, hex_colour, members in groups:
        note = f"{plural(len(members), 'initiative')} led"
        rows.append(Group(title, colour(hex_colour) if hex_colour else None, note))
        for item in members:
            cells: list[str | Cell] = [
                Cell([(str(item.id), "muted")]),
                Cell([(item.title, "normal")], badge="IT ALONE" if item.it_alone else "",
                     badge_fill=styles.VIOLATION),
                Cell([(item.owner or "none", "normal" if item.owner else "muted")]),
                Cell([(item.sponsor or "none", "normal" if item.sponsor else "muted")]),
            ]
            for dept in depts:
                role = item.roles.get(dept.id)
                if role is None:
                    cells.append("")
                    continue
                base = dept.colour
                if role is Role.LEAD:
                    cells.append(Cell([(LETTERS[role], "bold")], fill=colour(base),
                                      ink=colour(_ink_on(base))))
                elif role is Role.CONTRIBUTOR:
                    cells.append(Cell([(LETTERS[role], "bold")], fill=tint(base, 0.6)))
                else:
                    cells.append(Cell([(LETTERS[role], "normal")], fill=tint(base, 0.85)))
            rows.append(cells)
    return GridTable(r, columns, rows, where="ownership matrix")


def _ink_on(hex_colour: str) -> str:
    from roadmap.model.palette import text_on

    return text_on(hex_colour)
