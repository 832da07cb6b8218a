"""The benchmark: time and peak memory of every stage on generated roadmaps.

For each size it generates and saves a roadmap, then runs each stage in a
fresh Python process (roadmap/bench/stages.py for the core, `python -m
ui.bench` for the Qt stages, offscreen) and collects one record per stage:

    {"size": 2000, "stage": "open", "seconds": 0.21, "peak_mb": 88.4,
     "target_seconds": 0.5, "ok": true, "verdict": "meets target",
     "cpu_seconds": 0.2, "floor": "sqlite3 read", "ratio": 6.3, "note": ""}

`seconds` is wall time (perf_counter) of the stage alone and decides the
verdict; `cpu_seconds` is the CPU time the stage's process spent on it,
which shows the stage's own cost when other work shares the machine (the
window and cold-start stages count from the process's launch, so theirs
include start-up). `peak_mb` is the
peak resident set size of the stage's process (VmHWM: interpreter,
imports and inputs included). `target_seconds` is the product's target at 2,000
initiatives and below; above 2,000 it grows linearly with the size (the targets
say cost grows linearly). `ok` is null when there is no target or no
measurement. Two floors run in the same benchmark, a raw sqlite3 read of
the same rows and a bare networkx topological sort of the same dependency
graph; `ratio` is our time divided by the floor's. A stage may instead be
held against a peer measured in the same run (the server's open against
the file's open and load): `ratio` is then our time over the peer's, and
`max_ratio` the most it may be. A stage that fails is reported as "failed"
with its error, never skipped silently; a stage with a `max_size` (graphviz
dot) is reported as "not run", with why, above it. Without a server (`--server`) a
default run leaves the server stages out (`server_stages_left_out` says
so), and a server stage asked for by name is reported as "not run".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import cast

from roadmap.bench.server_stages import SERVER_ENV
from roadmap.bench.stages import RESULT_PREFIX, StageResult

DEFAULT_SIZES = (200, 2000, 10_000)
TARGET_SIZE = 2000
"""The size at which the product states its targets."""
LAUNCHED_ENV = "CROSSROADS_BENCH_LAUNCHED"
"""Tells a stage process when it was launched (time.time()), for the cold start."""
STAGE_TIMEOUT = 900
"""Seconds after which a stage process is stopped and reported as failed."""

_ROOT = Path(__file__).resolve().parents[2]

DOT_MAX_SIZE = TARGET_SIZE
"""graphviz dot lays out 2,000 initiatives in a second or two, 10,000 in many minutes: the
peer runs up to the size the board pack is held to it at."""
DOT_TOO_BIG = (f"graphviz dot takes many minutes above {DOT_MAX_SIZE:,} initiatives; the "
               f"board pack is held to it at {TARGET_SIZE:,}")


@dataclass(frozen=True)
class Stage:
    """One measured stage: label, which process runs it, target, floor to compare with."""

    name: str
    label: str
    module: str
    target: float | None = None
    floor: str | None = None
    target_10k: float | None = None
    """The target at 10,000 when it is not simply linear (interactions: 0.25 s)."""
    peers: tuple[str, ...] = ()
    """Stages of the same run whose times, summed, this stage is compared with."""
    max_ratio: float | None = None
    """The most this stage may take as a multiple of its peers (replaces a target)."""
    max_size: int | None = None
    """Above this many initiatives the stage is reported as not run (with why)."""

    @property
    def needs_server(self) -> bool:
        """True for the stages measured on a PostgreSQL server."""
        return self.module == SERVER_MODULE


SERVER_MODULE = "roadmap.bench.server_stages"

STAGES: tuple[Stage, ...] = (
    Stage("generate", "generate + save", "roadmap.bench.stages"),
    Stage("sqlite-floor", "floor: sqlite3 read", "roadmap.bench.stages"),
    Stage("open", "open", "roadmap.bench.stages", 0.5, "sqlite-floor"),
    Stage("load", "load every row (ORM)", "roadmap.bench.stages", None, "sqlite-floor"),
    Stage("toposort-floor", "floor: networkx toposort", "roadmap.bench.stages"),
    # "analysis" is what the app runs after each edit: the incremental analysis.
    Stage("analysis", "analysis", "roadmap.bench.stages", 0.2, "toposort-floor"),
    Stage("full-analysis", "full analysis (on opening)", "roadmap.bench.stages", None,
          "toposort-floor"),
    Stage("schedule", "auto-schedule", "roadmap.bench.stages", None, "toposort-floor"),
    Stage("layout", "graph layout", "roadmap.bench.stages", None, "toposort-floor"),
    Stage("crossings", "map edge crossings vs dot", "roadmap.bench.stages"),
    Stage("dot-pdf", "peer: graphviz dot -Tpdf of the graph", "roadmap.bench.stages",
          max_size=DOT_MAX_SIZE),
    Stage("boardpack", "board pack export", "roadmap.bench.stages",
          peers=("dot-pdf",), max_ratio=0.7),
    Stage("deck", "PowerPoint deck export", "roadmap.bench.stages",
          peers=("boardpack",), max_ratio=1.0),
    Stage("snapshot", "take a snapshot", "roadmap.bench.stages", 0.5),
    Stage("compare", "compare with a snapshot", "roadmap.bench.stages", 0.3),
    Stage("server-open", "open from a PostgreSQL server", SERVER_MODULE,
          peers=("open", "load"), max_ratio=2.0),
    Stage("server-edit", "server edit round trip", SERVER_MODULE, 0.05),
    Stage("server-load", "server: 10 editors x 200 edits", SERVER_MODULE),
    Stage("window", "main window ready", "ui.bench.stages", 2.0),
    Stage("select", "select an initiative", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("edit", "edit a field", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("add", "add an initiative", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("delete", "delete an initiative", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("undo", "undo", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("redo", "redo", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("switch", "switch view", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("drag", "drag a bar", "ui.bench.stages", 0.1, target_10k=0.25),
    Stage("timeline", "timeline full repaint", "ui.bench.stages"),
    Stage("graph", "graph view full repaint", "ui.bench.stages"),
)
QT_FLOOR = Stage("qt-floor", "floor: bare Qt window", "")
"""From process start to a bare QMainWindow shown: what any PySide6 app pays."""
COLD_START = Stage("cold-start", "cold start with the sample", "ui.bench.stages",
                   peers=(QT_FLOOR.name,), max_ratio=2.0)
"""Measured once per run, from process start to a usable window on the sample,
and held to at most twice the bare Qt window of the same run."""

QT_FLOOR_SCRIPT = _ROOT / "ui" / "bench" / "qt_floor.py"
"""The floor's whole program, run by path so that nothing of Crossroads loads with it."""

_FLOOR_NAMES = {"qt-floor": "bare Qt window", "sqlite-floor": "sqlite3 read",
                "toposort-floor": "networkx toposort",
                "open": "file open", "load": "load", "dot-pdf": "dot -Tpdf",
                "boardpack": "board pack"}
NO_SERVER = ("needs a PostgreSQL server whose role may create databases: "
             "crossroads bench --server postgresql://ROLE@localhost/DB")


@dataclass
class Record:
    """One line of the benchmark's result (see the module docstring)."""

    size: int
    stage: str
    seconds: float | None
    peak_mb: float | None
    target_seconds: float | None
    ok: bool | None
    verdict: str
    cpu_seconds: float | None = None
    floor: str | None = None
    ratio: float | None = None
    note: str = ""
    max_ratio: float | None = None


def target_for(stage: Stage, size: int) -> float | None:
    """The target at `size`: as stated up to 2,000, linear beyond."""
    if stage.target is None or stage.max_ratio is not None:
        return None
    if stage.target_10k is not None and size > TARGET_SIZE:
        per_initiative = (stage.target_10k - stage.target) / (10_000 - TARGET_SIZE)
        return stage.target + per_initiative * (size - TARGET_SIZE)
    return stage.target * max(1.0, size / TARGET_SIZE)


def run_stage(stage: Stage, size: int, file: Path, work: Path, seed: int = 2027,
              *, extra_env: dict[str, str] | None = None) -> StageResult:
    """Run one stage in a fresh process; its result dict (seconds and peak_mb, or error)."""
    command = ([sys.executable, str(QT_FLOOR_SCRIPT)] if stage is QT_FLOOR else
               [sys.executable, "-m", stage.module, stage.name, "--file", str(file),
                "--size", str(size), "--seed", str(seed), "--work", str(work)])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(_ROOT), env.get("PYTHONPATH")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env[name] = str(work / "home" / name.lower())  # keep the user's folders untouched
    env.update(extra_env or {})
    env[LAUNCHED_ENV] = repr(time.time())
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=work,
                              timeout=STAGE_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {STAGE_TIMEOUT} s"}
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(RESULT_PREFIX):
            # The line is what stages.report printed: one StageResult as JSON.
            return cast(StageResult, json.loads(line[len(RESULT_PREFIX):]))
    lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
    return {"error": lines[-1] if lines else f"exit status {done.returncode}"}


def make_record(stage: Stage, size: int, result: StageResult,
                floors: dict[str, float]) -> Record:
    """Turn a stage process's result into a Record with target, verdict and floor ratio.

    `floors` holds the seconds of the stages measured so far at this size:
    the floors, and the peers a stage with `peers` is compared with.
    """
    target = target_for(stage, size)
    if "skipped" in result:
        return Record(size, stage.label, None, None, target, None, "not run",
                      note=result["skipped"], max_ratio=stage.max_ratio)
    if "error" in result:
        return Record(size, stage.label, None, None, target, None, "failed",
                      note=result["error"], max_ratio=stage.max_ratio)
    seconds = float(result["seconds"])
    ok = None if target is None else seconds <= target
    floor = ratio = None
    if stage.floor and floors.get(stage.floor):
        floor = _FLOOR_NAMES[stage.floor]
        ratio = round(seconds / floors[stage.floor], 1)
    peer = sum(floors.get(name, 0.0) for name in stage.peers)
    if stage.peers and all(floors.get(name) for name in stage.peers):
        floor = " + ".join(_FLOOR_NAMES.get(name, name) for name in stage.peers)
        ratio = round(seconds / peer, 2)
        if stage.max_ratio is not None:
            ok = ratio <= stage.max_ratio
    verdict = "no target" if ok is None else "meets target" if ok else "MISSES target"
    cpu = result.get("cpu_seconds")
    return Record(size, stage.label, round(seconds, 4), round(float(result["peak_mb"]), 1),
                  None if target is None else round(target, 3), ok, verdict,
                  None if cpu is None else round(float(cpu), 4), floor, ratio,
                  str(result.get("note", "")), stage.max_ratio)


def run_bench(sizes: Iterable[int] = DEFAULT_SIZES, *, seed: int = 2027,
              work: Path | None = None, stages: Iterable[str] | None = None,
              cold_start: bool = True, repeat: int = 1, server: str | None = None,
              progress: Callable[[Record], None] | None = None) -> list[Record]:
    """Benchmark every stage at every size; return the records in run order.

    With `repeat` > 1 each stage runs that many times, each in a fresh
    process, and the record keeps the fastest run (the least disturbed by
    other work on the machine) and the highest memory peak. A stage asked
    for brings its floor and peers along; the server stages run on
    `server` (a postgresql:// address) and are "not run" without one.
    """
    wanted = set(stages) if stages is not None else None
    if wanted is not None:
        for stage in STAGES:
            if stage.name in wanted:
                wanted.update(stage.peers)
                wanted.update([stage.floor] if stage.floor else [])
    extra_env = {SERVER_ENV: server} if server else {}
    records: list[Record] = []

    def emit(record: Record) -> None:
        records.append(record)
        if progress is not None:
            progress(record)

    with tempfile.TemporaryDirectory(prefix="crossroads-bench-") as scratch:
        folder = Path(work or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        if cold_start and (wanted is None or COLD_START.name in wanted):
            from roadmap.samples.bundled import bundled_sample_path

            sample = bundled_sample_path()
            bare = best_of(repeat, lambda: run_stage(QT_FLOOR, 0, sample, folder, seed))
            emit(make_record(QT_FLOOR, 0, bare, {}))
            cold = best_of(repeat, lambda: run_stage(COLD_START, 0, sample, folder, seed))
            peers = {QT_FLOOR.name: float(bare["seconds"])} if "seconds" in bare else {}
            emit(make_record(COLD_START, 0, cold, peers))
        for size in sizes:
            file = folder / f"generated-{size}.roadmap"
            floors: dict[str, float] = {}
            for stage in STAGES:
                if stage.name != "generate" and wanted is not None and stage.name not in wanted:
                    continue
                runs = 1 if stage.name == "generate" else repeat
                if stage.needs_server and not server:
                    if wanted is None:
                        continue
                    result: StageResult = {"skipped": NO_SERVER}
                elif stage.max_size is not None and size > stage.max_size:
                    result = {"skipped": DOT_TOO_BIG}
                else:
                    result = best_of(runs, partial(run_stage, stage, size, file, folder, seed,
                                                   extra_env=extra_env))
                if "seconds" in result:
                    floors[stage.name] = float(result["seconds"])
                emit(make_record(stage, size, result, floors))
    return records


def server_stages_left_out(stages: Iterable[str] | None, server: str | None) -> list[str]:
    """The server stages a run with these arguments leaves out for want of a server."""
    if server or stages is not None:
        return []
    return [stage.name for stage in STAGES if stage.needs_server]


def best_of(repeat: int, run: Callable[[], StageResult]) -> StageResult:
    """Run a stage `repeat` times: the fastest time, the highest peak, or the first failure."""
    best: StageResult | None = None
    peak = 0.0
    for _ in range(max(1, repeat)):
        result = run()
        if "seconds" not in result:
            return result
        peak = max(peak, float(result["peak_mb"]))
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    assert best is not None
    fastest = best.copy()
    fastest["peak_mb"] = peak
    return fastest


def growth(records: list[Record], low: int = TARGET_SIZE,
           high: int = 10_000) -> dict[str, float]:
    """Per stage, time at `high` divided by time at `low` (linear growth is high/low)."""
    times: dict[tuple[int, str], float] = {
        (r.size, r.stage): r.seconds for r in records if r.seconds}
    return {
        stage: round(times[(high, stage)] / times[(low, stage)], 1)
        for (size, stage) in times if size == low and (high, stage) in times
    }


def format_table(records: list[Record]) -> str:
    """The records as a plain-text table, one stage per line, reasons as notes below."""
    header = ("size", "stage", "seconds", "cpu s", "peak MB", "target s", "verdict",
              "vs floor")
    rows = [header]
    notes: list[str] = []
    for r in records:
        verdict = r.verdict
        if r.note:
            if r.note not in notes:
                notes.append(r.note)
            verdict += f" [{notes.index(r.note) + 1}]"
        rows.append((
            "sample" if r.size == 0 else f"{r.size:,}", r.stage,
            "-" if r.seconds is None else f"{r.seconds:.3f}",
            "-" if r.cpu_seconds is None else f"{r.cpu_seconds:.3f}",
            "-" if r.peak_mb is None else f"{r.peak_mb:.0f}",
            f"{r.max_ratio:g}x peer" if r.max_ratio is not None
            else "-" if r.target_seconds is None else f"{r.target_seconds:g}",
            verdict,
            f"{r.ratio:g}x {r.floor}" if r.ratio is not None else "",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    right = {0, 2, 3, 4, 5}
    lines = ["  ".join(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                       for i, cell in enumerate(row)).rstrip() for row in rows]
    lines += [f"[{number}] {note}" for number, note in enumerate(notes, 1)]
    return "\n".join(lines)


def to_json(records: list[Record]) -> str:
    """The records as the documented JSON list."""
    return json.dumps([asdict(r) for r in records], indent=2, ensure_ascii=False)
