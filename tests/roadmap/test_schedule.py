"""Schedule: cycles and the link to cut, earliest dates, auto-schedule, critical path, slack."""

from __future__ import annotations

import pytest

from roadmap.model.enums import Bucket, Status
from roadmap.schedule import (
    acyclic,
    auto_schedule,
    cycle_links,
    earliest_schedule,
    find_cycles,
    link_to_cut,
    normalise_cycle,
    plan,
    schedule_changes,
)

from .rules_builder import D, RoadmapBuilder
from .test_rules_dependencies import raw_link


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


# --- cycles ---------------------------------------------------------------------------


def test_find_cycles_normalises_and_bounds() -> None:
    assert find_cycles([(1, 2), (2, 3)]) == []
    assert find_cycles([(7, 9), (9, 3), (3, 7)]) == [[3, 7, 9]]
    assert find_cycles([(4, 4)]) == [[4]]
    many = [(0, k) for k in range(1, 30)] + [(k, 0) for k in range(1, 30)]
    assert len(find_cycles(many, limit=5)) == 5
    assert normalise_cycle([9, 3, 7]) == [3, 7, 9]
    assert cycle_links([3, 7, 9]) == [(3, 7), (7, 9), (9, 3)]


def test_link_to_cut_prefers_the_most_broken_link() -> None:
    items = {
        1: {"start": D(2027, 1, 1), "end": D(2027, 1, 31)},
        2: {"start": D(2027, 2, 1), "end": D(2027, 2, 28)},
    }
    # 2 waits for 1 (kept by the dates); 1 waits for 2 (broken by 58 days).
    link, why = link_to_cut([1, 2], items)
    assert link == (1, 2)
    assert "58 days" in why


def test_acyclic_breaks_every_cycle_and_orders_prerequisites_first() -> None:
    pairs = [(2, 1), (3, 2), (1, 3), (4, 3), (5, 5)]
    order, kept, ignored = acyclic([1, 2, 3, 4, 5], pairs)
    assert len(ignored) == 2 and (5, 5) in ignored
    assert set(kept) | set(ignored) == set(pairs)
    position = {k: i for i, k in enumerate(order)}
    assert all(position[b] < position[a] for a, b in kept)
    order, kept, ignored = acyclic([1, 2, 3], [(2, 1), (3, 2), (1, 3)], cuts=[(3, 2)])
    assert ignored == [(3, 2)]
    assert order == [3, 1, 2]


# --- earliest schedule ----------------------------------------------------------------


def test_earliest_schedule_pushes_later_keeping_durations(b: RoadmapBuilder) -> None:
    base = b.initiative("Base", start=D(2027, 1, 1), end=D(2027, 3, 31))
    mid = b.initiative("Mid", start=D(2027, 2, 1), end=D(2027, 2, 28))
    top = b.initiative("Top", start=D(2027, 3, 1), end=D(2027, 3, 10))
    free = b.initiative("Free", start=D(2027, 6, 1), end=D(2027, 6, 30))
    b.depends(mid, base)
    b.depends(top, mid)
    dates = earliest_schedule(b.doc)
    assert dates[base] == (D(2027, 1, 1), D(2027, 3, 31))
    assert dates[mid] == (D(2027, 3, 31), D(2027, 4, 27))  # 27 days long, as before
    assert dates[top] == (D(2027, 4, 27), D(2027, 5, 6))
    assert dates[free] == (D(2027, 6, 1), D(2027, 6, 30))  # never pulled earlier
    assert schedule_changes(b.doc) == {mid: dates[mid], top: dates[top]}


def test_earliest_schedule_leaves_buckets_done_and_cancelled_alone(b: RoadmapBuilder) -> None:
    done = b.initiative("Done", start=D(2027, 1, 1), end=D(2027, 5, 31), status=Status.DONE)
    dropped = b.initiative("Dropped", start=D(2027, 1, 1), end=D(2027, 12, 31),
                           status=Status.CANCELLED)
    idea = b.initiative("Idea", start=None, end=None, bucket=Bucket.NOW)
    late_done = b.initiative("Late done", start=D(2027, 2, 1), end=D(2027, 2, 28),
                             status=Status.DONE)
    after = b.initiative("After", start=D(2027, 3, 1), end=D(2027, 3, 31))
    b.depends(after, done, dropped, idea)
    b.depends(late_done, after)
    b.depends(idea, done)
    dates = earliest_schedule(b.doc)
    assert idea not in dates and dropped not in dates
    assert dates[done] == (D(2027, 1, 1), D(2027, 5, 31))
    assert dates[late_done] == (D(2027, 2, 1), D(2027, 2, 28))  # done: history stays
    assert dates[after] == (D(2027, 5, 31), D(2027, 6, 30))  # waits for done, not cancelled


def test_auto_schedule_is_one_undoable_change_that_clears_violations(
        b: RoadmapBuilder) -> None:
    base = b.initiative("Base", start=D(2027, 1, 1), end=D(2027, 3, 31))
    mid = b.initiative("Mid", start=D(2027, 2, 1), end=D(2027, 2, 28))
    top = b.initiative("Top", start=D(2027, 3, 1), end=D(2027, 3, 10))
    b.depends(mid, base)
    b.depends(top, mid)
    assert b.analyse().violated == {(mid, base)}  # Top only breaks once Mid moves
    before = b.doc.snapshot()
    heard = []
    b.doc.subscribe(heard.append)
    change = auto_schedule(b.doc)
    assert change.label == "Auto-schedule"
    assert {row.key for row in change.rows} == {mid, top}
    assert heard == [change]
    assert b.analyse().violated == set()
    assert auto_schedule(b.doc).is_empty
    b.doc.undo(change)
    assert b.doc.snapshot() == before


def test_auto_schedule_survives_a_cycle(b: RoadmapBuilder) -> None:
    a = b.initiative("A", start=D(2027, 1, 1), end=D(2027, 1, 31))
    c = b.initiative("C", start=D(2027, 2, 1), end=D(2027, 2, 28))
    d = b.initiative("D", start=D(2027, 2, 1), end=D(2027, 2, 10))
    b.depends(c, a)
    b.depends(d, c)
    raw_link(b.doc, a, c)  # closes A -> C -> A; the plan already ignores A waiting for C
    dates = earliest_schedule(b.doc)
    assert dates[a] == (D(2027, 1, 1), D(2027, 1, 31))
    assert dates[d] == (D(2027, 2, 28), D(2027, 3, 9))
    auto_schedule(b.doc)
    assert b.analyse().violated == {(a, c)}  # only the link CR201 says to cut


# --- critical path and slack -------------------------------------------------------------


def test_critical_path_is_the_longest_chain_by_duration() -> None:
    items = {
        1: {"start": D(2027, 1, 1), "end": D(2027, 1, 10), "status": Status.PLANNED},  # 10 d
        2: {"start": D(2027, 1, 11), "end": D(2027, 1, 30), "status": Status.PLANNED},  # 20 d
        3: {"start": D(2027, 1, 11), "end": D(2027, 1, 15), "status": Status.PLANNED},  # 5 d
        4: {"start": D(2027, 2, 1), "end": D(2027, 2, 5), "status": Status.PLANNED},  # 5 d
        5: {"start": D(2027, 1, 1), "end": D(2027, 1, 2), "status": Status.PLANNED},  # 2 d
        6: {"start": D(2027, 1, 1), "end": D(2027, 12, 31), "status": Status.DONE},
    }
    pairs = [(2, 1), (3, 1), (4, 2), (4, 3), (4, 6)]
    result = plan(items, pairs)
    assert result.critical_path == [1, 2, 4]
    assert result.slack == {1: 0, 2: 0, 3: 15, 4: 0, 5: 33}
    assert 6 not in result.slack  # done work is not on the path still to walk


def test_plan_of_nothing() -> None:
    result = plan({}, [])
    assert result.critical_path == [] and result.slack == {} and result.dates == {}


def test_analysis_carries_path_slack_and_schedule(b: RoadmapBuilder) -> None:
    first = b.initiative("First", start=D(2027, 1, 1), end=D(2027, 1, 31))
    second = b.initiative("Second", start=D(2027, 1, 15), end=D(2027, 2, 14))
    b.depends(second, first)
    analysis = b.analyse()
    assert analysis.critical_path == [first, second]
    assert analysis.slack == {first: 0, second: 0}
    assert analysis.schedule[second] == (D(2027, 1, 31), D(2027, 3, 2))
