"""The open roadmap: one facade that owns the session and hands out services.

The UI and the commands call `doc.initiatives.update(...)`, never build a
query. Every edit is a `Change` applied here; listeners hear about each one
(the Qt models forward them to their views), and a batch turns several
edits into one all-or-nothing step.

The same document runs on a .roadmap working copy or on a PostgreSQL
server. Every update and delete checks that the row still holds what the
change says it held before (and SQLAlchemy's version counter checks the
same at the database), so neither a stale edit nor an undo ever overwrites
someone else's later change: it raises ConflictError with the user's edit
kept. On a server, `poll_remote()` brings in others' changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, bindparam, event, func, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from roadmap.i18n import translate
from roadmap.model.entities import (
    ROW_CLASSES,
    VERSION_COLUMN,
    Base,
    Initiative,
    Roadmap,
    row_values,
)
from roadmap.model.errors import ConflictError, ConnectionLostError, ReadOnlyError
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
from roadmap.storage.server import ChangeFeed, next_server_id

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

    def __init__(self, engine: Engine, *, path: Path | None = None,
                 location: str | None = None) -> None:
        self.engine = engine
        self.session = Session(engine, expire_on_commit=False, autoflush=False)
        self.path = path
        # A roadmap on a server: its address (no password), why it is read-only (or None),
        # the application name of its sessions, its change feed, who last changed what.
        self.location = location
        self.read_only: str | None = None
        self.app_name = ""
        self.feed: ChangeFeed | None = None
        self.changed_by: dict[tuple[str, int], str] = {}
        self._notices: list[Any] = []  # heard from the feed, not yet brought in
        self._seen: dict[tuple[str, int], Row] = {}  # what an edit found, for its conflict
        if location is not None:
            # The rows a user was shown stay what their edits are checked against: the
            # session's identity map only holds rows weakly, and a row dropped and read
            # again would silently take in someone else's change.
            self._held: list[Base] = []
            event.listen(self.session, "loaded_as_persistent",
                         lambda _session, obj: self._held.append(obj))
            event.listen(self.session, "pending_to_persistent",
                         lambda _session, obj: self._held.append(obj))
        # A file-backed document: the (inode, size, mtime) of its file when opened or saved.
        self.disk_stamp: tuple[int, int, int] | None = None
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

    @property
    def is_shared(self) -> bool:
        """True for a roadmap on a server: every edit is saved (and seen by others) at once."""
        return self.location is not None

    def apply(self, change: Change) -> Change:
        """Apply a change, commit it, and tell the listeners. Returns the change.

        Raises ReadOnlyError on a roadmap this login may not change,
        ConflictError when a row it updates or deletes was changed by someone
        else since (nothing applied, the change kept in the error), and
        ConnectionLostError when the server stopped answering.
        """
        if change.is_empty:
            return change
        if self.read_only is not None:
            raise ReadOnlyError(translate("Undo", "This roadmap is read-only: {why}.").format(
                why=self.read_only))
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
        """A fresh primary key for `table`, from the database.

        On a server, the table's identity sequence hands it out, so ids are
        unique across every client. A .roadmap file has one writer, this
        document: its next id is SQLite's own rule for a rowid (one past the
        largest), reserved here so an id handed out is never handed out again
        in this session, even after an undo removed its row.
        """
        if self.engine.dialect.name == "postgresql":
            return next_server_id(self.session.connection(), table)
        if table not in self._next_ids:
            cls = ROW_CLASSES[table]
            current = self.session.scalar(select(func.max(cls.id)))  # type: ignore[attr-defined]
            self._next_ids[table] = (current or 0) + 1
        key = self._next_ids[table]
        self._next_ids[table] = key + 1
        return key

    def reapply(self, conflict: ConflictError) -> Change:
        """Apply the user's edit refused by `conflict` again, over the rows as they are now."""
        rows = []
        for row in conflict.change.rows:  # type: ignore[attr-defined]
            if row.before is None:
                rows.append(row)
                continue
            obj = self.session.get(ROW_CLASSES[row.table], row.key)
            if obj is None:
                if row.after is None:
                    continue  # deleted already: nothing left to do
                raise ConflictError(conflict.change, [
                    (row.table, row.key, _label(row.table, row.key, None), [], "")])
            current = {name: getattr(obj, name) for name in row.before}
            if row.after is None:
                current = row_values(obj)
            rows.append(RowChange(row.table, row.key, current, row.after))
        return self.apply(Change(conflict.change.label, tuple(rows)))  # type: ignore[attr-defined]

    def poll_remote(self) -> Change | None:
        """Bring in the changes others made on the server; None when there are none.

        The rows concerned are read again; the listeners hear one change
        (labelled with who made it) so that views and findings refresh. It
        is not an edit of this user: it goes on no undo stack.
        """
        if self.feed is None:
            return None
        self._hear()
        notices, self._notices = self._notices, []
        if not notices:
            return None
        self.session.commit()  # end the read transaction: see what others committed
        rows: list[RowChange] = []
        seen: set[tuple[str, int]] = set()
        for notice in notices:
            if notice.table not in ROW_CLASSES:
                continue
            if (notice.table, notice.key) in seen:
                continue
            seen.add((notice.table, notice.key))
            rows.append(self._reread(notice.table, notice.key))
        rows = [r for r in rows if r.before != r.after]
        if not rows:
            return None
        who = sorted({n.who for n in notices if n.who})
        change = Change(translate("Undo", "Changed by {who}").format(
            who=", ".join(who) or translate("Undo", "someone else")), tuple(rows))
        self._notify(change)
        return change

    def _hear(self) -> None:
        """Take what the feed heard of others' changes: who changed which row."""
        if self.feed is None:
            return
        for notice in self.feed.poll():
            if notice.app == self.app_name:
                continue
            self.changed_by[(notice.table, notice.key)] = notice.who
            self._notices.append(notice)

    def _reread(self, table: str, key: int) -> RowChange:
        """Read one row again from the database; what it held here before, and now."""
        cls = ROW_CLASSES[table]
        known = self.session.identity_map.get(Session.identity_key(cls, key))
        before = row_values(known) if known is not None else None
        obj = self.session.get(cls, key, populate_existing=True)
        if obj is None and known is not None:
            self.session.expunge(known)
        after = row_values(obj) if obj is not None else None
        if obj is not None:
            relationships = _relationship_names(cls)
            if relationships:
                self.session.expire(obj, relationships)
        return RowChange(table, key, before, after)

    def close(self) -> None:
        """Release the session and the engine, then run the close hooks (once)."""
        if self.feed is not None:
            self.feed.close()
            self.feed = None
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
            rows = change.rows
            index = 0
            while index < len(rows):
                row = rows[index]
                kind = (_row_kind(row), row.table)
                if previous is not None and kind != previous:
                    self.session.flush()
                run = self._update_run(rows, index)
                if len(run) >= BULK_UPDATE_ROWS:
                    self._bulk_update(run)
                    index += len(run)
                else:
                    self._apply_row(row)
                    index += 1
                previous = kind
            if self._batch is None:
                self.session.commit()
                self._seen.clear()
            else:
                self.session.flush()
        except Exception as error:
            if self._batch is not None:
                # The rollback below discards the whole batch so far: poison it.
                self._batch.failed = True
            self.session.rollback()
            self.session.expire_all()
            if isinstance(error, ConflictError):
                raise ConflictError(change, error.rows) from None
            if isinstance(error, ConnectionLostError):
                error.change = change
                raise
            if isinstance(error, StaleDataError):
                raise self._conflict(change) from None
            if isinstance(error, OperationalError) and error.connection_invalidated:
                raise ConnectionLostError(
                    translate("Undo", "The server of {location} stopped answering: your edit was "
                              "not applied and is kept; try again when it is back.").format(
                        location=self.location or translate("Files", "this roadmap")),
                    change) from None
            if isinstance(error, DBAPIError) and "permission denied" in str(error.orig):
                raise ReadOnlyError(
                    translate("Undo", "This roadmap is read-only for your role: {error}").format(
                        error=error.orig).strip()
                ) from None
            raise

    def _conflict(self, change: Change) -> ConflictError:
        """The conflict a refused change met: each row whose stored values moved on."""
        found = []
        refreshed: list[RowChange] = []
        seen, self._seen = self._seen, {}
        if self.feed is not None:
            self.session.commit()
            self._hear()
        for row in change.rows:
            if row.before is None:
                continue
            fresh = self._reread(row.table, row.key)
            refreshed.append(fresh)
            now = fresh.after
            had = seen.get((row.table, row.key), row.before or {})
            fields = [] if now is None else [
                name for name in had if now.get(name) != had[name]]
            if now is None or fields:
                who = self.changed_by.get((row.table, row.key), "")
                found.append((row.table, row.key, _label(row.table, row.key, now),
                              fields, who))
        if refreshed:
            self._notify(Change("Changed by someone else", tuple(refreshed)))
        if not found:  # the versions moved but no value did: name the rows anyway
            nothing: list[str] = []
            found = [(r.table, r.key, _label(r.table, r.key, r.before), nothing, "")
                     for r in change.rows if r.before is not None][:1]
        return ConflictError(change, found)

    def _notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    def _update_run(self, rows: tuple[RowChange, ...], start: int) -> list[RowChange]:
        """The updates from `start` on that set the same fields of rows of one table.

        Only on a .roadmap file: a shared roadmap's server checks each row's version.
        """
        first = rows[start]
        if self.is_shared or first.before is None or first.after is None \
                or "id" in first.after or VERSION_COLUMN in first.after:
            return []
        fields = first.after.keys()
        run = [first]
        for row in rows[start + 1:]:
            if row.table != first.table or row.before is None or row.after is None \
                    or row.after.keys() != fields:
                break
            run.append(row)
        return run

    def _bulk_update(self, run: list[RowChange]) -> None:
        """Write many updates of the same fields with one executemany, not one UPDATE each.

        Each row is checked as `_apply_row` checks it (it must exist and hold the
        values the change started from); the session's objects then take the new
        values and row version as committed. An error later in the commit rolls
        the session back and expires every object, so none keeps a value the
        database does not hold.
        """
        first = run[0]
        cls = ROW_CLASSES[first.table]
        self.session.flush()
        objects = []
        for row in run:
            assert row.before is not None
            obj = self.session.get(cls, row.key)
            if obj is None:
                raise LookupError(f"{row.table} {row.key} is gone")
            moved = [name for name, value in row.before.items() if getattr(obj, name) != value]
            if moved:
                raise ConflictError(change_of(row), [
                    (row.table, row.key, _label(row.table, row.key, row_values(obj)), moved,
                     self.changed_by.get((row.table, row.key), ""))])
            objects.append(obj)
        table = cls.__table__
        names = list(first.after or {})
        statement = (
            table.update()  # type: ignore[attr-defined]
            .where(table.c.id == bindparam("row_key"))
            .values({name: bindparam(f"new_{name}") for name in names}
                    | {VERSION_COLUMN: table.c[VERSION_COLUMN] + 1})
        )
        self.session.connection().execute(statement, [
            {"row_key": row.key, **{f"new_{name}": (row.after or {})[name] for name in names}}
            for row in run])
        relationships = _relationship_names(cls)
        for row, obj in zip(run, objects, strict=True):
            for name, value in (row.after or {}).items():
                set_committed_value(obj, name, value)
            set_committed_value(obj, VERSION_COLUMN, getattr(obj, VERSION_COLUMN) + 1)
            if relationships:
                self.session.expire(obj, relationships)
            self._expire_parents(row, obj)

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
                if self.is_shared:
                    raise ConflictError(change_of(row), [
                        (row.table, row.key, _label(row.table, row.key, row.before),
                         [], self.changed_by.get((row.table, row.key), ""))])
                raise LookupError(f"{row.table} {row.key} is gone")
            moved = [name for name, value in row.before.items() if getattr(obj, name) != value]
            if self.is_shared:
                self._seen[(row.table, row.key)] = row_values(obj)
            if moved:  # someone else's later change: never overwritten silently
                raise ConflictError(change_of(row), [
                    (row.table, row.key, _label(row.table, row.key, row_values(obj)), moved,
                     self.changed_by.get((row.table, row.key), ""))])
            if row.after is None:
                self.session.delete(obj)
            else:
                for name, value in row.after.items():
                    setattr(obj, name, value)
                relationships = _relationship_names(cls)
                if relationships:  # expire() with no names would drop the unflushed values
                    self.session.expire(obj, relationships)
        self._expire_parents(row, obj)

    def _expire_parents(self, row: RowChange, obj: Base | None) -> None:
        """Expire the collections of the rows this row belongs to (an initiative's links)."""
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


BULK_UPDATE_ROWS = 16
"""From this many like updates in a row (auto-schedule, a bulk edit) one statement writes them."""


def change_of(row: RowChange) -> Change:
    """One row change as a change of its own (what a conflict keeps of it)."""
    return Change(translate("Undo", "Edit"), (row,))


def _label(table: str, key: int, values: Row | None) -> str:
    """How a row is named in a message: 'initiative 12 'Checkout''."""
    name = (values or {}).get("title") or (values or {}).get("name") or ""
    noun = translate("Tables", table.replace("_", " "))
    noun = noun[:1].upper() + noun[1:]
    return f"{noun} {key}" + (f" '{name}'" if name else "")


def _row_kind(row: RowChange) -> str:
    if row.before is None:
        return "create"
    return "delete" if row.after is None else "update"


def _relationship_names(cls: type[Base]) -> list[str]:
    return [rel.key for rel in cls.__mapper__.relationships]


__all__ = ["Batch", "Document", "Initiative", "row_values"]
