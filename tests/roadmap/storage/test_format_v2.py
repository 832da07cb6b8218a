"""Format 2: finding actions and snapshots, and the upgrade of a format-1 file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from roadmap.model.entities import FindingAction
from roadmap.model.errors import DuplicateError, ValidationError
from roadmap.services.files import open_document, save_document
from roadmap.storage import database, filecheck, migrations
from tests.helpers.old_formats import write_old_format
from tests.helpers.roadmaps import small_roadmap

AT = dt.datetime(2027, 2, 1, 9, 30)


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def test_a_format_one_file_has_its_frozen_schema(tmp_path: Path) -> None:
    doc = small_roadmap()
    path = write_old_format(doc, tmp_path / "old.roadmap", 1)
    doc.close()
    assert filecheck.verify(path) == 1  # exactly schema_v1.sql


def test_a_format_one_file_opens_upgraded_and_saves_in_the_current_format(
        tmp_path: Path) -> None:
    doc = small_roadmap()
    before = doc.snapshot()
    path = write_old_format(doc, tmp_path / "old.roadmap", 1)
    doc.close()
    old_bytes = path.read_bytes()
    doc = open_document(path, recovery_dir=tmp_path / "rec")
    try:
        assert migrations.backup_name(path, 1).read_bytes() == old_bytes
        assert path.read_bytes() == old_bytes  # the file changes only on save
        assert doc.snapshot() == before
        doc.finding_actions.set("CR104", "initiative:2", owner="Bo", at=AT)
        save_document(doc)
    finally:
        doc.close()
    assert filecheck.verify(path) == database.FORMAT_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (database.FORMAT_VERSION,)
        assert conn.execute("SELECT owner FROM finding_action").fetchall() == [("Bo",)]
    conn.close()


def test_a_finding_action_is_set_changed_and_cleared_undoably() -> None:
    doc = small_roadmap()
    try:
        first = doc.finding_actions.set("CR104", "initiative:2", owner="Ada",
                                        due=dt.date(2027, 3, 1), note="Find a sponsor", at=AT)
        assert first.label == "Set Finding Action"
        action = doc.finding_actions.lookup("CR104", "initiative:2")
        assert action is not None and (action.owner, action.due) == ("Ada", dt.date(2027, 3, 1))
        second = doc.finding_actions.set("CR104", "initiative:2", owner="Bo")
        assert second.label == "Change Finding Action"
        assert doc.finding_actions.lookup("CR104", "initiative:2").owner == "Bo"  # type: ignore[union-attr]
        doc.undo(second)
        assert doc.finding_actions.lookup("CR104", "initiative:2").owner == "Ada"  # type: ignore[union-attr]
        cleared = doc.finding_actions.clear("CR104", "initiative:2")
        assert doc.all(FindingAction) == []
        doc.undo(cleared)
        assert doc.finding_actions.as_dict()[("CR104", "initiative:2")].note == "Find a sponsor"
        assert doc.finding_actions.clear("CR999", "initiative:1").is_empty
    finally:
        doc.close()


def test_a_finding_action_is_refused_when_bad_and_goes_with_its_initiative() -> None:
    doc = small_roadmap()
    try:
        with pytest.raises(ValidationError, match="code"):
            doc.finding_actions.set("", "initiative:2")
        with pytest.raises(ValidationError, match="owner"):
            doc.finding_actions.set("CR104", "initiative:2", owner="x" * 121)
        with pytest.raises(DuplicateError):
            doc.finding_actions.create(code="CR1", subject="s", recorded_at=AT)
            doc.finding_actions.create(code="CR1", subject="s", recorded_at=AT)
        doc.finding_actions.set("CR104", "initiative:2", owner="Ada", at=AT)
        change = doc.initiatives.delete(2)
        assert doc.finding_actions.lookup("CR104", "initiative:2") is None
        doc.undo(change)
        assert doc.finding_actions.lookup("CR104", "initiative:2") is not None
    finally:
        doc.close()
