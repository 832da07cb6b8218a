"""Start-up at scale: tabs built on first show, what start-up leaves unloaded,
the garbage-collector pause, and sorting from cached per-row values."""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from roadmap.model.enums import Role, Status
from ui.models import SORT_ROLE
from ui.models.initiatives import COLUMN_INDEX, COLUMNS, InitiativeTableModel
from ui.models.matrix import MatrixModel
from ui.models.proxies import SearchProxy

ROOT = Path(__file__).resolve().parents[2]


def _sorted_by(model: Any, field: str, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
               ) -> tuple[SearchProxy, list[Any]]:
    """A proxy over `model` sorted by the column of `field`, and the rows' objects in order."""
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(COLUMN_INDEX[field], order)
    return proxy, _objects(proxy)


def _objects(proxy: SearchProxy) -> list[Any]:
    source = proxy.sourceModel()
    return [source.object_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())]


def _blank_last(values: list[Any]) -> None:
    """Non-empty values in ascending order, then every empty one."""
    filled = [v for v in values if v not in (None, "")]
    assert values[:len(filled)] == sorted(filled)
    assert all(v in (None, "") for v in values[len(filled):])


def test_only_the_tab_on_show_is_built_until_another_is_shown(window: Any) -> None:
    shown = window.views.current_name()
    assert window.views.view(shown) is not None
    others = [name for name in window.views.names() if name != shown]
    assert others and all(window.views.view(name) is None for name in others)
    built = window.show_view(others[0])
    assert built is not None and window.views.view(others[0]) is built
    assert all(window.views.view(name) is None for name in others[1:])


def test_start_up_leaves_the_board_pack_spreadsheets_and_hidden_tabs_unloaded(
        tmp_path: Path, sample_file: Path) -> None:
    script = textwrap.dedent(f"""
        import json, sys
        from pathlib import Path
        from ui.app import make_application  # first, as main.py does
        from PySide6.QtCore import QSettings
        from roadmap.services.files import open_document
        from ui import settings as app_settings
        from ui.context import AppContext
        from ui.main_window import MainWindow

        app = make_application()
        qsettings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
        doc = open_document(Path({str(sample_file)!r}), recovery_dir=Path({str(tmp_path)!r}))
        window = MainWindow(AppContext(doc), app_settings.AppSettings(qsettings))
        window.show()
        window.analysis.refresh_now()
        app.processEvents()
        names = list(sys.modules)
        print(json.dumps({{
            "view": window.views.current_name(),
            "loaded": [m for m in ("reportlab", "roadmap.boardpack", "openpyxl",
                                   "ui.views.graph.view", "ui.views.timeline.view",
                                   "ui.presentation") if m in sys.modules],
            "core_first": names.index("sqlalchemy") < names.index("PySide6"),
            "collecting": __import__("gc").isenabled(),
        }}))
        window.close()
        doc.close()
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["view"] == "timeline"
    assert report["loaded"] == ["ui.views.timeline.view"], "only the tab on show is built"
    assert report["core_first"], "Qt was imported before the core (PySide6's import hook)"
    assert report["collecting"], "the garbage collector stayed off after start-up"


def test_start_up_pauses_the_collector_then_freezes_what_it_built(
        qtbot: Any, monkeypatch: Any) -> None:
    from ui import collector

    monkeypatch.setattr(collector, "_collector", {"held": False, "used": False})
    assert gc.isenabled()
    try:
        collector.hold_collector()
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled)  # released on the first turn of the event loop
        assert gc.get_freeze_count() > 0
        collector.hold_collector()  # once per process
        assert gc.isenabled()
        collector.thaw_collector()
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_table_sorts_every_column_by_its_cached_value(ctx: Any) -> None:
    model = InitiativeTableModel(ctx)
    for number, column in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy = SearchProxy()
            proxy.setSourceModel(model)
            proxy.sort(number, order)
            keys = [proxy.index(r, number).data(SORT_ROLE) for r in range(proxy.rowCount())]
            expected = sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert keys == expected, column.field
            assert len(keys) == model.rowCount()


def test_dates_money_enums_and_names_sort_naturally_with_blanks_last(ctx: Any) -> None:
    doc = ctx.doc
    first, second = (i.id for i in doc.initiatives.all()[:2])
    ctx.run(lambda: doc.initiatives.update(first, budget=None, start=None, end=None,
                                           owner_id=None))
    ctx.run(lambda: doc.initiatives.update(second, budget=1))
    model = InitiativeTableModel(ctx)

    _proxy, rows = _sorted_by(model, "budget")
    _blank_last([r.budget for r in rows])
    assert rows[0].id == second and rows[-1].budget is None
    _proxy, rows = _sorted_by(model, "budget", Qt.SortOrder.DescendingOrder)
    assert rows[0].budget is None and rows[-1].id == second

    _proxy, rows = _sorted_by(model, "start")
    _blank_last([r.start for r in rows])
    assert isinstance(rows[0].start, dt.date) and first in {r.id for r in rows if r.start is None}

    _proxy, rows = _sorted_by(model, "status")
    order = list(Status)
    assert [order.index(r.status) for r in rows] == sorted(order.index(r.status) for r in rows)

    _proxy, rows = _sorted_by(model, "owner_id")
    names = [doc.owners.get(r.owner_id).name.casefold() if r.owner_id else None for r in rows]
    _blank_last(names)


def test_a_sorted_table_moves_rows_when_values_and_names_change(qtbot: Any, ctx: Any) -> None:
    doc = ctx.doc
    model = InitiativeTableModel(ctx)
    proxy, rows = _sorted_by(model, "budget")
    last_with_budget = max(r.budget for r in rows if r.budget is not None)
    moved = rows[0].id
    ctx.run(lambda: doc.initiatives.update(moved, budget=last_with_budget + 1))
    rows = _objects(proxy)
    budgets = [r.budget for r in rows]
    _blank_last(budgets)
    assert rows[budgets.index(last_with_budget + 1)].id == moved

    proxy, rows = _sorted_by(model, "owner_id")
    owned = [r for r in rows if r.owner_id is not None]
    owner = doc.owners.get(owned[0].owner_id)
    ctx.run(lambda: doc.owners.update(owner.id, name="Zzz Last Owner"))
    rows = _objects(proxy)
    names = [doc.owners.get(r.owner_id).name.casefold() if r.owner_id else None for r in rows]
    _blank_last(names)
    assert names[:len([n for n in names if n])][-1] == "zzz last owner"

    proxy, rows = _sorted_by(model, "title")
    with qtbot.waitSignal(model.rowsInserted):
        ctx.run(lambda: doc.initiatives.create(title="AAA first by title"))
    assert _objects(proxy)[0].title == "AAA first by title"


def test_the_matrix_sorts_a_department_column_lead_first(ctx: Any) -> None:
    model = MatrixModel(ctx)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    column = next(c for c in range(1, model.columnCount())
                  if len({model.index(r, c).data(Qt.ItemDataRole.EditRole)
                          for r in range(model.rowCount())}) > 2)
    proxy.sort(column)
    roles = [proxy.index(r, column).data(Qt.ItemDataRole.EditRole)
             for r in range(proxy.rowCount())]
    rank = {Role.LEAD: 0, Role.CONTRIBUTOR: 1, Role.ENABLER: 2, None: 3}
    assert [rank[r] for r in roles] == sorted(rank[r] for r in roles)
    department = model.department_at(column)
    first = _objects(proxy)[-1]  # not involved: sorts last
    ctx.run(lambda: ctx.doc.participations.set_role(first.id, department.id, Role.LEAD))
    top = [proxy.index(r, column).data(Qt.ItemDataRole.EditRole)
           for r in range(proxy.rowCount())]
    assert [rank[r] for r in top] == sorted(rank[r] for r in top)
    assert first.id in {o.id for o, role in zip(_objects(proxy), top, strict=True)
                        if role == Role.LEAD}


def test_opening_another_roadmap_thaws_what_start_up_froze(window: Any, sample_file: Path,
                                                           tmp_path: Path) -> None:
    other = tmp_path / "other.roadmap"
    shutil.copyfile(sample_file, other)
    gc.freeze()  # as release_collector does once the first window is up
    try:
        assert gc.get_freeze_count() > 0
        assert window.files.open_path(other)
        assert gc.get_freeze_count() == 0  # the first document's rows can be collected
    finally:
        gc.unfreeze()
