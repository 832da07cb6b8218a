"""Analysis settings: stored strings become typed values; bad ones fall back, with a warning.

A threshold read wrong changes every verdict of its rule; an unreadable value
must never stop the analysis and the warning must say what was used instead.
"""

from __future__ import annotations

import pytest

from roadmap.analysis.settings import RuleSettings, read_settings

CODES = ["CR105", "CR301"]


def _read(key: str, raw: str) -> tuple[object, tuple[str, ...]]:
    settings = read_settings({key: raw}, CODES)
    return settings.values[key], settings.warnings


@pytest.mark.parametrize(("key", "raw", "value"), [
    ("CR301.max_overlapping", "1", 1),  # the minimum itself is allowed
    ("CR301.max_overlapping", " 7 ", 7),
    ("CR303.max_share_percent", "100", 100.0),  # the maximum itself is allowed
    ("CR303.max_share_percent", "37.5", 37.5),
    ("CR201.max_cycles", "10000", 10_000),
    ("rules.CR105.enabled", "No", False),
    ("rules.CR105.enabled", "on", True),
])
def test_readable_values_are_used(key: str, raw: str, value: object) -> None:
    read, warnings = _read(key, raw)
    assert read == value and type(read) is type(value)
    assert warnings == ()


@pytest.mark.parametrize(("key", "raw", "warning"), [
    ("CR301.max_overlapping", "2.5",
     "setting CR301.max_overlapping: '2.5' is not a whole number; using 3"),
    ("CR303.max_share_percent", "lots",
     "setting CR303.max_share_percent: 'lots' is not a number; using 40"),
    ("CR303.max_share_percent", "nan",
     "setting CR303.max_share_percent: 'nan' is not a number; using 40"),
    ("CR301.max_overlapping", "0",
     "setting CR301.max_overlapping: '0' is below the minimum 1; using 3"),
    ("CR303.max_share_percent", "100.5",
     "setting CR303.max_share_percent: '100.5' is above the maximum 100; using 40"),
    ("CR201.max_cycles", "10001",
     "setting CR201.max_cycles: '10001' is above the maximum 10000; using 25"),
    ("rules.CR105.enabled", "maybe",
     "setting rules.CR105.enabled: 'maybe' is not yes or no; using yes"),
])
def test_unreadable_values_fall_back_to_the_default_and_say_so(
        key: str, raw: str, warning: str) -> None:
    settings = read_settings({key: raw}, CODES)
    assert settings.warnings == (warning,)
    assert settings.values[key] == read_settings({}, CODES).values[key]


def test_settings_without_values_use_the_defaults() -> None:
    empty = RuleSettings({})
    assert empty.enabled("CR105") is True
    assert empty.threshold("CR301.max_overlapping") == 3
    assert empty.threshold("CR303.max_share_percent") == 40.0
    assert RuleSettings({"rules.CR105.enabled": False}).enabled("CR105") is False
