"""The benchmark's stages, run in-process on a small generated roadmap.

The runner starts each stage in its own process, where coverage and
failures are hard to see; here each stage function is called directly with
the Namespace its process would parse, and must time itself (a positive
Timing) and do its work (the file written, the PDF exported, ...).
"""

from __future__ import annotations

import argparse
import json
import shutil

import pytest

from roadmap.bench.stages import (
    RESULT_PREFIX,
    STAGES,
    Clock,
    Timing,
    child_parser,
    peak_mb,
    run_child,
    stage_boardpack,
    stage_generate,
)
from roadmap.model.entities import Initiative
from roadmap.services.files import open_document

SIZE = 12


@pytest.fixture(scope="module")
def args(tmp_path_factory: pytest.TempPathFactory) -> argparse.Namespace:
    """The arguments a stage process gets, with the roadmap already generated."""
    work = tmp_path_factory.mktemp("bench")
    namespace = child_parser(list(STAGES)).parse_args(
        ["generate", "--file", str(work / "bench.roadmap"), "--size", str(SIZE),
         "--work", str(work)])
    timing = stage_generate(namespace)
    assert timing.seconds > 0 and timing.cpu_seconds > 0
    return namespace


def test_generate_saves_a_roadmap_of_the_requested_size(args: argparse.Namespace) -> None:
    doc = open_document(args.file, recovery_dir=args.work / "check-recovery")
    try:
        assert len(doc.all(Initiative)) == SIZE
    finally:
        doc.close()


@pytest.mark.parametrize("name", sorted(set(STAGES) - {"generate", "boardpack"}))
def test_each_stage_times_itself_and_leaves_the_file_as_it_was(
        args: argparse.Namespace, name: str) -> None:
    if name == "dot-pdf" and shutil.which("dot") is None:
        pytest.skip("graphviz dot is not installed")
    before = args.file.read_bytes()
    timing = STAGES[name](args)
    assert isinstance(timing, Timing)
    assert timing.seconds > 0 and timing.cpu_seconds >= 0
    # Stages read the benchmark file (schedule edits an open working copy only).
    assert args.file.read_bytes() == before


def test_boardpack_stage_writes_the_pdf_into_the_work_folder(args: argparse.Namespace) -> None:
    timing = stage_boardpack(args)
    pdf = args.work / f"board-{SIZE}.pdf"
    assert timing.seconds > 0 and timing.cpu_seconds > 0
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_run_child_prints_one_result_line_the_runner_can_parse(
        args: argparse.Namespace, capsys: pytest.CaptureFixture[str]) -> None:
    code = run_child(STAGES, ["sqlite-floor", "--file", str(args.file), "--size", str(SIZE),
                              "--work", str(args.work)])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(RESULT_PREFIX)
    payload = json.loads(lines[0].removeprefix(RESULT_PREFIX))
    assert set(payload) == {"seconds", "cpu_seconds", "peak_mb"}
    assert payload["seconds"] > 0 and payload["peak_mb"] > 0


def test_child_parser_refuses_an_unknown_stage() -> None:
    with pytest.raises(SystemExit):
        child_parser(["open"]).parse_args(["paint", "--file", "f", "--size", "1", "--work", "w"])


def test_clock_and_peak_memory_measure_something() -> None:
    clock = Clock()
    sum(range(10_000))
    timing = clock.stop()
    assert timing.seconds > 0 and timing.cpu_seconds >= 0
    assert peak_mb() > 10  # an interpreter with SQLAlchemy loaded is well over 10 MiB
