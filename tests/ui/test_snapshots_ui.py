"""Snapshots in the app: take one by name, rename and delete it undoably, see what changed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from roadmap.analysis.engine import analyse
from roadmap.model.keys import NodeKey
from ui.dialogs.snapshots import SnapshotsDialog, TakeSnapshotDialog
from ui.docks.changes import INITIATIVE_ROLE, ChangesDock


def _first_dated(ctx: Any) -> Any:
    return next(i for i in ctx.doc.initiatives.all() if i.end is not None)


def test_take_snapshot_refuses_bad_names_at_the_field_and_is_undoable(qtbot: Any,
                                                                      ctx: Any) -> None:
    dialog = TakeSnapshotDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.name_edit.text().startswith(f"Board {dt.date.today().day} ")
    dialog.name_edit.setText("   ")
    assert not dialog.take()
    assert "A snapshot needs a name" in dialog.error.text()
    dialog.name_edit.setText("x" * 121)
    assert not dialog.take() and "at most 120" in dialog.error.text()
    dialog.name_edit.setText("Board Q1")
    assert dialog.take()
    assert [s.name for s in ctx.doc.snapshots.all()] == ["Board Q1"]
    assert ctx.undo_stack.undoText() == "Take Snapshot “Board Q1”"
    again = TakeSnapshotDialog(ctx)
    qtbot.addWidget(again)
    again.name_edit.setText("board q1")
    assert not again.take() and "already exists" in again.error.text()
    ctx.undo_stack.undo()
    assert ctx.doc.snapshots.all() == []


def test_the_list_renames_and_deletes_after_asking(qtbot: Any, ctx: Any) -> None:
    from roadmap.snapshots.payload import take_snapshot

    ctx.run(lambda: take_snapshot(ctx.doc, "Board Q1"))
    dialog = SnapshotsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.name_edit.text() == "Board Q1"
    dialog.name_edit.setText("Board March")
    assert dialog.rename_current()
    assert "Board March" in dialog.list.item(0).text()
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False
    assert not dialog.delete_current() and len(ctx.doc.snapshots.all()) == 1
    dialog.confirm = lambda text: True
    assert dialog.delete_current()
    assert asked == ["Delete the snapshot “Board March”? Edit ▸ Undo brings it back."]
    assert ctx.doc.snapshots.all() == [] and dialog.list.count() == 0
    ctx.undo_stack.undo()
    assert [s.name for s in ctx.doc.snapshots.all()] == ["Board March"]
    assert dialog.list.count() == 1
    ctx.undo_stack.undo()
    assert ctx.doc.snapshots.all()[0].name == "Board Q1"


def test_the_changes_dock_lists_each_change_and_goes_to_its_initiative(qtbot: Any,
                                                                       ctx: Any) -> None:
    from roadmap.snapshots.payload import take_snapshot

    dock = ChangesDock(ctx)
    qtbot.addWidget(dock)
    assert "Take a snapshot" in dock.summary.text()
    ctx.publish_analysis(analyse(ctx.doc))
    ctx.run(lambda: take_snapshot(ctx.doc, "Board Q1"))
    moved = _first_dated(ctx)
    ctx.run(lambda: ctx.doc.initiatives.update(moved.id, end=moved.end + dt.timedelta(weeks=6)))
    with qtbot.waitSignal(dock.comparison_changed):
        ctx.publish_analysis(analyse(ctx.doc))
    assert dock.snapshot_combo.currentText().startswith("Board Q1")
    texts = [dock.list.item(n).text() for n in range(dock.list.count())]
    assert "Moved (1)" in texts
    line = next(n for n, t in enumerate(texts) if moved.title in t and "+6 weeks" in t)
    assert dock.changed_keys() == {NodeKey.initiative(moved.id)}
    dock.list.itemClicked.emit(dock.list.item(line))
    assert ctx.selection == (NodeKey.initiative(moved.id),)
    assert dock.list.item(line).data(INITIATIVE_ROLE) == moved.id


def test_the_table_shows_only_what_changed(qtbot: Any, window: Any) -> None:
    from roadmap.snapshots.payload import take_snapshot

    ctx = window.ctx
    ctx.run(lambda: take_snapshot(ctx.doc, "Board Q1"))
    moved = _first_dated(ctx)
    ctx.run(lambda: ctx.doc.initiatives.update(moved.id, budget=(moved.budget or 0) + 1000))
    window.analysis.refresh_now()
    table = window.show_view("table")
    total = table.proxy.rowCount()
    window.changes.only_changed.setChecked(True)
    assert table.proxy.rowCount() == 1
    assert table.proxy.index(0, 0).data() == moved.title
    window.changes.only_changed.setChecked(False)
    assert table.proxy.rowCount() == total
    assert window.named_actions.roadmap_take_snapshot.text() == "Take &Snapshot…"
