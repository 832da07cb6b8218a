"""The engine: a failing rule is reported and the others still run; the schedule uses the cuts.

One broken rule must not hide every other finding, and the schedule the
analysis carries must cut the same link CR201 names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from roadmap.analysis.context import Context
from roadmap.analysis.registry import RULES, Found, rule
from roadmap.model.enums import Severity
from tests.roadmap.rules_builder import D, RoadmapBuilder, codes
from tests.roadmap.test_rules_dependencies import raw_link


@pytest.fixture()
def broken_rule() -> Iterator[None]:
    before = dict(RULES)

    def explode(_ctx: Context) -> Iterator[Found]:
        raise ValueError("boom")

    rule("CR000", Severity.HIGH, "Broken", "Always fails.")(explode)
    yield
    RULES.clear()
    RULES.update(before)


@pytest.mark.usefixtures("broken_rule")
def test_a_failing_rule_is_a_warning_and_the_other_rules_still_run() -> None:
    b = RoadmapBuilder()
    b.initiative("Free lunch", budget=None)
    analysis = b.analyse()
    assert analysis.warnings == ("rule CR000 could not run: ValueError: boom",)
    assert "CR104" in codes(analysis)


def test_an_analysis_without_a_date_is_dated_today() -> None:
    b = RoadmapBuilder()
    assert b.analyse().today == dt.date.today()
    assert b.analyse(today=dt.date(2031, 2, 3)).today == dt.date(2031, 2, 3)


def test_the_analysis_carries_its_graph_and_groups_findings_by_severity() -> None:
    b = RoadmapBuilder()
    key = b.initiative("Free lunch", budget=None, sponsor_id=None)
    analysis = b.analyse()
    assert analysis.graph is not None and analysis.graph.number_of_nodes() > 0
    groups = analysis.by_severity()
    assert list(groups) == list(Severity)
    assert [f.code for f in groups[Severity.LOW]] == ["CR104"]
    assert [f.code for f in groups[Severity.MEDIUM]] == ["CR103"]
    assert groups[Severity.HIGH] == []
    assert all(f.subject == f"initiative:{key}" for f in analysis.findings)


def test_the_schedule_cuts_the_link_cr201_names() -> None:
    b = RoadmapBuilder()
    early = b.initiative("Early", start=D(2027, 1, 1), end=D(2027, 1, 31))
    later = b.initiative("Later", start=D(2027, 2, 1), end=D(2027, 2, 28))
    b.depends(early, later)  # older, broken by 58 days: the link to cut
    raw_link(b.doc, later, early)
    analysis = b.analyse()
    assert analysis.schedule[early] == (D(2027, 1, 1), D(2027, 1, 31))
    assert analysis.schedule[later] == (D(2027, 2, 1), D(2027, 2, 28))
