"""Dependency links on the map: with the flow a level curve, against it a loop below."""

from __future__ import annotations

import pytest

from roadmap.views.map.routes import Box, dependency_route


def test_a_link_with_the_flow_leaves_and_arrives_level() -> None:
    route = dependency_route(Box(0, 10, 20, 8), Box(200, 50, 20, 8), min_bend=14, clearance=22)
    assert route.forward
    assert route.start == (20, 10) and route.end == (180, 50)
    assert route.c1 == (20 + 160 * 0.45, 10) and route.c2 == (180 - 160 * 0.45, 50)


def test_a_short_link_keeps_its_least_bend() -> None:
    route = dependency_route(Box(0, 0, 20, 8), Box(50, 0, 20, 8), min_bend=14, clearance=22)
    assert route.forward and route.c1 == (34, 0) and route.c2 == (16, 0)


@pytest.mark.parametrize(("down", "below"), [(1.0, 58.0 + 22), (-1.0, -8.0 - 22)])
def test_a_link_against_the_flow_loops_below_both_boxes(down: float, below: float) -> None:
    tail, head = Box(200, 0, 20, 8), Box(0, 50, 20, 8)
    route = dependency_route(tail, head, min_bend=14, clearance=22, down=down)
    assert not route.forward
    assert route.start == (200, 8 * down) and route.end == (0, 50 + 8 * down)
    assert route.c1[1] == route.c2[1] == below


def test_boxes_closer_than_the_gap_loop_instead_of_crossing() -> None:
    route = dependency_route(Box(0, 0, 20, 8), Box(45, 0, 20, 8), min_bend=14, clearance=22,
                             gap=10)
    assert not route.forward
