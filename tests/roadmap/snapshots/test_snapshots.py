"""Taking, naming, deleting and reading back snapshots, and what a damaged one does."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zlib
from pathlib import Path

import pytest

from roadmap.analysis.engine import analyse
from roadmap.model.entities import Snapshot
from roadmap.model.errors import DuplicateError, NotFoundError, ValidationError
from roadmap.services.files import open_document, save_document
from roadmap.services.snapshots import default_name
from roadmap.snapshots.payload import current_state, decode, encode, load_state, take_snapshot
from roadmap.snapshots.state import PayloadError
from tests.helpers.roadmaps import bulk_roadmap, small_roadmap

AT = dt.datetime(2027, 3, 1, 10, 0)


def test_a_snapshot_keeps_the_roadmap_and_its_findings_as_they_were() -> None:
    doc = small_roadmap()
    try:
        analysis = analyse(doc, today=AT.date())
        take_snapshot(doc, "Board Q1", analysis=analysis, at=AT)
        doc.initiatives.update(1, title="Renamed later", budget=5)
        info = doc.snapshots.find("board q1")
        assert (info.name, info.taken_at) == ("Board Q1", AT)
        then = load_state(doc, info)
        assert then.initiatives[1].title == "Replatform storefront"
        assert then.initiatives[1].budget == 1_200_000
        assert then.initiatives[1].lead == "Sales"
        assert then.initiatives[1].vendors == ("Shopify",)
        assert then.initiatives[2].owner == "Ada CIO"
        assert set(then.findings) == {(f.code, f.subject) for f in analysis.findings}
        assert then.findings[("CR104", "initiative:2")].accepted
        assert then.decisions[0].text == "Go with Shopify Plus"
        payload = decode(doc.snapshots.payload(info.id))
        assert payload["tables"]["milestone"]["rows"][0][2] == "Go live"
        assert payload["tables"]["dependency"]["rows"] == [[1, 2, 1]]
        assert payload["tables"]["acceptance"]["rows"][0][1] == "CR104"
    finally:
        doc.close()


def test_now_and_a_fresh_snapshot_read_the_same() -> None:
    doc = small_roadmap()
    try:
        analysis = analyse(doc, today=AT.date())
        take_snapshot(doc, "Same", analysis=analysis, at=AT)
        then = load_state(doc, doc.snapshots.find("Same"))
        now = current_state(doc, analysis)
        assert then.initiatives == now.initiatives
        assert then.findings == now.findings
        assert then.governance == now.governance
    finally:
        doc.close()


def test_names_are_refused_when_empty_too_long_or_taken() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board Q1", at=AT)
        with pytest.raises(ValidationError, match="a snapshot needs a name"):
            take_snapshot(doc, "   ")
        with pytest.raises(ValidationError, match="121 characters long; a snapshot name "
                           "has at most 120"):
            take_snapshot(doc, "x" * 121)
        with pytest.raises(DuplicateError, match="'Board Q1' already exists"):
            take_snapshot(doc, " board q1 ")
        with pytest.raises(NotFoundError, match=r"no snapshot named 'Q9' \(known: 'Board Q1'\)"):
            doc.snapshots.find("Q9")
        assert len(doc.snapshots.all()) == 1
        take_snapshot(doc, "x" * 120)  # the limit itself is fine
    finally:
        doc.close()


def test_the_default_name_is_board_and_the_date_made_unique() -> None:
    assert default_name(dt.date(2027, 3, 1)) == "Board 1 Mar 2027"
    assert default_name(dt.date(2027, 3, 1), {"board 1 mar 2027"}) == "Board 1 Mar 2027 (2)"
    doc = small_roadmap()
    try:
        first = take_snapshot(doc, at=AT).rows[0].after
        second = take_snapshot(doc, at=AT).rows[0].after
        assert first is not None and second is not None
        assert (first["name"], second["name"]) == ("Board 1 Mar 2027", "Board 1 Mar 2027 (2)")
    finally:
        doc.close()


def test_take_rename_and_delete_are_undone_exactly() -> None:
    doc = small_roadmap()
    try:
        before = doc.snapshot()
        taken = take_snapshot(doc, "Board Q1", at=AT)
        key = doc.snapshots.find("Board Q1").id
        payload = doc.snapshots.payload(key)
        renamed = doc.snapshots.rename(key, "Board March")
        assert renamed.label == "Rename Snapshot"
        assert doc.snapshots.rename(key, "Board March").is_empty
        deleted = doc.snapshots.delete(key)
        assert doc.snapshots.all() == []
        doc.undo(deleted)
        assert doc.snapshots.get(key).name == "Board March"
        assert doc.snapshots.payload(key) == payload
        doc.undo(renamed)
        assert doc.snapshots.get(key).name == "Board Q1"
        doc.undo(taken)
        assert doc.snapshot() == before
    finally:
        doc.close()


def _spoil(path: Path, payload: bytes) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE snapshot SET payload = ? WHERE name = 'Broken'", (payload,))
    conn.close()


@pytest.mark.parametrize("payload", [
    b"not compressed at all",
    zlib.compress(b"{not json"),
    zlib.compress(b"[1, 2, 3]"),
    zlib.compress(b'{"format": 99, "tables": {}}'),
    zlib.compress(b'{"format": 1, "tables": {"initiative": {"columns": ["id"], "rows": [["x"]]}},'
                  b' "findings": []}'),
    zlib.compress(b'{"format": 1, "tables": {}, "findings": [["CR1"]]}'),
], ids=["raw", "json", "list", "newer", "bad-row", "bad-finding"])
def test_a_damaged_snapshot_never_stops_the_roadmap_opening(tmp_path: Path,
                                                            payload: bytes) -> None:
    doc = small_roadmap()
    take_snapshot(doc, "Broken", at=AT)
    take_snapshot(doc, "Good", at=AT + dt.timedelta(days=1))
    path = save_document(doc, tmp_path / "plan.roadmap")
    doc.close()
    _spoil(path, payload)
    doc = open_document(path, recovery_dir=tmp_path / "rec")
    try:
        assert [s.name for s in doc.snapshots.all()] == ["Broken", "Good"]
        with pytest.raises(PayloadError, match="The snapshot 'Broken' is damaged"):
            load_state(doc, doc.snapshots.find("Broken"))
        assert load_state(doc, doc.snapshots.find("Good")).initiatives
        doc.snapshots.delete(doc.snapshots.find("Broken").id)  # and it can be deleted
        assert [s.name for s in doc.snapshots.all()] == ["Good"]
    finally:
        doc.close()


def test_a_payload_that_is_not_bytes_reads_as_damaged(tmp_path: Path) -> None:
    doc = small_roadmap()
    take_snapshot(doc, "Broken", at=AT)
    path = save_document(doc, tmp_path / "plan.roadmap")
    doc.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE snapshot SET payload = 'text, not bytes'")
    conn.close()
    doc = open_document(path, recovery_dir=tmp_path / "rec")
    try:
        with pytest.raises(PayloadError, match="holds no data"):
            load_state(doc, doc.snapshots.find("Broken"))
    finally:
        doc.close()


def test_a_compression_bomb_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap.snapshots import payload as module

    monkeypatch.setattr(module, "MAX_PAYLOAD_TEXT", 1000)
    with pytest.raises(PayloadError, match="too large"):
        decode(encode({"format": 1, "tables": {}, "pad": "x" * 5000}))
    with pytest.raises(PayloadError, match="cut short"):
        decode(zlib.compress(b'{"format": 1, "tables": {}}')[:-4])


def test_two_thousand_initiatives_are_snapshotted_small() -> None:
    """A snapshot is smaller than the roadmap it copies (its speed is measured by the bench)."""
    doc = bulk_roadmap(2000)
    try:
        analysis = analyse(doc)
        change = take_snapshot(doc, "Big", analysis=analysis)
        row = change.rows[0].after
        assert row is not None
        size = len(row["payload"])
        with doc.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            page = conn.exec_driver_sql("PRAGMA page_size").scalar_one()
        assert size < pages * page  # smaller than the roadmap itself
        assert doc.all(Snapshot)[0].name == "Big"
    finally:
        doc.close()
