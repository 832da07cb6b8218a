"""Dependency rules at their edges: one day either side of a boundary, one or two links.

CR202 and CR204 compare dates; a comparison off by one day would flag
sound plans or pass broken ones, so each boundary is pinned here.
"""

from __future__ import annotations

import pytest

from roadmap.analysis.engine import analyse_graph
from roadmap.graph import build_graph
from roadmap.schedule import auto_schedule, document_plan
from tests.roadmap.rules_builder import D, RoadmapBuilder, codes, only
from tests.roadmap.test_rules_dependencies import raw_link


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


# --- CR202 ------------------------------------------------------------------------------


def test_cr202_one_prerequisite_reads_it(b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 3, 1), end=D(2027, 3, 31))
    second = b.initiative("Second", start=D(2027, 3, 30), end=D(2027, 4, 30))
    b.depends(second, first)
    assert only(b.analyse(), "CR202").message == (
        "'Second' starts 1 day before 'First' ends, though it depends on it: "
        "finish-to-start is broken.")


def test_cr202_two_prerequisites_read_them_worst_first(b: RoadmapBuilder) -> None:
    near = b.initiative("Near", start=D(2027, 3, 1), end=D(2027, 3, 31))
    far = b.initiative("Far", start=D(2027, 3, 1), end=D(2027, 4, 30))
    late = b.initiative("Late", start=D(2027, 3, 21), end=D(2027, 5, 31))
    b.depends(late, near, far)
    finding = only(b.analyse(), "CR202")
    assert finding.message == (
        "'Late' starts 40 days before 'Far' ends and 10 days before 'Near' ends, though it "
        "depends on them: finish-to-start is broken.")
    assert finding.suggestion.startswith("Start it on or after 2027-04-30")
    assert finding.initiative_ids == (late, far, near)


def test_cr202_starting_on_the_day_the_prerequisite_ends_is_fine(b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 3, 1), end=D(2027, 3, 31))
    second = b.initiative("Second", start=D(2027, 3, 31), end=D(2027, 4, 30))
    b.depends(second, first)
    assert "CR202" not in codes(b.analyse())


# --- CR204 ------------------------------------------------------------------------------


def test_cr204_work_entirely_before_the_horizon_is_moved_or_parked(b: RoadmapBuilder) -> None:
    b.initiative("Old", start=D(2026, 1, 1), end=D(2026, 12, 31))
    finding = only(b.analyse(), "CR204")
    assert "it starts 365 days before it and" not in finding.message
    assert finding.suggestion == (
        "Move it into the horizon, or put it in the Later bucket until it is planned.")


def test_cr204_work_entirely_after_the_horizon_is_moved_or_parked(b: RoadmapBuilder) -> None:
    b.initiative("Future", start=D(2029, 1, 1), end=D(2029, 3, 31))
    assert only(b.analyse(), "CR204").suggestion.startswith("Move it into the horizon")


def test_cr204_ending_on_the_first_day_is_inside_enough_to_extend(b: RoadmapBuilder) -> None:
    b.initiative("Edge", start=D(2026, 12, 1), end=D(2027, 1, 1))
    finding = only(b.analyse(), "CR204")
    assert finding.message.endswith("(2027-01-01 to 2028-12-31): it starts 31 days before it.")
    assert finding.suggestion == ("Move it inside 2027-01-01 to 2028-12-31, or extend the "
                                  "horizon to 2026-12-01 to 2028-12-31.")


def test_cr204_starting_on_the_last_day_is_inside_enough_to_extend(b: RoadmapBuilder) -> None:
    b.initiative("Edge", start=D(2028, 12, 31), end=D(2029, 1, 2))
    finding = only(b.analyse(), "CR204")
    assert finding.message.endswith("it ends 2 days after it.")
    assert finding.suggestion.startswith("Move it inside 2027-01-01 to 2028-12-31, or extend")


def test_cr204_both_sides_are_named(b: RoadmapBuilder) -> None:
    b.initiative("Huge", start=D(2026, 12, 31), end=D(2029, 1, 1))
    assert only(b.analyse(), "CR204").message.endswith(
        "it starts 1 day before it and ends 1 day after it.")


def test_cr204_the_first_and_last_days_are_inside(b: RoadmapBuilder) -> None:
    b.initiative("Exact", start=D(2027, 1, 1), end=D(2028, 12, 31))
    assert "CR204" not in codes(b.analyse())


@pytest.mark.parametrize("missing", ["horizon_start", "horizon_end"])
def test_cr204_on_a_graph_without_a_whole_horizon_is_skipped(
        b: RoadmapBuilder, missing: str) -> None:
    # Documents always have both ends; a graph handed to analyse_graph may not.
    b.initiative("Early", start=D(2020, 1, 1), end=D(2020, 2, 1))
    assert "CR204" in codes(b.analyse())  # with the whole horizon it fires
    graph = build_graph(b.doc)
    graph.graph[missing] = None
    analysis = analyse_graph(graph)
    assert "CR204" not in {f.code for f in analysis.findings}
    assert analysis.warnings == ()  # skipped, not failed


# --- the scheduler's cuts in a document --------------------------------------------------


def test_the_most_broken_link_is_cut_even_when_it_is_the_oldest(b: RoadmapBuilder) -> None:
    early = b.initiative("Early", start=D(2027, 1, 1), end=D(2027, 1, 31))
    later = b.initiative("Later", start=D(2027, 2, 1), end=D(2027, 2, 28))
    b.depends(early, later)  # the older link, broken by 58 days
    raw_link(b.doc, later, early)  # the newer link, met by the dates
    result, _ = document_plan(b.doc)
    assert result.ignored == [(early, later)]
    assert result.dates[early] == (D(2027, 1, 1), D(2027, 1, 31))  # nothing moves


def test_on_a_tie_the_document_cuts_its_newest_link(b: RoadmapBuilder) -> None:
    one = b.initiative("One", start=D(2027, 5, 3), end=D(2027, 5, 3))
    two = b.initiative("Two", start=D(2027, 5, 3), end=D(2027, 5, 3))
    b.depends(one, two)
    raw_link(b.doc, two, one)
    assert document_plan(b.doc)[0].ignored == [(two, one)]


def test_auto_schedule_takes_the_label_it_is_given(b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 3, 1), end=D(2027, 3, 31))
    second = b.initiative("Second", start=D(2027, 3, 1), end=D(2027, 3, 31))
    b.depends(second, first)
    assert auto_schedule(b.doc, "Level the plan").label == "Level the plan"
