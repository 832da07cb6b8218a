"""Properties of undo: random sequences of service operations, undone in reverse order,
give back the starting document exactly; redone in order, they give the end again.

Operations draw their arguments from the document's current rows (plus an
id that does not exist), and their values from good and bad ones alike: a
refused operation must raise a typed error and change nothing at all. A
second property interleaves undo, redo and merged keystrokes the way the
undo stack does, and saves and reopens the document on the way.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from roadmap.model.entities import (
    ROW_CLASSES,
    VERSION_COLUMN,
    Acceptance,
    Department,
    Initiative,
    Milestone,
    Owner,
    Vendor,
)
from roadmap.model.enums import BenefitArea, Bucket, Health, Role, Status, VendorCategory
from roadmap.model.errors import RoadmapError
from roadmap.services.changes import Change
from roadmap.services.document import Document
from roadmap.services.files import open_document, save_document

MISSING = 999
NAMES = st.sampled_from(["IT", "Sales", "Ops", "Finance", "R&D <beta>", "Merch", "Service",
                         "it", ""])
GOOD_TITLES = st.sampled_from(["Checkout", "CRM", "Search", "Returns portal"])
TITLES = st.one_of(GOOD_TITLES, GOOD_TITLES, st.sampled_from(["", " "]),
                   st.text(min_size=1, max_size=12))
DATES = st.dates(min_value=dt.date(2026, 1, 1), max_value=dt.date(2029, 12, 31))
MAYBE_DATES = st.one_of(st.none(), DATES)
BUDGETS = st.one_of(st.none(), st.integers(-10, 2_000_000))
STATUSES = st.sampled_from([*Status, "In progress", "bogus"])
COLOURS = st.sampled_from(["#4477AA", "#ee6677", "red"])
AT = dt.datetime(2027, 3, 1, 12, 0)


def _pick(data: st.DataObject, doc: Document, cls: type, *, none: bool = False) -> Any:
    """An id of an existing row of `cls`, sometimes a missing one (or None)."""
    ids = [row.id for row in doc.all(cls)]
    extra = [MISSING] + ([None] if none else [])
    return data.draw(st.sampled_from(ids * 6 + extra) if ids else st.sampled_from(extra))


def _initiative_fields(data: st.DataObject, doc: Document) -> dict[str, Any]:
    choices: dict[str, Callable[[], Any]] = {
        "title": lambda: data.draw(TITLES),
        "start": lambda: data.draw(MAYBE_DATES),
        "end": lambda: data.draw(MAYBE_DATES),
        "budget": lambda: data.draw(BUDGETS),
        "status": lambda: data.draw(STATUSES),
        "health": lambda: data.draw(st.sampled_from(list(Health))),
        "priority": lambda: data.draw(st.sampled_from([1, 2, 3, 4, 5, 0])),
        "bucket": lambda: data.draw(st.sampled_from([None, *Bucket])),
        "benefit_area": lambda: data.draw(st.sampled_from([None, *BenefitArea])),
        "customer_facing": lambda: data.draw(st.booleans()),
        "owner_id": lambda: _pick(data, doc, Owner, none=True),
        "sponsor_id": lambda: _pick(data, doc, Owner, none=True),
    }
    names = data.draw(st.lists(st.sampled_from(sorted(choices)), min_size=1, max_size=3,
                               unique=True))
    fields = {name: choices[name]() for name in names}
    if "start" in fields and "end" not in fields:
        fields["end"] = data.draw(MAYBE_DATES)
    return fields


def _op(data: st.DataObject, doc: Document, action: str) -> Change:
    """Run one service operation; return its change (typed errors propagate)."""
    if action == "department":
        return doc.departments.create(name=data.draw(NAMES), colour=data.draw(COLOURS),
                                      is_it=data.draw(st.booleans()))
    if action == "edit department":
        return doc.departments.update(_pick(data, doc, Department), name=data.draw(NAMES),
                                      benefit_areas=data.draw(st.sampled_from(
                                          ["sales", "sales,marketing", "", "operations",
                                           "moon"])))
    if action == "delete department":
        return doc.departments.delete(_pick(data, doc, Department))
    if action == "owner":
        return doc.owners.create(name=data.draw(NAMES),
                                 department_id=_pick(data, doc, Department, none=True))
    if action == "delete owner":
        return doc.owners.delete(_pick(data, doc, Owner))
    if action == "vendor":
        return doc.vendors.create(name=data.draw(NAMES),
                                  category=data.draw(st.sampled_from(list(VendorCategory))),
                                  contract_end=data.draw(MAYBE_DATES))
    if action == "delete vendor":
        return doc.vendors.delete(_pick(data, doc, Vendor))
    if action == "initiative":
        return doc.initiatives.create(**{"title": "New", **_initiative_fields(data, doc)})
    if action == "edit initiative":
        return doc.initiatives.update(_pick(data, doc, Initiative),
                                      **_initiative_fields(data, doc))
    if action == "delete initiative":
        return doc.initiatives.delete(_pick(data, doc, Initiative))
    if action == "reschedule":
        keys = [row.id for row in doc.all(Initiative)][:3]
        start = data.draw(DATES)
        return doc.initiatives.reschedule(
            {k: (start, start + dt.timedelta(days=data.draw(st.integers(-5, 90))))
             for k in keys})
    if action == "milestone":
        return doc.milestones.create(initiative_id=_pick(data, doc, Initiative),
                                     name=data.draw(TITLES), date=data.draw(MAYBE_DATES))
    if action == "edit milestone":
        return doc.milestones.update(_pick(data, doc, Milestone), name=data.draw(TITLES),
                                     initiative_id=_pick(data, doc, Initiative))
    if action == "delete milestone":
        return doc.milestones.delete(_pick(data, doc, Milestone))
    if action == "link":
        return doc.dependencies.link(_pick(data, doc, Initiative), _pick(data, doc, Initiative))
    if action == "unlink":
        return doc.dependencies.unlink(_pick(data, doc, Initiative),
                                       _pick(data, doc, Initiative))
    if action == "link many":
        return doc.dependencies.create_many([
            {"initiative_id": _pick(data, doc, Initiative),
             "depends_on_id": _pick(data, doc, Initiative)} for _ in range(2)])
    if action == "set role":
        return doc.participations.set_role(
            _pick(data, doc, Initiative), _pick(data, doc, Department),
            data.draw(st.sampled_from([*Role, "boss"])))
    if action == "unlink department":
        return doc.participations.unlink(_pick(data, doc, Initiative),
                                         _pick(data, doc, Department))
    if action == "use vendor":
        return doc.vendor_uses.link(_pick(data, doc, Initiative), _pick(data, doc, Vendor))
    if action == "drop vendor":
        return doc.vendor_uses.unlink(_pick(data, doc, Initiative), _pick(data, doc, Vendor))
    if action == "setting":
        return doc.settings.put(data.draw(st.sampled_from(["CR301.max", "cr301.MAX", "x"])),
                                data.draw(st.integers(0, 9)))
    if action == "reset setting":
        return doc.settings.reset(data.draw(st.sampled_from(["CR301.max", "x"])))
    if action == "accept":
        subject = f"initiative:{_pick(data, doc, Initiative)}"
        return doc.acceptances.accept(data.draw(st.sampled_from(["CR103", "CR104"])), subject,
                                      data.draw(st.sampled_from(["Known", "", "Later"])),
                                      "CIO", at=AT)
    if action == "revoke":
        accepted = doc.all(Acceptance)
        target = data.draw(st.sampled_from(accepted)) if accepted else None
        return doc.acceptances.revoke(target.code if target else "CR103",
                                      target.subject if target else "initiative:1")
    if action == "place":
        node = data.draw(st.sampled_from(["initiative:1", "initiative:2", "owner:1"]))
        x = data.draw(st.floats(-1e6, 1e6, allow_nan=False))
        return doc.positions.place(data.draw(st.sampled_from(["graph", "timeline"])),
                                   {node: (x, -x), "department:1": (x / 2, x + 1)})
    if action == "clear positions":
        return doc.positions.clear("graph")
    if action == "decision":
        return doc.decisions.record(data.draw(TITLES), "Edit",
                                    _pick(data, doc, Initiative, none=True), at=AT)
    if action == "roadmap":
        return doc.roadmap.update(title=data.draw(TITLES),
                                  horizon_end=data.draw(DATES))
    raise AssertionError(action)


ACTIONS = [
    "department", "edit department", "delete department", "owner", "delete owner", "vendor",
    "delete vendor", "initiative", "initiative", "edit initiative", "delete initiative",
    "reschedule", "milestone", "edit milestone", "delete milestone", "link", "link", "unlink",
    "link many", "set role", "unlink department", "use vendor", "drop vendor", "setting",
    "reset setting", "accept", "revoke", "place", "place", "clear positions", "decision", "roadmap",
    "batch", "batch",
]
BATCHED = ["initiative", "department", "vendor", "milestone", "link", "set role", "place",
           "setting", "delete initiative", "edit initiative"]
"""Operations a batch groups (mostly ones that succeed, so batches often apply)."""


def _step(data: st.DataObject, doc: Document, action: str) -> Change | None:
    """One operation (a batch runs 2 or 3); None when it was refused or changed nothing."""
    before, revision = _rows(doc), doc.revision
    try:
        if action == "batch":
            inner = data.draw(st.lists(st.sampled_from(BATCHED), min_size=2, max_size=3))
            with doc.batch("Batch") as batch:
                for name in inner:
                    _op(data, doc, name)
            change = batch.change
        else:
            change = _op(data, doc, action)
    except RoadmapError:
        assert _rows(doc) == before and doc.revision == revision, "a refusal changed things"
        return None
    return None if change.is_empty else change


def _rows(doc: Document) -> dict[str, list[tuple]]:
    """Every stored row, read with plain SQL (cheaper than a snapshot, just as exact).

    The row version is left out: it counts writes, so an undo moves it on.
    """
    rows = {}
    for table, cls in ROW_CLASSES.items():
        names = ", ".join(f'"{c.name}"' for c in cls.__table__.columns
                          if c.name != VERSION_COLUMN)
        rows[table] = doc.session.execute(text(f"SELECT {names} FROM {table} ORDER BY id")).all()
    return rows


def _seed(doc: Document) -> None:
    doc.departments.create(name="IT", is_it=True)
    doc.departments.create(name="Marketing")
    doc.owners.create(name="Ada", department_id=1)
    doc.vendors.create(name="Shopify", category=VendorCategory.COMMERCE_PLATFORM)
    doc.initiatives.create(title="Replatform", start=dt.date(2027, 1, 1),
                           end=dt.date(2027, 6, 30), owner_id=1)
    doc.initiatives.create(title="Loyalty", start=dt.date(2027, 7, 1),
                           end=dt.date(2027, 12, 31))
    doc.dependencies.link(2, 1)
    doc.milestones.create(initiative_id=1, name="Go live", date=dt.date(2027, 6, 1))
    doc.milestones.create(initiative_id=2, name="Pilot", date=dt.date(2027, 9, 1))
    for layout in ("graph", "timeline"):
        doc.positions.place(layout, {"initiative:1": (0.0, 1.0), "owner:1": (2.0, 3.0),
                                     "department:1": (4.0, 5.0)})


@settings(max_examples=40, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_undo_all_gives_the_start_and_redo_all_gives_the_end(data: st.DataObject) -> None:
    doc = Document.in_memory(title="Property")
    try:
        _seed(doc)
        start = doc.snapshot()
        applied: list[Change] = []
        for _ in range(data.draw(st.integers(1, 14), label="steps")):
            change = _step(data, doc, data.draw(st.sampled_from(ACTIONS), label="action"))
            if change is not None:
                applied.append(change)
        end = doc.snapshot()

        for change in reversed(applied):
            doc.undo(change)
        assert doc.snapshot() == start

        for change in applied:
            doc.apply(change)
        assert doc.snapshot() == end
    finally:
        doc.close()


TYPED_TITLES = st.sampled_from(["C", "Ch", "Che", "", "Replatform", "Loyalty"])


def _typing_target(data: st.DataObject, doc: Document) -> tuple[int, str]:
    """The field being typed in: an initiative (sometimes a missing one) and title or budget."""
    return _pick(data, doc, Initiative), data.draw(st.sampled_from(["title", "budget"]))


def _keystroke(data: st.DataObject, doc: Document, target: tuple[int, str]) -> Change:
    """One keystroke in the field: the field's whole new value, as the editor sends it."""
    key, field = target
    value = data.draw(TYPED_TITLES if field == "title" else BUDGETS)
    return doc.initiatives.update(key, **{field: value})


def _assert_reopens_the_same(doc: Document, folder: Path, number: int) -> None:
    """Save the document to a file and reopen it: every row comes back as it is in memory."""
    path = save_document(doc, folder / f"saved-{number}.roadmap", backups=0)
    reopened = open_document(path, recovery_dir=folder / "recovery")
    try:
        assert reopened.snapshot() == doc.snapshot()
        assert _rows(reopened) == _rows(doc)
    finally:
        reopened.close()


STACK_ACTIONS = [*ACTIONS, "type", "type", "type", "undo", "undo", "undo", "redo", "redo",
                 "save"]


@settings(max_examples=30, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_undo_and_redo_interleaved_with_edits_walk_the_history_exactly(
        data: st.DataObject) -> None:
    """Like an undo stack: an edit drops the redo history, undo and redo move one step,
    consecutive keystrokes in one field merge into one step; every step lands exactly
    on the state it left, undoing everything gives the start, and a saved file holds
    what memory holds."""
    doc = Document.in_memory(title="Stack")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            _seed(doc)
            start = doc.snapshot()
            states = [_rows(doc)]  # states[i]: the rows with the first i steps applied
            done: list[Change] = []
            undone: list[Change] = []
            typing: tuple[int, str] | None = None  # the field the last step typed in
            saves = 0
            for _ in range(data.draw(st.integers(1, 16), label="steps")):
                action = data.draw(st.sampled_from(STACK_ACTIONS), label="action")
                if action == "undo" and done:
                    change = done.pop()
                    doc.undo(change)
                    undone.append(change)
                    states.pop()
                    assert _rows(doc) == states[-1]
                    typing = None
                elif action == "redo" and undone:
                    change = undone.pop()
                    doc.apply(change)
                    done.append(change)
                    states.append(_rows(doc))
                    typing = None
                elif action == "save":
                    saves += 1
                    _assert_reopens_the_same(doc, folder, saves)
                    typing = None
                elif action == "type":
                    target = _typing_target(data, doc)
                    for _ in range(data.draw(st.integers(1, 4), label="keystrokes")):
                        try:
                            change = _keystroke(data, doc, target)
                        except RoadmapError:
                            continue  # a refused keystroke: no step, the redo history stays
                        if change.is_empty:
                            continue
                        undone.clear()
                        if typing == target and done:
                            merged = done.pop().merged_with(change)
                            states.pop()
                            if not merged.is_empty:
                                done.append(merged)
                                states.append(_rows(doc))
                            else:
                                assert _rows(doc) == states[-1], "typed back to the start"
                                typing = None
                                continue
                        else:
                            done.append(change)
                            states.append(_rows(doc))
                        typing = target
                elif action not in ("undo", "redo"):
                    step = _step(data, doc, action)
                    if step is None:
                        continue  # refused or nothing changed: no step, redo history stays
                    undone.clear()
                    done.append(step)
                    states.append(_rows(doc))
                    typing = None
            end = doc.snapshot()
            _assert_reopens_the_same(doc, folder, saves + 1)

            for change in reversed(done):
                doc.undo(change)
            assert doc.snapshot() == start
            for change in done:
                doc.apply(change)
            assert doc.snapshot() == end
        finally:
            doc.close()
