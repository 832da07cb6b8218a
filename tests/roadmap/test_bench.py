"""The benchmark runs end to end at a tiny size (a smoke test: no time is asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from main import main
from roadmap.bench.runner import (
    COLD_START,
    QT_FLOOR,
    STAGES,
    Record,
    Stage,
    best_of,
    format_table,
    growth,
    make_record,
    run_bench,
    server_stages_left_out,
    target_for,
    to_json,
)

KEYS = {"size", "stage", "seconds", "peak_mb", "target_seconds", "ok"}
VERDICTS = {"meets target", "MISSES target", "no target", "failed", "not run"}


def stage(name: str) -> Stage:
    """The Stage called `name`."""
    return next(s for s in (*STAGES, COLD_START) if s.name == name)


def test_the_pack_is_held_to_dot_and_the_deck_to_the_pack() -> None:
    """The PDF within 0.7x dot -Tpdf of the same graph, the deck within the PDF's time."""
    assert (stage("boardpack").peers, stage("boardpack").max_ratio) == (("dot-pdf",), 0.7)
    assert (stage("deck").peers, stage("deck").max_ratio) == (("boardpack",), 1.0)
    names = [s.name for s in STAGES]
    assert names.index("dot-pdf") < names.index("boardpack") < names.index("deck")


def test_targets_are_section_8_up_to_2000_and_linear_beyond() -> None:
    assert target_for(stage("open"), 200) == 0.5
    assert target_for(stage("open"), 2000) == 0.5
    assert target_for(stage("open"), 10_000) == pytest.approx(2.5)
    assert target_for(stage("analysis"), 2000) == 0.2
    assert target_for(stage("boardpack"), 2000) is None  # held to dot -Tpdf instead
    assert target_for(stage("window"), 2000) == 2.0
    assert target_for(COLD_START, 0) is None  # held to a bare Qt window instead
    assert (COLD_START.peers, COLD_START.max_ratio) == ((QT_FLOOR.name,), 2.0)
    assert target_for(stage("layout"), 2000) is None


def test_interactions_are_held_to_100_ms_at_2000_and_250_ms_at_10000() -> None:
    for name in ("select", "edit", "add", "delete", "undo", "redo", "switch", "drag"):
        assert target_for(stage(name), 200) == 0.1
        assert target_for(stage(name), 2000) == 0.1
        assert target_for(stage(name), 10_000) == pytest.approx(0.25)
        assert target_for(stage(name), 6000) == pytest.approx(0.175)


def test_records_carry_verdict_and_floor_ratio() -> None:
    floors = {"sqlite-floor": 0.01}
    fast = make_record(stage("open"), 2000,
                       {"seconds": 0.2, "cpu_seconds": 0.15, "peak_mb": 80.0}, floors)
    assert fast.cpu_seconds == 0.15
    assert (fast.ok, fast.verdict, fast.floor, fast.ratio) == (True, "meets target",
                                                               "sqlite3 read", 20.0)
    slow = make_record(stage("open"), 2000, {"seconds": 0.9, "peak_mb": 80.0}, floors)
    assert (slow.ok, slow.verdict) == (False, "MISSES target")
    broken = make_record(stage("layout"), 2000, {"error": "ValueError: x"}, {})
    assert broken.verdict == "failed" and broken.note == "ValueError: x"
    assert (broken.seconds, broken.ok) == (None, None)
    table = format_table([fast, broken])
    assert "failed [1]" in table and "[1] ValueError: x" in table
    assert "20x sqlite3 read" in table


def test_a_stage_held_to_its_peers_is_judged_by_the_ratio() -> None:
    peers = {"open": 0.2, "load": 0.1}
    server = stage("server-open")
    near = make_record(server, 2000, {"seconds": 0.45, "peak_mb": 90.0}, peers)
    assert (near.ratio, near.ok, near.floor) == (1.5, True, "file open + load")
    assert near.max_ratio == 2.0 and near.target_seconds is None
    far = make_record(server, 2000, {"seconds": 0.9, "peak_mb": 90.0}, peers)
    assert (far.ratio, far.verdict) == (3.0, "MISSES target")
    alone = make_record(server, 2000, {"seconds": 0.9, "peak_mb": 90.0}, {"open": 0.2})
    assert (alone.ratio, alone.ok) == (None, None)
    assert "2x peer" in format_table([near])


def test_server_stages_without_a_server_are_not_run_and_say_why(tmp_path: Path) -> None:
    records = run_bench([20], work=tmp_path, stages=["server-edit"], cold_start=False)
    assert [r.stage for r in records] == ["generate + save", "server edit round trip"]
    skipped = records[1]
    assert skipped.verdict == "not run" and "--server" in skipped.note
    assert "not run [1]" in format_table(records)


def test_asking_for_a_stage_brings_its_peers(tmp_path: Path) -> None:
    records = run_bench([20], work=tmp_path, stages=["server-open"], cold_start=False)
    assert [r.stage for r in records] == [
        "generate + save", "open", "load every row (ORM)", "open from a PostgreSQL server"]


def test_growth_compares_two_sizes() -> None:
    records = [Record(2000, "open", 0.4, 70, 0.5, True, "meets target"),
               Record(10_000, "open", 2.0, 200, 2.5, True, "meets target")]
    assert growth(records) == {"open": 5.0}


def test_best_of_keeps_the_fastest_run_and_the_highest_peak() -> None:
    runs = iter([{"seconds": 0.3, "peak_mb": 50.0}, {"seconds": 0.1, "peak_mb": 40.0},
                 {"seconds": 0.2, "peak_mb": 60.0}])
    assert best_of(3, lambda: next(runs)) == {"seconds": 0.1, "peak_mb": 60.0}
    failing = iter([{"seconds": 0.3, "peak_mb": 50.0}, {"error": "boom"}])
    assert best_of(3, lambda: next(failing)) == {"error": "boom"}


@pytest.mark.slow
def test_bench_runs_every_stage_at_a_tiny_size(tmp_path: Path) -> None:
    seen: list[Record] = []
    records = run_bench([50], work=tmp_path, progress=seen.append)
    assert seen == records
    assert [r.stage for r in records] == [QT_FLOOR.label, COLD_START.label] + [
        s.label for s in STAGES if not s.needs_server]
    for record in records:
        assert record.verdict in VERDICTS, record
        if record.seconds is None:
            assert record.note, record
        else:
            assert record.seconds >= 0 and record.cpu_seconds >= 0 and record.peak_mb > 10
    measured = {r.stage: r for r in records if r.seconds is not None}
    for label in ("generate + save", "floor: sqlite3 read", "open", "load every row (ORM)",
                  "floor: networkx toposort", "analysis",
                  "full analysis (on opening)", "auto-schedule", "graph layout"):
        assert label in measured, [(r.stage, r.verdict, r.note) for r in records]
    assert measured["open"].ratio is not None
    assert measured["analysis"].ratio is not None
    cold = measured[COLD_START.label]
    assert cold.floor == "bare Qt window" and cold.max_ratio == 2.0
    # the record's seconds are rounded, its ratio is not: compare to the rounding
    assert cold.ratio == pytest.approx(cold.seconds / measured[QT_FLOOR.label].seconds, abs=0.02)
    assert cold.ok is (cold.ratio <= 2.0)
    assert (tmp_path / "generated-50.roadmap").is_file()
    rows = json.loads(to_json(records))
    assert all(set(row) >= KEYS for row in rows)


def test_bench_command_writes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    code = main(["bench", "--sizes", "30", "--stages", "open", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "open" in printed and "target" in printed
    rows = json.loads(out.read_text(encoding="utf-8"))
    # The stage asked for brings its floor along, so that its ratio is measured.
    assert [row["stage"] for row in rows] == ["generate + save", "floor: sqlite3 read", "open"]
    assert rows[2]["size"] == 30 and rows[2]["target_seconds"] == 0.5
    assert isinstance(rows[2]["ok"], bool) and rows[2]["ratio"] > 0


def test_bench_command_refuses_bad_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bench", "--sizes", "two"])
    assert "not a list of sizes" in capsys.readouterr().err


def test_bench_command_refuses_a_server_that_is_not_an_address(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", "--sizes", "20", "--server", "localhost"]) == 2
    assert "--server localhost is not a postgresql:// address" in capsys.readouterr().err



def test_a_default_run_without_a_server_leaves_the_server_stages_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def fake_stage(stage: Stage, *args: object, **kwargs: object) -> dict[str, float]:
        ran.append(stage.name)
        return {"seconds": 0.01, "peak_mb": 1.0}

    monkeypatch.setattr("roadmap.bench.runner.run_stage", fake_stage)
    records = run_bench([20], work=tmp_path, cold_start=False)
    servers = [s.name for s in STAGES if s.needs_server]
    assert servers and not set(servers) & set(ran)
    assert {r.verdict for r in records} <= {"meets target", "no target", "MISSES target"}
    assert all(r.seconds is not None for r in records)
    assert server_stages_left_out(None, None) == servers
    assert server_stages_left_out(None, "postgresql://localhost/db") == []
    assert server_stages_left_out(["server-open"], None) == []


def test_graphviz_is_not_run_above_the_size_it_finishes_at(tmp_path: Path) -> None:
    from roadmap.bench.runner import DOT_MAX_SIZE

    records = run_bench([DOT_MAX_SIZE + 1], work=tmp_path, stages=["dot-pdf"], cold_start=False)
    dot = next(r for r in records if r.stage == "peer: graphviz dot -Tpdf of the graph")
    assert dot.verdict == "not run" and dot.seconds is None
    assert "graphviz dot takes many minutes above 2,000 initiatives" in dot.note
