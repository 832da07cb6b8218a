"""The analysis after an edit, brought up to date incrementally, equals a full analysis.

Random sequences of service operations (the undo property test's, batches
and refusals included), with undo of the latest steps mixed in: after each,
the incremental analyser's result is compared with `analyse` of the same
document, field by field, and its graph with `build_graph`'s.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from roadmap.analysis import analyse
from roadmap.analysis.incremental import IncrementalAnalyser, analyser_for
from roadmap.analysis.registry import RULES
from roadmap.graph import RoadmapGraph, build_graph
from roadmap.model.enums import Role, VendorCategory
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document
from tests.roadmap.test_undo_property import ACTIONS, _step

TODAY = dt.date(2027, 3, 1)
NO_SHRINK = [Phase.explicit, Phase.reuse, Phase.generate]
FIELDS = ("findings", "it_alone", "violated", "critical_path", "slack", "schedule", "figures",
          "warnings", "today")


def _seed(doc: Document) -> None:
    """A small roadmap with every kind of link, a cycle and findings of most rules."""
    doc.departments.create(name="IT", is_it=True)
    doc.departments.create(name="Marketing", benefit_areas="marketing")
    doc.owners.create(name="Ada", department_id=1)
    doc.owners.create(name="Bo", department_id=2)
    doc.vendors.create(name="Shopify", category=VendorCategory.COMMERCE_PLATFORM,
                       contract_end=dt.date(2027, 5, 1))
    spans = [(dt.date(2027, 1, 1), dt.date(2027, 6, 30)), (dt.date(2027, 3, 1),
             dt.date(2027, 12, 31)), (dt.date(2027, 2, 1), dt.date(2027, 4, 30)),
             (None, None), (dt.date(2026, 11, 1), dt.date(2028, 3, 1))]
    for number, (start, end) in enumerate(spans, start=1):
        doc.initiatives.create(title=f"Work {number}", start=start, end=end,
                               owner_id=1 + number % 2, budget=100_000 * number)
    doc.dependencies.link(2, 1)
    doc.dependencies.link(3, 2)
    # A cycle (1 -> 3 -> 2 -> 1), as a file or an import may hold one: the service refuses it.
    key = doc.next_id("dependency")
    doc.apply(Change("Cycle", (RowChange("dependency", key, None, {
        "id": key, "initiative_id": 1, "depends_on_id": 3}),)))
    doc.dependencies.link(5, 4)
    doc.participations.set_role(1, 1, Role.LEAD)
    doc.participations.set_role(2, 2, Role.LEAD)
    doc.participations.set_role(2, 1, Role.ENABLER)
    doc.vendor_uses.link(1, 1)
    doc.vendor_uses.link(5, 1)


def _canonical(graph: RoadmapGraph) -> tuple[Any, ...]:
    nodes = sorted((str(k), sorted(a.items(), key=lambda item: item[0]))
                   for k, a in graph.nodes(data=True))
    edges = sorted((str(u), str(v), k, sorted(a.items()))
                   for u, v, k, a in graph.edges(keys=True, data=True))
    return repr(nodes), repr(edges), repr(sorted(graph.graph.items()))


def _assert_equal_to_a_full_run(analyser: IncrementalAnalyser, doc: Document) -> None:
    ours, full = analyser.analysis(today=TODAY), analyse(doc, today=TODAY)
    for name in FIELDS:
        assert getattr(ours, name) == getattr(full, name), name
    assert _canonical(ours.graph) == _canonical(full.graph)


@settings(max_examples=80, deadline=None, database=None, derandomize=True, phases=NO_SHRINK,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_after_any_edits_and_undos_the_analysis_equals_a_full_run(data: st.DataObject) -> None:
    doc = Document.in_memory(title="Incremental", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    try:
        _seed(doc)
        analyser = IncrementalAnalyser(doc)
        _assert_equal_to_a_full_run(analyser, doc)
        applied: list[Change] = []
        for _ in range(data.draw(st.integers(1, 12), label="steps")):
            if applied and data.draw(st.integers(0, 4), label="undo?") == 0:
                doc.undo(applied.pop())  # as the undo stack does: the latest first
            else:
                action = data.draw(st.sampled_from(ACTIONS + INITIATIVE_EDITS), label="action")
                change = _step(data, doc, action)
                if change is not None:
                    applied.append(change)
            if data.draw(st.integers(0, 3), label="look?") > 0:
                _assert_equal_to_a_full_run(analyser, doc)
        _assert_equal_to_a_full_run(analyser, doc)
    finally:
        doc.close()


INITIATIVE_EDITS = ["edit initiative", "edit initiative", "link", "unlink", "set role",
                    "use vendor", "drop vendor", "initiative", "delete initiative",
                    "reschedule", "unlink department", "link many", "accept", "milestone"]
"""Edits the analysis follows incrementally, drawn more often than the rest."""


def _document() -> Document:
    doc = Document.in_memory(title="Incremental", horizon_start=dt.date(2027, 1, 1),
                             horizon_end=dt.date(2027, 12, 31))
    _seed(doc)
    return doc


def test_an_edit_of_an_initiative_is_followed_without_a_full_run() -> None:
    doc = _document()
    try:
        analyser = analyser_for(doc)
        assert analyser_for(doc) is analyser
        analyser.analysis(today=TODAY)
        assert analyser.last_was_full
        doc.initiatives.update(3, start=dt.date(2027, 7, 1), end=dt.date(2027, 9, 30))
        doc.dependencies.unlink(1, 3)
        doc.participations.set_role(4, 2, Role.LEAD)
        _assert_equal_to_a_full_run(analyser, doc)
        assert not analyser.last_was_full
        same = analyser.analysis(today=TODAY)
        assert analyser.analysis(today=TODAY) is same  # nothing changed: nothing recomputed
    finally:
        doc.close()


def test_what_it_cannot_follow_row_by_row_is_analysed_from_scratch() -> None:
    doc = _document()
    try:
        analyser = IncrementalAnalyser(doc)
        analyser.analysis(today=TODAY)
        doc.departments.update(2, name="Growth")  # named in many findings
        _assert_equal_to_a_full_run(analyser, doc)
        assert analyser.last_was_full
        analyser.analysis(today=TODAY + dt.timedelta(days=1))  # a new day
        assert analyser.last_was_full
        deleted = doc.initiatives.delete(2)
        _assert_equal_to_a_full_run(analyser, doc)
        doc.undo(deleted)  # id 2 comes back in the middle of the id order
        _assert_equal_to_a_full_run(analyser, doc)
        assert analyser.last_was_full
        with doc.batch("Bulk") as batch:  # a revision the analyser hears nothing of
            doc.initiatives.update(1, title="Quietly renamed")
            batch.changes.clear()
        _assert_equal_to_a_full_run(analyser, doc)
        assert analyser.last_was_full
        doc.initiatives.update(1, title="Heard again")  # and then edits are followed again
        _assert_equal_to_a_full_run(analyser, doc)
        assert not analyser.last_was_full
    finally:
        doc.close()


def test_a_per_initiative_rule_over_a_scope_finds_what_a_full_run_finds_there() -> None:
    doc = _document()
    try:
        from roadmap.analysis.context import Context
        from roadmap.analysis.settings import read_settings

        ctx = Context.from_graph(build_graph(doc), TODAY, read_settings({}, list(RULES)))
        for code, rule in RULES.items():
            if not rule.per_initiative:
                continue
            everything = list(rule.check(ctx))
            for scope in ({1}, {2, 5}, {3, 4}):
                expected = [f for f in everything if f.initiative_ids[0] in scope]
                assert list(rule.check(ctx.within(frozenset(scope)))) == expected, code
    finally:
        doc.close()


def test_a_full_analysis_computed_elsewhere_becomes_the_base_only_if_still_current() -> None:
    doc = _document()
    try:
        analyser = IncrementalAnalyser(doc)
        compute = analyser.prepare_full(today=TODAY)
        stale = compute()
        doc.initiatives.update(2, title="Edited meanwhile")
        assert analyser.adopt(stale) is stale.analysis  # published by its caller, not kept
        assert not analyser.follows(today=TODAY)
        fresh = analyser.prepare_full(today=TODAY)()
        analyser.adopt(fresh)
        doc.initiatives.update(2, budget=5)
        assert analyser.follows(today=TODAY)
        _assert_equal_to_a_full_run(analyser, doc)
        assert not analyser.last_was_full
    finally:
        doc.close()
