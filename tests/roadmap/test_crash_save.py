"""Kill the process at random moments while it saves or edits.

Whatever moment a saving process dies, the target file is exactly the old
roadmap or exactly the new one, opens cleanly, and the next open leaves
nothing but the file and its rolling backups. Edits made without saving
are offered back after the crash, whole edit by whole edit.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from roadmap.model.entities import ROW_CLASSES
from roadmap.services.files import find_recovery, list_recoveries, open_document, save_document
from roadmap.storage import database, filecheck
from tests.helpers.crash_child import EDIT_STEPS
from tests.helpers.roadmaps import bulk_roadmap

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork() and SIGKILL")


class Zygote:
    """The helper process that forks the savers (tests/helpers/crash_child.py)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.crash_child"], cwd=ROOT,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )

    def ask(self, **command: Any) -> dict[str, Any]:
        """Run one command in a forked child; return what happened to it."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        assert line, "the crash zygote died"
        reply = json.loads(line)
        assert reply["started"], f"the child failed before its work: {reply}"
        assert reply["killed"] or reply["exit"] == 0, f"the child failed: {reply}"
        return reply

    def close(self) -> None:
        """Stop the zygote."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": "quit"}) + "\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    """One zygote for the module."""
    helper = Zygote()
    yield helper
    helper.close()


@pytest.fixture(scope="module")
def roadmaps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The old and new files, their rows, and the snapshots after each edit step."""
    folder = tmp_path_factory.mktemp("roadmaps")
    doc = bulk_roadmap(80)
    old = save_document(doc, folder / "old.roadmap", backups=0)
    doc.close()
    states = []
    doc = open_document(old, recovery_dir=folder / "recovery")
    states.append(doc.snapshot())
    for step in EDIT_STEPS:
        step(doc)
        states.append(doc.snapshot())
    new = save_document(doc, folder / "new.roadmap", backups=0)
    doc.close()
    return {"bytes": old.read_bytes(), "states": states, "new": new,
            "old_rows": raw_rows(old), "new_rows": raw_rows(new)}


def raw_rows(path: Path) -> dict[str, list[tuple]]:
    """Every stored value of every table, read without the ORM (fast, and exact)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
                for table in ("meta", *ROW_CLASSES)}
    finally:
        conn.close()


def reset(target: Path, data: bytes) -> None:
    """Put the old roadmap back at `target`, atomically."""
    temp = target.with_name("reset.tmp")
    temp.write_bytes(data)
    os.replace(temp, target)


def opened_snapshot(target: Path, recovery_dir: Path) -> dict:
    """Open the target as the app would and return its snapshot."""
    doc = open_document(target, recovery_dir=recovery_dir)
    try:
        return doc.snapshot()
    finally:
        doc.close()


def opened_rows(target: Path, recovery_dir: Path) -> dict[str, list[tuple]]:
    """Open the target as the app would (every check runs) and return its stored rows."""
    doc = open_document(target, recovery_dir=recovery_dir)
    try:
        return raw_rows(doc.workfile.working)
    finally:
        doc.close()


def test_killed_saves_leave_the_old_or_the_new_roadmap(zygote, roadmaps, tmp_path) -> None:
    old, new = roadmaps["old_rows"], roadmaps["new_rows"]
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "plan.roadmap"
    allowed = {"plan.roadmap"} | {f"plan.roadmap.{n}.bak" for n in (1, 2, 3)}
    reset(target, roadmaps["bytes"])

    # The whole story once, uninterrupted: open, edit, save.
    timing = zygote.ask(op="save", target=str(target), recovery_dir=str(tmp_path / "child"))
    assert timing["finished"]
    assert opened_snapshot(target, tmp_path / "mine") == roadmaps["states"][-1]
    assert raw_rows(target) == new and old != new
    save_time = timing["elapsed"]

    # Then 40 saves of the new roadmap over the old one, each killed at some moment.
    rng = random.Random(2027)
    plans: list[dict[str, Any]] = [
        {"kill_at": n, "after": after} for n in range(1, 9) for after in (False, True)
    ] + [{"delay": rng.uniform(0, save_time * 1.3)} for _ in range(24)]
    outcomes = {"old": 0, "new": 0}
    for plan in plans:
        reset(target, roadmaps["bytes"])
        reply = zygote.ask(op="save", target=str(target), source=str(roadmaps["new"]),
                           recovery_dir=str(tmp_path / "child"), **plan)
        rows = opened_rows(target, tmp_path / "mine")
        assert rows in (old, new), f"a mixed roadmap after {plan}: {reply}"
        if reply["finished"]:
            assert rows == new, f"save returned but the file is old: {plan}"
        outcomes["old" if rows == old else "new"] += 1
        left = {p.name for p in folder.iterdir()}
        assert left <= allowed, f"left behind after {plan}: {sorted(left - allowed)}"
    for number in (1, 2, 3):
        backup = folder / f"plan.roadmap.{number}.bak"
        if backup.exists():
            assert filecheck.verify(backup) == database.FORMAT_VERSION
            assert raw_rows(backup) in (old, new)
    print(f"save time {save_time * 1000:.1f} ms; outcomes of {len(plans)} kills: {outcomes}")


def test_unsaved_edits_survive_a_kill_and_are_offered_back(zygote, roadmaps, tmp_path) -> None:
    old, new = roadmaps["states"][0], roadmaps["states"][-1]
    target = tmp_path / "plan.roadmap"
    reset(target, roadmaps["bytes"])
    child = tmp_path / "child"
    reply = zygote.ask(op="edit", target=str(target), recovery_dir=str(child))
    assert reply["finished"] and reply["killed"]

    assert opened_snapshot(target, tmp_path / "mine") == old  # the file never changed
    recovery = find_recovery(target, child)
    assert recovery is not None and recovery.pid == reply["pid"]
    doc = open_document(target, recovery_dir=child, recover=True)
    try:
        assert doc.snapshot() == new
        assert doc.is_modified
        save_document(doc)
    finally:
        doc.close()
    assert list_recoveries(child) == []
    assert opened_snapshot(target, tmp_path / "mine") == new


def test_a_kill_in_the_middle_of_editing_recovers_a_whole_edit(zygote, roadmaps,
                                                                tmp_path) -> None:
    """Each edit, and each batch of edits, is one commit: a kill keeps all of it or none."""
    states = roadmaps["states"]
    target = tmp_path / "plan.roadmap"
    rng = random.Random(5)
    plans: list[dict[str, Any]] = [{"kill_at": n} for n in (1, 2, 3, 4, 5)]
    plans += [{"delay": rng.uniform(0, 0.03)} for _ in range(3)]
    recovered = []
    for attempt, plan in enumerate(plans):
        child = tmp_path / f"child{attempt}"
        reply = zygote.ask(op="edit", target=str(_fresh(target, roadmaps)),
                           recovery_dir=str(child), **plan)
        assert reply["killed"]
        recovery = find_recovery(target, child)
        if recovery is None:
            assert "delay" in plan and not reply["finished"]
            assert list(child.iterdir()) == []  # nothing worth keeping, nothing kept
            continue
        doc = open_document(target, recovery_dir=child, recover=True)
        try:
            snapshot = doc.snapshot()
        finally:
            doc.close()
        index = _state_index(snapshot, states)
        assert index is not None, f"recovered a state no edit sequence produces: {plan}"
        recovered.append(index)
    assert recovered[:5] == [0.0, 1.0, 2.0, 3.0, 4.0]
    print(f"recovered states {recovered}")


def _fresh(target: Path, roadmaps: dict[str, Any]) -> Path:
    reset(target, roadmaps["bytes"])
    return target


def _state_index(snapshot: dict, states: list[dict]) -> float | None:
    """Which state a snapshot is: i for after step i (never a state inside a step)."""
    for index, state in enumerate(states):
        if snapshot == state:
            return float(index)
    return None

