"""Edge crossings are counted the same way for our layout and for graphviz dot's."""

from __future__ import annotations

import shutil

import pytest

from roadmap.views.map.crossings import count_crossings, dot_positions, segments_cross


def test_two_links_that_cut_each_other_cross_once() -> None:
    positions = {"a": (0.0, 0.0), "b": (10.0, 10.0), "c": (0.0, 10.0), "d": (10.0, 0.0)}
    assert count_crossings(positions, [("a", "b"), ("c", "d")]) == 1
    assert count_crossings(positions, [("a", "d"), ("c", "b")]) == 0, "parallel links"


def test_links_sharing_an_end_or_only_touching_never_cross() -> None:
    positions = {"a": (0.0, 0.0), "b": (10.0, 10.0), "c": (10.0, 0.0), "d": (5.0, 5.0)}
    assert count_crossings(positions, [("a", "b"), ("a", "c")]) == 0
    assert not segments_cross(((0.0, 0.0), (10.0, 10.0)), ((5.0, 5.0), (10.0, 0.0)))


def test_every_pair_is_counted_once_in_a_fan_of_crossings() -> None:
    left = {f"l{i}": (0.0, float(i)) for i in range(4)}
    right = {f"r{i}": (10.0, float(i)) for i in range(4)}
    # l_i -> r_(3-i): every pair of the four links crosses: 4 * 3 / 2 = 6.
    edges = [(f"l{i}", f"r{3 - i}") for i in range(4)]
    assert count_crossings({**left, **right}, edges) == 6
    assert count_crossings({**left, **right}, [*edges, ("l0", "missing")]) == 6


@pytest.mark.skipif(shutil.which("dot") is None, reason="graphviz dot is not installed")
def test_dot_places_every_node_of_the_graph() -> None:
    placed = dot_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert set(placed) == {"a", "b", "c"}
    assert placed["a"][0] < placed["b"][0] < placed["c"][0], "left to right, as our map flows"
