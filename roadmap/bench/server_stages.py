"""The benchmark's stages on a PostgreSQL server: open, an edit's round trip, ten editors.

`python -m roadmap.bench.server_stages STAGE --file F --size N --work DIR`
runs like the other stages (roadmap.bench.stages), against the server that
the environment variable CROSSROADS_BENCH_SERVER names (an address whose
role may create databases). Each stage publishes the benchmark's roadmap
into a database of its own (untimed), measures, and drops that database,
so nothing is left on the server and no stage sees another's rows.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from roadmap.bench.stages import Clock, Timing, run_child

SERVER_ENV = "CROSSROADS_BENCH_SERVER"
"""Names the server the stages use: postgresql://ROLE@HOST/DB, the role with CREATEDB."""

EDITS = 100
"""Edits timed one by one for the round trip."""
EDITORS = 10
EDITS_PER_EDITOR = 200
POOL = 50
"""How many initiatives the ten editors share, so that they meet each other's edits."""
HEARING_LIMIT = 10.0
"""Seconds after which an edit the second planner has not heard fails the stage."""


def _server() -> str:
    address = os.environ.get(SERVER_ENV, "")
    if not address:
        raise SystemExit(f"{SERVER_ENV} names no server (crossroads bench --server URL)")
    return address


def _admin(address: str) -> Any:
    import psycopg

    from roadmap.storage.server import server_url

    url = server_url(address).set(drivername="postgresql")
    return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                           connect_timeout=5)


@contextmanager
def published(args: argparse.Namespace) -> Iterator[str]:
    """The address of a new database holding the benchmark's roadmap; dropped afterwards."""
    from roadmap.services.files import open_document
    from roadmap.services.shared import publish
    from roadmap.storage.server import server_url

    address = _server()
    name = f"crossroads_bench_{args.size}_{uuid.uuid4().hex[:8]}"
    admin = _admin(address)
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = server_url(address).set(database=name).set(drivername="postgresql")
        location = url.render_as_string(hide_password=False)
        doc = open_document(args.file, recovery_dir=args.work / "recovery")
        try:
            publish(doc, location)
        finally:
            doc.close()
        yield location
    finally:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()


def _load_all(doc: Any) -> None:
    from roadmap.model.entities import ROW_CLASSES

    for cls in ROW_CLASSES.values():
        doc.all(cls)


def stage_server_open(args: argparse.Namespace) -> Timing:
    """Open the roadmap from the server as the app does and read every row (as the window has).

    Its peer in the same run is the file's open plus load.
    """
    with published(args) as location:
        clock = Clock()
        from roadmap.services.shared import open_shared

        doc = open_shared(location)
        _load_all(doc)
        timing = clock.stop()
        doc.close()
    return timing


def stage_server_edit(args: argparse.Namespace) -> Timing:
    """An edit's round trip: committed on the server and heard by a second planner.

    Timed: the median of EDITS edits of one initiative's budget, each from
    the moment the edit is made to the moment another open roadmap has the
    server's notice and shows the new value. The note gives the commit alone.
    """
    from roadmap.services.shared import open_shared

    with published(args) as location:
        mine, theirs = open_shared(location), open_shared(location)
        try:
            key = mine.initiatives.all()[0].id
            theirs.initiatives.get(key)
            assert theirs.feed is not None
            trips: list[Timing] = []
            commits: list[float] = []
            for number in range(EDITS):
                clock = Clock()
                mine.initiatives.update(key, budget=1_000_000 + number)
                commits.append(clock.stop().seconds)
                while theirs.initiatives.get(key).budget != 1_000_000 + number:
                    if clock.stop().seconds > HEARING_LIMIT:
                        raise SystemExit(f"the second planner did not hear edit {number + 1} "
                                         f"within {HEARING_LIMIT:g} s")
                    select.select([theirs.feed.fileno()], [], [], 0.5)
                    theirs.poll_remote()
                trips.append(clock.stop())
        finally:
            mine.close()
            theirs.close()
    median = statistics.median(trip.seconds for trip in trips)
    cpu = statistics.median(trip.cpu_seconds for trip in trips)
    slowest = max(trip.seconds for trip in trips)
    return Timing(median, cpu, (
        f"median of {EDITS}: commit {statistics.median(commits) * 1000:.1f} ms, "
        f"heard by a second planner {median * 1000:.1f} ms; "
        f"slowest {slowest * 1000:.1f} ms"))


@dataclass
class Editor:
    """One of the load test's planners: the edits it made and the conflicts it met."""

    number: int
    made: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)


def _edit_loop(location: str, editor: Editor, keys: list[int],
               start: threading.Barrier) -> None:
    """Add 1 to a shared initiative's budget EDITS_PER_EDITOR times, as a careful planner.

    A refused edit (someone changed the row first) is made again over the
    row as it is now, as the app's "Apply mine again" does for a user.
    """
    from roadmap.model.errors import ConflictError
    from roadmap.services.shared import open_shared

    doc = open_shared(location, listen=False)
    try:
        start.wait()
        for step in range(EDITS_PER_EDITOR):
            key = keys[(editor.number * 7 + step) % len(keys)]
            for _attempt in range(50):
                try:
                    budget = doc.initiatives.get(key).budget or 0
                    doc.initiatives.update(key, budget=budget + 1)
                    editor.made += 1
                    break
                except ConflictError:
                    editor.conflicts += 1
            else:
                editor.errors.append(f"initiative {key}: refused 50 times")
    except Exception as error:  # reported in the result, not lost in a thread
        editor.errors.append(f"{type(error).__name__}: {error}")
    finally:
        doc.close()


def stage_server_load(args: argparse.Namespace) -> Timing:
    """Ten planners at once, 200 edits each on 50 shared initiatives: no edit lost.

    Timed: from the moment all ten start to the last one's last edit. Each
    planner has a connection of its own (threads of one process). The
    budgets' final sum is then read on a fresh connection and must equal the
    starting sum plus every edit made; the note gives the throughput.
    """
    from roadmap.services.shared import open_shared

    with published(args) as location:
        reader = open_shared(location, listen=False)
        keys = [i.id for i in reader.initiatives.all()[:POOL]]
        before = sum(reader.initiatives.get(k).budget or 0 for k in keys)
        reader.close()
        editors = [Editor(n) for n in range(EDITORS)]
        start = threading.Barrier(EDITORS + 1)
        threads = [threading.Thread(target=_edit_loop, args=(location, e, keys, start))
                   for e in editors]
        for thread in threads:
            thread.start()
        start.wait()
        clock = Clock()
        for thread in threads:
            thread.join()
        timing = clock.stop()
        check = open_shared(location, listen=False)
        after = sum(check.initiatives.get(k).budget or 0 for k in keys)
        check.close()
    errors = [error for e in editors for error in e.errors]
    made = sum(e.made for e in editors)
    lost = before + made - after
    if errors or lost or made != EDITORS * EDITS_PER_EDITOR:
        raise SystemExit(f"load test: {made} edits made, {lost} lost; "
                         + "; ".join(errors[:3]))
    conflicts = sum(e.conflicts for e in editors)
    return timing._replace(note=(
        f"{EDITORS} editors x {EDITS_PER_EDITOR} edits: {made} made, none lost, "
        f"{conflicts} refused as stale and made again; "
        f"{made / timing.seconds:.0f} edits/s"))


STAGES: dict[str, Callable[[argparse.Namespace], Timing]] = {
    "server-open": stage_server_open,
    "server-edit": stage_server_edit,
    "server-load": stage_server_load,
}


if __name__ == "__main__":
    sys.exit(run_child(STAGES))
