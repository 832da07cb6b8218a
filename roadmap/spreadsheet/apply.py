"""Write a clean import plan into the roadmap: all or nothing, one undoable change.

Everything goes through the service layer inside one `doc.batch(...)`, so
the same rules guard an import as any edit, an error half-way undoes what
was done, and the UI puts the whole import on the undo stack as one step.
New rows are created in chunks (one change per chunk inside the batch) so
big sheets report progress and never check link by link.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from roadmap.model.entities import Owner
from roadmap.model.errors import RoadmapError
from roadmap.model.palette import department_colour
from roadmap.model.wording import plural
from roadmap.services.changes import Change
from roadmap.services.document import Document

from .plan import ImportPlan
from .reading import Progress
from .rowparse import PlannedRow

CHUNK = 1000


class ImportRefused(RoadmapError):
    """The plan has problems; nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        problems = plan.all_problems()
        first = f" First: {problems[0]}" if problems else ""
        super().__init__(f"The sheet has {len(problems)} problem(s); nothing was imported."
                         f"{first}")
        self.plan = plan


def import_label(plan: ImportPlan) -> str:
    """The undo step's name: 'Import 12 initiatives'."""
    return f"Import {plural(len(plan.rows), 'initiative')}"


def apply_plan(doc: Document, plan: ImportPlan, progress: Progress | None = None) -> Change:
    """Apply a plan without problems as one change and return it; ImportRefused otherwise.

    `progress(done, total)` is called between chunks; if it raises, the batch
    undoes everything done so far and the error propagates.
    """
    if not plan.ok:
        raise ImportRefused(plan)
    with doc.batch(import_label(plan)) as batch:
        _Writer(doc, plan, progress).run()
    return batch.change


class _Writer:
    """The steps of one import, in the order the references need."""

    def __init__(self, doc: Document, plan: ImportPlan, progress: Progress | None) -> None:
        self.doc = doc
        self.plan = plan
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

    def _entities(self) -> None:
        start = len(self.doc.departments.all())
        for offset, entity in enumerate(self.plan.new_departments):
            change = self.doc.departments.create(
                name=entity.name, is_it=entity.is_it, colour=department_colour(start + offset))
            self.departments[entity.name.casefold()] = change.rows[0].key
        for entity in self.plan.new_owners:
            change = self.doc.owners.create(name=entity.name, role=entity.role)
            self.owners[entity.name.casefold()] = change.rows[0].key
        for entity in self.plan.new_vendors:
            change = self.doc.vendors.create(name=entity.name)
            self.vendors[entity.name.casefold()] = change.rows[0].key
        self.report(1)

    def _initiatives(self) -> None:
        # Holding the owners keeps them in the session's weak identity map, so checking
        # each initiative's owner_id is a dictionary lookup instead of a query.
        owners = self.doc.all(Owner)
        pending: list[tuple[PlannedRow, Change]] = []
        for row in self.plan.rows:
            fields = self._fields(row)
            if row.existing_id is not None:
                self.doc.initiatives.update(row.existing_id, **fields)
                self.ids[row.index] = row.existing_id
                self.report(1)
                continue
            pending.append((row, self.doc.initiatives.create_change(**fields)))
            if len(pending) >= CHUNK:
                self._flush(pending)
        self._flush(pending)
        del owners

    def _flush(self, pending: list[tuple[PlannedRow, Change]]) -> None:
        if not pending:
            return
        self.doc.apply(Change.combine("Add Initiatives", [change for _row, change in pending]))
        for row, change in pending:
            self.ids[row.index] = change.rows[0].key
        self.report(len(pending))
        pending.clear()

    def _fields(self, row: PlannedRow) -> dict[str, Any]:
        fields = dict(row.fields)
        if "owner" in self.plan.columns.by_key:
            fields["owner_id"] = self.owners[row.owner.casefold()] if row.owner else None
        if "sponsor" in self.plan.columns.by_key:
            fields["sponsor_id"] = self.owners[row.sponsor.casefold()] if row.sponsor else None
        return fields

    def _links(self) -> None:
        """Departments with roles, vendors and milestones of every row."""
        roles: list[dict[str, Any]] = []
        uses: list[dict[str, Any]] = []
        milestones: list[Change] = []
        for row in self.plan.rows:
            key = self.ids[row.index]
            if row.existing_id is not None:
                self._replace_links(row, key)
            else:
                roles += [{"initiative_id": key, "department_id": self.departments[n.casefold()],
                           "role": role} for n, role in row.departments or ()]
                uses += [{"initiative_id": key, "vendor_id": self.vendors[n.casefold()]}
                         for n in row.vendors or ()]
                milestones += [self.doc.milestones.create_change(
                    initiative_id=key, name=name, date=when) for name, when in row.milestones or ()]
            if len(roles) + len(uses) + len(milestones) >= CHUNK:
                self._flush_links(roles, uses, milestones)
            self.report(1)
        self._flush_links(roles, uses, milestones)

    def _flush_links(self, roles: list[dict[str, Any]], uses: list[dict[str, Any]],
                     milestones: list[Change]) -> None:
        if roles:
            self.doc.participations.create_many(roles, "Add Department Roles")
        if uses:
            self.doc.vendor_uses.create_many(uses, "Add Vendor Links")
        if milestones:
            self.doc.apply(Change.combine("Add Milestones", milestones))
        roles.clear()
        uses.clear()
        milestones.clear()

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
        new = sorted(wanted - current)
        if new:
            doc.dependencies.create_many(
                [{"initiative_id": a, "depends_on_id": b} for a, b in new], "Add Dependencies")
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
