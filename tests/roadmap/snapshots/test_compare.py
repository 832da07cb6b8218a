"""What changed between a snapshot and now: each kind of change, ordering, text and JSON."""

from __future__ import annotations

import datetime as dt
import json

from roadmap.analysis.engine import analyse
from roadmap.model.enums import Health, Role, Status
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document
from roadmap.snapshots.compare import Comparison, compare
from roadmap.snapshots.payload import current_state, load_state, take_snapshot
from roadmap.snapshots.report import as_json, as_text, change_lines, weeks
from tests.helpers.roadmaps import bulk_roadmap, small_roadmap

AT = dt.datetime(2027, 3, 1, 10, 0)
TODAY = AT.date()


def _since(doc: Document, name: str = "Board") -> Comparison:
    return compare(load_state(doc, doc.snapshots.find(name)),
                   current_state(doc, analyse(doc, today=TODAY)))


def test_nothing_changed_right_after_a_snapshot() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board", at=AT)
        comparison = _since(doc)
        assert comparison.is_empty and comparison.changed_keys == frozenset()
        assert "Nothing changed." in as_text(comparison)
    finally:
        doc.close()


def test_every_kind_of_change_is_found() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board", at=AT)
        doc.initiatives.update(1, end=dt.date(2027, 8, 11))        # +6 weeks
        doc.initiatives.update(2, start=dt.date(2027, 6, 24))      # -1 week, end unchanged
        doc.initiatives.update(1, budget=1_500_000)
        doc.initiatives.update(2, budget=10_000)
        doc.initiatives.update(2, owner_id=2, sponsor_id=1, health=Health.RED)
        doc.initiatives.update(3, status=Status.CANCELLED)
        doc.participations.set_role(1, 1, Role.LEAD)  # IT leads too; Sales stays first
        new = doc.initiatives.create(title="Subscription garden boxes").rows[0].key
        doc.decisions.record("Cancel voice search", at=AT + dt.timedelta(days=2))
        c = _since(doc)
        assert [a.title for a in c.added] == ["Subscription garden boxes"]
        assert [(m.title, m.end_days, m.start_days, m.is_slip) for m in c.moved] == [
            ("Replatform storefront", 42, 0, True), ("Loyalty programme", 0, -7, False)]
        assert [(b.title, b.old, b.new) for b in c.budget] == [
            ("Replatform storefront", 1_200_000, 1_500_000), ("Loyalty programme", None, 10_000)]
        assert {(o.title, o.field, o.old, o.new) for o in c.ownership} >= {
            ("Loyalty programme", "owner", "Ada CIO", "Bo Sales"),
            ("Loyalty programme", "sponsor", "", "Ada CIO")}
        assert [(s.field, s.old, s.new) for s in c.cancelled] == [
            ("status", "Idea", "Cancelled")]
        assert ("Loyalty programme", "health", "Green", "Red") in {
            (s.title, s.field, s.old, s.new) for s in c.status}
        assert [d.text for d in c.decisions] == ["Cancel voice search"]
        opened = {(f.code, f.initiative) for f in c.findings_opened}
        assert ("CR100", "Subscription garden boxes") in opened
        assert NodeKey.initiative(new) in c.changed_keys
        assert c.changed_keys == {NodeKey.initiative(k) for k in (1, 2, 3, new)}
    finally:
        doc.close()


def test_removed_resolved_and_newly_accepted_findings() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board", at=AT)
        then = load_state(doc, doc.snapshots.find("Board"))
        open_then = [f for f in then.findings.values()
                     if not f.accepted and f.subject != "initiative:3"]
        to_accept = open_then[0]
        doc.acceptances.accept(to_accept.code, to_accept.subject, "Known", "Ada")
        doc.initiatives.delete(3)
        c = _since(doc)
        assert [a.title for a in c.removed] == ["Voice search"]
        assert (to_accept.code, to_accept.subject) in {
            (f.code, f.subject) for f in c.findings_accepted}
        gone = {f.subject for f in c.findings_resolved}
        assert "initiative:3" in gone
        assert NodeKey.initiative(3) not in c.changed_keys
    finally:
        doc.close()


def test_two_snapshots_compare_and_the_json_names_each_initiative() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Q1", at=AT)
        doc.initiatives.update(1, end=dt.date(2027, 8, 11))
        take_snapshot(doc, "Q2", at=AT + dt.timedelta(days=90))
        doc.initiatives.update(1, end=dt.date(2027, 12, 1))  # after Q2: not in Q1..Q2
        c = compare(load_state(doc, doc.snapshots.find("Q1")),
                    load_state(doc, doc.snapshots.find("Q2")))
        data = json.loads(json.dumps(as_json(c)))
        for key in ("added", "removed", "moved", "budget", "ownership", "status",
                    "findings_opened", "findings_resolved"):
            assert isinstance(data[key], list)
        assert data["moved"] == [{
            "initiative": "Replatform storefront", "id": 1,
            "old": {"start": "2027-01-01", "end": "2027-06-30"},
            "new": {"start": "2027-01-01", "end": "2027-08-11"},
            "start_weeks": 0.0, "end_weeks": 6.0, "slip": True}]
        assert data["since"]["name"] == "Q1" and data["until"]["name"] == "Q2"
        assert "Replatform storefront: slipped, end 2027-06-30 -> 2027-08-11 (+6 weeks)" \
            in as_text(c)
    finally:
        doc.close()


def test_each_line_goes_to_its_initiative() -> None:
    doc = small_roadmap()
    try:
        take_snapshot(doc, "Board", at=AT)
        doc.initiatives.update(2, budget=10_000)
        doc.initiatives.delete(3)
        lines = change_lines(_since(doc))
        budget = next(line for line in lines if line.section == "Budget")
        assert budget.initiative_id == 2 and "+10,000" in budget.text
        removed = next(line for line in lines if line.section == "Removed")
        assert removed.initiative_id is None
    finally:
        doc.close()


def test_weeks_are_worded_whole_or_to_a_tenth() -> None:
    assert [weeks(d) for d in (42, -7, 7, 10, 0, None)] == [
        "+6 weeks", "-1 week", "+1 week", "+1.4 weeks", "no change", ""]


def test_two_thousand_initiatives_compare_every_budget_move() -> None:
    """At 2,000 initiatives every moved budget is found (the speed is the bench's compare)."""
    doc = bulk_roadmap(2000)
    try:
        analysis = analyse(doc)
        take_snapshot(doc, "Big", analysis=analysis)
        for key in range(1, 200):
            doc.initiatives.update(key, budget=key)
        analysis = analyse(doc)
        c = compare(load_state(doc, doc.snapshots.find("Big")), current_state(doc, analysis))
        moved = {entry.title for entry in c.budget}
        assert len(c.budget) == sum(
            1 for key in range(1, 200) if doc.initiatives.get(key).budget is not None)
        assert doc.initiatives.get(1).title in moved
    finally:
        doc.close()
