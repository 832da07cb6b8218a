"""The timeline at first sight: fitted to the width, nothing selected, one-row legend."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from roadmap.model.enums import Bucket, Role
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document
from roadmap.views.timeline.layout import NOT_SCHEDULED
from ui.context import AppContext
from ui.views.timeline.items import Relation
from ui.views.timeline.view import TimelineView

K = NodeKey.parse

D = dt.date


@pytest.fixture
def ctx() -> AppContext:
    doc = Document.in_memory(horizon_start=D(2027, 1, 1), horizon_end=D(2028, 12, 31))
    sales = doc.departments.create(name="Sales").rows[0].key
    for i in range(8):
        start = D(2027, 1, 4) + dt.timedelta(weeks=10 * i)
        key = doc.initiatives.create(title=f"Initiative with a fairly long title {i}",
                                     start=start, end=start + dt.timedelta(weeks=8)
                                     ).rows[0].key
        doc.participations.set_role(key, sales, Role.LEAD)
    doc.dependencies.link(2, 1)
    for bucket in Bucket:
        doc.initiatives.create(title=f"Idea for {bucket.label}", bucket=bucket)
    return AppContext(doc)


@pytest.fixture
def view(qtbot: Any, ctx: AppContext) -> TimelineView:
    widget = TimelineView(ctx, today=D(2027, 5, 3))
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _horizon_end_x(view: TimelineView) -> float:
    scale = view.scene.layout.scale
    return view.canvas.view_x(scale.x_of(view.ctx.doc.info.horizon_end + dt.timedelta(days=1)))


def _assert_fits(view: TimelineView) -> None:
    viewport = view.canvas.viewport().width()
    layout = view.scene.layout
    assert 0 < _horizon_end_x(view) <= viewport
    assert layout.width <= viewport
    assert view.canvas.horizontalScrollBar().maximum() == 0, "no sideways scrolling at fit"
    columns = sum(x1 - x0 for _n, x0, x1 in layout.columns)
    assert layout.time_width >= 0.5 * (viewport - columns), "the horizon gets the width"


def test_opens_fitted_with_the_horizon_across_the_width(view: TimelineView) -> None:
    assert view.canvas.auto_fit
    _assert_fits(view)
    columns = view.scene.layout.columns
    assert [name for name, _x0, _x1 in columns] == [NOT_SCHEDULED], \
        "three date-less columns would crowd 900 px: they stack into one"
    assert all(x1 - x0 <= 200 for _n, x0, x1 in columns)
    assert view.canvas.verticalScrollBar().value() == 0


def test_a_resize_refits_until_a_manual_zoom_and_ctrl_0_fits_again(
        qtbot: Any, view: TimelineView) -> None:
    narrow = view.scene.px_per_day
    view.resize(1500, 600)
    qtbot.waitUntil(lambda: view.scene.px_per_day > narrow)
    _assert_fits(view)
    wide = view.scene.px_per_day

    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    zoomed = view.scene.px_per_day
    assert zoomed == pytest.approx(wide * 1.25) and not view.canvas.auto_fit
    view.resize(1100, 600)
    qtbot.waitUntil(lambda: view.canvas.viewport().width() < 1000)
    assert view.scene.px_per_day == zoomed, "a hand-picked zoom survives a resize"

    QTest.keyClick(view.canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.auto_fit
    assert view.scene.px_per_day < wide
    _assert_fits(view)
    view.findChild(type(view.canvas)).zoom_by(2.0)
    view.findChild(object, "timeline_fit").click()
    assert view.canvas.auto_fit
    _assert_fits(view)


def test_wide_windows_keep_a_column_per_bucket(qtbot: Any, view: TimelineView) -> None:
    view.resize(2600, 700)
    qtbot.waitUntil(lambda: not view.scene.stack_buckets)
    assert [name for name, _x0, _x1 in view.scene.layout.columns] == [
        "Now", "Next", "Later"]
    _assert_fits(view)


def test_quarter_and_month_labels_have_room_at_fit(view: TimelineView) -> None:
    scale = view.scene.layout.scale
    quarter = scale.x_of(D(2027, 4, 1)) - scale.x_of(D(2027, 1, 1))
    header = view.canvas.header
    from PySide6.QtGui import QFontMetricsF

    assert quarter >= QFontMetricsF(header.quarter_font).horizontalAdvance("Q4") + 6
    assert scale.x_of(D(2027, 2, 1)) - scale.x_of(D(2027, 1, 1)) >= \
        QFontMetricsF(header.month_font).horizontalAdvance("M") + 6


def test_selection_dims_the_rest_moderately(view: TimelineView, ctx: AppContext) -> None:
    ctx.select((K("initiative:1"),), source="test")
    bars = view.scene.bars
    assert bars[2].relation is Relation.DOWNSTREAM
    assert bars[5].relation is Relation.DIMMED
    assert 0.35 <= bars[5].opacity() <= 0.45
    assert bars[1].opacity() == 1.0
    ctx.select((), source="test")
    assert bars[5].opacity() == 1.0


def test_legend_is_one_row_with_the_rest_in_a_popup(qtbot: Any, ctx: AppContext) -> None:
    view = TimelineView(ctx)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    legend = view.legend
    one_row = legend.swatch + 16
    assert legend.height() <= one_row
    shown = legend.shown()
    assert shown[:4] == ["Green health", "Amber health", "Red health", "IT alone"]
    assert len(shown) < len(legend.entries)
    assert legend.more is not None and legend.more.isVisible()
    popup = legend.show_all()
    assert popup.isVisible()
    full = popup.findChild(type(legend))
    assert full.shown() == [entry.text for entry in legend.entries]
    popup.close()
    view.resize(2400, 500)
    qtbot.waitUntil(lambda: legend.more.isHidden())
    assert legend.shown() == [entry.text for entry in legend.entries]
    assert legend.height() <= one_row


def test_document_replaced_scrolls_back_to_the_top_and_refits(
        qtbot: Any, view: TimelineView, ctx: AppContext) -> None:
    view.resize(900, 200)
    qtbot.waitUntil(lambda: view.canvas.verticalScrollBar().maximum() > 0)
    view.canvas.verticalScrollBar().setValue(view.canvas.verticalScrollBar().maximum())
    view.canvas.zoom_by(3.0)
    doc = Document.in_memory(horizon_start=D(2027, 1, 1), horizon_end=D(2027, 12, 31))
    for i in range(30):
        doc.initiatives.create(title=f"Work {i}", start=D(2027, 1, 4), end=D(2027, 3, 28))
    ctx.set_document(doc)
    assert view.canvas.auto_fit
    assert view.canvas.verticalScrollBar().value() == 0
    _assert_fits(view)


def test_main_window_opens_the_timeline_with_nothing_selected(window: Any) -> None:
    window.show_view("timeline")
    view = window.findChild(TimelineView)
    assert window.ctx.selection == ()
    assert view.scene.selected == ()
    assert all(bar.relation is Relation.NONE for bar in view.scene.bars.values())
    assert view.canvas.verticalScrollBar().value() == 0
    _assert_fits(view)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_presentation_timeline_is_fitted_too(qtbot: Any, ctx: AppContext,
                                                 size: tuple[int, int]) -> None:
    from ui.presentation import present

    window = present(ctx, size=size, today=D(2027, 5, 3))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.go(1)
    view = window.timeline
    qtbot.waitUntil(lambda: view.scene.layout is not None and view.canvas.auto_fit)
    _assert_fits(view)
    assert view.legend.height() <= view.legend.swatch + 16, "one legend row on the wall too"


def test_a_large_roadmap_is_laid_out_once_when_the_window_has_settled(
        qtbot: Any, sample_file: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication

    from roadmap.services.files import open_document
    from ui import settings as app_settings
    from ui.main_window import MainWindow
    from ui.views.timeline import view as timeline_view
    from ui.views.timeline.scene import TimelineScene

    monkeypatch.setattr(timeline_view, "SETTLE_ABOVE", 0)  # the sample counts as large
    widths: list[int] = []
    relayout = TimelineScene.relayout

    def counted(scene: TimelineScene) -> None:
        widths.append(scene.views()[0].viewport().width())
        relayout(scene)

    monkeypatch.setattr(TimelineScene, "relayout", counted)
    doc = open_document(sample_file, recovery_dir=app_settings.recovery_dir())
    main = MainWindow(AppContext(doc), app_settings.AppSettings())
    qtbot.addWidget(main)
    main.resize(1400, 900)
    view = main.show_view("timeline")  # built hidden, as at start-up with --view timeline
    assert isinstance(view, TimelineView) and view.scene.data is None
    main.show()
    assert view.scene.data is not None, "the roadmap is read on showing"
    assert view.scene.layout is None, "but not laid out at the width the tab has while showing"
    qtbot.waitUntil(lambda: view.scene.layout is not None)
    main.analysis.refresh_now()
    for _ in range(3):
        QApplication.processEvents()
    assert len(widths) == 1, f"laid out once, not at each passing width: {widths}"
    _assert_fits(view)
    main.close()
    doc.close()


def test_a_big_timeline_refits_once_a_resize_pauses(qtbot: Any) -> None:
    """Hundreds of bars: a dock appearing shows at once; the bars refit when the width holds."""
    from roadmap.samples.generate import generate_roadmap
    from ui.views.timeline.canvas import LIVE_ZOOM_LIMIT

    doc = generate_roadmap(LIVE_ZOOM_LIMIT + 100, seed=5)
    view = TimelineView(AppContext(doc), today=D(2027, 3, 15))
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.scene.layout is not None)
    fitted = view.scene.px_per_day
    view.resize(1000, 900)
    assert view.scene.px_per_day == fitted, "no relayout inside the resize itself"
    qtbot.waitUntil(lambda: view.scene.px_per_day < fitted, timeout=3000)
    assert view.canvas.auto_fit
