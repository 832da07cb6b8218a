"""`main.py check FILE`: text and JSON reports, --fail-on exit status, clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from main import main
from roadmap.cli.check import check_document
from roadmap.samples.bundled import write_sample
from roadmap.services.files import save_document

from .rules_builder import RoadmapBuilder


@pytest.fixture(autouse=True)
def private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Working copies go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("sample") / "sample.roadmap")


def low_only_file(tmp_path: Path) -> Path:
    b = RoadmapBuilder()
    b.initiative("Free", budget=None)  # CR104, low
    return save_document(b.doc, tmp_path / "low.roadmap")


def test_text_report_groups_by_severity(sample_file: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_file)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Crossroads check: ")
    high, medium, low = out.index("\nHIGH ("), out.index("\nMEDIUM ("), out.index("\nLOW (")
    assert high < medium < low
    assert "  CR101 IT alone: No business department leads" in out
    assert "        Suggestion: " in out
    assert "        Accepted by " in out
    assert "Result: 8 open findings at or above high severity." in out


def test_json_report_is_stable_and_complete(sample_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample_file), "--format", "json", "--fail-on", "never"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "crossroads-check" and report["version"] == 1
    assert report["failed"] is False and report["fail_on"] == "never"
    assert set(report["summary"]["open"]) == {"high", "medium", "low"}
    assert report["summary"]["total"] == len(report["findings"])
    keys = {"code", "severity", "title", "subject", "initiative_id", "initiative_title",
            "initiative_ids", "message", "suggestion", "accepted", "acceptance"}
    assert all(set(f) == keys for f in report["findings"])
    it_alone = next(f for f in report["findings"] if f["code"] == "CR101")
    assert it_alone["initiative_id"] == int(it_alone["subject"].split(":")[1])
    assert it_alone["initiative_title"] in it_alone["message"]
    cycle = next(f for f in report["findings"] if f["code"] == "CR201")
    assert cycle["initiative_id"] is None and len(cycle["initiative_ids"]) == 3
    accepted = [f for f in report["findings"] if f["accepted"]]
    assert accepted and all(set(f["acceptance"]) == {"reason", "accepted_by", "accepted_at"}
                            for f in accepted)
    assert all(f["acceptance"] is None for f in report["findings"] if not f["accepted"])


@pytest.mark.parametrize(("fail_on", "status"), [
    ("high", 0), ("medium", 0), ("low", 1), ("never", 0),
])
def test_fail_on_threshold(tmp_path: Path, fail_on: str, status: int,
                           capsys: pytest.CaptureFixture[str]) -> None:
    path = low_only_file(tmp_path)
    assert main(["check", str(path), "--fail-on", fail_on]) == status
    out = capsys.readouterr().out
    assert "CR104 No budget" in out
    recovery = tmp_path / "state" / "crossroads" / "recovery"
    assert not recovery.exists() or list(recovery.iterdir()) == []  # working copy removed


def test_accepted_findings_do_not_fail(tmp_path: Path) -> None:
    b = RoadmapBuilder()
    key = b.initiative("Free", budget=None)
    b.doc.acceptances.accept("CR104", f"initiative:{key}", "Funded later", "CIO")
    out = io.StringIO()
    assert check_document(b.doc, fail_on="low", out=out) == 0
    assert "Accepted by CIO" in out.getvalue()
    assert "Result: no open finding at or above low severity." in out.getvalue()


def test_clean_roadmap_passes() -> None:
    b = RoadmapBuilder()
    b.initiative("Clean")
    out = io.StringIO()
    assert check_document(b.doc, fmt="json", fail_on="low", out=out) == 0
    assert json.loads(out.getvalue())["findings"] == []


def test_bad_setting_is_a_warning_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    b = RoadmapBuilder()
    b.doc.settings.put("CR303.max_share_percent", "lots")
    assert check_document(b.doc, out=io.StringIO()) == 0
    assert capsys.readouterr().err == (
        "crossroads: warning: setting CR303.max_share_percent: 'lots' is not a number; "
        "using 40\n")


@pytest.mark.parametrize("content", [None, b"not a roadmap at all", b""])
def test_bad_file_is_one_line_and_exit_2(tmp_path: Path, content: bytes | None,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.roadmap"
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("crossroads: Cannot open ")


def test_bad_option_exits_2(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["check", str(sample_file), "--fail-on", "critical"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'critical'" in capsys.readouterr().err
