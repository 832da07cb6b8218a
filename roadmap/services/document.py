"""The open roadmap: one facade that owns the session and hands out services.

The UI and the commands call `doc.initiatives.update(...)`, never build a
query. Every edit is a `Change` applied here; listeners hear about each one
(the Qt models forward them to their views), and a batch turns several
edits into one all-or-nothing step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from roadmap.model.entities import ROW_CLASSES, Base, Initiative, Roadmap, row_values
from roadmap.services.changes import Change, Row, RowChange
from roadmap.services.links import DependencyService, ParticipationService, VendorUseService
from roadmap.services.rows import (
    AcceptanceService,
    DecisionService,
    DepartmentService,
    FindingActionService,
    InitiativeService,
    MilestoneService,
    OwnerService,
    PositionService,
    RoadmapService,
    SettingService,
    VendorService,
)
from roadmap.services.snapshots import SnapshotService
from roadmap.storage.database import create_schema, make_engine

Listener = Callable[[Change], None]
B = TypeVar("B", bound=Base)

# Relationship collections to refresh when a child row changes.
_PARENT_COLLECTIONS = {
    "milestone": ("initiative", "initiative_id", "milestones"),
    "participation": ("initiative", "initiative_id", "participations"),
}


class Batch:
    """Collects the changes of a `Document.batch()` block into one change."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.changes: list[Change] = []
        self.failed = False

    @property
    def change(self) -> Change:
        """Everything applied inside the block, as one undoable change."""
        return Change.combine(self.label, self.changes)


class Document:
    """An open roadmap document: its session, its services and its listeners."""

    def __init__(self, engine: Engine, *, path: Path | None = None) -> None:
        self.engine = engine
        self.session = Session(engine, expire_on_commit=False, autoflush=False)
        self.path = path
        self.revision = 0
        self.saved_revision = 0
        self._listeners: list[Listener] = []
        self._next_ids: dict[str, int] = {}
        self._batch: Batch | None = None
        # The working copy behind a file-backed document (roadmap.storage.recovery.WorkFile),
        # and what close() runs after releasing the engine (removing that copy).
        self.workfile: Any = None
        self.close_hooks: list[Callable[[], None]] = []
        self.roadmap = RoadmapService(self)
        self.departments = DepartmentService(self)
        self.owners = OwnerService(self)
        self.vendors = VendorService(self)
        self.initiatives = InitiativeService(self)
        self.milestones = MilestoneService(self)
        self.dependencies = DependencyService(self)
        self.participations = ParticipationService(self)
        self.vendor_uses = VendorUseService(self)
        self.settings = SettingService(self)
        self.acceptances = AcceptanceService(self)
        self.finding_actions = FindingActionService(self)
        self.positions = PositionService(self)
        self.decisions = DecisionService(self)
        self.snapshots = SnapshotService(self)

    @classmethod
    def in_memory(cls, **roadmap_fields: Any) -> Document:
        """A new, empty document held in memory (tests, generators, previews)."""
        engine = make_engine("sqlite://")
        create_schema(engine, **roadmap_fields)
        return cls(engine)

    # --- reading -------------------------------------------------------------

    @property
    def info(self) -> Roadmap:
        """The document's own properties (title, horizon, currency, ...)."""
        row = self.session.get(Roadmap, 1)
        assert row is not None, "a roadmap file always has its document row"
        return row

    @property
    def is_modified(self) -> bool:
        """True when edits were applied since the last save or open."""
        return self.revision != self.saved_revision

    def get(self, cls: type[B], key: int) -> B | None:
        """The row of class `cls` with id `key`, or None: one row, without the session."""
        return self.session.get(cls, key)

    def all(self, cls: type[Base]) -> list[Any]:
        """Every row of a class, in id order."""
        return list(self.session.scalars(select(cls).order_by(cls.id)))  # type: ignore[attr-defined]

    def snapshot(self) -> dict[str, list[Row]]:
        """Every row of every table as plain values: equal snapshots, equal documents."""
        return {
            table: [row_values(obj) for obj in self.all(cls)]
            for table, cls in ROW_CLASSES.items()
        }

    # --- changing ------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(change)` after every applied change."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling `listener`."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def apply(self, change: Change) -> Change:
        """Apply a change, commit it, and tell the listeners. Returns the change."""
        if change.is_empty:
            return change
        self._commit(change)
        self.revision += 1
        if self._batch is not None:
            self._batch.changes.append(change)
        else:
            self._notify(change)
        return change

    def undo(self, change: Change) -> Change:
        """Apply the inverse of a change applied before."""
        return self.apply(change.inverse())

    @contextmanager
    def batch(self, label: str) -> Iterator[Batch]:
        """Group the edits of a block into one change and one transaction.

        Everything inside commits together when the block ends; an exception
        rolls all of it back, so a crash or an error never leaves half a batch.
        """
        if self._batch is not None:
            raise RuntimeError("batches do not nest")
        batch = self._batch = Batch(label)
        revision = self.revision
        try:
            yield batch
            if batch.failed:
                raise RuntimeError(f"an edit inside the batch {label!r} failed")
            self.session.commit()
        except BaseException:
            self.session.rollback()
            self.session.expire_all()
            self.revision = revision
            raise
        finally:
            self._batch = None
        if batch.changes:
            self._notify(batch.change)

    def mark_saved(self) -> None:
        """Record that the current state is what the file on disk holds."""
        self.saved_revision = self.revision

    def next_id(self, table: str) -> int:
        """A fresh primary key for `table` (ids are never reused within a session)."""
        if table not in self._next_ids:
            cls = ROW_CLASSES[table]
            current = self.session.scalar(select(func.max(cls.id)))  # type: ignore[attr-defined]
            self._next_ids[table] = (current or 0) + 1
        key = self._next_ids[table]
        self._next_ids[table] = key + 1
        return key

    def close(self) -> None:
        """Release the session and the engine, then run the close hooks (once)."""
        self.session.close()
        self.engine.dispose()
        hooks, self.close_hooks = self.close_hooks, []
        for hook in hooks:
            hook()

    def _commit(self, change: Change) -> None:
        """Write a change; inside a batch only flush it, so the batch commits once."""
        try:
            # Consecutive rows of one kind and table flush together. Switching flushes
            # first, so rows land in the change's order: dependents are deleted before
            # what they depend on, and a delete lands before a create reusing its key.
            previous = None
            for row in change.rows:
                kind = (_row_kind(row), row.table)
                if previous is not None and kind != previous:
                    self.session.flush()
                self._apply_row(row)
                previous = kind
            if self._batch is None:
                self.session.commit()
            else:
                self.session.flush()
        except Exception:
            if self._batch is not None:
                # The rollback below discards the whole batch so far: poison it.
                self._batch.failed = True
            self.session.rollback()
            self.session.expire_all()
            raise

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _apply_row(self, row: RowChange) -> None:
        cls = ROW_CLASSES[row.table]
        obj: Base | None
        if row.before is None:
            assert row.after is not None
            obj = cls(**row.after)
            self.session.add(obj)
            nxt = self._next_ids.get(row.table)
            if nxt is not None and row.key >= nxt:
                self._next_ids[row.table] = row.key + 1
        else:
            obj = self.session.get(cls, row.key)
            if obj is None:
                raise LookupError(f"{row.table} {row.key} is gone")
            if row.after is None:
                self.session.delete(obj)
            else:
                for name, value in row.after.items():
                    setattr(obj, name, value)
                relationships = _relationship_names(cls)
                if relationships:  # expire() with no names would drop the unflushed values
                    self.session.expire(obj, relationships)
        parent = _PARENT_COLLECTIONS.get(row.table)
        if parent is not None:
            table, key_field, collection = parent
            # An update may name only the changed fields (a new role): the parent key
            # then comes from the row itself; a moved row refreshes both parents.
            keys = {getattr(obj, key_field, None)}
            keys |= {values.get(key_field) for values in (row.before, row.after) if values}
            for key in keys - {None}:
                owner = self.session.identity_map.get(
                    Session.identity_key(ROW_CLASSES[table], key)
                )
                if owner is not None:
                    self.session.expire(owner, [collection])


def _row_kind(row: RowChange) -> str:
    if row.before is None:
        return "create"
    return "delete" if row.after is None else "update"


def _relationship_names(cls: type[Base]) -> list[str]:
    return [rel.key for rel in cls.__mapper__.relationships]


__all__ = ["Batch", "Document", "Initiative", "row_values"]
