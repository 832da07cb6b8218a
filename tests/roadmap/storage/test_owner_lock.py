"""The owner lock of a working copy: held while its process lives, free once it is gone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from roadmap.storage.owner_lock import OwnerLock, holder_gone
from roadmap.storage.recovery import WorkFile, list_recoveries, process_token

ROOT = Path(__file__).resolve().parents[3]


def hold_in_child(path: Path) -> subprocess.Popen[str]:
    """A child process that holds the lock `path` until its stdin closes."""
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from roadmap.storage.owner_lock import OwnerLock
        lock = OwnerLock(Path({str(path)!r}))
        print(lock.acquire(), flush=True)
        sys.stdin.read()
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "True"
    return child


def test_a_lock_held_by_a_live_process_is_not_taken_and_is_free_once_it_exits(
        tmp_path: Path) -> None:
    path = tmp_path / "work.lock"
    assert holder_gone(path) is None  # no lock file at all
    child = hold_in_child(path)
    try:
        assert holder_gone(path) is False
        assert not OwnerLock(path).acquire()
    finally:
        child.communicate("")
    assert holder_gone(path) is True
    mine = OwnerLock(path)
    assert mine.acquire() and mine.held
    assert holder_gone(path) is False  # a second handle, even in this process, waits
    mine.remove()
    assert not path.exists() and not mine.held


def test_a_killed_owner_leaves_its_work_to_recover(tmp_path: Path) -> None:
    rec = tmp_path / "recovery"
    work = WorkFile.create(rec, tmp_path / "plan.roadmap")
    work.working.write_bytes(b"unsaved work")
    work.mark_dirty()
    assert list_recoveries(rec) == []  # we hold it
    work.lock.release()  # as the OS does when the owner dies
    found = list_recoveries(rec)
    assert [r.working for r in found] == [work.working]  # even though its pid still runs
    assert json.loads(work.sidecar.read_text())["pid"] == os.getpid()


def test_work_held_by_another_live_process_is_not_offered(tmp_path: Path) -> None:
    rec = tmp_path / "recovery"
    work = WorkFile.create(rec, None)
    work.working.write_bytes(b"open elsewhere")
    work.mark_dirty()
    work.lock.release()
    child = hold_in_child(work.lock.path)
    try:
        data = json.loads(work.sidecar.read_text())
        data["pid"], data["process"] = child.pid, process_token(child.pid)
        work.sidecar.write_text(json.dumps(data))
        assert list_recoveries(rec) == []
    finally:
        child.communicate("")
    assert len(list_recoveries(rec)) == 1


def test_removing_a_work_file_removes_its_lock(tmp_path: Path) -> None:
    work = WorkFile.create(tmp_path / "recovery", None)
    assert work.lock.path.exists()
    work.remove()
    assert list((tmp_path / "recovery").iterdir()) == []
