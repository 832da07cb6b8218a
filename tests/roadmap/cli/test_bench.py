"""`crossroads bench` around the benchmark (never run here): sizes, growth, failures to write.

The runner is replaced by a stub that returns records, so these tests check
what the command prints and how it fails, not how fast anything is.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest

from main import main
from roadmap.bench import runner
from roadmap.bench.runner import STAGES, Record, make_record


def _records(sizes: list[int], **_kwargs: Any) -> list[Record]:
    stage = next(s for s in STAGES if s.name == "analysis")
    return [make_record(stage, size, {"seconds": 0.01 * size / 200, "peak_mb": 90.0}, {})
            for size in sizes]


def test_sizes_that_are_not_numbers_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["bench", "--sizes", "200,lots"])
    assert caught.value.code == 2
    assert "'200,lots' is not a list of sizes like 200,2000,10000" in capsys.readouterr().err


def test_growth_between_the_sizes_is_reported(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(runner, "run_bench", _records)
    assert main(["bench", "--sizes", "200,2000"]) == 0
    out = capsys.readouterr().out
    assert "Growth from 200 to 2,000 initiatives (linear would be 10x): analysis 10x" in out


def test_a_keep_folder_that_cannot_be_written_is_reported_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def denied(*_args: Any, **_kwargs: Any) -> list[Record]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(runner, "run_bench", denied)
    keep = tmp_path / "keep"
    assert main(["bench", "--sizes", "200", "--keep", str(keep)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"crossroads: Cannot write {keep}: Permission denied"


def test_json_that_cannot_be_written_is_reported_after_the_table(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(runner, "run_bench", _records)
    target = tmp_path / "bench.json"

    def full(*_args: Any, **_kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    assert main(["bench", "--sizes", "200", "--json", str(target)]) == 2
    captured = capsys.readouterr()
    assert "analysis" in captured.out  # the table was printed before the failure
    assert captured.err.strip() == f"crossroads: Cannot write {target}: No space left on device"
    assert not target.exists()
