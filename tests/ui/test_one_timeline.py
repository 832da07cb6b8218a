"""The app's timeline and the board pack's show the same lanes, in the same order, with the
same initiatives: both render the one view model in roadmap.views.timeline."""

from __future__ import annotations

import datetime as dt

import pytest

from roadmap.boardpack.export import prepare
from roadmap.boardpack.options import BoardPackOptions, Sections
from roadmap.boardpack.sections.timeline_plan import TimelinePlan
from roadmap.model.enums import Role
from roadmap.samples.bundled import build_sample
from roadmap.samples.generate import generate_roadmap
from roadmap.services.document import Document
from roadmap.views.timeline.model import LaneMode
from ui.context import AppContext
from ui.views.timeline.view import TimelineView

AS_OF = dt.date(2027, 3, 15)
Lanes = list[tuple[str, list[int], int]]
"""(label, scheduled initiative ids in order, how many ideas) of every lane."""


def _app_lanes(qtbot, doc: Document, mode: LaneMode) -> Lanes:
    """The lanes the app's timeline view shows: bars by start date, date-less cards counted."""
    view = TimelineView(AppContext(doc), today=AS_OF)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.scene.layout is not None)  # large roadmaps lay out once settled
    view.set_lane_mode(mode)
    layout = view.scene.layout
    assert layout is not None
    shown: Lanes = []
    for index, lane in enumerate(layout.lanes):
        bars = [g for g in layout.bars.values() if g.lane == index]
        dated = [g.id for g in bars if g.column is None]
        shown.append((lane.lane.label, _by_start(doc, dated), len(bars) - len(dated)))
    return shown


def _pdf_lanes(doc: Document, mode: LaneMode) -> Lanes:
    """The lanes the board pack's timeline prints: a row per scheduled initiative."""
    renderer = prepare(doc, BoardPackOptions(sections=Sections.TIMELINE, lanes=mode,
                                             as_of=AS_OF))
    plan = TimelinePlan(renderer, mode)
    return [(lane.title, _by_start(doc, [i.id for i in lane.initiatives]), lane.ideas)
            for lane in plan.lanes]


def _by_start(doc: Document, ids: list[int]) -> list[int]:
    """Initiative ids by start date, then id (the app packs rows by start; the PDF lists them
    by start, end and title)."""
    starts = {i.id: i.start for i in doc.initiatives.all()}
    return sorted(ids, key=lambda i: (starts[i] or dt.date.max, i))


@pytest.fixture(scope="module")
def generated() -> Document:
    return generate_roadmap(500, seed=11)


@pytest.mark.parametrize("mode", list(LaneMode))
def test_the_sample_shows_the_same_lanes_in_the_app_and_the_pdf(qtbot, mode: LaneMode) -> None:
    doc = build_sample()
    app, pdf = _app_lanes(qtbot, doc, mode), _pdf_lanes(doc, mode)
    assert app == pdf
    assert sum(len(ids) + ideas for _, ids, ideas in app) == len(doc.initiatives.all())


@pytest.mark.parametrize("mode", list(LaneMode))
def test_a_generated_roadmap_shows_the_same_lanes_in_the_app_and_the_pdf(
        qtbot, generated: Document, mode: LaneMode) -> None:
    app, pdf = _app_lanes(qtbot, generated, mode), _pdf_lanes(generated, mode)
    assert len(app) > 1
    assert app == pdf


def test_themes_that_differ_only_in_case_share_one_lane_everywhere(qtbot) -> None:
    doc = Document.in_memory(horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    sales = doc.departments.create(name="Sales").rows[0].key
    for title, theme in (("Checkout", "Conversion"), ("Payments", "conversion "),
                         ("Search", "CONVERSION"), ("Warehouse", "Fulfilment")):
        key = doc.initiatives.create(title=title, theme=theme, start=dt.date(2027, 2, 1),
                                     end=dt.date(2027, 5, 30)).rows[0].key
        doc.participations.set_role(key, sales, Role.LEAD)
    app, pdf = _app_lanes(qtbot, doc, LaneMode.THEME), _pdf_lanes(doc, LaneMode.THEME)
    assert app == pdf
    assert [(label, len(ids)) for label, ids, _ in app] == [("Conversion", 3), ("Fulfilment", 1)]
