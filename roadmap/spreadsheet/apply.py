"""Write a clean import plan into the roadmap: all or nothing, one undoable change.

Everything happens inside one `doc.batch(...)`, so an error half-way undoes
what was done and the UI puts the whole import on the undo stack as one
step. Rows the import creates (departments, owners, vendors, initiatives and
their links) are checked with the same field rules as every edit
(`clean_fields`, `check_row`; references are the plan's own ids) and
written by the service layer's `create_rows`, one bulk INSERT and one
`Change` per table, not an object per row (the link rows, a third of a
million for a 50,000-row sheet, as tuples): such a sheet is written in about
a second and a half. Rows that update initiatives already in the roadmap go
through the services one by one. On a server (or read-only) roadmap every
change goes through `doc.apply`.

Dependencies are written as the sheet gives them: a cycle the plan kept
(CR201) is imported like the rest, as a roadmap opened from elsewhere keeps one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import cache
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Table

from roadmap.i18n import translate
from roadmap.model.entities import ROW_CLASSES
from roadmap.model.enums import VendorCategory
from roadmap.model.errors import RoadmapError, ValidationError
from roadmap.model.palette import department_colour
from roadmap.model.validation import FIELDS
from roadmap.model.wording import counted
from roadmap.services.bulk import create_rows
from roadmap.services.changes import Change, Row
from roadmap.services.document import Batch, Document

from .gcpause import paused_gc
from .plan import ImportPlan
from .reading import Progress
from .rowparse import PlannedRow

CHUNK = 1000
_ROLE_FIELDS = ("id", "initiative_id", "department_id", "role")
_USE_FIELDS = ("id", "initiative_id", "vendor_id")
_MILESTONE_FIELDS = ("id", "initiative_id", "name", "date")
_DEPENDENCY_FIELDS = ("id", "initiative_id", "depends_on_id")
"""The fields of the link rows an import makes, in the order its tuples give them."""
_DEFAULTS: dict[str, dict[str, Any]] = {
    "department": {"colour": "#4477AA", "is_it": False, "benefit_areas": ()},
    "owner": {"role": "", "department_id": None},
    "vendor": {"category": VendorCategory.OTHER, "contract_end": None, "notes": ""},
}


class ImportRefused(RoadmapError):
    """The plan has problems; nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        problems = plan.all_problems()
        first = translate("Import", " First: {problem}").format(problem=problems[0]) \
            if problems else ""
        super().__init__(translate("Import", "The sheet has {count} problem(s); nothing was "
                                   "imported.").format(count=len(problems)) + first)
        self.plan = plan


def import_label(plan: ImportPlan) -> str:
    """The undo step's name: 'Import 12 initiatives'."""
    return counted(len(plan.rows), translate("Import", "Import {count} initiative"),
                   translate("Import", "Import {count} initiatives"))


def apply_plan(doc: Document, plan: ImportPlan, progress: Progress | None = None, *,
               undoable: bool = True) -> Change:
    """Apply a plan without problems as one change and return it; ImportRefused otherwise.

    `progress(done, total)` is called between steps; if it raises, the batch
    undoes everything done so far and the error propagates. `undoable=False`
    is for a caller that can never undo (the command line writing a new
    file): the rows it creates are written without the record that would
    undo them (a row change per row, a third of a second for 50,000 rows),
    so the returned change has the label but not those rows. It is still all
    or nothing: the batch is one transaction.
    """
    if not plan.ok:
        raise ImportRefused(plan)
    with paused_gc(), doc.batch(import_label(plan)) as batch:
        _Writer(doc, plan, progress, batch, undoable).run()
    return batch.change


@cache
def _template(table: str) -> dict[str, Any]:
    """Every field of `table` at its default (the services' defaults, else the rule's empty)."""
    row: dict[str, Any] = dict(_DEFAULTS.get(table, {}))
    columns = cast(Table, ROW_CLASSES[table].__table__).columns
    for name, rule in FIELDS[table].items():
        if name in row:
            continue
        with contextlib.suppress(ValidationError):  # a required field: rows give it
            row[name] = rule(name, None)
        default = getattr(columns.get(name), "default", None)
        if name not in row and default is not None and default.is_scalar:
            # A field with a default that an empty cell leaves unset (status, priority):
            # every row of one bulk INSERT must name the same columns.
            row[name] = default.arg
    return row


class _Writer:
    """The steps of one import, in the order the references need."""

    def __init__(self, doc: Document, plan: ImportPlan, progress: Progress | None,
                 batch: Batch, undoable: bool = True) -> None:
        self.doc = doc
        self.plan = plan
        self.batch = batch
        self.undoable = undoable
        self.departments = dict(plan.department_ids)
        self.owners = dict(plan.owner_ids)
        self.vendors = dict(plan.vendor_ids)
        self.ids: dict[int, int] = {}
        self.report: Callable[[int], None] = _counter(progress, 3 * len(plan.rows) + 1)

    def run(self) -> None:
        """Create entities, initiatives, then links; each step in bulk."""
        self._entities()
        self._initiatives()
        self._links()
        self._dependencies()

    # --- bulk creation ---------------------------------------------------------

    def _new_row(self, table: str, fields: dict[str, Any]) -> Row:
        """A complete row for `table` with a fresh id (`create_rows` checks it)."""
        row = {**_template(table), **fields}
        row["id"] = self.doc.next_id(table)
        return row

    def _create(self, table: str, rows: list[Row], label: str) -> None:
        """Write new rows of one table in bulk (`create_rows`), recorded for undo if undoable."""
        if rows:
            fields = tuple(rows[0])  # every row of one table names the same fields
            values = itemgetter(*fields)
            self._create_tuples(table, fields, [values(row) for row in rows] if len(fields) > 1
                                else [(values(row),) for row in rows], label)

    def _create_tuples(self, table: str, fields: tuple[str, ...], rows: list[tuple[Any, ...]],
                       label: str) -> None:
        """`_create` of rows that are tuples of `fields` already (the link rows)."""
        create_rows(self.doc, self.batch, table, fields, rows, label, undoable=self.undoable)

    def _entities(self) -> None:
        start = len(self.doc.departments.all())
        rows = []
        for offset, entity in enumerate(self.plan.new_departments):
            rows.append(self._new_row("department", {
                "name": entity.name, "is_it": entity.is_it,
                "colour": entity.colour or department_colour(start + offset),
                **entity.extra}))
            self.departments[entity.name.casefold()] = rows[-1]["id"]
        self._create("department", rows, "Add Departments")
        rows = []
        for entity in self.plan.new_owners:
            extra = dict(entity.extra)
            department = extra.pop("department", None)
            if department is not None:
                extra["department_id"] = self.departments.get(str(department).casefold())
            rows.append(self._new_row("owner", {"name": entity.name, "role": entity.role,
                                                **extra}))
            self.owners[entity.name.casefold()] = rows[-1]["id"]
        self._create("owner", rows, "Add Owners")
        rows = []
        for entity in self.plan.new_vendors:
            rows.append(self._new_row("vendor", {"name": entity.name, **entity.extra}))
            self.vendors[entity.name.casefold()] = rows[-1]["id"]
        self._create("vendor", rows, "Add Vendors")
        self.report(1)

    def _initiatives(self) -> None:
        rows = []
        for row in self.plan.rows:
            fields = self._fields(row)
            if row.existing_id is not None:
                self.doc.initiatives.update(row.existing_id, **fields)
                self.ids[row.index] = row.existing_id
                self.report(1)
                continue
            rows.append(self._new_row("initiative", fields))
            self.ids[row.index] = rows[-1]["id"]
        self._create("initiative", rows, "Add Initiatives")
        self.report(len(rows))

    def _fields(self, row: PlannedRow) -> dict[str, Any]:
        fields = dict(row.fields)
        if "owner" in self.plan.columns.by_key:
            fields["owner_id"] = self.owners[row.owner.casefold()] if row.owner else None
        if "sponsor" in self.plan.columns.by_key:
            fields["sponsor_id"] = self.owners[row.sponsor.casefold()] if row.sponsor else None
        return fields

    def _links(self) -> None:
        """Departments with roles, vendors and milestones of every row."""
        roles: list[tuple[Any, ...]] = []
        uses: list[tuple[Any, ...]] = []
        milestones: list[tuple[Any, ...]] = []
        next_id, departments, vendors = self.doc.next_id, self.departments, self.vendors
        for row in self.plan.rows:
            key = self.ids[row.index]
            if row.existing_id is not None:
                self._replace_links(row, key)
                continue
            for name, role in row.departments or ():
                roles.append((next_id("participation"), key, departments[name.casefold()], role))
            for name in row.vendors or ():
                uses.append((next_id("vendor_use"), key, vendors[name.casefold()]))
            for name, when in row.milestones or ():
                milestones.append((next_id("milestone"), key, name, when))
        self._create_tuples("participation", _ROLE_FIELDS, roles, "Add Department Roles")
        self._create_tuples("vendor_use", _USE_FIELDS, uses, "Add Vendor Links")
        self._create_tuples("milestone", _MILESTONE_FIELDS, milestones, "Add Milestones")
        self.report(len(self.plan.rows))

    def _replace_links(self, row: PlannedRow, key: int) -> None:
        """An updated initiative takes the sheet's links for each column the sheet has."""
        doc = self.doc
        if row.departments is not None:
            wanted = {self.departments[n.casefold()]: role for n, role in row.departments}
            for link in doc.participations.for_initiative(key):
                if link.department_id not in wanted:
                    doc.participations.delete(link.id)
            for department_id, role in wanted.items():
                doc.participations.set_role(key, department_id, role)
        if row.vendors is not None:
            wanted_vendors = {self.vendors[n.casefold()] for n in row.vendors}
            current = {u.vendor_id: u.id for u in doc.vendor_uses.all() if u.initiative_id == key}
            for vendor_id, link_id in current.items():
                if vendor_id not in wanted_vendors:
                    doc.vendor_uses.delete(link_id)
            for vendor_id in sorted(wanted_vendors - current.keys()):
                doc.vendor_uses.link(key, vendor_id)
        if row.milestones is not None:
            existing = {(m.name, m.date): m.id for m in doc.milestones.for_initiative(key)}
            for pair, milestone_id in existing.items():
                if pair not in row.milestones:
                    doc.milestones.delete(milestone_id)
            for name, when in row.milestones:
                if (name, when) not in existing:
                    doc.milestones.create(initiative_id=key, name=name, date=when)

    def _dependencies(self) -> None:
        """Drop the links an updated row no longer names, then add every new one at once."""
        doc = self.doc
        by_title = {row.title.casefold(): self.ids[row.index] for row in self.plan.rows}
        current = set(doc.dependencies.pairs())
        outgoing: dict[int, list[int]] = {}
        for initiative_id, depends_on_id in sorted(current):
            outgoing.setdefault(initiative_id, []).append(depends_on_id)
        wanted: set[tuple[int, int]] = set()
        for row in self.plan.rows:
            if row.depends_on is None:
                continue
            key = self.ids[row.index]
            targets = {by_title.get(t.casefold()) or self.plan.initiative_ids[t.casefold()]
                       for t in row.depends_on}
            wanted |= {(key, target) for target in targets}
            if row.existing_id is not None:
                for target in outgoing.get(key, ()):
                    if target not in targets:
                        doc.dependencies.unlink(key, target)
        next_id = self.doc.next_id
        new = [(next_id("dependency"), a, b) for a, b in sorted(wanted - current)]
        self._create_tuples("dependency", _DEPENDENCY_FIELDS, new, "Add Dependencies")
        self.report(len(self.plan.rows))


def _counter(progress: Progress | None, total: int) -> Callable[[int], None]:
    """Count steps; tell `progress` about every hundredth of the way, and the end."""
    done = told = 0
    every = max(1, total // 100)

    def report(step: int) -> None:
        nonlocal done, told
        done = min(total, done + step)
        if progress is not None and (done - told >= every or done == total):
            told = done
            progress(done, total)

    return report
