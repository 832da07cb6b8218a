"""Opening and saving when the disk misbehaves: refused with a reason, nothing left behind.

A save that fails must leave the file on disk as it was and say why; an
open that fails must not leave a working copy in the recovery folder that
the next start would offer back as unsaved work.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from roadmap.model.errors import RoadmapFileError
from roadmap.services import files
from roadmap.services.files import (
    RoadmapSaveError,
    backup_path,
    new_document,
    open_document,
    remove_save_leftovers,
    save_document,
)
from tests.helpers.roadmaps import small_roadmap


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    doc = small_roadmap()
    path = save_document(doc, tmp_path / "plan.roadmap")
    doc.close()
    return path


def _failing(error: OSError):  # type: ignore[no-untyped-def]
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error
    return fail


def test_an_unreadable_file_is_refused_and_leaves_no_working_copy(
        plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rec = tmp_path / "recovery"
    monkeypatch.setattr(files.shutil, "copyfile",
                        _failing(PermissionError(errno.EACCES, "Permission denied")))
    with pytest.raises(RoadmapFileError) as caught:
        open_document(plan, recovery_dir=rec)
    assert caught.value.reason == "cannot be read (Permission denied)"
    assert list(rec.iterdir()) == []


def test_a_new_roadmap_without_a_writable_recovery_folder_says_how_to_fix_it(
        tmp_path: Path) -> None:
    blocker = tmp_path / "state-file"
    blocker.write_text("not a folder")
    with pytest.raises(RoadmapFileError) as caught:
        new_document(recovery_dir=blocker / "recovery")
    assert str(caught.value).startswith("Cannot open a new roadmap: no working copy can be made")
    assert "set XDG_STATE_HOME to a folder you can write to" in caught.value.reason


def test_saving_onto_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "plan.roadmap"
    folder.mkdir()
    with pytest.raises(RoadmapSaveError) as caught:
        save_document(small_roadmap(), folder)
    assert caught.value.reason == "it is a folder"
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_the_file_unchanged_and_no_temp_files(
        plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan.read_bytes()
    doc = small_roadmap()
    doc.roadmap.update(title="Changed")
    monkeypatch.setattr(files, "_write_snapshot",
                        _failing(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(RoadmapSaveError) as caught:
        save_document(doc, plan)
    assert caught.value.reason == "No space left on device; the file on disk is unchanged"
    assert plan.read_bytes() == before
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.roadmap"]
    assert doc.is_modified


def test_a_disk_that_cannot_flush_the_file_refuses_the_save(
        plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan.read_bytes()
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if not os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    doc = small_roadmap()
    with pytest.raises(RoadmapSaveError, match="Input/output error; the file on disk is "):
        save_document(doc, plan)
    assert plan.read_bytes() == before
    assert sorted(p.name for p in plan.parent.iterdir()) == ["plan.roadmap"]


def test_a_folder_that_cannot_be_flushed_does_not_stop_the_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows cannot open or flush a folder; the rename needs no folder flush there.
    real_open, real_fsync = os.open, os.fsync

    def open_(path: object, flags: int, *args: int) -> int:
        if os.path.isdir(str(path)):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "open", open_)
    target = save_document(small_roadmap(), tmp_path / "plan.roadmap")
    assert target.is_file()
    monkeypatch.setattr(files.os, "open", real_open)

    def fsync(fd: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    doc = small_roadmap()
    doc.roadmap.update(title="Second save")
    save_document(doc, target)
    assert not doc.is_modified
    reopened = open_document(target, recovery_dir=tmp_path / "recovery")
    assert reopened.info.title == "Second save"
    reopened.close()


def test_backups_are_copied_where_hard_links_are_not_supported(
        plan: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan.read_bytes()
    monkeypatch.setattr(files.os, "link", _failing(OSError(errno.EPERM, "Operation not permitted")))
    doc = small_roadmap()
    doc.roadmap.update(title="Newer")
    save_document(doc, plan)
    assert backup_path(plan, 1).read_bytes() == before
    assert plan.read_bytes() != before


def test_only_files_named_like_a_save_in_progress_are_removed(plan: Path) -> None:
    lookalike = plan.with_name(".plan.roadmap.~notes.txt")
    lookalike.write_text("the user's own file")
    mine = plan.with_name(f".plan.roadmap.~{os.getpid()}-00ff.saving")
    mine.write_bytes(b"half written")
    assert remove_save_leftovers(plan) == [mine]
    assert lookalike.read_text() == "the user's own file"
