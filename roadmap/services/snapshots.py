"""Snapshots as rows of the file: names, dates and payload bytes, edited undoably.

A snapshot is a named, dated, read-only copy of the roadmap kept inside the
.roadmap file. This service stores and names them; what a payload holds (the
roadmap's rows and its findings, compressed) is built and read one layer up,
in roadmap.snapshots, because the findings come from the analysis. Taking,
renaming and deleting each return a Change, so the app can undo them; a
snapshot's payload is never edited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from roadmap import formats
from roadmap.i18n import translate
from roadmap.model.entities import ROW_CLASSES, VERSION_COLUMN, Snapshot, row_values
from roadmap.model.errors import DuplicateError, NotFoundError, ValidationError
from roadmap.model.validation import SNAPSHOT_NAME_LENGTH, clean_fields
from roadmap.services.changes import Change, RowChange
from roadmap.services.port import DocumentPort

CAPTURED_TABLES = (
    "roadmap", "department", "owner", "vendor", "initiative", "milestone", "dependency",
    "participation", "vendor_use", "setting", "acceptance", "decision", "finding_action",
)
"""The tables a snapshot copies: the whole roadmap but the graph's saved node positions
(a layout, not a plan) and the snapshots themselves."""


@dataclass(frozen=True)
class SnapshotInfo:
    """What the list of snapshots shows of one: id, name and when it was taken."""

    id: int
    name: str
    taken_at: dt.datetime


def default_name(day: dt.date, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """'Board 3 Dec 2026', or with ' (2)', ' (3)' ... when that name is taken (any case)."""
    base = translate("Snapshots", "Board {date}").format(date=formats.day(day))
    used = {name.casefold() for name in taken}
    name, number = base, 1
    while name.casefold() in used:
        number += 1
        name = f"{base} ({number})"
    return name


class SnapshotService:
    """The snapshots of one document: list, take, rename, delete and read payloads."""

    table = "snapshot"

    def __init__(self, doc: DocumentPort) -> None:
        self.doc = doc

    # --- reading -------------------------------------------------------------

    def all(self) -> list[SnapshotInfo]:
        """Every snapshot, oldest first (by when it was taken, then id)."""
        rows = self.doc.session.execute(
            select(Snapshot.id, Snapshot.name, Snapshot.taken_at)
        ).all()
        infos = [SnapshotInfo(int(k), str(n), t) for k, n, t in rows]
        return sorted(infos, key=lambda s: (s.taken_at, s.id))

    def latest(self) -> SnapshotInfo | None:
        """The snapshot taken last, or None when there is none."""
        infos = self.all()
        return infos[-1] if infos else None

    def by_name(self, name: str) -> SnapshotInfo | None:
        """The snapshot named `name` (case and surrounding spaces ignored), or None."""
        wanted = name.strip().casefold()
        return next((s for s in self.all() if s.name.casefold() == wanted), None)

    def find(self, name: str) -> SnapshotInfo:
        """The snapshot named `name`; NotFoundError listing the known names otherwise."""
        found = self.by_name(name)
        if found is not None:
            return found
        names = [s.name for s in self.all()]
        known = ", ".join(repr(n) for n in names) if names else translate("Snapshots", "none")
        raise NotFoundError(translate("Snapshots", "There is no snapshot named {name} (known: "
                                      "{known}).").format(name=repr(name.strip()), known=known))

    def get(self, key: int) -> SnapshotInfo:
        """The snapshot with id `key`; NotFoundError when there is none."""
        found = next((s for s in self.all() if s.id == key), None)
        if found is None:
            raise NotFoundError(translate(
                "Snapshots", "There is no snapshot with id {key}.").format(key=key))
        return found

    def payload(self, key: int) -> bytes:
        """The stored payload bytes of one snapshot (checked by whoever decodes them)."""
        data = self.doc.session.scalar(select(Snapshot.payload).where(Snapshot.id == key))
        if data is None:
            raise NotFoundError(translate(
                "Snapshots", "There is no snapshot with id {key}.").format(key=key))
        return bytes(data)

    def default_name(self, day: dt.date | None = None) -> str:
        """The name a new snapshot gets unless the user says otherwise: 'Board <date>'."""
        return default_name(day or dt.date.today(), {s.name for s in self.all()})

    def check_name(self, name: str, key: int | None = None) -> str:
        """The cleaned name, or ValidationError/DuplicateError saying what is wrong with it."""
        if not str(name or "").strip():
            raise ValidationError("name", translate("Snapshots", "a snapshot needs a name"))
        text = str(name).strip()
        if len(text) > SNAPSHOT_NAME_LENGTH:
            raise ValidationError(
                "name", translate("Snapshots", "the name is {length} characters long; a snapshot "
                                  "name has at most {limit}").format(
                    length=len(text), limit=SNAPSHOT_NAME_LENGTH)
            )
        cleaned = str(clean_fields(self.table, {"name": text})["name"])
        other = self.by_name(cleaned)
        if other is not None and other.id != key:
            raise DuplicateError(
                "name", translate("Snapshots", "a snapshot named {name} already exists: choose "
                                  "another name").format(name=repr(other.name))
            )
        return cleaned

    # --- editing -------------------------------------------------------------

    def add(self, name: str, payload: bytes, at: dt.datetime | None = None) -> Change:
        """Store a new snapshot; refuses an empty, too long or already used name."""
        cleaned = self.check_name(name)
        values = clean_fields(self.table, {
            "name": cleaned, "payload": payload,
            "taken_at": at or dt.datetime.now().replace(microsecond=0),
        })
        key = self.doc.next_id(self.table)
        row = {"id": key, **values}
        return self.doc.apply(Change("Take Snapshot", (RowChange(self.table, key, None, row),)))

    def rename(self, key: int, name: str) -> Change:
        """Give a snapshot another name; an empty change when the name is the same."""
        current = self.get(key)
        cleaned = self.check_name(name, key)
        if cleaned == current.name:
            return Change("Rename Snapshot")
        row = RowChange(self.table, key, {"name": current.name}, {"name": cleaned})
        return self.doc.apply(Change("Rename Snapshot", (row,)))

    def delete(self, key: int) -> Change:
        """Remove a snapshot; the change keeps its payload, so undo restores it whole."""
        obj = self.doc.session.get(Snapshot, key)
        if obj is None:
            raise NotFoundError(translate(
                "Snapshots", "There is no snapshot with id {key}.").format(key=key))
        row = RowChange(self.table, key, row_values(obj), None)
        return self.doc.apply(Change("Delete Snapshot", (row,)))


def capture_rows(doc: DocumentPort,
                 tables: tuple[str, ...] = CAPTURED_TABLES) -> dict[str, dict[str, Any]]:
    """The stored values of `tables` (default: all captured): {table: {"columns", "rows"}}.

    Read with plain SQL, values as the file stores them (ISO dates, enumeration
    values), so a snapshot of thousands of initiatives is taken in a blink and
    is plain JSON.
    """
    conn = doc.session.connection()
    captured: dict[str, dict[str, Any]] = {}
    for table in tables:
        columns = [c.name for c in ROW_CLASSES[table].__table__.columns
                   if c.name != VERSION_COLUMN]  # bookkeeping, not the roadmap
        names = ", ".join(f'"{c}"' for c in columns)  # from the model, never from a file
        rows = conn.exec_driver_sql(f'SELECT {names} FROM "{table}" ORDER BY id').all()
        captured[table] = {"columns": columns, "rows": [list(r) for r in rows]}
    return captured
