"""The measured stages of the benchmark, each run alone in a fresh process.

`python -m roadmap.bench.stages STAGE --file F --size N --work DIR` prepares
what the stage needs (untimed), times the stage itself with
`time.perf_counter` (and its CPU time with `time.process_time`), and
prints one line `BENCH-RESULT {json}` with the seconds, the CPU seconds and
the process's peak resident memory (VmHWM, so it counts the
interpreter, the imports and the stage's inputs as well). Each stage
imports what it measures itself, so a process loads nothing another stage needs.

Running each stage in its own process keeps stages from warming caches or
inflating the memory peak of the next one. The Qt stages live in ui/bench/stages.py
for the same reason, and so that roadmap/ never imports Qt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple, TypedDict

RESULT_PREFIX = "BENCH-RESULT "


class StageResult(TypedDict, total=False):
    """The one result line a stage process prints: its times and peak, or its error."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    note: str
    error: str
    skipped: str


class Timing(NamedTuple):
    """Wall time and CPU time (user + system of this process) of one stage, in seconds."""

    seconds: float
    cpu_seconds: float
    note: str = ""
    """What else the stage measured (the crossings stage's counts)."""


class Clock:
    """Starts timing when made; `stop()` gives the wall and CPU time since."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def stop(self) -> Timing:
        """The Timing from creation to now."""
        return Timing(time.perf_counter() - self.wall, time.process_time() - self.cpu)


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux's VmHWM belongs to this program's own memory map; ru_maxrss (the
    fallback elsewhere) also keeps the high-water mark of the parent that
    forked it, which would make every stage look at least as big as the
    benchmark runner.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _open(args: argparse.Namespace) -> Any:
    from roadmap.services.files import open_document

    return open_document(args.file, recovery_dir=args.work / "recovery")


def _load_all(doc: Any) -> None:
    """Read every row into the session and hold it, as an open window's models do."""
    from roadmap.model.entities import ROW_CLASSES

    doc.bench_rows = [doc.all(cls) for cls in ROW_CLASSES.values()]


def _timed(prepare: Callable[[], Any], stage: Callable[[Any], Any]) -> Timing:
    prepared = prepare()
    clock = Clock()
    stage(prepared)
    return clock.stop()


def stage_generate(args: argparse.Namespace) -> Timing:
    """Generate a roadmap of --size initiatives and save it to --file."""
    from roadmap.samples.generate import generate_roadmap
    from roadmap.services.files import save_document

    clock = Clock()
    doc = generate_roadmap(args.size, seed=args.seed)
    save_document(doc, args.file)
    return clock.stop()


def stage_sqlite_floor(args: argparse.Namespace) -> Timing:
    """Floor: read every row of every table with bare sqlite3 (no checks, no ORM)."""
    from roadmap.model.entities import ROW_CLASSES

    clock = Clock()
    conn = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    try:
        for table in ROW_CLASSES:
            conn.execute(f'SELECT * FROM "{table}"').fetchall()
    finally:
        conn.close()
    return clock.stop()


def stage_open(args: argparse.Namespace) -> Timing:
    """Open the file as the app does: copy, verify every row, migrate if needed, attach.

    The modules are imported before the clock starts, as they are in a running
    app when the user opens a file (the floor's sqlite3 is imported too); the
    cold-start stage measures importing them.
    """
    import sqlalchemy.dialects.sqlite  # noqa: F401  (SQLAlchemy loads it on first use)

    import roadmap.services.files  # noqa: F401

    clock = Clock()
    _open(args)
    return clock.stop()


def stage_load(args: argparse.Namespace) -> Timing:
    """Read every row of an open document into ORM objects (what the window's models do)."""
    return _timed(lambda: _open(args), _load_all)


def stage_toposort_floor(args: argparse.Namespace) -> Timing:
    """Floor: a bare networkx topological sort of the same dependency graph."""
    import networkx as nx

    conn = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    try:
        pairs = conn.execute("SELECT initiative_id, depends_on_id FROM dependency").fetchall()
        nodes = [row[0] for row in conn.execute("SELECT id FROM initiative")]
    finally:
        conn.close()
    clock = Clock()
    graph: nx.DiGraph[int] = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((b, a) for a, b in pairs)
    order = list(nx.topological_sort(graph))
    elapsed = clock.stop()
    assert len(order) == len(nodes)
    return elapsed


DOT_MAX_INITIATIVES = 2000
"""Above this size graphviz dot takes many minutes: the crossings stage does not run it."""

EDITS = 9
"""Edits the analysis-after-an-edit stage times; it reports the median."""


def stage_analysis(args: argparse.Namespace) -> Timing:
    """The analysis after an edit, as the app runs it: the document's incremental analysis.

    The roadmap is opened with every row loaded and analysed once (as the
    window does on opening), then edited the ways a user edits most (dates of
    the most linked initiative, its title, a budget, a new dependency and its
    removal, a department's role); the median of the analyses after each edit
    is reported. Each result is checked against a full analysis, untimed.
    """
    from roadmap.analysis import analyse
    from roadmap.analysis.incremental import analyser_for

    doc = _open_loaded(args)
    analyser = analyser_for(doc)
    analyser.analysis()
    edits = _edits(doc)
    timings: list[Timing] = []
    for edit in edits[:EDITS]:
        edit()
        clock = Clock()
        result = analyser.analysis()
        timings.append(clock.stop())
        if result.findings != analyse(doc).findings or analyser.last_was_full:
            raise AssertionError("the analysis after an edit differs from a full run")
    return sorted(timings)[len(timings) // 2]


def _edits(doc: Any) -> list[Callable[[], Any]]:
    """Edits of the kinds users make most, on the most linked initiative of `doc`."""
    from roadmap.model.entities import Dependency, Initiative, Participation
    from roadmap.model.enums import Role

    links = doc.all(Dependency)
    count: dict[int, int] = {}
    for link in links:
        for key in (link.initiative_id, link.depends_on_id):
            count[key] = count.get(key, 0) + 1
    dated = [i for i in doc.all(Initiative) if i.start is not None]
    target = max(dated, key=lambda i: (count.get(i.id, 0), -i.id))
    linked = {(link.initiative_id, link.depends_on_id) for link in links}
    other = next((i.id for i in dated if i.id != target.id
                  and (target.id, i.id) not in linked and (i.id, target.id) not in linked
                  and doc.dependencies.would_cycle(target.id, i.id) is None), None)
    week = dt.timedelta(days=7)
    parts = doc.all(Participation)
    initiatives = doc.initiatives

    def move(days: dt.timedelta) -> Callable[[], Any]:
        return lambda: initiatives.update(target.id, start=target.start + days,
                                          end=target.end + days)

    edits: list[Callable[[], Any]] = [
        move(week), move(2 * week), move(-week),
        lambda: initiatives.update(target.id, title=f"{target.title} (renamed)"),
        lambda: initiatives.update(target.id, budget=(target.budget or 0) + 50_000),
    ]
    if other is not None:
        edits += [lambda: doc.dependencies.link(target.id, other),
                  lambda: doc.dependencies.unlink(target.id, other)]
    if parts:
        part = parts[0]
        edits.append(lambda: doc.participations.set_role(
            part.initiative_id, part.department_id,
            Role.CONTRIBUTOR if part.role is Role.LEAD else Role.LEAD))
    return [*edits, move(week), move(-week)]


def stage_full_analysis(args: argparse.Namespace) -> Timing:
    """The whole analysis from the document (what opening a roadmap runs once)."""
    from roadmap.analysis import analyse

    return _timed(lambda: _open_loaded(args), analyse)


def stage_schedule(args: argparse.Namespace) -> Timing:
    """Auto-schedule in the open app: take the earliest schedule and apply it as one undoable
    change. The analysis of the open roadmap is at hand, as in the window, and is brought
    up to date first (nothing changed since it ran)."""
    from roadmap.analysis.incremental import analyser_for, schedule_moves
    from roadmap.schedule import auto_schedule

    def prepare() -> Any:
        doc = _open_loaded(args)
        analyser_for(doc).analysis()
        return doc

    return _timed(prepare, lambda doc: auto_schedule(doc, moves=schedule_moves(doc)))


def _open_loaded(args: argparse.Namespace) -> Any:
    """The benchmark's roadmap, opened with every row loaded (as after an edit)."""
    doc = _open(args)
    _load_all(doc)
    return doc


def stage_layout(args: argparse.Namespace) -> Timing:
    """Layered layout of the dependency map, from the roadmap graph."""
    from roadmap.graph import build_graph
    from roadmap.views.map.layered import layered_layout

    return _timed(lambda: build_graph(_open(args)), layered_layout)


def stage_crossings(args: argparse.Namespace) -> Timing:
    """Our layered layout of the dependencies, its edge crossings next to graphviz dot's.

    Timed: our layout. The note gives both crossing counts, each counted on
    straight lines between box centres (roadmap.views.map.crossings); dot
    lays out the same initiatives and dependencies when it is installed.
    """
    from roadmap.graph import build_graph
    from roadmap.model.keys import NodeKind
    from roadmap.views.map.crossings import count_crossings, dot_positions
    from roadmap.views.map.layered import layered_layout

    graph = build_graph(_open(args))
    clock = Clock()
    positions = layered_layout(graph)
    timing = clock.stop()
    initiatives = [n for n in graph if n.kind is NodeKind.INITIATIVE]
    edges = [(tail, head) for tail, head, kind in graph.edges(keys=True)
             if kind == "depends_on"]
    ours = count_crossings(positions, edges)
    if args.size > DOT_MAX_INITIATIVES:
        return timing._replace(note=f"crossings: ours {ours}; dot not run above "
                                    f"{DOT_MAX_INITIATIVES:,} initiatives (it takes minutes)")
    try:
        placed = dot_positions([str(n) for n in initiatives],
                               [(str(a), str(b)) for a, b in edges])
    except (OSError, subprocess.SubprocessError) as error:
        return timing._replace(note=f"crossings: ours {ours}; dot not run ({error})")
    theirs = count_crossings(placed, [(str(a), str(b)) for a, b in edges])
    return timing._replace(note=f"crossings: ours {ours}, graphviz dot {theirs}")


def stage_boardpack(args: argparse.Namespace) -> Timing:
    """Export the full board pack to a PDF file (its own analysis included)."""
    from roadmap.boardpack.export import export_board_pack

    pdf = args.work / f"board-{args.size}.pdf"
    return _timed(lambda: _open(args), lambda doc: export_board_pack(doc, pdf))


def stage_dot_pdf(args: argparse.Namespace) -> Timing:
    """Peer: graphviz `dot -Tpdf` drawing the dependency graph alone (initiatives, links).

    The graph is read with bare sqlite3 and written as dot source untimed;
    timed is the dot process laying it out and writing its PDF.
    """
    conn = sqlite3.connect(f"file:{args.file}?mode=ro", uri=True)
    try:
        pairs = conn.execute("SELECT initiative_id, depends_on_id FROM dependency").fetchall()
        nodes = [row[0] for row in conn.execute("SELECT id FROM initiative")]
    finally:
        conn.close()
    lines = ["digraph G {", "rankdir=LR;", "node [shape=box, width=1.8, height=0.5];"]
    lines += [f'"initiative:{n}";' for n in nodes]
    lines += [f'"initiative:{b}" -> "initiative:{a}";' for a, b in pairs]
    source = args.work / f"graph-{args.size}.dot"
    source.write_text("\n".join([*lines, "}"]), encoding="utf-8")
    clock = Clock()
    subprocess.run(["dot", "-Tpdf", "-o", str(args.work / f"graph-{args.size}.pdf"),
                    str(source)], check=True, capture_output=True)
    return clock.stop()


def stage_deck(args: argparse.Namespace) -> Timing:
    """Export the PowerPoint deck to a file (its own analysis included)."""
    from roadmap.deck.export import export_deck

    deck = args.work / f"deck-{args.size}.pptx"
    return _timed(lambda: _open(args), lambda doc: export_deck(doc, deck))


def stage_snapshot(args: argparse.Namespace) -> Timing:
    """Take a snapshot as Roadmap ▸ Take Snapshot does: its own analysis included."""
    from roadmap.snapshots.payload import take_snapshot

    return _timed(lambda: _open_loaded(args), lambda doc: take_snapshot(doc, "Bench"))


def stage_compare(args: argparse.Namespace) -> Timing:
    """Compare the roadmap with a snapshot of it whose budgets, dates and owners then moved.

    Timed: reading the snapshot back, reading the roadmap now and comparing,
    given the analysis the app already holds (as the Changes panel does).
    """
    from roadmap.analysis import analyse
    from roadmap.snapshots.compare import compare
    from roadmap.snapshots.payload import current_state, load_state, take_snapshot

    def prepare() -> tuple[Any, Any]:
        doc = _open_loaded(args)
        take_snapshot(doc, "Bench")
        moved = doc.initiatives.all()[::10]  # one in ten moves a week and gains budget
        with doc.batch("Bench changes"):
            for initiative in moved:
                if initiative.start is not None and initiative.end is not None:
                    doc.initiatives.update(initiative.id, end=initiative.end
                                           + dt.timedelta(weeks=1))
                doc.initiatives.update(initiative.id, budget=(initiative.budget or 0) + 1000)
        return doc, analyse(doc)

    def run(prepared: tuple[Any, Any]) -> Any:
        doc, analysis = prepared
        return compare(load_state(doc, doc.snapshots.find("Bench")),
                       current_state(doc, analysis))

    return _timed(prepare, run)


STAGES: dict[str, Callable[[argparse.Namespace], Timing]] = {
    "generate": stage_generate,
    "sqlite-floor": stage_sqlite_floor,
    "open": stage_open,
    "load": stage_load,
    "toposort-floor": stage_toposort_floor,
    "full-analysis": stage_full_analysis,
    "analysis": stage_analysis,
    "schedule": stage_schedule,
    "layout": stage_layout,
    "crossings": stage_crossings,
    "dot-pdf": stage_dot_pdf,
    "boardpack": stage_boardpack,
    "deck": stage_deck,
    "snapshot": stage_snapshot,
    "compare": stage_compare,
}


def report(payload: StageResult) -> None:
    """Print the one result line the parent reads."""
    print(RESULT_PREFIX + json.dumps(payload), flush=True)


def child_parser(stages: list[str]) -> argparse.ArgumentParser:
    """Arguments of a stage process (shared with ui/bench/stages.py)."""
    parser = argparse.ArgumentParser(description="Run one benchmark stage (internal).")
    parser.add_argument("stage", choices=stages)
    parser.add_argument("--file", type=Path, required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--seed", type=int, default=2027)
    parser.add_argument("--work", type=Path, required=True)
    return parser


def run_child(stages: Mapping[str, Callable[[argparse.Namespace], Timing]],
              argv: list[str] | None = None) -> int:
    """Run one stage and report it (a stage that fails exits non-zero with its error)."""
    args = child_parser(list(stages)).parse_args(argv)
    timing = stages[args.stage](args)
    result: StageResult = {"seconds": timing.seconds, "cpu_seconds": timing.cpu_seconds,
                           "peak_mb": peak_mb()}
    if timing.note:
        result["note"] = timing.note
    report(result)
    return 0


if __name__ == "__main__":
    sys.exit(run_child(STAGES))
