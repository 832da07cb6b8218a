"""Dependency links on the map pass between boxes, never through them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roadmap.views.map.obstacles import Obstacles, passes
from roadmap.views.map.routes import Box, Cubic, LinkRoute, dependency_route

HALF_W, HALF_H = 90.0, 28.0
LAYER_GAP, ROW_GAP = 250.0, 76.0


def grid(columns: int, rows: int) -> dict[tuple[int, int], Box]:
    """A layered map: `columns` layers of `rows` initiatives, as the layered layout spaces them."""
    return {(c, r): Box(c * LAYER_GAP, r * ROW_GAP, HALF_W, HALF_H)
            for c in range(columns) for r in range(rows)}


def point(piece: Cubic, t: float) -> tuple[float, float]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = piece
    u = 1 - t
    return (u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
            u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3)


def boxes_crossed(route: LinkRoute, boxes: list[Box], ends: tuple[Box, Box]) -> list[Box]:
    """The boxes (other than the link's ends) that some point of the route lies inside."""
    inside = []
    for box in boxes:
        if box in ends:
            continue
        for piece in route.curves():
            if any(box.left < x < box.right and box.y - box.half_height < y
                   < box.y + box.half_height
                   for x, y in (point(piece, step / 40) for step in range(41))):
                inside.append(box)
                break
    return inside


def test_a_link_to_the_next_layer_needs_no_detour() -> None:
    boxes = grid(2, 5)
    obstacles = Obstacles(boxes.values())
    assert passes(boxes[(0, 1)], boxes[(1, 3)], obstacles, 4.0) == []
    route = dependency_route(boxes[(0, 1)], boxes[(1, 3)], min_bend=40, clearance=30,
                             obstacles=obstacles)
    assert len(route.curves()) == 1


def test_a_long_link_crosses_each_layer_between_two_rows() -> None:
    boxes = grid(5, 6)
    tail, head = boxes[(0, 2)], boxes[(4, 2)]
    route = dependency_route(tail, head, min_bend=40, clearance=30,
                             obstacles=Obstacles(boxes.values()))
    levels = [level for _enter, _leave, level in passes(tail, head,
                                                         Obstacles(boxes.values()), 4.0)]
    assert len(levels) == 3  # layers 1, 2 and 3 stand in the way
    for level in levels:  # in the 20-unit gap next to row 2, keeping 4 units off both rows
        assert 2 * ROW_GAP + HALF_H + 4 <= level <= 3 * ROW_GAP - HALF_H - 4 \
            or ROW_GAP + HALF_H + 4 <= level <= 2 * ROW_GAP - HALF_H - 4
    assert boxes_crossed(route, list(boxes.values()), (tail, head)) == []
    assert route.end == (head.left, head.y) and route.c2[1] == head.y  # arrives level


def test_a_column_without_gaps_is_passed_above_or_below() -> None:
    wall = [Box(250, y, HALF_W, 20) for y in range(-400, 401, 40)]  # boxes touching
    tail, head = Box(0, 0, HALF_W, HALF_H), Box(500, 0, HALF_W, HALF_H)
    obstacles = Obstacles([tail, head, *wall])
    [(_enter, _leave, level)] = passes(tail, head, obstacles, 4.0)
    assert level <= -420 - 4 or level >= 420 + 4
    route = dependency_route(tail, head, min_bend=40, clearance=30, obstacles=obstacles)
    assert boxes_crossed(route, wall, (tail, head)) == []


def test_links_against_the_flow_still_loop_below() -> None:
    boxes = grid(3, 3)
    route = dependency_route(boxes[(2, 0)], boxes[(0, 0)], min_bend=40, clearance=30,
                             obstacles=Obstacles(boxes.values()))
    assert not route.forward and len(route.curves()) == 1


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(-6, 6)), min_size=2, max_size=40,
                unique=True),
       st.data())
def test_no_forward_link_runs_through_a_box(cells: list[tuple[int, int]],
                                             data: st.DataObject) -> None:
    boxes = [Box(c * LAYER_GAP + (r % 3) * 7.0, r * ROW_GAP, HALF_W, HALF_H) for c, r in cells]
    tail = data.draw(st.sampled_from(boxes))
    heads = [b for b in boxes if b.left - tail.right > 20]
    if not heads:
        return
    head = data.draw(st.sampled_from(heads))
    route = dependency_route(tail, head, min_bend=40, clearance=30, gap=20,
                             obstacles=Obstacles(boxes))
    assert route.forward
    assert boxes_crossed(route, boxes, (tail, head)) == []
