"""Parse the cells of one sheet row into initiative fields and named links.

Each value goes through the same field rules as every other edit
(`roadmap.model.validation`), so an import accepts exactly what the app accepts.
A bad cell becomes a problem naming its row and column; the other cells of
the row are still read, so one pass reports everything that is wrong.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.interop.values import match_value, suggest
from roadmap.model.enums import Role
from roadmap.model.errors import ValidationError
from roadmap.model.validation import FIELDS, TextRule, clean_fields

from . import cells
from .columns import ColumnMap

TEXT_KEYS = ("title", "description", "theme", "success_measure", "customer_value")
ENUM_KEYS = ("bucket", "status", "health", "benefit_area", "measure_kind", "sourcing",
             "capability", "journey_stage")
NULLABLE_KEYS = frozenset({"bucket", "benefit_area", "sourcing", "capability", "journey_stage",
                           "budget", "start", "end"})
"""Fields an empty cell clears; an empty cell leaves the other fields at their default."""
NAME_KEYS = ("owner", "owner_role", "sponsor", "sponsor_role")
_ROLES = "lead, contributor or enabler"


@dataclass(frozen=True)
class Problem:
    """Something wrong with the sheet: where (row number, column) and what."""

    row: int | None
    column: str | None
    message: str
    key: str | None = None
    text: str | None = None
    """The cell text a value problem is about ('Finanse')."""
    suggestion: str | None = None
    """The value it probably means ('finance_admin'), for the preview to offer."""
    unit: str = "Row"
    """What the source calls a row: 'Row' in a sheet, 'Task' in a project file."""
    ambiguous: bool = False
    """A date the column cannot settle: choosing the date order fixes it."""

    def __str__(self) -> str:
        unit = translate("Import", UNITS.get(self.unit, self.unit))
        where = [f"{unit} {self.row}"] if self.row is not None else []
        if self.column:
            where.append((translate("Import", "column {name}") if self.unit == "Row" else
                          translate("Import", "field {name}")).format(name=self.column))
        return f"{', '.join(where)}: {self.message}" if where else self.message


UNITS = {"Row": QT_TRANSLATE_NOOP("Import", "Row"), "Task": QT_TRANSLATE_NOOP("Import", "Task")}
"""What a report calls a source's rows (English; translated where printed)."""


def _ambiguous(error: Exception) -> bool:
    from .dates import AmbiguousDateError

    return isinstance(error, AmbiguousDateError)


@dataclass
class PlannedRow:
    """One sheet row, parsed: the initiative fields it sets and the links it names."""

    index: int
    number: int
    title: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    owner: str | None = None
    owner_role: str = ""
    sponsor: str | None = None
    sponsor_role: str = ""
    departments: list[tuple[str, Role]] | None = None
    vendors: list[str] | None = None
    depends_on: list[str] | None = None
    milestones: list[tuple[str, dt.date]] | None = None
    owner_department: str | None = None
    sponsor_department: str | None = None
    it_departments: list[str] | None = None
    vendor_details: list[tuple[str, Any, dt.date | None]] | None = None
    existing_id: int | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with this row."""
        return not self.problems

    @property
    def action(self) -> str:
        """'update' when the row matches an initiative already in the roadmap, else 'add'."""
        return "update" if self.existing_id is not None else "add"


DateParser = Callable[[str, Any], dt.date]
"""date_parser(column_key, cell) -> date; raises ValueError with a message."""


def cell_value(raw: Any) -> Any:
    """A cell as the importer sees it: text stripped and un-neutralised, None when empty."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = cells.restore(raw.strip())
        return text if text else None
    return raw


@dataclass(frozen=True, slots=True)
class CellOutcome:
    """What one cell of one column does to a row: fields, attributes, or a problem."""

    fields: dict[str, Any] | None = None
    attributes: tuple[tuple[str, Any], ...] = ()
    problem: Problem | None = None
    """The problem, with no row number yet."""

    @property
    def empty(self) -> bool:
        """True when the cell changes nothing (an empty cell of most columns)."""
        return not self.fields and not self.attributes and self.problem is None


def parse_row(row: PlannedRow, values: list[Any], columns: ColumnMap,
              parse_date: DateParser,
              value_map: Mapping[tuple[str, str], str] | None = None) -> PlannedRow:
    """Fill `row` from the sheet cells `values`; problems are recorded, never raised.

    `value_map` holds the user's value mappings: (column key, folded sheet
    text) -> the value to use ('finanse' -> 'finance_admin').
    """
    parse_rows([row], [values], columns, parse_date, value_map)
    return row


def parse_rows(rows: Sequence[PlannedRow], table: Sequence[Sequence[Any]], columns: ColumnMap,
               parse_date: DateParser,
               value_map: Mapping[tuple[str, str], str] | None = None,
               progress: Callable[[int, int], None] | None = None) -> None:
    """Fill each of `rows` from the same row of `table`, column by column.

    A cell's outcome depends only on its column and value, so a value
    repeated down a column (a status, a department, a date) is parsed once
    and its outcome given to every row that has it. A text column whose
    cells all pass its rule (most descriptions and titles: every one
    distinct) is checked in one go (`TextRule.all_pass`) rather than cell by
    cell. A column whose every cell sets just its own field, or just one
    attribute, is given to the rows in one pass of its values; the fields
    of all such columns go into each row's fields at once. `progress(done,
    total)`, counting cells given to their rows, is told after each column
    given on its own and every PROGRESS_EVERY rows of the fields given at once.
    """
    keys = list(columns.by_key.items())
    total = len(keys) * len(rows)
    done = 0

    def given(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(done, total)

    given(0)
    by_column = _transpose(table)
    field_keys: list[str] = []
    field_values: list[list[Any]] = []
    for key, index in keys:
        cells = by_column[index] if index < len(by_column) else (None,) * len(rows)
        distinct = _text_cells(cells)
        if distinct is None:  # a workbook's numbers, dates and yes/no cells
            _give(rows, _mixed_outcomes(key, index, cells, columns, parse_date, value_map))
            given(len(rows))
            continue
        plain = _plain_texts(key, distinct)
        if plain is not None:
            field_keys.append(key)
            field_values.append(list(map(plain.__getitem__, cells)))
            continue
        known = {cell: _parsed(key, index, cell, columns, parse_date, value_map)
                 for cell in distinct}
        values = _field_values(key, known)
        if values is not None:
            field_keys.append(key)
            field_values.append(list(map(values.__getitem__, cells)))
            continue
        attribute = _one_attribute(known)
        if attribute is not None:
            _give_attribute(rows, attribute, list(map(known.__getitem__, cells)))
        else:
            _give(rows, list(map(known.__getitem__, cells)))
        given(len(rows))
    for start in range(0, len(rows), PROGRESS_EVERY):
        end = start + PROGRESS_EVERY
        _give_fields(rows[start:end], field_keys, [column[start:end] for column in field_values])
        given(len(rows[start:end]) * len(field_keys))


PROGRESS_EVERY = 5000
"""parse_rows gives the fields of its one-field columns this many rows at a time, telling its
progress callback after each."""


def _transpose(table: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """The columns of `table`, a short row padded with None (one C-level pass, not a
    Python loop per cell)."""
    return list(itertools.zip_longest(*table))


def _text_cells(cells: Sequence[Any]) -> dict[Any, None] | None:
    """The distinct cells of a column of text and empty cells (every CSV column), found by
    the dictionary in C; None for any other column."""
    try:
        distinct = dict.fromkeys(cells)
    except TypeError:  # an unhashable cell
        return None
    if distinct and all(cell is None or type(cell) is str for cell in distinct):
        return distinct
    return None


def _plain_texts(key: str, distinct: dict[Any, None]) -> dict[Any, str] | None:
    """Each distinct cell's text, for a text field whose rule passes all of them at once.

    The same text `_parse_cell` would give each cell (stripped, its formula
    apostrophe dropped, empty as ''); None when the column is not a text
    field or some cell breaks the rule, which the cell-by-cell parse then
    reports on its rows.
    """
    if key not in TEXT_KEYS:
        return None
    rule = FIELDS["initiative"][key]
    if not isinstance(rule, TextRule):
        return None
    texts: dict[Any, str] = {}
    for cell in distinct:
        raw = cell_value(cell)
        texts[cell] = "" if raw is None else raw
    if rule.required:
        texts = {cell: text.strip() for cell, text in texts.items()}
    return texts if rule.all_pass(texts.values()) else None


def _parsed(key: str, index: int, cell: Any, columns: ColumnMap, parse_date: DateParser,
            value_map: Mapping[tuple[str, str], str] | None) -> CellOutcome:
    outcome = _outcome(key, index, cell, columns, parse_date, value_map)
    return _EMPTY if outcome.empty else outcome


def _field_values(key: str, known: dict[Any, CellOutcome]) -> dict[Any, Any] | None:
    """Each distinct cell's value when every one sets its own field and nothing else
    (the title its attribute too); None otherwise."""
    values = {}
    for cell, outcome in known.items():
        fields = outcome.fields
        if outcome.problem is not None or not fields or len(fields) != 1 or key not in fields:
            return None
        if outcome.attributes and (key != "title" or outcome.attributes != (("title",
                                                                             fields[key]),)):
            return None
        values[cell] = fields[key]
    return values


def _one_attribute(known: dict[Any, CellOutcome]) -> str | None:
    """The one attribute every cell of a column sets (or leaves alone), else None."""
    name = None
    for outcome in known.values():
        if outcome is _EMPTY:
            continue
        if outcome.problem is not None or outcome.fields or len(outcome.attributes) != 1:
            return None
        if name is None:
            name = outcome.attributes[0][0]
        elif outcome.attributes[0][0] != name:
            return None
    return name


def _give_attribute(rows: Sequence[PlannedRow], name: str,
                    outcomes: list[CellOutcome]) -> None:
    """Set attribute `name` of each row its cell sets (a list copied: rows never share one)."""
    for row, outcome in zip(rows, outcomes, strict=True):
        if outcome is not _EMPTY:
            value = outcome.attributes[0][1]
            setattr(row, name, list(value) if isinstance(value, list) else value)


def _give_fields(rows: Sequence[PlannedRow], keys: list[str], values: list[list[Any]]) -> None:
    """Put the fields of the columns `keys` (a list of values each) into every row at once."""
    if not keys:
        return
    title = keys.index("title") if "title" in keys else None
    for row, row_values in zip(rows, zip(*values, strict=True), strict=True):
        row.fields.update(zip(keys, row_values, strict=True))
        if title is not None:
            row.title = row_values[title]


def _give(rows: Sequence[PlannedRow], outcomes: list[CellOutcome]) -> None:
    """Give each row its cell's outcome: fields, attributes and problem (with its row number)."""
    for row, outcome in zip(rows, outcomes, strict=True):
        if outcome is _EMPTY:
            continue
        if outcome.fields:
            row.fields.update(outcome.fields)
        for name, value in outcome.attributes:
            setattr(row, name, list(value) if isinstance(value, list) else value)
        if outcome.problem is not None:
            row.problems.append(replace(outcome.problem, row=row.number))


def _mixed_outcomes(key: str, index: int, cells: Sequence[Any], columns: ColumnMap,
                    parse_date: DateParser,
                    value_map: Mapping[tuple[str, str], str] | None) -> list[CellOutcome]:
    """The outcome of each cell of a column that is not all text, each distinct value
    parsed once.

    A yes/no cell is never looked up by value (True == 1, so a True would take
    the outcome of a 1), and an unhashable cell is parsed on its own.
    """
    seen: dict[Any, CellOutcome] = {}
    result = []
    for cell in cells:
        try:
            outcome = None if isinstance(cell, bool) else seen.get(cell)
        except TypeError:  # an unhashable cell: parsed, not kept
            outcome = None
        if outcome is None:
            outcome = _parsed(key, index, cell, columns, parse_date, value_map)
            if not isinstance(cell, bool):
                with contextlib.suppress(TypeError):
                    seen[cell] = outcome
        result.append(outcome)
    return result


_EMPTY = CellOutcome()


def _outcome(key: str, index: int, cell: Any, columns: ColumnMap, parse_date: DateParser,
             value_map: Mapping[tuple[str, str], str] | None) -> CellOutcome:
    """Parse one cell on a blank row and record what it set, or its problem."""
    raw = cell_value(cell)
    if raw is not None and key in ENUM_KEYS and not isinstance(raw, bool):
        matched = match_value(key, _scalar_text(raw), value_map)
        if matched is not None:
            raw = matched
    elif raw is not None and value_map and key in ("owner", "sponsor"):
        raw = match_value(key, str(raw), value_map) or raw
    elif raw is not None and value_map and key in ("departments", "vendors"):
        raw = _rename_items(key, str(raw), value_map)
    scratch = _Recorder()
    try:
        _parse_cell(scratch, key, raw, parse_date)
    except (ValueError, ValidationError) as error:
        message = error.message if isinstance(error, ValidationError) else str(error)
        text = suggestion = None
        if key in ENUM_KEYS and raw is not None:
            text = str(_scalar_text(raw))
            close = suggest(key, text)
            if close is not None:
                suggestion = close.value
                message = translate(
                    "Import", "{text} → {label}? (not applied until confirmed: --value "
                    "'{header}:{raw}={value}' or the import dialog); {message}").format(
                    text=repr(text), label=close.label, header=columns.headers[index], raw=text,
                    value=close.value, message=message)
        return CellOutcome(problem=Problem(None, columns.describe(key), message, key, text,
                                           suggestion,
                                           ambiguous=_ambiguous(error)))
    return CellOutcome(scratch.fields, tuple(scratch.attributes))


class _Recorder:
    """Stands in for a PlannedRow while one cell is parsed, recording what it sets."""

    __slots__ = ("attributes", "fields")
    fields: dict[str, Any]
    attributes: list[tuple[str, Any]]

    def __init__(self) -> None:
        object.__setattr__(self, "fields", {})
        object.__setattr__(self, "attributes", [])

    def __setattr__(self, name: str, value: Any) -> None:
        """Record an attribute the cell sets (object.__setattr__)."""
        self.attributes.append((name, value))


def _parse_cell(row: _Recorder, key: str, raw: Any, parse_date: DateParser) -> None:
    """Set on `row` what the cell `raw` of column `key` says; ValueError when it is bad."""
    if key == "title":
        title = clean_fields("initiative", {"title": "" if raw is None else str(raw)})["title"]
        row.title = title
        row.fields["title"] = title
    elif key in TEXT_KEYS:
        row.fields.update(clean_fields("initiative", {key: "" if raw is None else str(raw)}))
    elif key in ("start", "end"):
        row.fields[key] = None if raw is None else parse_date(key, raw)
    elif key == "budget":
        row.fields.update(clean_fields("initiative", {"budget": cells.parse_budget(raw)}))
    elif raw is None:
        if key in NULLABLE_KEYS:
            row.fields[key] = None
    elif key in ENUM_KEYS or key == "customer_facing":
        row.fields[key] = _clean_choice(key, _scalar_text(raw))
    elif key == "priority":
        row.fields.update(clean_fields("initiative", {"priority": _priority(raw)}))
    elif key in NAME_KEYS:
        name = clean_fields("owner", {"name" if key in ("owner", "sponsor") else "role":
                                      str(raw)})
        setattr(row, key, next(iter(name.values())))
    elif key == "departments":
        row.departments = list(_departments(str(raw)))
    elif key == "vendors":
        row.vendors = list(_names("vendor", str(raw)))
    elif key == "depends_on":
        row.depends_on = _unique(cells.split_list(str(raw)))
    elif key == "milestones":
        row.milestones = _milestones(str(raw), parse_date)
    elif key in ("owner_department", "sponsor_department"):
        setattr(row, key, clean_fields("department", {"name": str(raw)})["name"])
    elif key == "it_departments":
        row.it_departments = list(_names("department", str(raw)))
    elif key == "vendor_details":
        row.vendor_details = [_vendor(item) for item in cells.split_list(str(raw))]


def _rename_items(key: str, text: str, value_map: Mapping[tuple[str, str], str]) -> str:
    """A list cell with the user's name mappings applied ('Mktg (lead)' -> 'Marketing (lead)')."""
    items = []
    for item in cells.split_list(text):
        name, role = cells.parse_department(item) if key == "departments" else (item, None)
        name = match_value(key, name, value_map) or name
        items.append(name if role is None else f"{name} ({role})")
    return cells.join_list(items)


@lru_cache(maxsize=4096)
def _clean_choice(key: str, value: Any) -> Any:
    """A cleaned enumeration or yes/no value; cached, as a sheet repeats a few values."""
    return clean_fields("initiative", {key: value})[key]


@lru_cache(maxsize=1024)
def _role(text: str) -> Role:
    return Role.parse(text)


def _scalar_text(raw: Any) -> Any:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    return str(raw)


def _priority(raw: Any) -> Any:
    if isinstance(raw, str):
        text = raw.strip().lower()
        return text[1:] if text[:1] == "p" and text[1:].isdigit() else text
    return raw


@lru_cache(maxsize=8192)
def _names(table: str, text: str) -> tuple[str, ...]:
    """The cleaned, distinct names of a ';' list cell (cached: cells repeat)."""
    return tuple(_unique([clean_fields(table, {"name": n})["name"]
                          for n in cells.split_list(text)]))


@lru_cache(maxsize=8192)
def _departments(text: str) -> tuple[tuple[str, Role], ...]:
    result: dict[str, tuple[str, Role]] = {}
    for item in cells.split_list(text):
        name, role_text = cells.parse_department(item)
        name = clean_fields("department", {"name": name})["name"]
        if role_text is None:
            role = Role.CONTRIBUTOR
        else:
            try:
                role = _role(role_text)
            except ValueError:
                raise ValueError(translate("Import", "{role} is not a role for {name}; a "
                                           "department takes part as {roles}").format(
                    role=repr(role_text), name=repr(name), roles=_ROLES)) from None
        folded = name.casefold()
        if folded in result and result[folded][1] != role:
            raise ValueError(translate("Import", "{name} is listed twice, as {first} and as "
                                       "{second}; keep one").format(
                name=repr(name), first=result[folded][1].value, second=role.value))
        result.setdefault(folded, (name, role))
    return tuple(result.values())


def _milestones(text: str, parse_date: DateParser) -> list[tuple[str, dt.date]]:
    result = []
    for item in cells.split_list(text):
        name, when = _milestone_parts(item)
        entry = (name, parse_date("milestones", when))
        if entry not in result:
            result.append(entry)
    return result


@lru_cache(maxsize=65536)
def _milestone_parts(item: str) -> tuple[str, str]:
    """A milestone item's cleaned name and its date text; ValueError when either is missing.

    Cached: a big sheet names the same few milestones on the same dates.
    """
    name, when = cells.split_milestone(item)
    if not when:
        raise ValueError(translate("Import", "milestone {item} has no date; write it like "
                                   "'Go-live 2027-06-30'").format(item=repr(item)))
    name = clean_fields("milestone", {"name": name})["name"] if name else ""
    if not name:
        raise ValueError(translate("Import", "milestone {item} has no name; write it like "
                                   "'Go-live 2027-06-30'").format(item=repr(item)))
    return name, when


@lru_cache(maxsize=8192)
def _vendor(item: str) -> tuple[str, Any, dt.date | None]:
    """A vendor's name, category and contract end from 'Adyen (payments, 2028-03-31)'."""
    from roadmap.model.enums import VendorCategory

    from .dates import read_date, resolve

    name, category, end = cells.parse_vendor(item)
    name = clean_fields("vendor", {"name": name})["name"]
    try:
        kind = VendorCategory.parse(category) if category else VendorCategory.OTHER
    except ValueError:
        choices = ", ".join(m.label.lower() for m in VendorCategory)
        raise ValueError(translate("Import", "{category} is not a vendor category for {name}; "
                                   "write one of {choices}").format(
            category=repr(category), name=repr(name), choices=choices)) from None
    return name, kind, None if end is None else resolve(read_date(end), None)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())
