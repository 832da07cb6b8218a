"""The timeline's pure layout maths: lanes, scale, packing, drags, arrow routing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roadmap.graph import NO_LEAD
from roadmap.model.enums import Bucket, Role, Status
from roadmap.services.document import Document
from roadmap.views.timeline.lanes import NO_THEME, lane_of, timeline_lanes
from roadmap.views.timeline.layout import (
    NOT_SCHEDULED,
    LayoutParams,
    TimelineLayout,
    layout_timeline,
    pack_events,
    place_label,
    plan_fit,
)
from roadmap.views.timeline.model import (
    DragMode,
    LaneMode,
    TimelineData,
    TimeScale,
    axis_span,
    broken_dependencies,
    collect,
    dragged_dates,
    pack_rows,
    snap_end_to_week,
    violated_pairs,
)
from roadmap.views.timeline.routes import Box, route_arrows

D = dt.date


@pytest.fixture
def doc() -> Document:
    doc = Document.in_memory(horizon_start=D(2027, 1, 1), horizon_end=D(2027, 12, 31),
                             fiscal_year_start_month=4)
    sales = doc.departments.create(name="Sales").rows[0].key
    it = doc.departments.create(name="IT", is_it=True).rows[0].key
    a = doc.initiatives.create(title="Checkout", theme="Conversion", start=D(2027, 1, 4),
                               end=D(2027, 3, 28)).rows[0].key
    b = doc.initiatives.create(title="Payments", theme="conversion", start=D(2027, 4, 5),
                               end=D(2027, 6, 27), status=Status.IN_PROGRESS).rows[0].key
    c = doc.initiatives.create(title="Data lake", start=D(2027, 2, 1),
                               end=D(2027, 9, 26)).rows[0].key
    doc.initiatives.create(title="Chatbot", bucket=Bucket.NEXT)
    doc.initiatives.create(title="Loose idea")
    doc.participations.set_role(a, sales, Role.LEAD)
    doc.participations.set_role(b, sales, Role.LEAD)
    doc.participations.set_role(c, it, Role.LEAD)
    doc.dependencies.link(b, a)
    doc.dependencies.link(b, c)
    doc.vendors.create(name="Shopify", contract_end=D(2027, 8, 31))
    doc.vendors.create(name="Klaviyo", contract_end=D(2029, 2, 28))
    return doc


def test_lanes_by_department_theme_and_status(doc: Document) -> None:
    data = collect(doc)
    lanes = timeline_lanes(data, LaneMode.DEPARTMENT)
    of = lane_of(lanes)
    assert [lane.label for lane in lanes] == ["Sales", "IT", NO_LEAD]
    assert of[1] == of[2] == "department:1" and of[3] == "department:2"
    lanes = timeline_lanes(data, LaneMode.THEME)
    of = lane_of(lanes)
    assert [lane.label for lane in lanes] == ["Conversion", NO_THEME]
    assert of[1] == of[2], "themes group regardless of case"
    lanes = timeline_lanes(data, LaneMode.STATUS)
    assert [lane.label for lane in lanes] == ["Planned", "In progress"]


def test_axis_spans_whole_fiscal_quarters_of_the_horizon_and_the_bars(doc: Document) -> None:
    doc.initiatives.update(3, end=D(2028, 1, 9))
    first, last = axis_span(collect(doc))
    assert first == D(2027, 1, 1)  # Q4 FY2027 starts in January when the year starts in April
    assert last == D(2028, 3, 31)  # the Data lake's end widens the axis to its fiscal quarter


def test_time_scale_round_trips() -> None:
    scale = TimeScale(D(2027, 1, 1), 3.0)
    assert scale.x_of(D(2027, 1, 11)) == 30.0
    assert scale.date_at(31.0) == D(2027, 1, 11)
    assert scale.days(-16.0) == -5


def test_pack_rows_first_fit_with_gap() -> None:
    rows = pack_rows([(1, 0, 10), (2, 12, 20), (3, 5, 8), (4, 25, 30)], gap=5)
    assert rows == {1: 0, 3: 1, 2: 2, 4: 0}
    assert pack_rows([(1, 0, 10), (2, 50, 60)], compact=False) == {1: 0, 2: 1}


@pytest.mark.parametrize(("mode", "delta", "expected"), [
    (DragMode.MOVE, 10, (D(2027, 1, 18), D(2027, 3, 5))),
    (DragMode.MOVE, -2, (D(2027, 1, 4), D(2027, 2, 19))),
    (DragMode.START, 20, (D(2027, 1, 25), D(2027, 2, 21))),
    (DragMode.START, 60, (D(2027, 2, 15), D(2027, 2, 21))),
    (DragMode.END, 9, (D(2027, 1, 6), D(2027, 2, 28))),
    (DragMode.END, -60, (D(2027, 1, 6), D(2027, 1, 12))),
])
def test_drags_snap_to_weeks(mode: DragMode, delta: int,
                             expected: tuple[dt.date, dt.date]) -> None:
    start, end = dragged_dates(mode, D(2027, 1, 6), D(2027, 2, 21), delta)
    assert (start, end) == expected
    assert end - start >= dt.timedelta(days=6), "a resize never shrinks a bar below a week"


def test_snapped_end_is_a_sunday() -> None:
    for day in (D(2027, 3, 1) + dt.timedelta(days=i) for i in range(14)):
        assert snap_end_to_week(day).weekday() == 6
        assert abs((snap_end_to_week(day) - day).days) <= 3


def test_broken_and_violated_dependencies(doc: Document) -> None:
    data = collect(doc)
    # Payments starts before the Data lake ends.
    assert violated_pairs(data.bars, data.pairs) == {(2, 3)}
    # Moving Checkout to overlap Payments' start breaks (Payments waits for Checkout).
    assert broken_dependencies(1, D(2027, 3, 1), D(2027, 4, 10), data.bars, data.pairs) == [(2, 1)]
    # Moving Payments after the Data lake fixes it.
    assert broken_dependencies(2, D(2027, 10, 4), D(2027, 12, 26), data.bars, data.pairs) == []


def test_layout_places_dated_bars_on_the_scale_and_dateless_in_columns(doc: Document) -> None:
    params = LayoutParams(px_per_day=2.0)
    layout = layout_timeline(collect(doc), LaneMode.DEPARTMENT, params)
    checkout = layout.bars[1]
    assert checkout.x0 == layout.scale.x_of(D(2027, 1, 4))
    assert checkout.x1 == layout.scale.x_of(D(2027, 3, 29))
    assert [c[0] for c in layout.columns] == ["Next", "Unsorted"]
    chatbot = layout.bars[4]
    assert chatbot.column == "Next" and chatbot.x0 > layout.time_width
    assert [e.name for e in layout.events] == ["Shopify"], "Klaviyo's end is after all the work"
    assert layout.events_band is not None and layout.lanes[0].top >= layout.events_band[1]
    for lane in layout.lanes:
        inside = [b for b in layout.bars.values() if layout.lanes[b.lane] is lane]
        assert all(lane.top < b.top and b.bottom < lane.bottom for b in inside)
    assert layout.height == layout.lanes[-1].bottom


def test_bars_in_one_row_never_overlap(doc: Document) -> None:
    for i in range(30):
        doc.initiatives.create(title=f"Work {i}", start=D(2027, 1, 4) + dt.timedelta(weeks=i % 9),
                               end=D(2027, 3, 28) + dt.timedelta(weeks=i % 7))
    layout = layout_timeline(collect(doc), LaneMode.THEME, LayoutParams(px_per_day=1.0))
    for a, b in itertools.combinations(layout.bars.values(), 2):
        if (a.lane, a.row, a.column) == (b.lane, b.row, b.column):
            assert a.x1 <= b.x0 or b.x1 <= a.x0


def _segments(points: list[tuple[float, float]]) -> list[tuple[tuple, tuple]]:
    return [(p, q) for p, q in itertools.pairwise(points) if p != q]


def _collinear_overlap(s: tuple, t: tuple) -> bool:
    (ax, ay), (bx, by) = s
    (cx, cy), (dx, dy) = t
    if ay == by == cy == dy:
        return max(min(ax, bx), min(cx, dx)) < min(max(ax, bx), max(cx, dx))
    if ax == bx == cx == dx:
        return max(min(ay, by), min(cy, dy)) < min(max(ay, by), max(cy, dy))
    return False


def test_routes_never_share_segments_between_unrelated_arrows() -> None:
    # A fan: four prerequisites in one column feed four dependents stacked elsewhere.
    boxes = {}
    for i in range(4):
        boxes[i] = Box(0, 100, i * 40, i * 40 + 26, (0, "", i))
        boxes[10 + i] = Box(150 + i * 5, 250, 200 + i * 40, 226 + i * 40, (0, "", 5 + i))
    pairs = [(10 + i, j) for i in range(4) for j in range(4) if (i + j) % 2 == 0]
    routes = route_arrows(boxes, pairs, row_gap=14)
    assert set(routes) == set(pairs)
    for (p, rp), (q, rq) in itertools.combinations(routes.items(), 2):
        shares_end = p[0] == q[0] or p[1] == q[1]
        if shares_end:
            continue
        for s in _segments(rp):
            for t in _segments(rq):
                assert not _collinear_overlap(s, t), (p, q, s, t)
    for (dependent, prerequisite), points in routes.items():
        assert points[0] == (boxes[prerequisite].x1, boxes[prerequisite].mid)
        assert points[-1] == (boxes[dependent].x0, boxes[dependent].mid)
        for (ax, ay), (bx, by) in _segments(points):
            assert ax == bx or ay == by, "routes are orthogonal"


def test_neighbours_in_a_row_get_a_straight_arrow() -> None:
    boxes = {1: Box(0, 50, 0, 20, (0, "", 0)), 2: Box(80, 120, 0, 20, (0, "", 0))}
    assert route_arrows(boxes, [(2, 1)]) == {(2, 1): [(50, 10), (80, 10)]}


def test_timeline_marks_agree_with_the_analysis_on_the_sample() -> None:
    from roadmap.analysis import analyse
    from roadmap.samples.bundled import build_sample

    doc = build_sample()
    data = collect(doc)
    analysis = analyse(doc)
    assert violated_pairs(data.bars, data.pairs) == set(analysis.violated)
    it_alone = {k for k, b in data.bars.items() if b.it_alone and b.status is not Status.CANCELLED}
    assert it_alone == set(analysis.it_alone)


# --- fitting, labels beside bars, date-less columns, contract ends -----------------


def _no_overlap_in_rows(layout: TimelineLayout, params: LayoutParams,
                        data: TimelineData) -> None:
    """Bars and the labels beside them never overlap within one row."""
    spans = []
    for g in layout.bars.values():
        if g.column is not None:
            continue
        left, right = g.x0, g.x1
        if not g.label_inside:
            extent = params.label_extent(data.bars[g.id]) if g.label_room is None \
                else g.label_room + 2 * params.label_padding
            if g.label_left:
                left = g.x0 - params.bar_gap - extent
            else:
                right = g.x1 + params.bar_gap + extent
        spans.append(((g.lane, g.row), left, right))
    for a, b in itertools.combinations(spans, 2):
        if a[0] == b[0]:
            assert a[2] <= b[1] or b[2] <= a[1], (a, b)


def test_fit_puts_the_whole_horizon_labels_and_columns_in_the_width(doc: Document) -> None:
    data = collect(doc)
    for width in (500.0, 900.0, 1600.0):
        params = plan_fit(data, width, LayoutParams())
        layout = layout_timeline(data, LaneMode.DEPARTMENT, params)
        assert layout.width <= width + 0.5
        assert layout.scale.x_of(data.horizon[1] + dt.timedelta(days=1)) <= width
        assert layout.time_width >= 0.5 * (width - sum(c[2] - c[1] for c in layout.columns))
        assert all(c[1] >= layout.time_width for c in layout.columns)


def test_dateless_columns_are_narrow_and_stack_into_one_when_the_width_is_tight(
        doc: Document) -> None:
    data = collect(doc)
    wide = plan_fit(data, 3000.0, LayoutParams())
    assert not wide.stack_buckets
    layout = layout_timeline(data, LaneMode.DEPARTMENT, wide)
    assert [c[0] for c in layout.columns] == ["Next", "Unsorted"]
    assert all(wide.bucket_min_width <= c[2] - c[1] <= wide.bucket_width for c in layout.columns)
    narrow = plan_fit(data, 700.0, LayoutParams())
    assert narrow.stack_buckets
    layout = layout_timeline(data, LaneMode.DEPARTMENT, narrow)
    assert [c[0] for c in layout.columns] == [NOT_SCHEDULED]
    assert (layout.bars[4].column, layout.bars[4].tag) == ("Next", "Next")
    assert (layout.bars[5].column, layout.bars[5].tag) == ("Unsorted", "Unsorted")
    doc.initiatives.delete(4)
    doc.initiatives.delete(5)
    data = collect(doc)
    layout = layout_timeline(data, LaneMode.DEPARTMENT, plan_fit(data, 700.0, LayoutParams()))
    assert layout.columns == [] and layout.width == pytest.approx(700.0, abs=0.5), \
        "no date-less initiative: the axis takes the whole width"


@pytest.mark.parametrize(("x0", "x1", "extent", "side", "room"), [
    (100, 400, 200, "inside", None),  # wide bar: the label sits inside
    (100, 150, 200, "right", None),   # room after the bar on the axis
    (700, 860, 200, "left", None),    # the axis ends too soon after it: before the bar
    (250, 700, 600, "right", 280.0),  # neither side has room: cut after the bar (roomier)
    (350, 800, 600, "left", 330.0),   # ... or before it when that side is roomier
    (150, 850, 900, "right", None),   # not even the shortest cut fits: past the axis end
])
def test_labels_go_inside_after_or_before_a_bar_or_are_cut(
        x0: float, x1: float, extent: float, side: str, room: float | None) -> None:
    place = place_label(x0, x1, extent, gap=20, time_width=1000, shortest=250)
    assert (place.side, place.room) == (side, room)
    assert place.left <= x0 and place.right >= x1
    if place.side != "inside" and (place.right <= 1000 or place.side == "left"):
        assert place.right - place.left == x1 - x0 + 20 + (room or extent)


def test_labels_stay_on_the_axis_and_never_overlap_in_a_row(doc: Document) -> None:
    for i in range(12):
        start = D(2027, 1, 4) + dt.timedelta(weeks=4 * i)
        doc.initiatives.create(title=f"A long initiative title number {i}", start=start,
                               end=start + dt.timedelta(weeks=3))
    data = collect(doc)
    params = plan_fit(data, 900.0, LayoutParams())
    layout = layout_timeline(data, LaneMode.DEPARTMENT, params)
    assert layout.width <= 900.5
    assert any(g.label_left for g in layout.bars.values()), "late bars label on their left"
    _no_overlap_in_rows(layout, params, data)


def test_contract_ends_pack_into_few_rows_and_share_a_flag_on_one_day(doc: Document) -> None:
    for name in ("Adyen", "Algolia", "Akeneo", "Sendcloud", "Contentsquare"):
        doc.vendors.create(name=f"{name} long vendor name", contract_end=D(2027, 8, 31))
    doc.vendors.create(name="Klaviyo Europe", contract_end=D(2027, 9, 15))
    doc.vendors.create(name="DHL", contract_end=D(2027, 9, 30))
    layout = layout_timeline(collect(doc), LaneMode.DEPARTMENT,
                             LayoutParams(px_per_day=1.0, event_rows=2))
    same_day = [e for e in layout.events if e.date == D(2027, 8, 31)]
    assert len(same_day) == 1 and same_day[0].name.startswith("Adyen long vendor name, ")
    assert "Shopify" in same_day[0].name
    rows = {e.top for e in layout.events}
    assert len(rows) <= 2
    assert layout.events_band is not None
    assert layout.events_band[1] - layout.events_band[0] < 3 * 24 + 10


def test_pack_events_cuts_the_label_before_a_flag_past_the_last_row() -> None:
    places = pack_events([(1, 100, 200), (2, 150, 200), (3, 200, 80)], gap=8, mark=16,
                         time_width=1000, max_rows=2)
    assert [places[k].row for k in (1, 2)] == [0, 1]
    assert places[3].room is None and places[3].row == 0
    assert places[1].room == pytest.approx(200 - 8 - 8 - 100 - 16), "label 1 now stops short"
    assert places[1].right <= places[3].left - 8


def test_a_lane_is_tall_enough_for_its_name(doc: Document) -> None:
    params = LayoutParams(px_per_day=1.0, lane_height=lambda lane, count: 120.0)
    layout = layout_timeline(collect(doc), LaneMode.DEPARTMENT, params)
    assert all(lane.bottom - lane.top >= 120.0 for lane in layout.lanes)


def test_department_lanes_put_business_first_then_it_as_the_board_pack_does() -> None:
    from roadmap.samples.bundled import build_sample

    sample = build_sample()
    shown = [lane.label for lane in timeline_lanes(collect(sample), LaneMode.DEPARTMENT)]
    departments = sample.departments.all()
    expected = [d.name for d in sorted(departments, key=lambda d: (d.is_it, d.name.casefold()))]
    assert shown == [name for name in [*expected, NO_LEAD] if name in shown]
    assert shown.index("Marketing") < shown.index("IT")


def _first_fit(extents: list[tuple[int, float, float]], gap: float) -> dict[int, int]:
    """Rows by the plain first-fit rule: try every row from the top, open a new one last."""
    row_ends: list[float] = []
    rows: dict[int, int] = {}
    for key, x0, x1 in sorted(extents, key=lambda e: (e[1], e[0])):
        for row, end in enumerate(row_ends):
            if end + gap <= x0:
                row_ends[row] = x1
                rows[key] = row
                break
        else:
            rows[key] = len(row_ends)
            row_ends.append(x1)
    return rows


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40),
       st.sampled_from([0.0, 1.0, 2.5]))
def test_pack_rows_gives_the_first_row_that_fits_to_each_item(spans, gap) -> None:
    extents = [(key, float(x0), float(x0 + width)) for key, (x0, width) in enumerate(spans)]
    assert pack_rows(extents, gap=gap) == _first_fit(extents, gap)
