"""Findings panel, inspector forms for other rows, dialogs and deleting a selection."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey
from ui.dialogs.dependency import DependencyDialog
from ui.dialogs.properties import PropertiesDialog
from ui.dialogs.schedule import ScheduleDialog, proposed_moves

K = NodeKey.parse

CDP = 8


def _row_of(dock: Any, code: str, subject: str) -> Any:
    for row in range(dock.proxy.rowCount()):
        finding = dock.proxy.index(row, 0).data(0x0100)
        if finding.code == code and finding.subject == subject:
            return dock.proxy.index(row, 0)
    return None


def test_double_click_on_a_finding_selects_its_initiative(window: Any) -> None:
    dock = window.findings
    index = _row_of(dock, "CR101", f"initiative:{CDP}")
    assert index is not None
    dock.table.doubleClicked.emit(index)
    assert window.ctx.selection == (K(f"initiative:{CDP}"),)
    assert window.inspector.current_form.header.text() == "Customer data platform"
    assert window.navigator.tree.selectionModel().selectedRows()[0].data().startswith(
        "Customer data platform")


def test_accept_and_revoke_a_finding_are_undoable(qtbot: Any, window: Any) -> None:
    dock = window.findings
    finding = _row_of(dock, "CR101", f"initiative:{CDP}").data(0x0100)
    with qtbot.waitSignal(window.ctx.analysis_updated, timeout=3000):
        assert dock.accept_finding(finding, "Pilot run by IT on purpose")
    assert _row_of(dock, "CR101", f"initiative:{CDP}") is None  # open only by default
    dock.set_show("accepted")
    index = _row_of(dock, "CR101", f"initiative:{CDP}")
    assert index.siblingAtColumn(4).data() == "Accepted: Pilot run by IT on purpose"
    assert window.named_actions.edit_undo.text() == "&Undo Accept Finding"
    with qtbot.waitSignal(window.ctx.analysis_updated, timeout=3000):
        assert dock.revoke_finding(index.data(0x0100))
    dock.set_show("open")
    assert _row_of(dock, "CR101", f"initiative:{CDP}") is not None


def test_an_action_on_a_finding_is_recorded_shown_and_undone(qtbot: Any, window: Any) -> None:
    import datetime as dt

    from ui.dialogs.finding_action import ActionValues, FindingActionDialog

    dock = window.findings
    index = _row_of(dock, "CR101", f"initiative:{CDP}")
    dock.table.setCurrentIndex(index)
    assert dock.action_button.isEnabled()
    finding = index.data(0x0100)
    values = ActionValues("Ana Ruiz", dt.date(2027, 4, 15), "Report in April")
    assert dock.record_action(finding, values)
    action = window.ctx.doc.finding_actions.lookup("CR101", f"initiative:{CDP}")
    assert (action.owner, action.due, action.note) == ("Ana Ruiz", dt.date(2027, 4, 15),
                                                       "Report in April")
    assert "Action: Ana Ruiz by 2027-04-15: Report in April" in dock.details.text()
    assert window.named_actions.edit_undo.text() == "&Undo Set Finding Action"
    window.named_actions.edit_undo.trigger()
    assert window.ctx.doc.finding_actions.lookup("CR101", f"initiative:{CDP}") is None
    dialog = FindingActionDialog(window, "CR101", owner="A", due=None, note="n")
    qtbot.addWidget(dialog)
    assert dialog.values() == ActionValues("A", None, "n")
    dialog.has_due.setChecked(True)
    assert dialog.values().due is not None


def test_department_owner_and_vendor_forms_edit_their_rows(qtbot: Any, window: Any) -> None:
    inspector = window.inspector
    marketing = window.ctx.doc.departments.by_name("Marketing")
    window.inspect(K(f"department:{marketing.id}"))
    form = inspector.current_form
    form.bindings["colour"].widget.setText("#12345")
    form.bindings["colour"].widget.textEdited.emit("#12345")
    assert "not a colour" in form.bindings["colour"].error.text()
    form.bindings["colour"].widget.setText("#112233")
    form.bindings["colour"].widget.textEdited.emit("#112233")
    assert window.ctx.doc.departments.get(marketing.id).colour == "#112233"
    key = window.insert("owner")
    assert window.inspector.current_form.kind == "owner"
    assert window.ctx.doc.owners.get(key).name == "New owner"
    key = window.insert("vendor")
    form = window.inspector.current_form
    qtbot.keyClicks(form.bindings["name"].widget, "Stripe")  # a new row's name is selected
    assert window.ctx.doc.vendors.get(key).name == "Stripe"
    form.bindings["name"].widget.setText("Adyen")
    form.bindings["name"].widget.textEdited.emit("Adyen")
    assert "already exists" in form.bindings["name"].error.text()


def test_delete_the_selection_and_undo_restores_links(window: Any) -> None:
    doc = window.ctx.doc
    links = [p for p in doc.dependencies.pairs() if CDP in p]
    window.ctx.select([K(f"initiative:{CDP}")], None)
    window.named_actions.edit_delete.trigger()
    assert doc.initiatives.find(CDP) is None
    assert window.inspector.current_form is None
    window.named_actions.edit_undo.trigger()
    assert doc.initiatives.get(CDP).title == "Customer data platform"
    assert [p for p in doc.dependencies.pairs() if CDP in p] == links


def test_properties_dialog_shows_errors_at_the_field(qtbot: Any, window: Any) -> None:
    dialog = PropertiesDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.editors["title"].setText("")
    dialog.accept()
    assert "empty" in dialog.errors["title"].text()
    dialog.editors["title"].setText("R&D <beta> roadmap")
    dialog.accept()
    assert window.ctx.doc.info.title == "R&D <beta> roadmap"
    assert window.named_actions.edit_undo.text() == "&Undo Rename Roadmap"


def test_auto_schedule_previews_then_applies_in_one_step(qtbot: Any, window: Any) -> None:
    doc = window.ctx.doc
    moves = proposed_moves(window.ctx)
    assert moves
    key, (start, _end) = next(iter(moves.items()))
    before = doc.initiatives.get(key).start
    dialog = ScheduleDialog(window.ctx, moves, window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert doc.initiatives.get(key).start == start
    assert window.named_actions.edit_undo.text() == "&Undo Auto-schedule"
    window.named_actions.edit_undo.trigger()
    assert doc.initiatives.get(key).start == before


def test_a_dependency_that_closes_a_cycle_is_refused_in_the_dialog(qtbot: Any,
                                                                  window: Any) -> None:
    doc = window.ctx.doc
    first, second = doc.initiatives.all()[:2]
    doc_pairs = set(doc.dependencies.pairs())
    if (second.id, first.id) not in doc_pairs:
        window.ctx.run(lambda: doc.dependencies.link(second.id, first.id))
    dialog = DependencyDialog(window.ctx, first.id, window)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData(second.id))
    dialog.accept()
    assert "cycle" in dialog.error.text()
    assert (first.id, second.id) not in doc.dependencies.pairs()


def test_inspector_milestones_and_vendors(window: Any) -> None:
    doc = window.ctx.doc
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    milestones = len(doc.initiatives.get(CDP).milestones)
    form._on_add_milestone_clicked()
    assert len(doc.initiatives.get(CDP).milestones) == milestones + 1
    row = form.milestones.rowCount() - 1
    form.milestones.item(row, 1).setText("not a date")
    assert "not a date" in form.milestones_error.text()
    form.milestones.item(form.milestones.rowCount() - 1, 1).setText("2028-02-01")
    assert dt.date(2028, 2, 1) in [m.date for m in doc.initiatives.get(CDP).milestones]
    item = form.vendors.item(0)
    vendor, was_used = item.data(0x0100), item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked if was_used else Qt.CheckState.Checked)
    used = {u.vendor_id for u in doc.vendor_uses.all() if u.initiative_id == CDP}
    assert (vendor in used) is not was_used
    assert (form.vendors.item(0).checkState() == Qt.CheckState.Checked) is not was_used
    assert window.ctx.undo_stack.undoText() == "Change Vendors"


def test_table_department_roles_cell_uses_the_roles_editor(window: Any) -> None:
    from ui.models.initiatives import COLUMN_INDEX

    view = window.show_view("table")
    source = view.model.index(view.model.row_of(CDP), COLUMN_INDEX["departments"])
    index = view.proxy.mapFromSource(source)
    delegate = view.table.itemDelegateForIndex(index)
    editor = delegate.createEditor(view.table.viewport(), None, index)
    delegate.setEditorData(editor, index)
    marketing = window.ctx.doc.departments.by_name("Marketing").id
    roles = editor.value()
    roles[marketing] = Role.CONTRIBUTOR
    editor.set_value(roles)
    delegate.setModelData(editor, view.proxy, index)
    assert "Marketing (contributor)" in index.data()


def test_the_navigator_keeps_a_big_group_folded_when_another_view_selects(
        window: Any, monkeypatch: Any) -> None:
    import ui.docks.navigator as navigator

    monkeypatch.setattr(navigator, "FOLD_ABOVE", 5)
    dock = window.navigator
    dock._expand_groups()
    key = K(f"initiative:{CDP}")
    window.ctx.select([key], "test")
    selected = dock.tree.selectionModel().selectedRows()
    assert [index.data(navigator.KEY_ROLE) for index in selected] == [key]
    assert not dock.tree.isExpanded(selected[0].parent())
    dock.tree.setExpanded(selected[0].parent(), True)  # unfolded by hand: selections show
    window.ctx.select([], "test")
    window.ctx.select([key], "test")
    assert dock.tree.currentIndex().data(navigator.KEY_ROLE) == key


def test_a_row_combo_offered_the_same_rows_keeps_its_items(qtbot: Any) -> None:
    from ui.widgets import RowCombo

    combo = RowCombo()
    qtbot.addWidget(combo)
    combo.set_rows([(2, "Bea"), (1, "Al")])
    combo.set_value(2)
    combo.setItemText(1, "kept")
    combo.set_rows([(1, "Al"), (2, "Bea")])
    assert combo.itemText(1) == "kept" and combo.value() == 2
    combo.set_rows([(1, "Al"), (2, "Bea"), (3, "Cy")])
    assert [combo.itemText(i) for i in range(combo.count())][1:] == ["Al", "Bea", "Cy"]
    assert combo.value() == 2


def test_inspector_choices_follow_new_owners_vendors_and_undo(window: Any) -> None:
    """The owner and vendor choices are read once per change, and every change is seen."""
    from roadmap.model.enums import VendorCategory

    doc = window.ctx.doc
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    owners_before = form.owner_combo.count()
    window.ctx.run(lambda: doc.owners.create(name="Zoë Quist"))
    window.ctx.run(lambda: doc.vendors.create(name="Acme Cloud",
                                              category=next(iter(VendorCategory))))
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    names = [form.owner_combo.itemText(i) for i in range(form.owner_combo.count())]
    assert "Zoë Quist" in names and form.owner_combo.count() == owners_before + 1
    vendors = [form.vendors.item(i).text() for i in range(form.vendors.count())]
    assert any(text.startswith("Acme Cloud") for text in vendors)
    window.ctx.undo_stack.undo()
    window.ctx.undo_stack.undo()
    window.inspect(K(f"initiative:{CDP}"))
    form = window.inspector.current_form
    assert form.owner_combo.count() == owners_before
    assert not any(form.vendors.item(i).text().startswith("Acme Cloud")
                   for i in range(form.vendors.count()))
