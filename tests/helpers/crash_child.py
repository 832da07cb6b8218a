"""Zygote for the crash tests: forks processes that save or edit a roadmap, and kills them.

Run as `python -m tests.helpers.crash_child`. It imports Crossroads once, then
reads one JSON command per line on stdin and, for each, forks a child that
opens the target and applies EDIT_STEPS, then either saves (op "save") or
dies without saving (op "edit"); a "save" with a `source` opens that file
instead and saves it over the target, unedited. The zygote kills the child with SIGKILL
`delay` seconds after the child says it started, or the child kills itself
at its `kill_at`-th file-system call of a save (os.fsync, os.link, os.replace,
before or after the call) or as its `kill_at`-th commit of an edit begins.
One JSON line answers each command. Forking from a process with everything
imported makes each child cost milliseconds, not a second.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roadmap.model.enums import Health, Status
from roadmap.services.document import Document


def _rename(doc: Document) -> None:
    doc.initiatives.update(1, title="Replatform (renamed)", health=Health.RED,
                           status=Status.CANCELLED)


def _add_initiatives(doc: Document) -> None:
    with doc.batch("Add wave 2"):
        for n in range(12):
            doc.initiatives.create(title=f"Wave 2 item {n}", start=dt.date(2028, 1, 1),
                                   end=dt.date(2028, 3, 31), budget=10_000 * n)


def _delete_one(doc: Document) -> None:
    doc.initiatives.delete(5)  # cascades to its links, milestones and positions


def _move_milestone(doc: Document) -> None:
    doc.milestones.update(2, name="Moved checkpoint", initiative_id=4)


def _retitle_document(doc: Document) -> None:
    doc.roadmap.update(title="After the crash test")


EDIT_STEPS: list[Callable[[Document], None]] = [
    _rename, _add_initiatives, _delete_one, _move_milestone, _retitle_document,
]
"""Deterministic edits that turn the old roadmap into the new one."""


def _install_kill_point(number: int, after: bool) -> None:
    """Make the `number`th fsync/link/replace of this process kill it (before or after)."""
    calls = {"n": 0}

    def wrap(name: str) -> None:
        real = getattr(os, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            if calls["n"] == number and not after:
                os.kill(os.getpid(), signal.SIGKILL)
            result = real(*args, **kwargs)
            if calls["n"] == number and after:
                os.kill(os.getpid(), signal.SIGKILL)
            return result

        setattr(os, name, wrapper)

    for name in ("fsync", "link", "replace"):
        wrap(name)


def _kill_at_commit(doc: Document, number: int) -> None:
    """Make the process die just as its `number`th commit to the working copy begins."""
    from sqlalchemy import event

    calls = {"n": 0}

    def on_commit(_conn: object) -> None:
        calls["n"] += 1
        if calls["n"] == number:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(doc.engine, "commit", on_commit)


def _child(command: dict[str, Any], pipe: int) -> None:
    from roadmap.services.files import open_document, save_document

    source = command.get("source") or command["target"]
    doc = open_document(Path(source), recovery_dir=Path(command["recovery_dir"]))
    if command["op"] == "save":
        if "source" not in command:
            for step in EDIT_STEPS:
                step(doc)
        if command.get("kill_at"):
            _install_kill_point(command["kill_at"], bool(command.get("after")))
        os.write(pipe, b"s")
        save_document(doc, Path(command["target"]))
        os.write(pipe, b"d")
    else:
        if command.get("kill_at"):
            _kill_at_commit(doc, command["kill_at"])
        os.write(pipe, b"s")
        for step in EDIT_STEPS:
            step(doc)
        os.write(pipe, b"d")
        os.kill(os.getpid(), signal.SIGKILL)  # a crash: nothing saved, nothing closed


def _serve(command: dict[str, Any]) -> dict[str, Any]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        code = 0
        try:
            _child(command, write_end)
        except BaseException:
            traceback.print_exc()
            code = 3
        finally:
            sys.stderr.flush()
            os._exit(code)
    os.close(write_end)
    started = os.read(read_end, 1) == b"s"
    begun = time.perf_counter()
    delay = command.get("delay")
    if started and delay is not None:
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
    finished = os.read(read_end, 1) == b"d"
    elapsed = time.perf_counter() - begun
    _, status = os.waitpid(pid, 0)
    os.close(read_end)
    return {
        "pid": pid,
        "started": started,
        "finished": finished,
        "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL,
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "elapsed": elapsed,
    }


def main() -> None:
    """Answer commands until 'quit' or end of input."""
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "quit":
            break
        print(json.dumps(_serve(command)), flush=True)


if __name__ == "__main__":
    sys.stdout = os.fdopen(os.dup(1), "w")  # replies only; children print errors to stderr
    os.dup2(2, 1)
    main()
