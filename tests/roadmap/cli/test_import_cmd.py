"""`crossroads import` refusals and progress: bad --map, a missing folder, big sheets.

Every refusal is one line on stderr with exit status 2, and nothing is
written; a big sheet reports progress on stderr so a long import is not
mistaken for a hang.
"""

from __future__ import annotations

import csv
from pathlib import Path

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
