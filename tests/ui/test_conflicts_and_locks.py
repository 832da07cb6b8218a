"""Someone else's change: asked before it is overwritten; read-only logins; one app per file."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, Qt

from roadmap.model.errors import ConflictError, ConnectionLostError, RoadmapError
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document
from tests.helpers.postgres import pg_url  # noqa: F401 (fixture)
from ui.commands import ChangeCommand
from ui.context import AppContext
from ui.file_lock import ALREADY_OPEN_REASON, FileLock, lock_path


@dataclass
class Resolver:
    """Answers the conflict prompt from a script and records what was asked."""

    answer: bool
    asked: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def overwrite(self, conflict: ConflictError, step: str) -> bool:
        self.asked.append(step)
        return self.answer

    def failed(self, error: RoadmapError, step: str) -> None:
        self.failures.append(f"{step}: {error}")


def _refuse_next_apply(doc: Document, monkeypatch: Any, error: type = ConflictError) -> None:
    """The next `doc.apply` is refused as a server would refuse a stale step."""
    real = doc.apply
    calls = {"n": 0}

    def apply(change: Change) -> Change:
        calls["n"] += 1
        if calls["n"] == 1:
            if error is ConflictError:
                raise ConflictError(change, [("initiative", 1, "Initiative 1", ["title"],
                                              "pmo_anna")])
            raise error("The server stopped answering.", change)
        return real(change)

    monkeypatch.setattr(doc, "apply", apply)


def _title(ctx: AppContext, key: int = 1) -> str:
    return ctx.doc.initiatives.get(key).title


@pytest.mark.parametrize("mine", [True, False])
def test_a_refused_edit_is_applied_again_only_if_asked(ctx: AppContext, mine: bool) -> None:
    resolver = Resolver(answer=mine)
    ctx.conflicts = resolver
    ctx.doc.initiatives.update(1, title="Theirs")  # another planner's change, read since
    edit = Change("Rename", (RowChange("initiative", 1, {"title": "What I read"},
                                       {"title": "Mine"}),))

    def stale_edit() -> Change:
        raise ConflictError(edit, [("initiative", 1, "Theirs", ["title"], "pmo_anna")])

    change = ctx.run(stale_edit)
    assert resolver.asked == ["edit"]
    assert _title(ctx) == ("Mine" if mine else "Theirs")
    assert ctx.undo_stack.count() == (1 if mine else 0)
    assert change.is_empty is (not mine)
    if mine:  # undoing mine brings theirs back, not what I had read
        ctx.undo_stack.undo()
        assert _title(ctx) == "Theirs"


def test_an_undo_over_their_later_change_asks_and_keep_theirs_drops_the_step(
        ctx: AppContext, monkeypatch: Any) -> None:
    resolver = Resolver(answer=False)
    ctx.conflicts = resolver
    ctx.run(lambda: ctx.doc.initiatives.update(1, title="My title"))
    ctx.run(lambda: ctx.doc.initiatives.update(2, title="Second"))
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()  # the second step: fine
    _refuse_next_apply(ctx.doc, monkeypatch)
    ctx.undo_stack.undo()  # the first step meets "their" change
    assert resolver.asked == ["undo"]
    assert _title(ctx) == "My title"  # nothing overwritten
    assert ctx.undo_stack.count() == 1  # the refused step is gone, the redo one stays
    assert ctx.undo_stack.index() == 0


def test_undo_anyway_applies_the_undo_over_theirs(ctx: AppContext, monkeypatch: Any) -> None:
    resolver = Resolver(answer=True)
    ctx.conflicts = resolver
    original = _title(ctx)
    ctx.run(lambda: ctx.doc.initiatives.update(1, title="My title"))
    _refuse_next_apply(ctx.doc, monkeypatch)
    ctx.undo_stack.undo()
    assert resolver.asked == ["undo"]
    assert _title(ctx) == original
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.index() == 0
    ctx.undo_stack.redo()
    assert _title(ctx) == "My title"


def test_a_lost_server_during_undo_says_so_and_keeps_the_stack_true(
        ctx: AppContext, monkeypatch: Any) -> None:
    resolver = Resolver(answer=True)
    ctx.conflicts = resolver
    ctx.run(lambda: ctx.doc.initiatives.update(1, title="My title"))
    _refuse_next_apply(ctx.doc, monkeypatch, ConnectionLostError)
    ctx.undo_stack.undo()
    assert resolver.failures and "stopped answering" in resolver.failures[0]
    assert _title(ctx) == "My title"
    assert ctx.undo_stack.count() == 0  # no step claims an undo that did not happen


def test_without_a_resolver_the_conflict_propagates(ctx: AppContext,
                                                    monkeypatch: Any) -> None:
    command = ChangeCommand(ctx.doc, ctx.doc.initiatives.update(1, title="X"))
    _refuse_next_apply(ctx.doc, monkeypatch)
    with pytest.raises(ConflictError):
        command.undo()


def test_a_read_only_roadmap_offers_no_editing(window: Any) -> None:
    window.ctx.doc.read_only = "your login crossroads_viewer may only read"
    window.update_read_only()
    actions = window.named_actions
    for name in ("insert_initiative", "roadmap_properties", "roadmap_autoschedule",
                 "edit_delete", "insert_milestone"):
        assert not actions[name].isEnabled(), name
    assert window.read_only_label.isVisibleTo(window)
    assert "may only read" in window.read_only_label.toolTip()
    window.show_view("table")
    table = window.views.view("table")
    index = table.proxy.index(0, 0)
    assert not table.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
    window.show_view("matrix")
    matrix = window.views.view("matrix")
    assert not matrix.proxy.flags(matrix.proxy.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    window.ctx.doc.read_only = None
    window.update_read_only()
    assert actions.insert_initiative.isEnabled()
    assert matrix.proxy.flags(matrix.proxy.index(0, 1)) & Qt.ItemFlag.ItemIsEditable


def test_a_file_open_elsewhere_is_said_and_opens_read_only(window: Any, sample_file: Path,
                                                           tmp_path: Path) -> None:
    other = tmp_path / "shared.roadmap"
    shutil.copyfile(sample_file, other)
    elsewhere = QLockFile(str(lock_path(other)))
    assert elsewhere.tryLock(0)  # another Crossroads has it open
    try:
        # The scripted message box answers with no button: the default, read-only.
        assert window.files.open_path(other, ask=False)
        assert window.ctx.doc.read_only is not None
        assert ALREADY_OPEN_REASON in window.ctx.doc.read_only
        assert not window.named_actions.insert_initiative.isEnabled()
    finally:
        elsewhere.unlock()


def test_the_lock_is_held_while_open_and_given_up_after(sample_file: Path,
                                                        recovery_dir: Path) -> None:
    from roadmap.services.files import open_document

    asked: list[str] = []
    lock = FileLock(lambda path, who: asked.append(who) or True)
    doc = open_document(sample_file, recovery_dir=recovery_dir)
    try:
        lock.follow(doc)
        assert lock.path == sample_file.resolve()
        second = QLockFile(str(lock_path(sample_file)))
        assert not second.tryLock(0)  # a second app cannot take it
        again = FileLock(lambda path, who: asked.append(who) or True)
        again.follow(doc)  # "edit anyway": asked, and the document stays writable
        assert asked and "process" in asked[0]
        assert doc.read_only is None
        lock.release()
        assert second.tryLock(0)
        second.unlock()
    finally:
        doc.close()


def test_a_folder_without_room_for_a_lock_still_opens(sample_file: Path, recovery_dir: Path,
                                                      monkeypatch: Any) -> None:
    from roadmap.services.files import open_document

    doc = open_document(sample_file, recovery_dir=recovery_dir)
    monkeypatch.setattr("ui.file_lock.lock_path",
                        lambda path: Path("/proc/no-such-folder") / "x.lock")
    lock = FileLock(lambda path, who: pytest.fail("nobody holds it"))
    try:
        lock.follow(doc)
        assert lock.path is None and doc.read_only is None
    finally:
        doc.close()


def test_two_planners_on_a_server_the_later_undo_asks(pg_url: str) -> None:  # noqa: F811
    from roadmap.samples.bundled import build_sample
    from roadmap.services.shared import open_shared, publish

    sample = build_sample()
    publish(sample, pg_url)
    sample.close()
    a, b = open_shared(pg_url), open_shared(pg_url)
    try:
        ctx_b = AppContext(b)
        resolver = Resolver(answer=False)
        ctx_b.conflicts = resolver
        ctx_b.run(lambda: b.initiatives.update(4, title="B's title"))
        for _ in range(50):
            if a.poll_remote() is not None:
                break
            time.sleep(0.02)
        a.initiatives.update(4, title="A's later title")
        for _ in range(50):
            if b.poll_remote() is not None:
                break
            time.sleep(0.02)
        ctx_b.undo_stack.undo()
        assert resolver.asked == ["undo"]
        assert b.initiatives.get(4).title == "A's later title"
        assert ctx_b.undo_stack.count() == 0
    finally:
        a.close()
        b.close()
