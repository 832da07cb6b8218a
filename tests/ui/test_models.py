"""The item models: consistent (qtmodeltester) and forwarding document changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from roadmap.model.enums import Role
from roadmap.model.keys import NodeKey
from ui.models import KEY_ROLE, OBJECT_ROLE
from ui.models.findings import FindingsModel
from ui.models.initiatives import COLUMN_INDEX, InitiativeTableModel
from ui.models.matrix import MatrixModel
from ui.models.navigator import NavigatorModel
from ui.models.proxies import SearchProxy

K = NodeKey.parse


def _analyse(ctx: Any) -> None:
    from roadmap.analysis import analyse

    ctx.publish_analysis(analyse(ctx.doc))


def test_initiative_model_passes_the_model_tester(qtmodeltester: Any, ctx: Any) -> None:
    _analyse(ctx)
    model = InitiativeTableModel(ctx)
    qtmodeltester.check(model, force_py=True)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy, force_py=True)


def test_navigator_matrix_and_findings_pass_the_model_tester(qtmodeltester: Any,
                                                               ctx: Any) -> None:
    _analyse(ctx)
    for model in (NavigatorModel(ctx), MatrixModel(ctx), FindingsModel(ctx)):
        qtmodeltester.check(model, force_py=True)


def test_initiative_model_forwards_create_update_and_undo(qtbot: Any, ctx: Any) -> None:
    model = InitiativeTableModel(ctx)
    rows = model.rowCount()
    with qtbot.waitSignal(model.rowsInserted):
        ctx.run(lambda: ctx.doc.initiatives.create(title="Wishlist sharing"))
    assert model.rowCount() == rows + 1
    last = model.index(rows, 0)
    assert last.data() == "Wishlist sharing"
    assert last.data(KEY_ROLE).kind == "initiative"
    assert last.data(OBJECT_ROLE).title == "Wishlist sharing"
    key = last.data(OBJECT_ROLE).id
    with qtbot.waitSignal(model.dataChanged):
        ctx.run(lambda: ctx.doc.initiatives.update(key, title="Wishlists"))
    assert model.index(rows, 0).data() == "Wishlists"
    with qtbot.waitSignal(model.rowsRemoved):
        ctx.undo_stack.undo()
        ctx.undo_stack.undo()
    assert model.rowCount() == rows


def test_table_cells_edit_through_the_service_layer(ctx: Any) -> None:
    model = InitiativeTableModel(ctx)
    budget = model.index(0, COLUMN_INDEX["budget"])
    assert model.setData(budget, 250_000)
    assert model.object_at(0).budget == 250_000
    assert ctx.undo_stack.undoText() == "Change Initiative Budget"
    messages: list[str] = []
    model.edit_failed.connect(lambda _index, message: messages.append(message))
    assert not model.setData(model.index(0, COLUMN_INDEX["title"]), "   ")
    assert messages and "empty" in messages[0]
    assert model.object_at(0).title.strip()


def test_matrix_sets_and_removes_a_role_as_one_edit(ctx: Any) -> None:
    model = MatrixModel(ctx)
    marketing = ctx.doc.departments.by_name("Marketing")
    column = 1 + [d.id for d in ctx.doc.departments.all()].index(marketing.id)
    row = model.row_of(8)
    index = model.index(row, column)
    assert model.setData(index, Role.LEAD)
    assert index.data() == "Lead"
    assert ctx.undo_stack.undoText() == "Change Departments"
    assert model.setData(index, None)
    assert index.data() == ""


def test_matrix_adds_a_column_for_a_new_department(qtbot: Any, ctx: Any) -> None:
    model = MatrixModel(ctx)
    columns = model.columnCount()
    with qtbot.waitSignal(model.columnsInserted):
        ctx.run(lambda: ctx.doc.departments.create(name="Legal"))
    assert model.columnCount() == columns + 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(1, columns + 1)]
    business = [model.department_at(c).name for c in range(1, columns + 1)
                if not model.department_at(c).is_it]
    assert "Legal" in headers and business == sorted(business, key=str.casefold), \
        "a business department takes its place by name, before the IT columns"
    with qtbot.waitSignal(model.columnsRemoved):
        ctx.undo_stack.undo()


def test_navigator_groups_count_and_filter(qtbot: Any, ctx: Any) -> None:
    model = NavigatorModel(ctx)
    group = model.group_index("vendor")
    vendors = model.rowCount(group)
    assert group.data() == f"Vendors ({vendors})"
    with qtbot.waitSignal(model.rowsInserted):
        ctx.run(lambda: ctx.doc.vendors.create(name="Stripe"))
    assert model.group_index("vendor").data() == f"Vendors ({vendors + 1})"
    proxy = SearchProxy()
    proxy.setRecursiveFilteringEnabled(True)
    proxy.setSourceModel(model)
    proxy.set_search("stripe")
    assert proxy.rowCount() == 1
    vendors_group = proxy.index(0, 0)
    assert proxy.rowCount(vendors_group) == 1
    assert proxy.index(0, 0, vendors_group).data() == "Stripe"


def test_navigator_keeps_rows_in_name_order_through_renames(qtbot: Any, qtmodeltester: Any,
                                                            ctx: Any) -> None:
    model = NavigatorModel(ctx)
    qtmodeltester.check(model, force_py=True)
    group = model.group_index("vendor")
    names = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    assert names == sorted(names, key=str.casefold)
    adyen = ctx.doc.vendors.by_name("Adyen")
    tracked = model.index_of(K(f"vendor:{adyen.id}"))
    from PySide6.QtCore import QPersistentModelIndex

    persistent = QPersistentModelIndex(tracked)
    with qtbot.waitSignal(model.layoutChanged):
        ctx.run(lambda: ctx.doc.vendors.update(adyen.id, name="Zeta Payments"))
    last = model.rowCount(group) - 1
    assert model.index(last, 0, group).data() == "Zeta Payments"
    assert persistent.row() == last
