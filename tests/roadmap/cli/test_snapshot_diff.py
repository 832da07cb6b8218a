"""`crossroads snapshot` and `crossroads diff` on real files: what they print and refuse."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from main import main
from roadmap.services.files import open_document, save_document
from roadmap.storage import database, filecheck
from tests.helpers.roadmaps import small_roadmap


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """The small roadmap saved to a file."""
    doc = small_roadmap()
    path = save_document(doc, tmp_path / "plan.roadmap")
    doc.close()
    return path


def test_take_list_rename_and_delete(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["snapshot", str(plan), "--name", "Board Q1"]) == 0
    assert "Took snapshot 'Board Q1' of 3 initiatives" in capsys.readouterr().out
    assert filecheck.verify(plan) == database.FORMAT_VERSION
    assert main(["snapshot", str(plan)]) == 0  # 'Board <date>'
    assert main(["snapshot", str(plan), "--list"]) == 0
    out = capsys.readouterr().out
    assert "Board Q1" in out and f"Board {dt.date.today().day} " in out
    assert main(["snapshot", str(plan), "--rename", "board q1", "Board March"]) == 0
    assert "Renamed snapshot 'Board Q1' to 'Board March'" in capsys.readouterr().out
    assert main(["snapshot", str(plan), "--delete", "Board March"]) == 0
    doc = open_document(plan)
    try:
        assert len(doc.snapshots.all()) == 1
    finally:
        doc.close()


@pytest.mark.parametrize(("name", "message"), [
    ("", "a snapshot needs a name"),
    ("x" * 200, "a snapshot name has at most 120"),
    ("Board Q1", "a snapshot named 'Board Q1' already exists"),
])
def test_bad_names_are_one_line(plan: Path, capsys: pytest.CaptureFixture[str], name: str,
                                message: str) -> None:
    main(["snapshot", str(plan), "--name", "Board Q1"])
    capsys.readouterr()
    assert main(["snapshot", str(plan), "--name", name]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_diff_names_the_slip_and_the_new_initiative(plan: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    main(["snapshot", str(plan), "--name", "Board Q1"])
    doc = open_document(plan)
    try:
        doc.initiatives.update(1, end=dt.date(2027, 8, 11))
        doc.initiatives.create(title="Subscription garden boxes")
        save_document(doc)
    finally:
        doc.close()
    capsys.readouterr()
    assert main(["diff", str(plan), "--since", "Board Q1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"][0]["initiative"] == "Subscription garden boxes"
    assert data["moved"][0]["initiative"] == "Replatform storefront"
    assert data["moved"][0]["end_weeks"] == 6.0
    assert main(["diff", str(plan), "--since", "Board Q1"]) == 0
    assert "slipped, end 2027-06-30 -> 2027-08-11 (+6 weeks)" in capsys.readouterr().out


def test_an_unknown_snapshot_lists_the_known_ones(plan: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    main(["snapshot", str(plan), "--name", "Board Q1"])
    capsys.readouterr()
    assert main(["diff", str(plan), "--since", "No such board"]) == 2
    err = capsys.readouterr().err
    assert err == ("crossroads: There is no snapshot named 'No such board' "
                   "(known: 'Board Q1').\n")
