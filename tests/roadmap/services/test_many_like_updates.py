"""Many updates of the same fields (auto-schedule) are written with one statement, exactly
as one UPDATE each would write them: values, row versions, undo, refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from roadmap.model.entities import Initiative
from roadmap.model.errors import ConflictError
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import BULK_UPDATE_ROWS, Document

COUNT = BULK_UPDATE_ROWS + 4


def _document() -> Document:
    doc = Document.in_memory(title="Many")
    for number in range(COUNT):
        doc.initiatives.create(title=f"Work {number}", start=dt.date(2027, 1, 1),
                               end=dt.date(2027, 3, 31))
    return doc


def _stored(doc: Document) -> list[tuple]:
    return list(doc.session.execute(text(
        'SELECT id, start, "end", row_version FROM initiative ORDER BY id')).all())


def test_a_reschedule_of_many_writes_every_row_and_its_version_and_undoes() -> None:
    doc = _document()
    try:
        before = _stored(doc)
        moves = {key: (dt.date(2027, 2, 1) + dt.timedelta(days=key),
                       dt.date(2027, 5, 1) + dt.timedelta(days=key)) for key in range(1, COUNT + 1)}
        change = doc.initiatives.reschedule(moves)
        stored = _stored(doc)
        assert [(k, dt.date.fromisoformat(s), dt.date.fromisoformat(e)) for k, s, e, _v in stored] \
            == [(k, *moves[k]) for k in sorted(moves)]
        assert [v for *_rest, v in stored] == [v + 1 for *_rest, v in before]
        for key, (start, end) in moves.items():  # the session's objects agree, unexpired
            obj = doc.session.get(Initiative, key)
            assert (obj.start, obj.end) == (start, end)
        doc.initiatives.update(3, title="Still editable")  # the version the ORM checks is right
        doc.undo(doc.initiatives.update(3, title="Work 2"))
        doc.undo(change)
        assert [row[:3] for row in _stored(doc)] == [row[:3] for row in before]
    finally:
        doc.close()


def test_a_change_started_from_other_values_is_refused_and_changes_nothing() -> None:
    doc = _document()
    try:
        before = _stored(doc)
        rows = [RowChange("initiative", key, {"start": dt.date(2027, 1, 1)},
                          {"start": dt.date(2027, 1, 15)}) for key in range(1, COUNT + 1)]
        rows[-1] = RowChange("initiative", COUNT, {"start": dt.date(2026, 1, 1)},
                             {"start": dt.date(2027, 1, 15)})  # not what the row holds
        with pytest.raises(ConflictError):
            doc.apply(Change("Move", tuple(rows)))
        assert _stored(doc) == before
        assert doc.session.get(Initiative, 1).start == dt.date(2027, 1, 1)
    finally:
        doc.close()
