"""Cycles in the scheduler: every cycle found, the right link cut, and dates that still hold.

A roadmap imported from a sheet can carry several dependency cycles at once.
CR201 must name each of them, the link it suggests cutting must be the one
that moves no dates, and auto-schedule must still honour every other link.
"""

from __future__ import annotations

import pytest

from roadmap.model.enums import Bucket
from roadmap.schedule import acyclic, auto_schedule, earliest_schedule, find_cycles, link_to_cut

from .rules_builder import D, RoadmapBuilder
from .test_rules_dependencies import raw_link


@pytest.fixture()
def b() -> RoadmapBuilder:
    return RoadmapBuilder()


# --- find_cycles ---------------------------------------------------------------------------


def test_find_cycles_reports_every_disjoint_cycle_shortest_first() -> None:
    pairs = [(10, 11), (11, 10), (1, 2), (2, 3), (3, 1), (8, 8), (20, 1), (3, 30)]
    assert find_cycles(pairs) == [[8], [10, 11], [1, 2, 3]]


def test_find_cycles_sees_both_cycles_of_a_figure_eight() -> None:
    assert find_cycles([(1, 2), (2, 1), (2, 3), (3, 2)]) == [[1, 2], [2, 3]]


def test_find_cycles_ignores_work_that_only_waits_for_a_cycle() -> None:
    # 5 waits for the cycle 1-2 but is not part of it.
    assert find_cycles([(1, 2), (2, 1), (5, 1), (5, 2)]) == [[1, 2]]


def test_find_cycles_default_limit_is_25() -> None:
    hub = [(0, k) for k in range(1, 40)] + [(k, 0) for k in range(1, 40)]
    assert len(find_cycles(hub)) == 25


# --- link_to_cut ---------------------------------------------------------------------------


def test_link_to_cut_without_dates_cuts_the_newest_link() -> None:
    link, why = link_to_cut([1, 2, 3], {}, {(1, 2): 5, (2, 3): 9, (3, 1): 7})
    assert link == (2, 3)
    assert why == "it is the newest link in the cycle"


def test_link_to_cut_without_dates_or_ids_keeps_the_first_link() -> None:
    assert link_to_cut([4, 5, 6], {})[0] == (4, 5)


def test_link_to_cut_counts_a_link_without_a_row_id_as_the_oldest() -> None:
    assert link_to_cut([1, 2, 3], {}, {(2, 3): 1})[0] == (2, 3)


def test_link_to_cut_survives_an_initiative_missing_from_the_attributes() -> None:
    items = {1: {"start": D(2027, 1, 1), "end": D(2027, 1, 31)}}
    assert link_to_cut([1, 99], items, {(1, 99): 3, (99, 1): 4}) == (
        (99, 1), "it is the newest link in the cycle")


def test_link_to_cut_ignores_a_half_dated_link() -> None:
    items = {1: {"start": D(2027, 1, 1), "end": None}, 2: {"start": None, "end": None}}
    assert link_to_cut([1, 2], items, {(1, 2): 1, (2, 1): 2})[0] == (2, 1)


def test_link_to_cut_on_a_tie_of_days_cuts_the_newer_link() -> None:
    same_day = {"start": D(2027, 5, 3), "end": D(2027, 5, 3)}
    link, why = link_to_cut([1, 2], {1: same_day, 2: same_day}, {(1, 2): 8, (2, 1): 3})
    assert link == (1, 2)
    # Both links are met by the dates (start on the day the other ends): no date is broken.
    assert why == "its dates leave the most room, so cutting it moves no dates"


def test_link_to_cut_prefers_days_over_row_ids() -> None:
    items = {1: {"start": D(2027, 1, 1), "end": D(2027, 1, 31)},
             2: {"start": D(2027, 2, 1), "end": D(2027, 2, 28)}}
    link, why = link_to_cut([1, 2], items, {(1, 2): 1, (2, 1): 99})
    assert link == (1, 2)
    assert why.startswith("the plan already starts it 58 days before that ends")


def test_link_to_cut_with_only_a_met_dated_link_says_the_dates_leave_room() -> None:
    # 1 runs in March, 2 in January: 1 waiting for 2 is met by 29 days; 3 has no dates.
    items = {1: {"start": D(2027, 3, 1), "end": D(2027, 3, 31)},
             2: {"start": D(2027, 1, 1), "end": D(2027, 1, 31)}}
    link, why = link_to_cut([1, 2, 3], items, {(1, 2): 1, (2, 3): 2, (3, 1): 3})
    assert link == (1, 2)
    assert why == "its dates leave the most room, so cutting it moves no dates"


def test_link_to_cut_says_one_day_in_the_singular() -> None:
    items = {1: {"start": D(2027, 1, 31), "end": D(2027, 1, 31)},
             2: {"start": D(2027, 2, 1), "end": D(2027, 2, 1)}}
    # 1 waiting for 2 is broken by one day; 2 waiting for 1 is met (-1).
    assert link_to_cut([1, 2], items) == (
        (1, 2), "the plan already starts it 1 day before that ends, so cutting this link "
                "moves no dates")


# --- acyclic: the fallback when the suggested cuts are not enough ------------------------


def _check_order(order: list[int], kept: list[tuple[int, int]]) -> None:
    position = {k: i for i, k in enumerate(order)}
    assert all(position[b] < position[a] for a, b in kept), "prerequisites first"


def test_acyclic_breaks_two_disjoint_cycles_without_cuts() -> None:
    pairs = [(1, 2), (2, 1), (3, 4), (4, 5), (5, 3), (6, 5), (7, 6)]
    order, kept, ignored = acyclic(range(1, 8), pairs)
    assert ignored == [(2, 1), (5, 3)]  # one link per cycle, nothing more
    assert kept == [(1, 2), (3, 4), (4, 5), (6, 5), (7, 6)]
    assert sorted(order) == [1, 2, 3, 4, 5, 6, 7]
    _check_order(order, kept)


def test_acyclic_uses_the_cut_for_one_cycle_and_the_fallback_for_the_other() -> None:
    pairs = [(1, 2), (2, 1), (3, 4), (4, 5), (5, 3)]
    order, kept, ignored = acyclic([1, 2, 3, 4, 5], pairs, cuts=[(1, 2)])
    assert ignored == [(1, 2), (5, 3)]
    assert kept == [(2, 1), (3, 4), (4, 5)]
    _check_order(order, kept)


def test_acyclic_breaks_a_cycle_the_search_enters_from_outside() -> None:
    # 1 waits for the cycle 2-3 without being part of it: only 3 -> 2 closes a loop.
    order, kept, ignored = acyclic([1, 2, 3], [(1, 2), (2, 3), (3, 2)])
    assert (order, kept, ignored) == ([3, 2, 1], [(1, 2), (2, 3)], [(3, 2)])


def test_acyclic_breaks_a_figure_eight_with_one_link_per_loop() -> None:
    order, kept, ignored = acyclic([1, 2, 3], [(1, 2), (2, 1), (2, 3), (3, 2)])
    assert (order, kept, ignored) == ([3, 2, 1], [(1, 2), (2, 3)], [(2, 1), (3, 2)])


def test_acyclic_drops_links_to_nodes_outside_and_cuts_that_are_not_links() -> None:
    order, kept, ignored = acyclic([1, 2], [(1, 2), (2, 9), (9, 1)], cuts=[(2, 1), (9, 1)])
    assert (order, kept, ignored) == ([2, 1], [(1, 2)], [])


def test_acyclic_keeps_every_link_of_an_acyclic_roadmap() -> None:
    pairs = [(3, 1), (3, 2), (2, 1)]
    order, kept, ignored = acyclic([1, 2, 3], pairs)
    assert (order, kept, ignored) == ([1, 2, 3], pairs, [])


# --- the document: two cycles at once ----------------------------------------------------


def _two_cycles(b: RoadmapBuilder) -> dict[str, int]:
    """Two separate two-initiative cycles, each with one clearly broken link, and followers."""
    keys = {
        "a": b.initiative("A", start=D(2027, 1, 1), end=D(2027, 1, 31)),
        "b": b.initiative("B", start=D(2027, 2, 1), end=D(2027, 2, 28)),
        "c": b.initiative("C", start=D(2027, 3, 1), end=D(2027, 3, 31)),
        "d": b.initiative("D", start=D(2027, 4, 1), end=D(2027, 4, 30)),
        "after_b": b.initiative("After B", start=D(2027, 2, 10), end=D(2027, 2, 19)),
        "after_d": b.initiative("After D", start=D(2027, 4, 5), end=D(2027, 4, 14)),
        "idea": b.initiative("Idea", start=None, end=None, bucket=Bucket.NOW),
    }
    b.depends(keys["b"], keys["a"])
    b.depends(keys["d"], keys["c"])
    b.depends(keys["after_b"], keys["b"])
    b.depends(keys["after_d"], keys["d"])
    raw_link(b.doc, keys["a"], keys["b"])  # A waits for B: broken by 58 days
    raw_link(b.doc, keys["c"], keys["d"])  # C waits for D: broken by 60 days
    return keys


def test_cr201_names_both_cycles_and_the_link_to_cut_in_each(b: RoadmapBuilder) -> None:
    k = _two_cycles(b)
    found = sorted(b.analyse().by_code("CR201"), key=lambda f: f.subject)
    assert [f.subject for f in found] == [f"cycle:{k['a']},{k['b']}",
                                          f"cycle:{k['c']},{k['d']}"]
    assert "Cut the link 'A' depends on 'B': the plan already starts it 58 days" in (
        found[0].suggestion)
    assert "Cut the link 'C' depends on 'D': the plan already starts it 60 days" in (
        found[1].suggestion)


def test_earliest_schedule_honours_every_link_but_the_cut_ones(b: RoadmapBuilder) -> None:
    k = _two_cycles(b)
    dates = earliest_schedule(b.doc)
    assert k["idea"] not in dates
    assert dates[k["a"]] == (D(2027, 1, 1), D(2027, 1, 31))
    assert dates[k["b"]] == (D(2027, 2, 1), D(2027, 2, 28))  # already after A
    assert dates[k["after_b"]] == (D(2027, 2, 28), D(2027, 3, 9))
    assert dates[k["after_d"]] == (D(2027, 4, 30), D(2027, 5, 9))
    auto_schedule(b.doc)
    analysis = b.analyse()
    assert analysis.violated == {(k["a"], k["b"]), (k["c"], k["d"])}
    cr202 = {f.subject for f in analysis.by_code("CR202")}
    assert cr202 == {f"initiative:{k['a']}", f"initiative:{k['c']}"}
    assert all("closes a dependency cycle (CR201)" in f.suggestion
               for f in analysis.by_code("CR202"))
