"""Export initiatives as CSV or .xlsx, in the very shape the importer reads.

One row per initiative with the columns of `columns.COLUMNS`: enumerations
as their labels, dates as ISO text in CSV and as real date cells in
workbooks, links as 'Marketing (lead); IT (enabler)'. Every text cell that
a spreadsheet would run as a formula (= + - @ tab CR) is neutralised with a
leading apostrophe, which the importer removes again, so export then import
gives the same roadmap.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from pathlib import Path
from typing import Any, BinaryIO

from roadmap.model.atomic import write_atomically
from roadmap.model.entities import (
    Department,
    Initiative,
    Milestone,
    Owner,
    Participation,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import LabelledEnum, Role
from roadmap.model.errors import RoadmapWriteError
from roadmap.services.document import Document

from . import cells
from .columns import COLUMNS

HEADERS = [column.header for column in COLUMNS]


def export_rows(doc: Document, *, xml_safe: bool = False) -> list[list[Any]]:
    """Every initiative as a row of typed values (str, int, date or None), in id order.

    `xml_safe` writes line breaks as LF: a workbook's XML cannot keep a CR.
    """
    department_rows = {d.id: d for d in doc.all(Department)}
    departments = {key: d.name for key, d in department_rows.items()}
    owners = {o.id: o for o in doc.all(Owner)}
    vendor_rows = {v.id: v for v in doc.all(Vendor)}
    vendors = {key: v.name for key, v in vendor_rows.items()}
    details = {key: cells.format_vendor(v.name, v.category, v.contract_end)
               for key, v in vendor_rows.items()}
    initiatives: list[Initiative] = doc.all(Initiative)
    titles = {i.id: i.title for i in initiatives}
    roles: dict[int, list[tuple[int, str, str, Role]]] = defaultdict(list)
    for link in doc.all(Participation):
        name = departments[link.department_id]
        roles[link.initiative_id].append(
            (link.role.rank, name.casefold(), name, link.role))
    uses: dict[int, list[str]] = defaultdict(list)
    used: dict[int, list[int]] = defaultdict(list)
    for use in doc.all(VendorUse):
        uses[use.initiative_id].append(vendors[use.vendor_id])
        used[use.initiative_id].append(use.vendor_id)
    milestones: dict[int, list[Milestone]] = defaultdict(list)
    for milestone in doc.all(Milestone):
        milestones[milestone.initiative_id].append(milestone)
    depends: dict[int, list[str]] = defaultdict(list)
    for initiative_id, depends_on_id in doc.dependencies.pairs():
        depends[initiative_id].append(titles[depends_on_id])
    rows = []
    for item in initiatives:
        owner, sponsor = owners.get(item.owner_id or 0), owners.get(item.sponsor_id or 0)
        named = {link[2] for link in roles[item.id]} | {
            departments[person.department_id] for person in (owner, sponsor)
            if person is not None and person.department_id in departments}
        it_named = sorted((name for name in named if any(
            d.is_it and d.name == name for d in department_rows.values())), key=str.casefold)
        values = {
            "title": item.title, "description": item.description, "theme": item.theme,
            "start": item.start, "end": item.end, "bucket": item.bucket,
            "status": item.status, "health": item.health, "budget": item.budget,
            "benefit_area": item.benefit_area, "success_measure": item.success_measure,
            "measure_kind": item.measure_kind, "sourcing": item.sourcing,
            "capability": item.capability,
            "customer_facing": "yes" if item.customer_facing else "no",
            "customer_value": item.customer_value,
            "owner": owner.name if owner else "", "owner_role": owner.role if owner else "",
            "sponsor": sponsor.name if sponsor else "",
            "sponsor_role": sponsor.role if sponsor else "",
            "priority": item.priority, "journey_stage": item.journey_stage,
            "departments": cells.join_list([
                cells.format_department(name, role)
                for _order, _folded, name, role in sorted(roles[item.id], key=lambda r: r[:2])
            ]),
            "vendors": cells.join_list(sorted(uses[item.id], key=str.casefold)),
            "depends_on": cells.join_list(sorted(depends[item.id], key=str.casefold)),
            "milestones": cells.join_list([
                cells.format_milestone(m.name, m.date)
                for m in sorted(milestones[item.id], key=lambda m: (m.date, m.id))
            ]),
            "owner_department": _department_of(owner, departments),
            "sponsor_department": _department_of(sponsor, departments),
            "it_departments": cells.join_list(it_named),
            "vendor_details": cells.join_list(sorted(
                (details[v] for v in used[item.id]), key=str.casefold)),
        }
        rows.append([_value(values[column.key], xml_safe) for column in COLUMNS])
    return rows


def _department_of(person: Owner | None, departments: dict[int, str]) -> str:
    """The name of a person's department, or '' (no person, or no department)."""
    if person is None or person.department_id is None:
        return ""
    return departments.get(person.department_id, "")


def _value(value: Any, xml_safe: bool) -> Any:
    if isinstance(value, LabelledEnum):
        return value.english_label
    if isinstance(value, str):
        if xml_safe:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return cells.neutralise(value)
    return value


def export_sheet(doc: Document, path: str | Path) -> int:
    """Write every initiative to `path` (.csv or .xlsx, by suffix); return the row count."""
    path = Path(path)
    suffix = path.suffix.lower()
    rows = export_rows(doc, xml_safe=suffix == ".xlsx")
    if suffix == ".xlsx":
        write_atomically(path, lambda stream: _write_xlsx(stream, rows))
    elif suffix in (".csv", ".txt"):
        write_atomically(path, lambda stream: _write_csv(stream, rows))
    else:
        raise RoadmapWriteError(path, "export to a .csv or .xlsx file")
    return len(rows)


def _write_csv(target: BinaryIO, rows: list[list[Any]]) -> None:
    """UTF-8 with a byte-order mark, so Excel shows accents right; dates as ISO text."""
    stream = io.TextIOWrapper(target, encoding="utf-8-sig", newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date)
                         else v for v in row])
    stream.flush()
    stream.detach()  # the caller flushes and closes the file itself


def _write_xlsx(target: BinaryIO, rows: list[list[Any]]) -> None:
    """A workbook with one 'Initiatives' sheet: bold frozen header, real date cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Initiatives")
    sheet.freeze_panes = "A2"
    for index, column in enumerate(COLUMNS, start=1):
        wide = column.key in ("description", "departments", "depends_on", "milestones",
                              "vendor_details")
        sheet.column_dimensions[get_column_letter(index)].width = 40 if wide else 16
    bold = Font(bold=True)
    header = []
    for text in HEADERS:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    date_columns = {i for i, c in enumerate(COLUMNS) if c.key in ("start", "end")}
    budget_column = next(i for i, c in enumerate(COLUMNS) if c.key == "budget")
    for row in rows:
        out: list[Any] = []
        for index, value in enumerate(row):
            if index in date_columns and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            elif index == budget_column and value is not None:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "#,##0"
                out.append(cell)
            elif isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # never a formula, whatever the text
                out.append(cell)
            else:
                out.append(value)
        sheet.append(out)
    book.save(target)
