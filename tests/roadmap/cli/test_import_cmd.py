"""`crossroads import` refusals and progress: bad --map, a missing folder, big sheets.

Every refusal is one line on stderr with exit status 2, and nothing is
written; a big sheet reports progress on stderr so a long import is not
mistaken for a hang.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from main import main
from roadmap.cli import import_cmd


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _sheet(path: Path, rows: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Title", "Start", "End"])
        for n in range(rows):
            writer.writerow([f"Initiative {n}", "2027-01-04", "2027-03-31"])
    return path


def test_a_map_without_equals_sign_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "plan.csv", 1)
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--map", "Project"]) == 2
    assert capsys.readouterr().err.strip() == (
        "crossroads: --map 'Project': write it as HEADER=FIELD")
    assert not target.exists()


def test_a_roadmap_in_a_missing_folder_is_refused_before_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "plan.csv", 1)
    target = tmp_path / "nowhere" / "plan.roadmap"
    assert main(["import", str(target), str(sheet)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"crossroads: folder {target.parent} does not exist")


def test_a_big_sheet_reports_progress_in_tenths_on_stderr(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(import_cmd, "BIG", 20)
    sheet = _sheet(tmp_path / "plan.csv", 40)
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--dry-run"]) == 0
    err = capsys.readouterr().err.splitlines()
    checking = [line for line in err if line.startswith("Checking: ")]
    assert checking and checking[-1] == "Checking: 40 of 40"
    assert len(checking) == len(set(checking)) <= 11  # at most once per tenth
    assert not target.exists()


def test_a_small_sheet_prints_no_progress(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = _sheet(tmp_path / "plan.csv", 3)
    assert main(["import", str(tmp_path / "plan.roadmap"), str(sheet), "--dry-run"]) == 0
    assert capsys.readouterr().err == ""


def _leftovers(folder: Path, *keep: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p not in keep)


def test_a_new_file_is_a_normal_roadmap_and_the_collector_runs_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gc
    import sqlite3

    folder = tmp_path / "out"
    folder.mkdir()
    sheet = _sheet(tmp_path / "plan.csv", 30)
    target = folder / "plan.roadmap"
    assert gc.isenabled()
    assert main(["import", str(target), str(sheet)]) == 0
    assert gc.isenabled()  # paused for the import only
    assert _leftovers(folder, target) == []  # no journal, no temporary file beside it
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("SELECT count(*) FROM initiative").fetchone() == (30,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert _leftovers(folder, target) == []


def test_a_refused_or_failed_import_into_a_new_file_writes_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from roadmap.model.errors import ValidationError
    from roadmap.services import bulk

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.roadmap"
    monkeypatch.setattr(import_cmd, "BIG", 20)
    bad = _sheet(tmp_path / "bad.csv", 40)
    bad.write_text(bad.read_text(encoding="utf-8") + "Late,2027-05-01,2027-02-01\n",
                   encoding="utf-8")
    assert main(["import", str(target), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "Row 42, column 'End' (C): end date 2027-02-01 is before start date 2027-05-01" \
        in captured.out and "nothing was imported" in captured.out
    assert "Checking: 41 of 41" in captured.err
    assert _leftovers(folder) == []
    written = bulk.create_rows

    def failing(*args: Any, **kwargs: Any) -> Any:
        written(*args, **kwargs)
        raise ValidationError("title", "the disk is full")  # after the rows went in

    from roadmap.spreadsheet import apply

    monkeypatch.setattr(apply, "create_rows", failing)
    good = _sheet(tmp_path / "good.csv", 40)
    assert main(["import", str(target), str(good)]) == 2
    assert "the disk is full" in capsys.readouterr().err
    assert _leftovers(folder) == []
    state = tmp_path / "state"
    assert state.is_dir() and [p for p in state.rglob("*") if p.is_file()] == []  # its copy
