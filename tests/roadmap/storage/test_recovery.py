"""Crash recovery's judgement of other processes and of sidecars it finds.

Wrongly judging a live process dead would offer its open work to a second
window; judging a dead one alive would hide unsaved work forever. A broken
sidecar must be skipped, never crash the start-up.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from roadmap.storage import recovery
from roadmap.storage.recovery import (
    Recovery,
    WorkFile,
    list_recoveries,
    process_alive,
    process_token,
)


def test_this_process_is_alive_with_its_own_token_and_not_with_another() -> None:
    me = os.getpid()
    assert process_alive(me, process_token(me))
    assert not process_alive(me, "1")  # a later process reusing the pid


@pytest.mark.parametrize("pid", [0, -1])
def test_no_pid_is_no_process(pid: int) -> None:
    assert not process_alive(pid)


def test_a_process_that_exited_is_dead_and_has_no_token() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not process_alive(child.pid)
    assert process_token(child.pid) == ""


def test_a_zombie_is_dead() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # exited, not yet reaped
        assert not process_alive(child.pid)
    finally:
        child.wait()


def test_someone_elses_process_counts_as_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    def kill(_pid: int, _signal: int) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(recovery.os, "kill", kill)
    assert process_alive(424242)


def test_an_unexpected_kill_error_counts_as_dead(monkeypatch: pytest.MonkeyPatch) -> None:
    def kill(_pid: int, _signal: int) -> None:
        raise OSError(errno.EINVAL, "Invalid argument")

    monkeypatch.setattr(recovery.os, "kill", kill)
    assert not process_alive(os.getpid())


def test_without_proc_kill_is_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Path.read_text

    def read_text(self: Path, *args: object, **kwargs: object) -> str:
        if str(self).startswith("/proc/"):
            raise FileNotFoundError(errno.ENOENT, "No such file or directory")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", read_text)
    assert process_alive(os.getpid(), "any token")
    assert process_token(os.getpid()) == ""


def test_a_recovery_whose_copy_vanished_is_dated_when_it_was_opened(tmp_path: Path) -> None:
    opened = dt.datetime(2027, 3, 1, 9, 30)
    gone = Recovery(tmp_path / "gone.roadmap", tmp_path / "gone.json", None, 1, opened, True)
    assert gone.modified_at == opened


def test_broken_sidecars_are_skipped_and_good_ones_still_found(tmp_path: Path) -> None:
    rec = tmp_path / "recovery"
    work = WorkFile.create(rec, tmp_path / "plan.roadmap")
    work.working.write_bytes(b"unsaved work")
    data = json.loads(work.sidecar.read_text())
    data.update(pid=999_999_999, dirty=True)  # no such process
    work.sidecar.write_text(json.dumps(data))
    (rec / "garbage.json").write_text("{not json")
    (rec / "partial.json").write_text(json.dumps({"source": None}))
    (rec / "badpid.json").write_text(json.dumps({**data, "pid": "twelve"}))
    found = list_recoveries(rec)
    assert [r.working for r in found] == [work.working]
    assert found[0].source == tmp_path / "plan.roadmap" and found[0].dirty
    assert (rec / "garbage.json").exists()  # not ours to judge: left alone


def test_an_unreadable_recovery_folder_has_nothing_to_offer(tmp_path: Path) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the folder should be")
    assert list_recoveries(blocker / "recovery") == []


def test_on_windows_no_signal_is_ever_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[int, int]] = []

    def kill(pid: int, signal: int) -> None:
        sent.append((pid, signal))  # on Windows this would terminate the process

    monkeypatch.setattr(recovery.sys, "platform", "win32")
    monkeypatch.setattr(recovery.os, "kill", kill)
    monkeypatch.setattr(recovery, "_windows_process_alive", lambda pid: pid == 4242)
    assert process_alive(4242) and not process_alive(4343)
    assert not process_alive(0)
    assert sent == []
