"""Rules CR201-CR204: cycles named with the link to cut, broken finish-to-start, horizon."""

from __future__ import annotations

import pytest

from roadmap.analysis.dependencies import finish_to_start_gap
from roadmap.model.enums import Bucket, Severity, Status
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document

from .rules_builder import D, RoadmapBuilder, codes, only


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


def raw_link(doc: Document, initiative: int, depends_on: int) -> None:
    """A dependency as an imported file could carry it: no cycle check."""
    key = doc.next_id("dependency")
    row = {"id": key, "initiative_id": initiative, "depends_on_id": depends_on}
    doc.apply(Change("Import Dependency", (RowChange("dependency", key, None, row),)))


# --- CR201 ---------------------------------------------------------------------------


def test_cr201_names_the_cycle_in_order_and_the_link_to_cut(b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 1, 1), end=D(2027, 3, 31))
    second = b.initiative("Second", start=D(2027, 4, 1), end=D(2027, 6, 30))
    third = b.initiative("Third", start=D(2027, 7, 1), end=D(2027, 9, 30))
    b.depends(second, first)
    b.depends(third, second)
    raw_link(b.doc, first, third)  # First waits for Third: closes the circle
    finding = only(b.analyse(), "CR201")
    assert finding.severity is Severity.HIGH
    assert finding.subject == f"cycle:{first},{third},{second}"
    assert finding.initiative_ids == (first, third, second)
    assert finding.message.startswith("'First' → 'Third' → 'Second' → 'First'")
    # First starts 272 days before Third ends: that is the link the plan already ignores.
    assert "Cut the link 'First' depends on 'Third'" in finding.suggestion
    assert "moves no dates" in finding.suggestion


def test_cr201_subject_is_the_same_whichever_link_came_last(b: RoadmapBuilder) -> None:
    keys = [b.initiative(name) for name in ("A", "B", "C")]
    b.depends(keys[2], keys[0])
    b.depends(keys[0], keys[1])
    raw_link(b.doc, keys[1], keys[2])
    assert only(b.analyse(), "CR201").subject == f"cycle:{keys[0]},{keys[1]},{keys[2]}"


def test_cr201_without_dates_cuts_the_newest_link(b: RoadmapBuilder) -> None:
    one = b.initiative("One", start=None, end=None, bucket=Bucket.LATER)
    two = b.initiative("Two", start=None, end=None, bucket=Bucket.LATER)
    b.depends(one, two)
    raw_link(b.doc, two, one)
    finding = only(b.analyse(), "CR201")
    assert "Cut the link 'Two' depends on 'One': it is the newest link" in finding.suggestion


def test_cr201_reports_each_elementary_cycle(b: RoadmapBuilder) -> None:
    a, c, d = (b.initiative(n) for n in ("A", "C", "D"))
    b.depends(a, c)
    b.depends(a, d)
    raw_link(b.doc, c, a)
    raw_link(b.doc, d, a)
    found = b.analyse().by_code("CR201")
    assert sorted(f.subject for f in found) == [f"cycle:{a},{c}", f"cycle:{a},{d}"]


def test_cr201_limit_comes_from_settings(b: RoadmapBuilder) -> None:
    hub = b.initiative("Hub")
    for k in range(4):
        spoke = b.initiative(f"Spoke {k}")
        b.depends(hub, spoke)
        raw_link(b.doc, spoke, hub)
    assert len(b.analyse().by_code("CR201")) == 4
    b.doc.settings.put("CR201.max_cycles", 2)
    assert len(b.analyse().by_code("CR201")) == 2


def test_cr201_quiet_without_cycles(b: RoadmapBuilder) -> None:
    a = b.initiative("A", start=D(2027, 1, 1), end=D(2027, 2, 28))
    c = b.initiative("C")
    b.depends(c, a)
    assert "CR201" not in codes(b.analyse())


# --- CR202 ---------------------------------------------------------------------------


def test_cr202_says_by_how_many_days(b: RoadmapBuilder) -> None:
    first = b.initiative("Platform", start=D(2027, 1, 1), end=D(2027, 3, 31))
    then = b.initiative("Launch", start=D(2027, 3, 22), end=D(2027, 6, 30))
    b.depends(then, first)
    analysis = b.analyse()
    finding = only(analysis, "CR202")
    assert finding.subject == f"initiative:{then}"
    assert finding.initiative_ids == (then, first)
    assert "'Launch' starts 9 days before 'Platform' ends" in finding.message
    assert "on or after 2027-03-31" in finding.suggestion
    assert analysis.violated == {(then, first)}


@pytest.mark.parametrize(
    ("dependent", "start", "prerequisite", "end", "gap"),
    [
        (Status.PLANNED, D(2027, 3, 22), Status.PLANNED, D(2027, 3, 31), 9),
        ("in_progress", D(2027, 3, 30), "done", D(2027, 3, 31), 1),  # stored values work too
        (Status.PLANNED, D(2027, 3, 31), Status.PLANNED, D(2027, 3, 31), None),  # same day: met
        (Status.DONE, D(2027, 3, 1), Status.PLANNED, D(2027, 3, 31), None),  # history
        (Status.CANCELLED, D(2027, 3, 1), Status.PLANNED, D(2027, 3, 31), None),
        (Status.PLANNED, D(2027, 3, 1), Status.CANCELLED, D(2027, 3, 31), None),  # CR203's
        (Status.PLANNED, None, Status.PLANNED, D(2027, 3, 31), None),  # no dates
        (Status.PLANNED, D(2027, 3, 1), Status.PLANNED, None, None),
    ],
)
def test_finish_to_start_gap_is_cr202s_rule(dependent, start, prerequisite, end, gap) -> None:
    assert finish_to_start_gap(dependent, start, prerequisite, end) == gap


def test_cr202_quiet_when_starting_the_day_the_prerequisite_ends(b: RoadmapBuilder) -> None:
    first = b.initiative("Platform", start=D(2027, 1, 1), end=D(2027, 3, 31))
    then = b.initiative("Launch", start=D(2027, 3, 31), end=D(2027, 6, 30))
    b.depends(then, first)
    analysis = b.analyse()
    assert "CR202" not in codes(analysis)
    assert analysis.violated == set()


def test_cr202_one_finding_lists_every_broken_prerequisite(b: RoadmapBuilder) -> None:
    p1 = b.initiative("P1", start=D(2027, 1, 1), end=D(2027, 4, 10))
    p2 = b.initiative("P2", start=D(2027, 1, 1), end=D(2027, 4, 2))
    then = b.initiative("Then", start=D(2027, 4, 1), end=D(2027, 6, 30))
    b.depends(then, p1, p2)
    finding = only(b.analyse(), "CR202")
    assert finding.initiative_ids == (then, p1, p2)
    assert "9 days before 'P1' ends and 1 day before 'P2' ends" in finding.message
    assert "on or after 2027-04-10" in finding.suggestion


def test_cr202_skips_done_dependents_cancelled_and_undated_prerequisites(
        b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 1, 1), end=D(2027, 3, 31))
    done = b.initiative("Done", start=D(2027, 2, 1), end=D(2027, 4, 30), status=Status.DONE)
    dropped = b.initiative("Dropped", start=D(2027, 5, 1), end=D(2027, 12, 31),
                           status=Status.CANCELLED)
    idea = b.initiative("Idea", start=None, end=None, bucket=Bucket.NEXT)
    later = b.initiative("Later", start=D(2027, 6, 1), end=D(2027, 7, 31))
    b.depends(done, first)
    b.depends(later, dropped, idea)
    assert "CR202" not in codes(b.analyse())


def test_cr202_on_a_cycle_link_says_cut_it(b: RoadmapBuilder) -> None:
    a = b.initiative("A", start=D(2027, 1, 1), end=D(2027, 3, 31))
    c = b.initiative("C", start=D(2027, 4, 1), end=D(2027, 6, 30))
    b.depends(c, a)
    raw_link(b.doc, a, c)
    finding = only(b.analyse(), "CR202")
    assert finding.subject == f"initiative:{a}"
    assert "closes a dependency cycle (CR201)" in finding.suggestion


# --- CR203 ---------------------------------------------------------------------------


def test_cr203_fires_on_a_cancelled_prerequisite(b: RoadmapBuilder) -> None:
    gone = b.initiative("CMS", status=Status.CANCELLED, start=D(2027, 1, 1),
                        end=D(2027, 2, 1))
    hub = b.initiative("Inspiration hub")
    b.depends(hub, gone)
    finding = only(b.analyse(), "CR203")
    assert finding.initiative_ids == (hub, gone)
    assert "depends on cancelled 'CMS'" in finding.message


def test_cr203_quiet_for_live_prerequisites_and_closed_dependents(b: RoadmapBuilder) -> None:
    live = b.initiative("Live", start=D(2027, 1, 1), end=D(2027, 2, 1))
    gone = b.initiative("Gone", status=Status.CANCELLED)
    fine = b.initiative("Fine")
    also_gone = b.initiative("Also gone", status=Status.CANCELLED)
    b.depends(fine, live)
    b.depends(also_gone, gone)
    assert "CR203" not in codes(b.analyse())


# --- CR204 ---------------------------------------------------------------------------


@pytest.mark.parametrize(("start", "end", "words"), [
    (D(2026, 12, 1), D(2027, 3, 1), "starts 31 days before it"),
    (D(2028, 10, 1), D(2029, 1, 2), "ends 2 days after it"),
    (D(2026, 12, 31), D(2029, 1, 1), "starts 1 day before it and ends 1 day after it"),
])
def test_cr204_fires_outside_the_horizon(b: RoadmapBuilder, start: D, end: D,
                                         words: str) -> None:
    b.initiative("Edge", start=start, end=end)
    finding = only(b.analyse(), "CR204")
    assert finding.severity is Severity.LOW
    assert words in finding.message


def test_cr204_quiet_inside_the_horizon_and_for_buckets(b: RoadmapBuilder) -> None:
    b.initiative("Exact", start=D(2027, 1, 1), end=D(2028, 12, 31))
    b.initiative("Someday", start=None, end=None, bucket=Bucket.LATER)
    b.initiative("History", start=D(2025, 1, 1), end=D(2025, 6, 30), status=Status.DONE)
    assert "CR204" not in codes(b.analyse())
