"""The palette's categories stay apart for colour-blind readers, and the check can tell."""

from __future__ import annotations

import pytest

from roadmap.model import palette
from roadmap.model.colour_vision import (
    DISTINCT,
    VISIONS,
    ciede2000,
    closest_pair,
    confusions,
    seen_as,
)

CATEGORIES = {
    "departments": palette.DEPARTMENT_COLOURS,
    "health": tuple(palette.HEALTH.values()),
    "severity": tuple(palette.SEVERITY.values()),
    "status": tuple(palette.STATUS.values()),
}


@pytest.mark.parametrize(("first", "second", "expected"), [
    # Sharma, Wu and Dalal (2005), the CIEDE2000 test pairs 1, 7, 17 and 25.
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_ciede2000_matches_the_published_test_data(first, second, expected) -> None:
    assert ciede2000(first, second) == pytest.approx(expected, abs=1e-4)


def test_white_and_black_are_seen_as_white_and_black_by_everyone() -> None:
    for vision in VISIONS:
        assert seen_as("#FFFFFF", vision) == pytest.approx((100.0, 0.0, 0.0), abs=0.1)
        assert seen_as("#000000", vision) == pytest.approx((0.0, 0.0, 0.0), abs=0.1)


def test_red_and_green_merge_for_a_deuteranope() -> None:
    normal = closest_pair(["#E53935", "#43A047"], "normal")[0]
    deuteranope = closest_pair(["#E53935", "#43A047"], "deuteranopia")[0]
    assert deuteranope < normal / 2
    assert confusions(["#E53935", "#43A047"])  # a traffic-light pair is caught


@pytest.mark.parametrize("name", sorted(CATEGORIES))
def test_every_category_set_stays_distinct_for_every_vision(name: str) -> None:
    assert confusions(CATEGORIES[name]) == []
    for vision in VISIONS:
        assert closest_pair(CATEGORIES[name], vision)[0] >= DISTINCT


def test_the_old_yellow_beside_sand_would_fail() -> None:
    found = confusions([palette.SAND, palette.YELLOW])
    assert any("deuteranopia" in line and palette.SAND in line for line in found)
