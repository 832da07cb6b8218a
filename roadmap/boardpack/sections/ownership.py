"""The ownership matrix: initiatives by departments, the role in each cell.

The matrix is the view model roadmap.views.matrix (the app and the
presentation draw the same one): rows grouped by lead department, columns
business first, then IT. When departments do not fit across
one page, the columns are split into groups, each printed in full with the
initiative column and the header repeated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.enums import Role
from roadmap.model.wording import counted
from roadmap.views.matrix import OwnershipMatrix, column_label

from ...graph import no_lead_label
from .. import styles
from ..facts import DepartmentFact, InitiativeFact
from ..flowables import Cell, Column, GridRow, GridTable, Group, Heading
from ..styles import colour, tint

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

LETTERS = {Role.LEAD: QT_TRANSLATE_NOOP("Ownership", "L"),
           Role.CONTRIBUTOR: QT_TRANSLATE_NOOP("Ownership", "C"),
           Role.ENABLER: QT_TRANSLATE_NOOP("Ownership", "E")}
"""The letter of each role in a matrix cell (English; translated where drawn)."""
FIXED_MM = (10, 70, 34, 34)
"""Widths of the #, initiative, accountable and sponsor columns."""
MIN_DEPARTMENT_MM = 9


def department_groups(departments: list[DepartmentFact],
                      room_mm: float) -> list[list[DepartmentFact]]:
    """Departments cut into column groups that fit `room_mm` at the minimum column width."""
    per_page = max(1, int(room_mm // MIN_DEPARTMENT_MM))
    return [departments[k:k + per_page] for k in range(0, len(departments), per_page)] or [[]]


LeadGroup = tuple[str, "str | None", list[InitiativeFact]]


def grouped_by_lead(r: BoardPackRenderer) -> list[LeadGroup]:
    """(lead department, colour, initiatives) as the ownership matrix view model groups them."""
    by_id = {i.id: i for i in r.facts.initiatives}
    names = {d.id: d.name for d in r.facts.departments}
    return [
        (names.get(group.lead_department_id, no_lead_label()) if group.lead_department_id
         else no_lead_label(),
         group.colour, [by_id[row.initiative_id] for row in group.rows])
        for group in _matrix(r).groups
    ]


def _matrix(r: BoardPackRenderer) -> OwnershipMatrix:
    if r.matrix is None:
        raise ValueError("the ownership matrix is read before the sections are built")
    return r.matrix


def _departments(r: BoardPackRenderer) -> list[DepartmentFact]:
    """The matrix's columns, in its order, with the names the pre-flight cleaned."""
    by_id = {d.id: d for d in r.facts.departments}
    return [by_id[c.department_id] for c in _matrix(r).columns]


def build(r: BoardPackRenderer) -> list[Flowable]:
    """The matrix, over as many pages as it needs."""
    matrix = _matrix(r)
    room = r.frame_width / mm - sum(FIXED_MM)
    column_groups = department_groups(_departments(r), room)
    title = translate("Ownership", "Ownership matrix")
    story: list[Flowable] = [r.section_start("ownership", title)]
    groups = grouped_by_lead(r)
    it_alone = matrix.it_alone
    for part, depts in enumerate(column_groups, start=1):
        if part > 1:
            story.append(PageBreak())
        message = translate("Ownership", "Who drives each initiative: {lead} lead · {contributor} "
                            "contributor · {enabler} enabler · * by owner or sponsor · IT ALONE: "
                            "{count} with no business department").format(
            lead=_letter(Role.LEAD), contributor=_letter(Role.CONTRIBUTOR),
            enabler=_letter(Role.ENABLER), count=it_alone)
        if len(column_groups) > 1:
            message += translate("Ownership", " · departments part {part} of {parts}").format(
                part=part, parts=len(column_groups))
        story.append(Heading(r, title, message))
        story.append(_table(r, depts, groups))
    return story


def _table(r: BoardPackRenderer, depts: list[DepartmentFact],
           groups: list[LeadGroup]) -> GridTable:
    free = r.frame_width / mm - sum(FIXED_MM)
    dept_width = max(MIN_DEPARTMENT_MM, free / max(1, len(depts)))
    columns = [
        Column("#", FIXED_MM[0], align="right", max_lines=1),
        Column(translate("Ownership", "Initiative"), FIXED_MM[1], max_lines=2),
        Column(translate("Ownership", "Accountable"), FIXED_MM[2], max_lines=1),
        Column(translate("Ownership", "Sponsor"), FIXED_MM[3], max_lines=1),
        *(Column(column_label(d.name, d.is_it), dept_width, align="center",
                 max_lines=1, rotate=True) for d in depts),
    ]
    rows: list[GridRow] = []
    by_initiative = _matrix(r).by_initiative
    nobody = Cell([(translate("Ownership", "none"), "muted")])
    it_alone = translate("Ownership", "IT ALONE")
    letters: dict[tuple[int, Role, bool], Cell] = {}  # a matrix repeats each many times
    for title, hex_colour, members in groups:
        note = counted(len(members), translate("Ownership", "{count} initiative led"),
                       translate("Ownership", "{count} initiatives led"))
        rows.append(Group(title, colour(hex_colour) if hex_colour else None, note))
        for item in members:
            cells: list[str | Cell] = [
                Cell([(str(item.id), "muted")]),
                Cell([(item.title, "normal")], badge=it_alone if item.it_alone else "",
                     badge_fill=styles.VIOLATION),
                item.owner or nobody,
                item.sponsor or nobody,
            ]
            row_cells = by_initiative[item.id].cells
            for dept in depts:
                cell = row_cells.get(dept.id)
                if cell is None:
                    cells.append("")
                    continue
                implied = bool(cell.implied)
                key = (dept.id, cell.role, implied)
                found = letters.get(key)
                if found is None:
                    found = letters[key] = _role_cell(dept, cell.role, implied)
                cells.append(found)
            rows.append(cells)
    return GridTable(r, columns, rows, where="ownership matrix")


def _role_cell(dept: DepartmentFact, role: Role, implied: bool) -> Cell:
    """A matrix cell: the role's letter on the department's colour, strongest role darkest."""
    letter = _letter(role) + ("*" if implied else "")
    base = dept.colour
    if role is Role.LEAD:
        return Cell([(letter, "bold")], fill=colour(base), ink=colour(_ink_on(base)))
    if role is Role.CONTRIBUTOR:
        return Cell([(letter, "bold")], fill=tint(base, 0.6))
    return Cell([(letter, "normal")], fill=tint(base, 0.85))


def _letter(role: Role) -> str:
    return translate("Ownership", LETTERS[role])


def _ink_on(hex_colour: str) -> str:
    from roadmap.model.palette import text_on

    return text_on(hex_colour)
