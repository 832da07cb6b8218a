"""The service layer: every edit of a roadmap, as operations returning a Change.

Each operation checks first and changes second: bad values, missing
references, duplicate links and cycles raise a typed error before anything
is modified. What it returns is exactly what is needed to undo it; the
document has already applied it. The UI wraps each call in a QUndoCommand,
tests and commands call the same methods directly.

This module holds the base service and the services of rows that stand on
their own (departments, owners, vendors, initiatives, milestones, settings,
acceptances, finding actions, positions, decisions); roadmap.services.links holds those of the
link tables (dependencies, participations, vendor uses).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import select

from roadmap.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
from roadmap.model.entities import (
    Acceptance,
    Base,
    Decision,
    Department,
    Dependency,
    FindingAction,
    Initiative,
    Milestone,
    NodePosition,
    Owner,
    Participation,
    Roadmap,
    Setting,
    Vendor,
    VendorUse,
    row_values,
)
from roadmap.model.enums import Health, MeasureKind, Status, VendorCategory
from roadmap.model.errors import DuplicateError, NotFoundError, ValidationError
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.model.validation import FIELDS, check_row, clean_fields
from roadmap.services.changes import Change, Row, RowChange
from roadmap.services.port import DocumentPort

T = TypeVar("T", bound=Base)
R = TypeVar("R", bound=Base)

_FIELD_LABELS = {
    "start": QT_TRANSLATE_NOOP("Undo", "Dates"),
    "end": QT_TRANSLATE_NOOP("Undo", "Dates"),
    "owner_id": QT_TRANSLATE_NOOP("Undo", "Accountable Owner"),
    "sponsor_id": QT_TRANSLATE_NOOP("Undo", "Sponsor"),
    "department_id": QT_TRANSLATE_NOOP("Undo", "Department"),
    "is_it": QT_TRANSLATE_NOOP("Undo", "IT Flag"),
    "budget": QT_TRANSLATE_NOOP("Undo", "Budget"),
}


def _title_case(field: str) -> str:
    return translate("Undo", _FIELD_LABELS.get(field, field.replace("_", " ").title()))


TABLE_NOUNS = (
    QT_TRANSLATE_NOOP("Tables", "owner"), QT_TRANSLATE_NOOP("Tables", "department"),
    QT_TRANSLATE_NOOP("Tables", "vendor"), QT_TRANSLATE_NOOP("Tables", "initiative"),
    QT_TRANSLATE_NOOP("Tables", "milestone"), QT_TRANSLATE_NOOP("Tables", "decision"),
    QT_TRANSLATE_NOOP("Tables", "dependency"), QT_TRANSLATE_NOOP("Tables", "participation"),
    QT_TRANSLATE_NOOP("Tables", "vendor use"), QT_TRANSLATE_NOOP("Tables", "setting"),
    QT_TRANSLATE_NOOP("Tables", "acceptance"), QT_TRANSLATE_NOOP("Tables", "node position"),
    QT_TRANSLATE_NOOP("Tables", "finding action"), QT_TRANSLATE_NOOP("Tables", "snapshot"),
    QT_TRANSLATE_NOOP("Tables", "roadmap"),
)
"""The tables a reference may name in an error ('there is no owner with id 4')."""


def in_sentence(noun: str) -> str:
    """A row's noun inside a sentence: 'initiative' in English, 'Initiative' in German."""
    shown = translate("Undo", noun)
    return shown.lower() if language() == SOURCE_LANGUAGE else shown


class EntityService(Generic[T]):
    """Create, update, delete and read the rows of one table."""

    model: ClassVar[type[Base]]
    noun: ClassVar[str]
    defaults: ClassVar[dict[str, Any]] = {}
    unique_name: ClassVar[str | None] = None
    references: ClassVar[dict[str, type[Base]]] = {}

    def __init__(self, doc: DocumentPort) -> None:
        self.doc = doc

    @property
    def table(self) -> str:
        """The table this service edits."""
        return str(self.model.__tablename__)

    # --- reading -------------------------------------------------------------

    def get(self, key: int) -> T:
        """The row with id `key`; NotFoundError when there is none."""
        obj = self.doc.session.get(self.model, key)
        if obj is None:
            raise NotFoundError(translate("Undo", "There is no {noun} with id {key}.").format(
                noun=in_sentence(self.noun), key=key))
        return obj  # type: ignore[return-value]

    def find(self, key: int | None) -> T | None:
        """The row with id `key`, or None."""
        return None if key is None else self.doc.session.get(self.model, key)  # type: ignore[return-value]

    def all(self) -> list[T]:
        """Every row, in id order."""
        return self.doc.all(self.model)

    def by_name(self, name: str) -> T | None:
        """The row whose unique name matches `name` regardless of case, if any."""
        field = self.unique_name or "name"
        wanted = name.strip().casefold()
        for obj in self.all():
            if str(getattr(obj, field)).strip().casefold() == wanted:
                return obj
        return None

    # --- editing -------------------------------------------------------------

    def create(self, **fields: Any) -> Change:
        """Add a row with the given fields (others take their defaults)."""
        return self.doc.apply(self.create_change(**fields))

    def create_change(self, **fields: Any) -> Change:
        """The change that would add a row, checked but not applied."""
        key = fields.pop("id", None)
        row = dict(self.defaults)
        row.update(clean_fields(self.table, fields))
        self._complete(row)
        check_row(self.table, row)
        self._check(row, None)
        key = self.doc.next_id(self.table) if key is None else int(key)
        row["id"] = key
        return Change(translate("Undo", "Add {noun}").format(noun=translate("Undo", self.noun)),
                      (RowChange(self.table, key, None, row),))

    def update(self, key: int, **fields: Any) -> Change:
        """Change some fields of a row; unchanged values are left out of the change."""
        obj = self.get(key)
        current = row_values(obj)
        cleaned = clean_fields(self.table, fields)
        merged = {**current, **cleaned}
        check_row(self.table, merged)
        self._check(merged, key)
        changed = {k: v for k, v in cleaned.items() if current[k] != v}
        if not changed:
            return Change(self._update_label(set(cleaned)))
        before = {k: current[k] for k in changed}
        row_change = RowChange(self.table, key, before, changed)
        return self.doc.apply(Change(self._update_label(set(changed)), (row_change,)))

    def delete(self, key: int) -> Change:
        """Remove a row and everything that only exists through it (links, milestones)."""
        obj = self.get(key)
        rows = [*self._dependents(key), RowChange(self.table, key, row_values(obj), None)]
        return self.doc.apply(Change(translate("Undo", "Delete {noun}").format(
            noun=translate("Undo", self.noun)), tuple(rows)))

    # --- hooks ---------------------------------------------------------------

    def _update_label(self, fields: set[str]) -> str:
        noun = translate("Undo", self.noun)
        if fields <= {"title", "name"} and fields:
            return translate("Undo", "Rename {noun}").format(noun=noun)
        if fields and fields <= {"start", "end"}:
            return translate("Undo", "Reschedule {noun}").format(noun=noun)
        if len(fields) == 1:
            return translate("Undo", "Change {noun} {field}").format(
                noun=noun, field=_title_case(next(iter(fields))))
        return translate("Undo", "Edit {noun}").format(noun=noun)

    def _check(self, row: Row, key: int | None) -> None:
        for field, target in self.references.items():
            ref = row.get(field)
            if ref is not None and self.doc.session.get(target, ref) is None:
                noun = target.__tablename__.replace("_", " ")
                raise ValidationError(field, translate(
                    "Undo", "there is no {noun} with id {key}").format(
                    noun=translate("Tables", noun), key=ref))
        if self.unique_name:
            name = str(row[self.unique_name]).casefold()
            for other in self.all():
                other_name = str(getattr(other, self.unique_name)).casefold()
                if other.id != key and other_name == name:  # type: ignore[attr-defined]
                    raise DuplicateError(
                        self.unique_name,
                        translate("Undo", "a {noun} named {name} already exists").format(
                            noun=in_sentence(self.noun), name=repr(row[self.unique_name])),
                    )

    def _dependents(self, key: int) -> list[RowChange]:
        return []

    def _complete(self, row: Row) -> None:
        """Give each field left out its empty value, so a required one is refused by name."""
        for name, rule in FIELDS[self.table].items():
            if name not in row:
                row[name] = rule(name, None)

    def _rows_where(self, model: type[R], **criteria: Any) -> list[R]:
        query = select(model)
        for name, value in criteria.items():
            query = query.where(getattr(model, name) == value)
        return list(self.doc.session.scalars(query.order_by(model.__table__.c.id)))

    def _delete_rows(self, rows: Iterable[Base]) -> list[RowChange]:
        return [RowChange(r.__tablename__, r.id, row_values(r), None) for r in rows]  # type: ignore[attr-defined]

    def _null_field(self, rows: Iterable[Base], field: str) -> list[RowChange]:
        return [
            RowChange(r.__tablename__, r.id, {field: getattr(r, field)}, {field: None})  # type: ignore[attr-defined]
            for r in rows
        ]

    def _positions(self, node: NodeKey) -> list[RowChange]:
        return self._delete_rows(self._rows_where(NodePosition, node=str(node)))


class RoadmapService:
    """The document's own properties: title, horizon, currency, confidentiality."""

    def __init__(self, doc: DocumentPort) -> None:
        self.doc = doc

    def update(self, **fields: Any) -> Change:
        """Change document properties (title, organisation, horizon, ...)."""
        obj = self.doc.session.get(Roadmap, 1)
        assert obj is not None
        current = row_values(obj)
        cleaned = clean_fields("roadmap", fields)
        check_row("roadmap", {**current, **cleaned})
        changed = {k: v for k, v in cleaned.items() if current[k] != v}
        if not changed:
            return Change(translate("Undo", "Edit Roadmap Properties"))
        before = {k: current[k] for k in changed}
        label = translate("Undo", "Rename Roadmap") if set(changed) == {"title"} else \
            translate("Undo", "Edit Roadmap Properties")
        return self.doc.apply(Change(label, (RowChange("roadmap", 1, before, changed),)))


class DepartmentService(EntityService[Department]):
    """Departments: who drives (business) or enables (IT) initiatives."""

    model = Department
    noun = QT_TRANSLATE_NOOP("Undo", "Department")
    unique_name = "name"
    defaults: ClassVar[dict[str, Any]] = {"colour": "#4477AA", "is_it": False, "benefit_areas": ()}

    def _dependents(self, key: int) -> list[RowChange]:
        return [
            *self._delete_rows(self._rows_where(Participation, department_id=key)),
            *self._null_field(self._rows_where(Owner, department_id=key), "department_id"),
            *self._positions(NodeKey(NodeKind.DEPARTMENT, key)),
        ]


class OwnerService(EntityService[Owner]):
    """People: accountable owners and executive sponsors."""

    model = Owner
    noun = QT_TRANSLATE_NOOP("Undo", "Owner")
    defaults: ClassVar[dict[str, Any]] = {"role": "", "department_id": None}
    references: ClassVar[dict[str, type[Base]]] = {"department_id": Department}

    def _dependents(self, key: int) -> list[RowChange]:
        return [
            *self._null_field(self._rows_where(Initiative, owner_id=key), "owner_id"),
            *self._null_field(self._rows_where(Initiative, sponsor_id=key), "sponsor_id"),
            *self._positions(NodeKey(NodeKind.OWNER, key)),
        ]


class VendorService(EntityService[Vendor]):
    """Vendors and their contracts."""

    model = Vendor
    noun = QT_TRANSLATE_NOOP("Undo", "Vendor")
    unique_name = "name"
    defaults: ClassVar[dict[str, Any]] = {
        "category": VendorCategory.OTHER, "contract_end": None, "notes": "",
    }

    def _dependents(self, key: int) -> list[RowChange]:
        return [
            *self._delete_rows(self._rows_where(VendorUse, vendor_id=key)),
            *self._positions(NodeKey(NodeKind.VENDOR, key)),
        ]


class InitiativeService(EntityService[Initiative]):
    """Initiatives: the pieces of work on the roadmap."""

    def titles(self, prefix: str = "") -> list[str]:
        """The titles starting with `prefix` (all by default), in id order, without row objects."""
        query = select(Initiative.title).order_by(Initiative.id)
        if prefix:
            escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Initiative.title.like(f"{escaped}%", escape="\\"))
        return list(self.doc.session.scalars(query))

    model = Initiative
    noun = QT_TRANSLATE_NOOP("Undo", "Initiative")
    defaults: ClassVar[dict[str, Any]] = {
        "description": "", "theme": "", "start": None, "end": None, "bucket": None,
        "status": Status.PLANNED, "health": Health.GREEN, "budget": None,
        "benefit_area": None, "success_measure": "", "measure_kind": MeasureKind.NONE,
        "sourcing": None, "capability": None, "customer_facing": False,
        "customer_value": "", "owner_id": None, "sponsor_id": None, "priority": 3,
        "journey_stage": None,
    }
    references: ClassVar[dict[str, type[Base]]] = {"owner_id": Owner, "sponsor_id": Owner}

    def reschedule(self, dates: dict[int, tuple[dt.date, dt.date]],
                   label: str = QT_TRANSLATE_NOOP("Undo", "Auto-schedule")) -> Change:
        """Move many initiatives at once (auto-schedule) as one undoable change."""
        rows: list[RowChange] = []
        # One query loads every row to move, held until the change is applied: the
        # session keeps rows only while something refers to them, and get() and the
        # apply then find them in its identity map instead of one query per row.
        session = self.doc.session
        known = session.identity_map
        held, missing = [], []
        for key in dates:
            obj = known.get(session.identity_key(Initiative, key))
            if obj is None:
                missing.append(key)
            else:
                held.append(obj)
        if missing:
            held += session.scalars(select(Initiative).where(Initiative.id.in_(missing))).all()
        for key, (start, end) in sorted(dates.items()):
            obj = self.get(key)
            cleaned = clean_fields("initiative", {"start": start, "end": end})
            check_row("initiative", {**row_values(obj), **cleaned})
            if (obj.start, obj.end) != (cleaned["start"], cleaned["end"]):
                before = {"start": obj.start, "end": obj.end}
                rows.append(RowChange("initiative", key, before, cleaned))
        change = self.doc.apply(Change(translate("Undo", label), tuple(rows)))
        del held
        return change

    def _dependents(self, key: int) -> list[RowChange]:
        deps = self._rows_where(Dependency, initiative_id=key)
        deps += [d for d in self._rows_where(Dependency, depends_on_id=key) if d not in deps]
        deps.sort(key=lambda d: d.id)
        subject = str(NodeKey.initiative(key))
        acceptances = [a for a in self.doc.all(Acceptance) if a.subject == subject]
        actions = [a for a in self.doc.all(FindingAction) if a.subject == subject]
        return [
            *self._delete_rows(self._rows_where(Milestone, initiative_id=key)),
            *self._delete_rows(deps),
            *self._delete_rows(self._rows_where(Participation, initiative_id=key)),
            *self._delete_rows(self._rows_where(VendorUse, initiative_id=key)),
            *self._delete_rows(acceptances),
            *self._delete_rows(actions),
            *self._null_field(self._rows_where(Decision, initiative_id=key), "initiative_id"),
            *self._positions(NodeKey.initiative(key)),
        ]


class MilestoneService(EntityService[Milestone]):
    """Dated checkpoints inside initiatives."""

    model = Milestone
    noun = QT_TRANSLATE_NOOP("Undo", "Milestone")
    references: ClassVar[dict[str, type[Base]]] = {"initiative_id": Initiative}

    def for_initiative(self, initiative_id: int) -> list[Milestone]:
        """The milestones of one initiative, by date."""
        rows = self._rows_where(Milestone, initiative_id=initiative_id)
        return sorted(rows, key=lambda m: (m.date, m.id))


class SettingService(EntityService[Setting]):
    """Roadmap settings: rule switches and thresholds."""

    model = Setting
    noun = QT_TRANSLATE_NOOP("Undo", "Setting")
    unique_name = "key"

    def value(self, key: str, default: str | None = None) -> str | None:
        """The stored value of a setting, or `default`."""
        row = self.by_name(key)
        return default if row is None else row.value

    def as_dict(self) -> dict[str, str]:
        """Every setting as key -> value."""
        return {row.key: row.value for row in self.all()}

    def put(self, key: str, value: object) -> Change:
        """Set a setting, creating it when needed."""
        row = self.by_name(key)
        if row is None:
            return self.create(key=key, value=str(value))
        return self.update(row.id, value=str(value))

    def reset(self, key: str) -> Change:
        """Return a setting to its built-in default."""
        row = self.by_name(key)
        return Change("Reset Setting") if row is None else self.delete(row.id)


class AcceptanceService(EntityService[Acceptance]):
    """Findings accepted as known risks, with reason, who and when."""

    model = Acceptance
    noun = QT_TRANSLATE_NOOP("Undo", "Accepted Risk")

    def accept(self, code: str, subject: str, reason: str, accepted_by: str = "",
               at: dt.datetime | None = None) -> Change:
        """Accept the finding `code` about `subject`, or change its reason."""
        at = at or dt.datetime.now().replace(microsecond=0)
        existing = self.lookup(code, subject)
        if existing is not None:
            return self.update(existing.id, reason=reason, accepted_by=accepted_by)
        change = self.create_change(
            code=code, subject=subject, reason=reason, accepted_by=accepted_by, accepted_at=at
        )
        return self.doc.apply(Change(translate("Undo", "Accept Finding"), change.rows))

    def revoke(self, code: str, subject: str) -> Change:
        """Withdraw an acceptance: the finding counts as open again."""
        existing = self.lookup(code, subject)
        if existing is None:
            raise NotFoundError(translate("Undo", "Finding {code} on {subject} is not "
                                          "accepted.").format(code=code, subject=subject))
        change = self.delete(existing.id)
        return change

    def lookup(self, code: str, subject: str) -> Acceptance | None:
        """The acceptance of one finding, if any."""
        rows = self._rows_where(Acceptance, code=code, subject=subject)
        return rows[0] if rows else None

    def as_dict(self) -> dict[tuple[str, str], Acceptance]:
        """Every acceptance by (code, subject)."""
        return {(a.code, a.subject): a for a in self.all()}

    def _check(self, row: Row, key: int | None) -> None:
        existing = self.lookup(row["code"], row["subject"])
        if existing is not None and existing.id != key:
            raise DuplicateError("code", translate("Undo", "this finding is already accepted"))


class FindingActionService(EntityService[FindingAction]):
    """Who acts on a finding and by when; one action per finding (code and subject)."""

    model = FindingAction
    noun = QT_TRANSLATE_NOOP("Undo", "Finding Action")
    defaults: ClassVar[dict[str, Any]] = {"owner": "", "due": None, "note": ""}

    def set(self, code: str, subject: str, *, owner: str = "", due: dt.date | None = None,
            note: str = "", at: dt.datetime | None = None) -> Change:
        """Record who acts on the finding `code` about `subject` and by when, or change it."""
        existing = self.lookup(code, subject)
        if existing is not None:
            change = self.update(existing.id, owner=owner, due=due, note=note)
            return Change("Change Finding Action", change.rows)
        at = at or dt.datetime.now().replace(microsecond=0)
        change = self.create_change(code=code, subject=subject, owner=owner, due=due,
                                    note=note, recorded_at=at)
        return self.doc.apply(Change("Set Finding Action", change.rows))

    def clear(self, code: str, subject: str) -> Change:
        """Remove the action of one finding; an empty change when it has none."""
        existing = self.lookup(code, subject)
        if existing is None:
            return Change("Clear Finding Action")
        return self.doc.apply(Change("Clear Finding Action", self.delete_change(existing.id)))

    def lookup(self, code: str, subject: str) -> FindingAction | None:
        """The action recorded on one finding, if any."""
        rows = self._rows_where(FindingAction, code=code, subject=subject)
        return rows[0] if rows else None

    def as_dict(self) -> dict[tuple[str, str], FindingAction]:
        """Every action by (code, subject)."""
        return {(a.code, a.subject): a for a in self.all()}

    def delete_change(self, key: int) -> tuple[RowChange, ...]:
        """The row change that removes one action, not applied."""
        return (RowChange(self.table, key, row_values(self.get(key)), None),)

    def _check(self, row: Row, key: int | None) -> None:
        existing = self.lookup(row["code"], row["subject"])
        if existing is not None and existing.id != key:
            raise DuplicateError("code", translate("Undo", "this finding already has an action"))


class PositionService(EntityService[NodePosition]):
    """Where the user placed nodes in the graph view, per layout."""

    model = NodePosition
    noun = QT_TRANSLATE_NOOP("Undo", "Node Position")

    def for_layout(self, layout: str) -> dict[NodeKey, tuple[float, float]]:
        """Stored positions of one layout, by node key (stored as text, 'initiative:12').

        A stored key that is not a node key (a damaged or future file) is skipped:
        its node is simply placed by the layout.
        """
        found: dict[NodeKey, tuple[float, float]] = {}
        for r in self._rows_where(NodePosition, layout=layout):
            try:
                found[NodeKey.parse(r.node)] = (r.x, r.y)
            except ValueError:
                continue
        return found

    def place(self, layout: str, positions: Mapping[NodeKey, tuple[float, float]],
              label: str = QT_TRANSLATE_NOOP("Undo", "Move Node")) -> Change:
        """Store positions for several nodes as one change."""
        existing = {r.node: r for r in self._rows_where(NodePosition, layout=layout)}
        rows: list[RowChange] = []
        for node, (x, y) in positions.items():
            text = str(node)
            values = clean_fields("node_position", {"layout": layout, "node": text, "x": x, "y": y})
            old = existing.get(text)
            if old is None:
                key = self.doc.next_id("node_position")
                rows.append(RowChange("node_position", key, None, {"id": key, **values}))
            elif (old.x, old.y) != (values["x"], values["y"]):
                rows.append(RowChange(
                    "node_position", old.id, {"x": old.x, "y": old.y},
                    {"x": values["x"], "y": values["y"]},
                ))
        return self.doc.apply(Change(translate("Undo", label), tuple(rows)))

    def clear(self, layout: str, label: str = QT_TRANSLATE_NOOP("Undo", "Re-layout")) -> Change:
        """Forget every stored position of a layout, as one change."""
        rows = self._delete_rows(self._rows_where(NodePosition, layout=layout))
        return self.doc.apply(Change(translate("Undo", label), tuple(rows)))


class DecisionService(EntityService[Decision]):
    """One-line decisions taken in a workshop, kept for the board pack."""

    model = Decision
    noun = QT_TRANSLATE_NOOP("Undo", "Decision")
    defaults: ClassVar[dict[str, Any]] = {"change": "", "initiative_id": None}
    references: ClassVar[dict[str, type[Base]]] = {"initiative_id": Initiative}

    def record(self, text: str, change: str = "", initiative_id: int | None = None,
               at: dt.datetime | None = None) -> Change:
        """Record a decision, with the change it explains."""
        return self.create(
            text=text, change=change, initiative_id=initiative_id,
            made_at=at or dt.datetime.now().replace(microsecond=0),
        )
