"""Exports replace their target in one move: a failed write leaves the old file as it was."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack
from roadmap.model import atomic
from roadmap.model.atomic import write_atomically
from roadmap.model.errors import RoadmapWriteError
from roadmap.samples.bundled import build_sample
from roadmap.spreadsheet.export import export_sheet

OLD = b"the old file, which must survive"


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fsync fails as on a full disk, after the bytes were handed over."""
    def fail(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(atomic.os, "fsync", fail)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_write_atomically_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)
    target.chmod(0o640)
    assert write_atomically(target, lambda s: s.write(b"new")) == 3
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path) == []


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(OLD)

    def half(stream: BinaryIO) -> None:
        stream.write(b"half a")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_atomically(target, half)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_a_missing_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(RoadmapWriteError, match="Cannot write"):
        write_atomically(tmp_path / "nope" / "x.pdf", lambda s: s.write(b"x"))


@pytest.mark.parametrize("name", ["pack.pdf", "sheet.csv", "sheet.xlsx", "deck.pptx"])
def test_a_full_disk_leaves_every_export_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    doc = build_sample()
    target = tmp_path / name
    target.write_bytes(OLD)
    _full_disk(monkeypatch)
    with pytest.raises(RoadmapWriteError, match="No space left"):
        if name.endswith(".pdf"):
            export_board_pack(doc, target, BoardPackOptions(
                sections=Sections.SUMMARY, as_of=dt.date(2027, 3, 1)))
        elif name.endswith(".pptx"):
            from roadmap.deck import export_deck
            export_deck(doc, target, BoardPackOptions(as_of=dt.date(2027, 3, 1)))
        else:
            export_sheet(doc, target)
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []
