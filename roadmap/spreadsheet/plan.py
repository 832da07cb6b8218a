"""Check a sheet against the roadmap and plan the import, writing nothing.

`build_plan` parses every row, then checks what only the whole sheet can
tell: duplicate titles, titles already in the roadmap, dependencies by
title (in the sheet or the roadmap), and cycles, found with networkx over
the roadmap's links and the sheet's together. The plan lists each row's
problems by row and column, and the departments, owners and vendors the
import would create. Only a plan without problems can be applied.

A dependency cycle is kept and reported (CR201), as a roadmap opened from
elsewhere keeps one, unless `refuse_cycles` refuses its rows.

Titles already in the roadmap: with `existing="update"` (the default) the
row updates that initiative (the sheet's columns replace its values and
links; columns the sheet lacks are left alone), so an exported sheet
edited and imported again updates the plan; with `existing="refuse"` such
a row is reported as a duplicate.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx
from sqlalchemy import select

from roadmap.i18n import translate
from roadmap.model.entities import Department, Dependency, Initiative, Owner, Vendor
from roadmap.model.errors import ValidationError
from roadmap.model.validation import check_row
from roadmap.model.wording import counted
from roadmap.services.document import Document

from .cells import split_list, split_milestone
from .columns import COLUMNS, ColumnMap, column_by_key, map_columns
from .dates import DateOrder, DateReading, decide_order, order_words, read_date, resolve
from .gcpause import paused_gc
from .reading import Progress, Sheet
from .rowparse import PlannedRow, cell_value, parse_rows
from .rowparse import Problem as Problem

IT_WORDS = frozenset({"it", "ict", "is", "technology", "tech", "infrastructure", "engineering",
                      "devops", "digital"})
"""Words in a new department's name that suggest it is IT (the user can change the flag)."""
DATE_KEYS = ("start", "end", "milestones")


@dataclass
class ImportOptions:
    """Choices the user makes about an import; the defaults suit most sheets."""

    existing: str = "update"
    """'update' initiatives whose title is already in the roadmap, or 'refuse' them."""
    date_order: DateOrder | None = None
    """Force day-first or month-first reading of 03/04/2027; None decides per column."""
    mapping: Mapping[int | str, str | None] = field(default_factory=dict)
    """Column overrides: sheet column (index, header or letter) -> field key, None ignores it."""
    it_departments: Mapping[str, bool] = field(default_factory=dict)
    """New department name (any case) -> is it IT; overrides the guess from its name."""
    values: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """Value mappings: (column key, sheet text in any case) -> the value to use, e.g.
    ('benefit_area', 'Finanse') -> 'finance_admin'; for departments, owners and vendors
    the name to use ('Mktg' -> 'Marketing')."""
    refuse_cycles: bool = False
    """Refuse rows whose dependencies close a cycle; by default a cycle is imported as it
    is and reported as CR201, as the app reports one in any roadmap."""
    preset: str | None = "auto"
    """A planning tool's export to read the sheet as (jira, msproject, aha, productplan),
    'auto' to recognise one from the headers, None to read the sheet as it is."""


@dataclass
class NewEntity:
    """A department, owner or vendor the import creates, and the rows that name it."""

    name: str
    rows: list[int] = field(default_factory=list)
    is_it: bool = False
    role: str = ""
    colour: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    """Further fields from the sheet's entity columns or sheets (a vendor's category ...)."""


@dataclass
class ImportPlan:
    """What an import would do, and everything wrong with the sheet."""

    sheet: Sheet
    columns: ColumnMap
    options: ImportOptions
    rows: list[PlannedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    cycles: list[list[str]] = field(default_factory=list)
    """Dependency cycles the import keeps (titles in order), each reported as CR201."""
    new_departments: list[NewEntity] = field(default_factory=list)
    new_owners: list[NewEntity] = field(default_factory=list)
    new_vendors: list[NewEntity] = field(default_factory=list)
    department_ids: dict[str, int] = field(default_factory=dict)
    owner_ids: dict[str, int] = field(default_factory=dict)
    vendor_ids: dict[str, int] = field(default_factory=dict)
    initiative_ids: dict[str, int] = field(default_factory=dict)
    """Existing initiatives that dependencies may name: folded title -> id (unique titles)."""

    @property
    def ok(self) -> bool:
        """True when the plan can be applied: no file problem and no bad row."""
        return not self.problems and all(row.ok for row in self.rows)

    @property
    def bad_rows(self) -> list[PlannedRow]:
        """The rows with at least one problem."""
        return [row for row in self.rows if not row.ok]

    def all_problems(self) -> list[Problem]:
        """File-level problems first, then each row's, in sheet order."""
        return [*self.problems, *(p for row in self.rows for p in row.problems)]

    @property
    def to_add(self) -> int:
        """How many initiatives the import adds."""
        return sum(1 for row in self.rows if row.existing_id is None)

    @property
    def to_update(self) -> int:
        """How many initiatives already in the roadmap the import updates."""
        return len(self.rows) - self.to_add

    def report(self, limit: int = 100) -> str:
        """The plan as text for a person: source, columns, problems, what would change."""
        count = len(self.rows)
        if self.sheet.unit == "Row":
            rows = counted(count, translate("Import", "{count} initiative row"),
                           translate("Import", "{count} initiative rows"))
        else:
            rows = counted(count, translate("Import", "{count} task"),
                           translate("Import", "{count} tasks"))
        lines = [translate("Import", "Import from {source}: {rows}.").format(
            source=self.sheet.describe(), rows=rows)]
        mapped = ", ".join(f"{column_by_key(k).header} ← {self.columns.describe(k)}"
                           for k in sorted(self.columns.by_key, key=_column_order))
        lines.append(translate("Import", "Columns: {columns}.").format(
            columns=mapped or translate("Import", "none recognised")))
        if self.columns.ignored:
            lines.append(translate("Import", "Ignored columns: {columns}.").format(
                columns=", ".join(repr(self.columns.headers[i]) for i in self.columns.ignored)))
        lines += [translate("Import", "Note: {note}").format(note=note)
                  for note in [*self.sheet.notes, *self.columns.notes, *self.notes]]
        problems = self.all_problems()
        if problems:
            bad = len(self.bad_rows)
            if bad:
                found = counted(len(problems),
                                translate("Import", "{count} problem in {rows}; nothing was "
                                          "imported:"),
                                translate("Import", "{count} problems in {rows}; nothing was "
                                          "imported:"),
                                rows=counted(bad, translate("Import", "{count} row"),
                                             translate("Import", "{count} rows")))
            else:
                found = counted(len(problems),
                                translate("Import", "{count} problem; nothing was imported:"),
                                translate("Import", "{count} problems; nothing was imported:"))
            lines.append(found)
            lines += [f"  {problem}" for problem in problems[:limit]]
            if len(problems) > limit:
                lines.append(translate("Import", "  ... and {count} more.").format(
                    count=len(problems) - limit))
            return "\n".join(lines)
        for label, items in ((translate("Import", "New departments ({count}): {names}{more}."),
                              self.new_departments),
                             (translate("Import", "New owners ({count}): {names}{more}."),
                              self.new_owners),
                             (translate("Import", "New vendors ({count}): {names}{more}."),
                              self.new_vendors)):
            if items:
                names = ", ".join(e.name + (" (IT)" if e.is_it else "") for e in items[:limit])
                more = translate("Import", " and {count} more").format(
                    count=len(items) - limit) if len(items) > limit else ""
                lines.append(label.format(count=len(items), names=names, more=more))
        lines.append(translate("Import", "Ready: add {added} and update {updated} "
                               "initiatives.").format(added=self.to_add, updated=self.to_update))
        return "\n".join(lines)


def build_plan(doc: Document, sheet: Sheet, options: ImportOptions | None = None,
               progress: Progress | None = None) -> ImportPlan:
    """Parse and check every row of `sheet` against `doc`; the document is not changed."""
    with paused_gc():  # millions of small objects and no cycles: the collector only slows
        return _build_plan(doc, sheet, options, progress)


def _build_plan(doc: Document, sheet: Sheet, options: ImportOptions | None,
                progress: Progress | None) -> ImportPlan:
    options = options or ImportOptions()
    sheet, options = _apply_preset(sheet, options)
    try:
        columns = map_columns(sheet.headers, options.mapping)
    except KeyError as error:
        raise ValidationError("mapping", str(error.args[0])) from None
    columns.lettered = sheet.fields is None
    plan = ImportPlan(sheet, columns, options)
    if "title" not in columns.by_key:
        found = ", ".join(repr(h) for h in sheet.headers if h) or translate("Import", "none")
        names = ", ".join(("Title", *(s.title() for s in column_by_key("title").synonyms[:3])))
        plan.problems.append(Problem(
            sheet.header_row, "Title",
            translate("Import", "no title column: name one of the headers {names}, or map a "
                      "column to Title (headers found: {found})").format(names=names,
                                                                          found=found),
            "title"))
        return plan
    if not sheet.rows:
        plan.problems.append(Problem(sheet.header_row + 1, None,
                                     translate("Import", "the sheet has a header row but no "
                                               "initiative")))
        return plan
    parse_date = _date_parser(plan, doc.info.fiscal_year_start_month or 1)
    value_map = {(key, " ".join(text.casefold().replace("_", " ").split())): value
                 for (key, text), value in options.values.items()}
    total = len(sheet.rows)
    plan.rows = [PlannedRow(index, number) for index, number in enumerate(sheet.row_numbers)]

    def columns_done(done: int, of: int) -> None:
        if progress is not None:
            progress(min(total - 1, total * done // max(1, of)), total)

    parse_rows(plan.rows, sheet.rows, columns, parse_date, value_map, columns_done)
    _match_existing(doc, plan)
    _check_dates(doc, plan)
    _resolve_entities(doc, plan)
    _check_dependencies(doc, plan)
    for row in plan.rows:  # each row's problems left to right, as the sheet shows them
        row.problems.sort(key=lambda p: columns.by_key.get(p.key or "", len(columns.headers)))
    if sheet.unit != "Row":
        plan.problems = [replace(p, unit=sheet.unit) for p in plan.problems]
        for row in plan.rows:
            row.problems = [replace(p, unit=sheet.unit) for p in row.problems]
    if progress is not None:
        progress(total, total)
    return plan


def _apply_preset(sheet: Sheet, options: ImportOptions) -> tuple[Sheet, ImportOptions]:
    """The sheet and options as a planning tool's preset reads them (unchanged without one).

    The user's column and value mappings win over the preset's. A file whose format
    fixes its columns (MS Project XML) takes no preset: its own fields are the mapping.
    """
    from roadmap.interop.presets import detect, prepare, preset_by_name

    if sheet.fields is not None:
        fixed: dict[int | str, str | None] = {i: k for i, k in sheet.fields.items()}
        return sheet, replace(options, mapping={**fixed, **options.mapping})
    if options.preset is None or options.preset.strip().casefold() in ("", "none"):
        return sheet, options
    if options.preset.strip().casefold() == "auto":
        preset = detect(sheet.headers)
        if preset is None:
            return sheet, options
        how = translate("Import", "Recognised a {tool} export from its headers").format(
            tool=preset.label)
    else:
        try:
            preset = preset_by_name(options.preset)
        except KeyError as error:
            raise ValidationError("preset", str(error.args[0])) from None
        how = translate("Import", "Read as a {tool} export (--preset {name})").format(
            tool=preset.label, name=preset.name)
    prepared = prepare(preset, sheet.headers, sheet.rows, sheet.row_numbers)
    notes = [translate("Import", "{how}; its columns and values are mapped as {tool} names "
                       "them.").format(how=how, tool=preset.label),
             *prepared.notes]
    sheet = replace(sheet, headers=prepared.headers, rows=prepared.rows,
                    row_numbers=prepared.row_numbers, notes=[*notes, *sheet.notes])
    claimed = {key for key in options.mapping.values() if key is not None}
    mapping: dict[int | str, str | None] = {
        **{i: k for i, k in prepared.mapping.items() if k not in claimed},
        **options.mapping}
    values = {**prepared.values, **options.values}
    return sheet, replace(options, mapping=mapping, values=values)


def _column_order(key: str) -> int:
    return next(i for i, column in enumerate(COLUMNS) if column.key == key)


def _date_parser(plan: ImportPlan, fiscal_start: int = 1) -> Any:
    """A parse_date(key, cell) that reads each date column in its decided order."""
    columns, sheet = plan.columns, plan.sheet
    fiscal = fiscal_start
    readings: dict[str, list[DateReading]] = {}
    for key in DATE_KEYS:
        index = columns.by_key.get(key)
        if index is None:
            continue
        # Each distinct cell is read once, and counted as often as the column has it.
        counts = _count([values[index] if index < len(values) else None
                         for values in sheet.rows])
        found: list[DateReading] = []
        for cell, count in counts.items():
            for text in _date_texts(key, cell):
                with contextlib.suppress(ValueError):
                    reading = read_date(text, fiscal)
                    found.extend([reading] * (count if reading.only else 1))
        readings[key] = found
    orders: dict[str, DateOrder | None] = {}
    for key, found in readings.items():
        orders[key] = plan.options.date_order or decide_order(found)[0]
    decided = [o for o in orders.values() if o is not None]
    fallback = max(set(decided), key=decided.count) if decided else None
    for key, order in orders.items():
        if order is None and fallback is not None and any(r.ambiguous for r in readings[key]):
            orders[key] = fallback
            plan.notes.append(translate("Import", "Dates in {column} could be read either way; "
                                        "read them {order}, as the other date columns.").format(
                column=columns.describe(key), order=order_words(fallback)))

    read: dict[tuple[str, type, Any], dt.date] = {}

    def parse_date(key: str, cell: Any) -> dt.date:
        """The date of `cell` in column `key`; remembered, as dates repeat down a sheet.

        The cell's type is part of the key, so True is never taken for 1.
        """
        memo = (key, type(cell), cell)
        try:
            return read[memo]
        except KeyError:
            date = read[memo] = resolve(read_date(cell, fiscal), orders.get(key),
                                        end=key == "end")
            return date
        except TypeError:  # an unhashable cell: read_date says what is wrong with it
            return resolve(read_date(cell, fiscal), orders.get(key), end=key == "end")

    return parse_date


def _count(cells: list[Any]) -> Counter[Any]:
    """How often each cell occurs, counted in C; an unhashable cell (never a date) is left out."""
    try:
        return Counter(cells)
    except TypeError:
        pass
    counts: Counter[Any] = Counter()
    for cell in cells:
        with contextlib.suppress(TypeError):
            counts[cell] += 1
    return counts


def _date_texts(key: str, cell: Any) -> list[Any]:
    value = cell_value(cell)
    if value is None:
        return []
    if key != "milestones":
        return [value]
    return [split_milestone(item)[1] for item in split_list(str(value))]


def _match_existing(doc: Document, plan: ImportPlan) -> None:
    """Flag duplicate titles in the sheet, and titles already in the roadmap."""
    by_title: dict[str, list[PlannedRow]] = defaultdict(list)
    for row in plan.rows:
        if row.title:
            by_title[row.title.casefold()].append(row)
    existing: dict[str, list[int]] = defaultdict(list)
    for key, title in doc.session.execute(select(Initiative.id, Initiative.title)):
        existing[title.strip().casefold()].append(key)
    plan.initiative_ids = {t: ids[0] for t, ids in existing.items() if len(ids) == 1}
    where = plan.columns.describe("title")
    for folded, rows in by_title.items():
        if len(rows) > 1:
            numbers = ", ".join(str(r.number) for r in rows)
            for row in rows:
                row.problems.append(Problem(
                    row.number, where, translate(
                        "Import", "duplicate title {title}: it appears on rows {rows}; titles "
                        "must be unique so dependencies can name them").format(
                        title=repr(row.title), rows=numbers), "title"))
            continue
        row, ids = rows[0], existing.get(folded, [])
        if len(ids) > 1:
            row.problems.append(Problem(
                row.number, where, translate(
                    "Import", "the roadmap already has {count} initiatives titled {title}, so "
                    "this row cannot say which to update; rename them first").format(
                    count=len(ids), title=repr(row.title)), "title"))
        elif ids and plan.options.existing == "refuse":
            row.problems.append(Problem(
                row.number, where, translate(
                    "Import", "an initiative titled {title} is already in the roadmap; rename "
                    "the row, remove it, or choose to update existing initiatives").format(
                    title=repr(row.title)), "title"))
        elif ids:
            row.existing_id = ids[0]


def _check_dates(doc: Document, plan: ImportPlan) -> None:
    """An end before its start, or one date without the other, is refused."""
    for row in plan.rows:
        if not ({"start", "end"} & row.fields.keys()) or any(
                p.key in ("start", "end") for p in row.problems):
            continue
        current: dict[str, Any] = {"start": None, "end": None}
        if row.existing_id is not None:
            obj = doc.initiatives.get(row.existing_id)
            current = {"start": obj.start, "end": obj.end}
        dates: dict[str, Any] = {k: row.fields[k] for k in ("start", "end") if k in row.fields}
        merged = {**current, **dates}
        try:
            check_row("initiative", merged)
        except ValidationError as error:
            key = error.field if error.field in plan.columns.by_key else "end"
            if key not in plan.columns.by_key:
                key = "start"
            row.problems.append(Problem(row.number, plan.columns.describe(key),
                                        error.message, key))


def _resolve_entities(doc: Document, plan: ImportPlan) -> None:
    """Match departments, owners and vendors by name (any case); list the new ones."""
    plan.department_ids = {d.name.strip().casefold(): d.id for d in doc.all(Department)}
    plan.vendor_ids = {v.name.strip().casefold(): v.id for v in doc.all(Vendor)}
    plan.owner_ids = {}
    for owner in doc.all(Owner):
        plan.owner_ids.setdefault(owner.name.strip().casefold(), owner.id)
    departments: dict[str, NewEntity] = {}
    owners: dict[str, NewEntity] = {}
    vendors: dict[str, NewEntity] = {}
    it_named: set[str] | None = None
    vendor_facts: dict[str, tuple[int, Any, Any]] = {}
    for row in plan.rows:
        for name, _role in row.departments or ():
            _note_new(departments, plan.department_ids, name, row.number)
        for department in (row.owner_department, row.sponsor_department):
            if department:
                _note_new(departments, plan.department_ids, department, row.number)
        for name in row.vendors or ():
            _note_new(vendors, plan.vendor_ids, name, row.number)
        for person, role, department in ((row.owner, row.owner_role, row.owner_department),
                                         (row.sponsor, row.sponsor_role,
                                          row.sponsor_department)):
            if person:
                entity = _note_new(owners, plan.owner_ids, person, row.number)
                if entity is not None and role and not entity.role:
                    entity.role = role
                if entity is not None and department:
                    entity.extra.setdefault("department", department)
        if row.it_departments is not None:
            it_named = (it_named or set()) | {n.casefold() for n in row.it_departments}
        _vendor_details(plan, row, vendors, vendor_facts)
    if it_named is None and "it_departments" in plan.columns.by_key:
        it_named = set()
    flags = {name.casefold(): bool(flag) for name, flag in plan.options.it_departments.items()}
    for entity in departments.values():
        guess = looks_like_it(entity.name) if it_named is None \
            else entity.name.casefold() in it_named
        entity.is_it = flags.get(entity.name.casefold(), guess)
    plan.new_departments = list(departments.values())
    plan.new_owners = list(owners.values())
    plan.new_vendors = list(vendors.values())


def _vendor_details(plan: ImportPlan, row: PlannedRow, vendors: dict[str, NewEntity],
                    facts: dict[str, tuple[int, Any, Any]]) -> None:
    """Give new vendors the category and contract end the row's vendor details name."""
    for name, category, end in row.vendor_details or ():
        folded = name.casefold()
        entity = vendors.get(folded)
        if entity is None:
            if folded not in plan.vendor_ids:
                entity = _note_new(vendors, plan.vendor_ids, name, row.number)
            if entity is None:
                continue  # a vendor the roadmap has: its own details stand
        seen = facts.setdefault(folded, (row.number, category, end))
        if seen[1:] != (category, end):
            row.problems.append(Problem(
                row.number, plan.columns.describe("vendor_details"), translate(
                    "Import", "{name} is described as {category}{end} here but differently on "
                    "row {row}; describe each vendor the same way").format(
                    name=repr(name), category=category.label.lower(),
                    end=", " + end.isoformat() if end else "", row=seen[0]),
                "vendor_details"))
            continue
        entity.extra.update({"category": category, "contract_end": end})


def _note_new(new: dict[str, NewEntity], existing: dict[str, int], name: str,
              number: int) -> NewEntity | None:
    """The new entity `name` names (made on first sight), noting row `number`; None when
    the roadmap has it. Called for every name of every row: nothing is built twice."""
    folded = name.casefold()
    if folded in existing:
        return None
    entity = new.get(folded)
    if entity is None:
        entity = new[folded] = NewEntity(name)
    if not entity.rows or entity.rows[-1] != number:
        entity.rows.append(number)
    return entity


def looks_like_it(name: str) -> bool:
    """A guess whether a new department is IT, from words such as IT or Technology."""
    words = set(name.casefold().replace("&", " ").replace("/", " ").replace("-", " ").split())
    return bool(words & IT_WORDS) and "marketing" not in words


def _check_dependencies(doc: Document, plan: ImportPlan) -> None:
    """Resolve 'depends on' titles, then look for cycles across the sheet and the roadmap.

    networkx finds the cycles, on the part of the links that can hold one
    (`_cycle_candidates`): for a sheet without a cycle, usually nothing.
    Each strongly connected component's cycles are reported as networkx
    finds them walking its links in the order the roadmap and the sheet give
    them, the components in the order of their first row in the sheet (then
    those of the roadmap alone): the same report every time.
    """
    where = plan.columns.describe("depends_on")
    in_sheet = {row.title.casefold(): row for row in plan.rows if row.title}
    node_of_id = {row.existing_id: row.title.casefold() for row in plan.rows
                  if row.existing_id is not None}
    replaced = {row.existing_id for row in plan.rows
                if row.existing_id is not None and row.depends_on is not None}
    links: list[tuple[str | int, str | int]] = []
    for initiative_id, depends_on_id in doc.session.execute(
            select(Dependency.initiative_id, Dependency.depends_on_id)):
        if initiative_id not in replaced:
            links.append((node_of_id.get(initiative_id, initiative_id),
                          node_of_id.get(depends_on_id, depends_on_id)))
    for row in plan.rows:
        if not row.depends_on:
            continue
        node = row.title.casefold()
        for title in row.depends_on:
            folded = title.casefold()
            if folded == node:
                row.problems.append(Problem(row.number, where, translate(
                    "Import", "{title} cannot depend on itself").format(title=repr(row.title)),
                    "depends_on"))
            elif folded in in_sheet:
                links.append((node, folded))
            elif folded in plan.initiative_ids:
                target = plan.initiative_ids[folded]
                links.append((node, node_of_id.get(target, target)))
            else:
                row.problems.append(Problem(
                    row.number, where, translate(
                        "Import", "{title} is neither a title in this sheet nor an initiative "
                        "in the roadmap").format(title=repr(title)), "depends_on"))
    candidates = _cycle_candidates(links)
    if not candidates:
        return
    order = {node: position for position, node in
             enumerate(dict.fromkeys(node for link in links for node in link))}
    nodes: list[str | int] = sorted({node for link in candidates for node in link},
                                    key=order.__getitem__)
    graph: nx.DiGraph[str | int] = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(candidates)

    def first(component: set[str | int]) -> tuple[int, int]:
        """Where a component starts: its first row of the sheet, else its first roadmap id."""
        return min((0, in_sheet[node].index) if isinstance(node, str) and node in in_sheet
                   else (1, order[node]) for node in component)

    components = sorted((c for c in nx.strongly_connected_components(graph) if len(c) > 1),
                        key=first)
    for component in components:
        remaining: nx.DiGraph[str | int] = nx.DiGraph()  # in the links' order, not a set's
        remaining.add_nodes_from(node for node in nodes if node in component)
        remaining.add_edges_from(link for link in candidates
                                 if link[0] in component and link[1] in component)
        for _ in range(50):  # one report per independent cycle, not every combination
            try:
                edges = nx.find_cycle(remaining)
            except nx.NetworkXNoCycle:
                break
            cycle = [edge[0] for edge in edges]
            titles = [_node_title(doc, in_sheet, node) for node in cycle]
            names = [repr(title) for title in titles]
            text = " → ".join([*names, names[0]])
            if not plan.options.refuse_cycles:
                plan.cycles.append(titles)
                plan.notes.append(translate(
                    "Import", "CR201 dependency cycle kept as imported: {cycle}; the roadmap's "
                    "check reports it until one link is cut.").format(cycle=text))
                remaining.remove_edge(*edges[0][:2])
                continue
            for node in cycle:
                in_row = in_sheet.get(node) if isinstance(node, str) else None
                if in_row is not None:
                    in_row.problems.append(Problem(
                        in_row.number, where, translate(
                            "Import", "dependency cycle: {cycle}; remove one of these links (or "
                            "import without --refuse-cycles to keep it as CR201)").format(
                            cycle=text),
                        "depends_on"))
            remaining.remove_edge(*edges[0][:2])


def _cycle_candidates(links: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """The links that may lie on a dependency cycle, in their order: every cycle's links.

    A link from an initiative nothing depends on, or to one that depends on
    nothing, is on no cycle; dropping those leaves others in the same place,
    so the pass repeats while it drops at least an eighth of the links it
    saw: each pass is shorter than the last by that much, so all of them
    together take at most about eight times the first, whatever the shape
    of the links. What is left goes to networkx, which finds the cycles.
    """
    while links:
        starts = {start for start, _end in links}
        ends = {end for _start, end in links}
        both = starts & ends
        kept = [link for link in links if link[0] in both and link[1] in both]
        dropped = len(links) - len(kept)
        links = kept
        if dropped * 8 < len(links) + dropped:
            break
    return links


def _node_title(doc: Document, in_sheet: dict[str, PlannedRow], node: Any) -> str:
    if isinstance(node, str):
        return in_sheet[node].title
    obj = doc.initiatives.find(node)
    if obj is not None:
        return obj.title
    return translate("Analysis", "initiative {id}").format(id=node)
