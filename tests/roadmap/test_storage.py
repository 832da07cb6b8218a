"""Opening, saving, recovering and upgrading .roadmap files."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from roadmap.model.entities import Initiative
from roadmap.model.errors import RoadmapFileError, ValidationError
from roadmap.samples.bundled import build_sample
from roadmap.services import files as storage
from roadmap.services.document import Document
from roadmap.services.files import (
    RoadmapSaveError,
    backup_path,
    discard_recovery,
    find_recovery,
    list_recoveries,
    new_document,
    open_document,
    save_document,
)
from roadmap.storage import database, filecheck, migrations
from roadmap.storage.recovery import WorkFile, process_alive
from tests.helpers.old_formats import write_old_format
from tests.helpers.roadmaps import bulk_roadmap, small_roadmap


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's recovery folder, even through the default."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def rec(tmp_path: Path) -> Path:
    """The recovery folder of this test."""
    return tmp_path / "recovery"


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, dict]:
    """The small roadmap saved as plan.roadmap, and its snapshot."""
    doc = small_roadmap()
    path = save_document(doc, tmp_path / "plan.roadmap")
    snapshot = doc.snapshot()
    doc.close()
    return path, snapshot


def dead_pid() -> int:
    """The pid of a process that has certainly finished."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)
    return child.pid


def crash(doc: Document) -> None:
    """Leave `doc` as a killed process would: working copy and sidecar in place, owner dead."""
    doc.session.close()
    doc.engine.dispose()
    sidecar = doc.workfile.sidecar
    data = json.loads(sidecar.read_text())
    data["pid"] = dead_pid()
    sidecar.write_text(json.dumps(data))
    doc.close_hooks.clear()


# --- the frozen schema --------------------------------------------------------


def test_frozen_schema_snapshot_equals_what_the_model_creates() -> None:
    engine = create_engine("sqlite://")
    database.create_schema(engine)
    with engine.connect() as conn:
        created = filecheck.schema_of(conn.connection.driver_connection)
    assert filecheck.expected_schema(database.FORMAT_VERSION) == created, (
        "the model changed: bump database.FORMAT_VERSION, freeze schema_v<N>.sql and add a "
        "revision in roadmap/storage/revisions/versions"
    )
    assert filecheck.expected_schema(database.FORMAT_VERSION + 1) is None


# --- round trips --------------------------------------------------------------


def test_round_trip_of_a_document_built_with_the_services(saved, rec: Path) -> None:
    path, snapshot = saved
    doc = open_document(path, recovery_dir=rec)
    try:
        assert doc.snapshot() == snapshot
        assert doc.path == path
        info = doc.info
        assert info.title == "R&D <beta> roadmap"
        first = doc.initiatives.get(1)
        assert first.owner.name == "Bo Sales" and [m.name for m in first.milestones] == ["Go live"]
    finally:
        doc.close()


def test_sample_round_trips(tmp_path: Path, rec: Path) -> None:
    sample = build_sample()
    save_document(sample, tmp_path / "sample.roadmap")
    doc = open_document(tmp_path / "sample.roadmap", recovery_dir=rec)
    try:
        assert doc.snapshot() == sample.snapshot()
    finally:
        doc.close()


def test_opening_is_not_an_edit_and_ids_continue(saved, rec: Path) -> None:
    path, snapshot = saved
    doc = open_document(path, recovery_dir=rec)
    try:
        assert doc.revision == 0 and not doc.is_modified
        top = max(i["id"] for i in snapshot["initiative"])
        change = doc.initiatives.create(title="New work")
        assert change.rows[0].key == top + 1
        assert doc.is_modified
        doc.undo(change)
        assert doc.snapshot() == snapshot  # undo goes back to the file, never further
    finally:
        doc.close()


def test_edits_live_in_the_working_copy_until_saved(saved, rec: Path) -> None:
    path, _ = saved
    original = path.read_bytes()
    doc = open_document(path, recovery_dir=rec)
    doc.initiatives.update(1, title="Renamed")
    assert path.read_bytes() == original
    sidecar = json.loads(doc.workfile.sidecar.read_text())
    assert sidecar["dirty"] is True and sidecar["source"] == str(path)
    save_document(doc)
    assert not doc.is_modified
    assert json.loads(doc.workfile.sidecar.read_text())["dirty"] is False
    doc.close()
    assert list(rec.iterdir()) == []
    reopened = open_document(path, recovery_dir=rec)
    assert reopened.initiatives.get(1).title == "Renamed"
    reopened.close()


def test_2000_initiative_file_opens_fast(tmp_path: Path, rec: Path) -> None:
    doc = bulk_roadmap(2000)
    path = save_document(doc, tmp_path / "big.roadmap")
    best = float("inf")
    for _ in range(3):
        begin = time.perf_counter()
        opened = open_document(path, recovery_dir=rec)
        best = min(best, time.perf_counter() - begin)
        assert len(opened.all(Initiative)) == 2000
        opened.close()
    print(f"open 2,000-initiative file: best of 3 = {best * 1000:.0f} ms")


# --- saving -------------------------------------------------------------------


def test_save_keeps_three_rolling_backups(saved) -> None:
    path, _ = saved
    doc = Document.in_memory()
    titles = []
    for n in range(5):
        doc.roadmap.update(title=f"Version {n}")
        titles.append(f"Version {n}")
        save_document(doc, path)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["plan.roadmap", "plan.roadmap.1.bak", "plan.roadmap.2.bak",
                     "plan.roadmap.3.bak"]
    for number, title in zip((1, 2, 3), reversed(titles[:-1]), strict=False):
        filecheck.verify(backup_path(path, number))
        with sqlite3.connect(backup_path(path, number)) as conn:
            assert conn.execute("SELECT title FROM roadmap").fetchone() == (title,)


def test_save_without_backups_and_save_as(tmp_path: Path, rec: Path) -> None:
    doc = new_document(recovery_dir=rec, title="Fresh")
    with pytest.raises(RoadmapSaveError, match="no file name yet"):
        save_document(doc)
    first = save_document(doc, tmp_path / "a.roadmap", backups=0)
    second = save_document(doc, tmp_path / "b.roadmap", backups=0)
    assert doc.path == second and first != second
    assert json.loads(doc.workfile.sidecar.read_text())["source"] == str(second)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["a.roadmap",
                                                                          "b.roadmap"]
    doc.close()


def test_save_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    doc = small_roadmap()
    with pytest.raises(RoadmapSaveError, match="does not exist") as caught:
        save_document(doc, tmp_path / "nowhere" / "plan.roadmap")
    assert str(caught.value).startswith("Cannot save ")
    assert isinstance(caught.value, RoadmapFileError)


def test_a_failed_check_leaves_the_target_and_no_temp_files(saved, monkeypatch) -> None:
    path, _ = saved
    before = path.read_bytes()
    doc = small_roadmap()
    doc.roadmap.update(title="Changed")

    def failing(*args, **kwargs):
        raise RoadmapFileError(path, "is damaged (truncated or corrupt)")

    monkeypatch.setattr(filecheck, "verify", failing)
    with pytest.raises(RoadmapSaveError, match="failed its check"):
        save_document(doc, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.roadmap"]
    assert doc.is_modified


def test_leftovers_of_a_killed_save_are_removed(saved, rec: Path) -> None:
    path, _ = saved
    pid = dead_pid()
    leftovers = [path.with_name(f".plan.roadmap.~{pid}-abcd1234.{kind}")
                 for kind in ("saving", "saving-journal", "backup")]
    for leftover in leftovers:
        leftover.write_bytes(b"half written")
    other = path.with_name(f".plan.roadmap.~{os.getppid()}-abcd1234.saving")
    other.write_bytes(b"a live process is saving")  # never touched: its owner still runs
    open_document(path, recovery_dir=rec).close()
    assert not any(p.exists() for p in leftovers)
    assert other.exists()
    other.unlink()


# --- new documents ------------------------------------------------------------


def test_new_document_is_empty_untitled_and_validated(rec: Path) -> None:
    doc = new_document(recovery_dir=rec, title="Plan 2027")
    assert doc.path is None and doc.revision == 0 and doc.info.title == "Plan 2027"
    assert doc.workfile.working.is_file()
    doc.close()
    with pytest.raises(ValidationError) as caught:
        new_document(recovery_dir=rec, horizon_start=dt.date(2028, 1, 1),
                     horizon_end=dt.date(2027, 1, 1))
    assert caught.value.field == "horizon_end"
    with pytest.raises(ValidationError) as caught:
        new_document(recovery_dir=rec, title="  ")
    assert caught.value.field == "title"
    assert list(rec.iterdir()) == []


def test_default_recovery_dir_follows_xdg_state_home(tmp_path: Path) -> None:
    assert storage.default_recovery_dir() == tmp_path / "state" / "crossroads" / "recovery"
    doc = new_document()
    assert doc.workfile.working.parent == storage.default_recovery_dir()
    doc.close()


# --- crash recovery -----------------------------------------------------------


def test_unsaved_edits_are_offered_back_after_a_crash(saved, rec: Path) -> None:
    path, _ = saved
    doc = open_document(path, recovery_dir=rec)
    doc.initiatives.update(1, title="Unsaved idea")
    doc.dependencies.unlink(2, 1)
    edited = doc.snapshot()
    assert find_recovery(path, rec) is None  # its process is alive: nothing to offer
    crash(doc)

    recovery = find_recovery(path, rec)
    assert recovery is not None and recovery.dirty and recovery.source == path
    assert list_recoveries(rec) == [recovery]
    recovered = open_document(path, recovery_dir=rec, recover=True)
    try:
        assert recovered.snapshot() == edited
        assert recovered.is_modified and recovered.revision == 0
        assert find_recovery(path, rec) is None  # this process owns it now
        save_document(recovered)
    finally:
        recovered.close()
    assert list(rec.iterdir()) == []
    reopened = open_document(path, recovery_dir=rec)
    assert reopened.snapshot() == edited
    reopened.close()


def test_declined_recovery_is_discarded_and_clean_leftovers_swept(saved, rec: Path) -> None:
    path, snapshot = saved
    dirty = open_document(path, recovery_dir=rec)
    dirty.roadmap.update(title="Lost on purpose")
    crash(dirty)
    clean = open_document(path, recovery_dir=rec)
    crash(clean)  # crashed with nothing unsaved: nothing to offer
    recoveries = list_recoveries(rec)
    assert [r.working for r in recoveries] == [dirty.workfile.working]
    assert not clean.workfile.working.exists()
    discard_recovery(recoveries[0])
    assert list(rec.iterdir()) == []
    with pytest.raises(RoadmapFileError, match="no unsaved changes to recover"):
        open_document(path, recovery_dir=rec, recover=True)
    doc = open_document(path, recovery_dir=rec)
    assert doc.snapshot() == snapshot
    doc.close()


def test_an_untitled_document_is_recovered_too(rec: Path) -> None:
    doc = new_document(recovery_dir=rec, title="Never saved")
    doc.departments.create(name="Marketing")
    crash(doc)
    (recovery,) = list_recoveries(rec)
    assert recovery.source is None
    recovered = storage.open_recovery(recovery)
    assert recovered.info.title == "Never saved" and recovered.path is None
    assert [d.name for d in recovered.departments.all()] == ["Marketing"]
    recovered.close()


def test_a_damaged_recovery_is_refused_not_crashed(saved, rec: Path) -> None:
    path, _ = saved
    doc = open_document(path, recovery_dir=rec)
    doc.roadmap.update(title="Edited")
    crash(doc)
    working = doc.workfile.working
    working.write_bytes(working.read_bytes()[:3000])
    with pytest.raises(RoadmapFileError, match="damaged"):
        open_document(path, recovery_dir=rec, recover=True)


def test_a_sidecar_names_the_process_that_owns_it(rec: Path) -> None:
    work = WorkFile.create(rec, None)
    data = json.loads(work.sidecar.read_text())
    assert data["pid"] == os.getpid() and process_alive(data["pid"], data["process"])
    assert not process_alive(os.getpid(), "not-my-start-time")  # a reused pid is not us
    work.remove()


# --- format versions ----------------------------------------------------------


def _make_version_zero(path: Path) -> None:
    """Mark a file as format 0, which no revision upgrades."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 0")
    conn.close()


def test_an_older_format_without_a_revision_is_refused(saved, rec, monkeypatch) -> None:
    path, _ = saved
    _make_version_zero(path)
    monkeypatch.setattr(filecheck, "verify", lambda *_a, **_k: 0)
    with pytest.raises(RoadmapFileError, match="format 0, which this Crossroads cannot upgrade"):
        open_document(path, recovery_dir=rec)
    assert list(rec.iterdir()) == []


def test_a_failing_revision_leaves_the_file_alone(tmp_path, rec, monkeypatch) -> None:
    doc = small_roadmap()
    path = write_old_format(doc, tmp_path / "old.roadmap", 2)
    doc.close()
    before = path.read_bytes()

    def broken(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "run_revisions", broken)
    with pytest.raises(RoadmapFileError, match="could not be upgraded from format 2"):
        open_document(path, recovery_dir=rec)
    assert path.read_bytes() == before
    assert list(rec.iterdir()) == []
