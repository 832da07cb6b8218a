"""Counts and lists are worded once (roadmap.model.wording) for findings, reports and the pack."""

from __future__ import annotations

from roadmap.model.wording import join_names, plural


def test_plural_counts_one_and_many() -> None:
    assert plural(1, "day") == "1 day"
    assert plural(0, "day") == "0 days"
    assert plural(3, "initiative row") == "3 initiative rows"
    assert plural(1, "dependency is", "dependencies are") == "1 dependency is"
    assert plural(2, "dependency is", "dependencies are") == "2 dependencies are"


def test_join_names_reads_as_alternatives() -> None:
    assert join_names([]) == ""
    assert join_names(["Sales"]) == "Sales"
    assert join_names(["Sales", "Marketing"]) == "Sales or Marketing"
    assert join_names(("Sales", "Marketing", "Operations")) == "Sales, Marketing or Operations"
