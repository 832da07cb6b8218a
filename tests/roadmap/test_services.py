"""The service layer: every edit checked first, applied whole, and undoable exactly."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from roadmap.model.entities import Acceptance, Decision, Initiative, NodePosition
from roadmap.model.enums import Role, Status, VendorCategory
from roadmap.model.errors import CycleError, DuplicateError, NotFoundError, ValidationError
from roadmap.model.keys import NodeKey, NodeKind
from roadmap.services.changes import Change
from roadmap.services.document import Document
from tests.helpers.roadmaps import small_roadmap

D = dt.date


@pytest.fixture
def doc() -> Document:
    """A small roadmap with rows in every table (built by the services themselves)."""
    return small_roadmap()


def refused(doc: Document, call: Any, field: str, error: type = ValidationError,
            match: str | None = None) -> ValidationError:
    """Run `call`, expect a typed error naming `field`, and prove nothing changed."""
    before, revision = doc.snapshot(), doc.revision
    with pytest.raises(error, match=match) as caught:
        call()
    assert caught.value.field == field
    assert doc.snapshot() == before and doc.revision == revision
    return caught.value


# --- every bad value names its field ------------------------------------------


def test_end_before_start(doc: Document) -> None:
    error = refused(doc, lambda: doc.initiatives.update(1, end=D(2026, 12, 31)), "end")
    assert error.message == "end date 2026-12-31 is before start date 2027-01-01"
    refused(doc, lambda: doc.initiatives.create(title="X", start=D(2027, 5, 1),
                                                end=D(2027, 4, 1)), "end")


def test_one_date_without_the_other(doc: Document) -> None:
    refused(doc, lambda: doc.initiatives.create(title="X", start=D(2027, 5, 1)), "end")


def test_negative_budget(doc: Document) -> None:
    error = refused(doc, lambda: doc.initiatives.update(1, budget=-1), "budget")
    assert "negative" in error.message


def test_unknown_status(doc: Document) -> None:
    error = refused(doc, lambda: doc.initiatives.update(1, status="maybe"), "status")
    assert "expected one of idea, planned, in_progress, done, cancelled" in error.message


def test_status_by_label_is_accepted(doc: Document) -> None:
    doc.initiatives.update(1, status="In progress")
    doc.initiatives.update(1, status="done")
    assert doc.initiatives.get(1).status is Status.DONE


@pytest.mark.parametrize("title", ["", "   ", None])
def test_empty_title(doc: Document, title: object) -> None:
    error = refused(doc, lambda: doc.initiatives.create(title=title), "title")
    assert error.message == "must not be empty"
    refused(doc, lambda: doc.initiatives.update(1, title=title), "title")


def test_self_dependency(doc: Document) -> None:
    error = refused(doc, lambda: doc.dependencies.link(1, 1), "depends_on_id")
    assert "cannot depend on itself" in error.message


def test_duplicate_links(doc: Document) -> None:
    refused(doc, lambda: doc.dependencies.link(2, 1), "depends_on_id", DuplicateError,
            "already depends on")
    refused(doc, lambda: doc.participations.create(initiative_id=1, department_id=1),
            "department_id", DuplicateError)
    refused(doc, lambda: doc.vendor_uses.link(1, 1), "vendor_id", DuplicateError)
    refused(doc, lambda: doc.acceptances.create(
        code="CR104", subject="initiative:2", reason="again",
        accepted_at=dt.datetime(2027, 1, 1)), "code", DuplicateError)


def test_duplicate_names_regardless_of_case(doc: Document) -> None:
    refused(doc, lambda: doc.departments.create(name="it"), "name", DuplicateError,
            "a department named 'it' already exists")
    refused(doc, lambda: doc.departments.update(2, name=" IT"), "name", DuplicateError)
    refused(doc, lambda: doc.vendors.create(name="SHOPIFY"), "name", DuplicateError)
    refused(doc, lambda: doc.settings.create(key="cr301.max_overlapping", value="1"),
            "key", DuplicateError)
    doc.departments.update(1, name="it")  # renaming a row to itself is no duplicate
    assert doc.departments.get(1).name == "it"


def test_a_cycle_is_refused_and_named(doc: Document) -> None:
    third = doc.initiatives.create(title="Third").rows[0].key
    doc.dependencies.link(third, 2)  # third -> 2 -> 1
    error = refused(doc, lambda: doc.dependencies.link(1, third), "depends_on_id", CycleError)
    assert isinstance(error, CycleError)
    assert error.cycle == [1, third, 2, 1]
    assert "'Replatform storefront' → 'Third' → 'Loyalty programme' → " \
        "'Replatform storefront'" in error.message
    assert doc.dependencies.would_cycle(1, third) == [1, third, 2, 1]
    assert doc.dependencies.would_cycle(third, 1) is None


@pytest.mark.parametrize(("call", "field"), [
    (lambda d: d.initiatives.update(1, priority=6), "priority"),
    (lambda d: d.initiatives.update(1, owner_id=99), "owner_id"),
    (lambda d: d.initiatives.update(1, budget="a lot"), "budget"),
    (lambda d: d.initiatives.update(1, start="2027-02-30"), "start"),
    (lambda d: d.initiatives.update(1, colour="#FFFFFF"), "colour"),
    (lambda d: d.departments.update(1, colour="blue"), "colour"),
    (lambda d: d.departments.update(1, benefit_areas="sales,moon"), "benefit_areas"),
    (lambda d: d.owners.create(name="Cy", department_id=42), "department_id"),
    (lambda d: d.vendors.update(1, category="spaceships"), "category"),
    (lambda d: d.milestones.create(initiative_id=1, name="M"), "date"),
    (lambda d: d.milestones.create(initiative_id=77, name="M", date=D(2027, 1, 1)),
     "initiative_id"),
    (lambda d: d.participations.set_role(1, 2, "boss"), "role"),
    (lambda d: d.dependencies.link(1, 404), "depends_on_id"),
    (lambda d: d.positions.place("graph", {NodeKey.initiative(1): (float("nan"), 0)}), "x"),
    (lambda d: d.roadmap.update(horizon_end=D(2026, 1, 1)), "horizon_end"),
    (lambda d: d.roadmap.update(fiscal_year_start_month=13), "fiscal_year_start_month"),
    (lambda d: d.decisions.record("  "), "text"),
    (lambda d: d.acceptances.accept("CR103", "initiative:1", ""), "reason"),
    (lambda d: d.initiatives.create(title="x" * 201), "title"),
])
def test_other_bad_values(doc: Document, call: Any, field: str) -> None:
    refused(doc, lambda: call(doc), field)


def test_missing_rows_are_not_found(doc: Document) -> None:
    with pytest.raises(NotFoundError, match="no initiative with id 99"):
        doc.initiatives.update(99, title="Ghost")
    with pytest.raises(NotFoundError):
        doc.dependencies.unlink(1, 2)
    with pytest.raises(NotFoundError):
        doc.acceptances.revoke("CR999", "initiative:1")
    assert doc.initiatives.find(99) is None and doc.initiatives.find(None) is None


# --- edits return their change, applied, and undo exactly ---------------------


def test_each_edit_returns_its_applied_change(doc: Document) -> None:
    heard: list[Change] = []
    doc.subscribe(heard.append)
    before = doc.snapshot()
    change = doc.initiatives.update(1, title="Storefront 2.0")
    assert change.label == "Rename Initiative" and heard == [change]
    assert doc.initiatives.get(1).title == "Storefront 2.0"
    assert change.rows[0].before == {"title": "Replatform storefront"}
    doc.undo(change)
    assert doc.snapshot() == before and len(heard) == 2


def test_an_edit_to_the_same_value_changes_nothing(doc: Document) -> None:
    revision = doc.revision
    change = doc.initiatives.update(1, title="Replatform storefront", budget=1_200_000)
    assert change.is_empty and doc.revision == revision


@pytest.mark.parametrize(("fields", "label"), [
    ({"title": "T"}, "Rename Initiative"),
    ({"start": D(2027, 2, 1), "end": D(2027, 7, 1)}, "Reschedule Initiative"),
    ({"owner_id": 1}, "Change Initiative Accountable Owner"),
    ({"budget": 5, "health": "red"}, "Edit Initiative"),
])
def test_labels_say_what_changed(doc: Document, fields: dict, label: str) -> None:
    assert doc.initiatives.update(1, **fields).label == label


def test_deleting_an_initiative_takes_its_links_and_undo_restores_them(doc) -> None:
    before = doc.snapshot()
    doc.acceptances.accept("CR103", "initiative:1", "Sponsor named next month",
                           at=dt.datetime(2027, 1, 1))
    with_accept = doc.snapshot()
    change = doc.initiatives.delete(1)
    tables = {row.table for row in change.rows}
    assert tables == {"initiative", "milestone", "dependency", "participation", "vendor_use",
                      "acceptance", "decision", "node_position"}
    assert doc.all(Decision)[0].initiative_id is None  # the decision stays, unlinked
    assert not doc.all(NodePosition) and doc.acceptances.lookup("CR103", "initiative:1") is None
    assert doc.acceptances.lookup("CR104", "initiative:2") is not None  # others stay
    doc.undo(change)
    assert doc.snapshot() == with_accept
    assert [m.name for m in doc.initiatives.get(1).milestones] == ["Go live"]
    assert before != with_accept


def test_deleting_people_and_departments_unlinks_them(doc: Document) -> None:
    before = doc.snapshot()
    owner_change = doc.owners.delete(2)  # Bo Sales owns initiative 1
    assert doc.initiatives.get(1).owner_id is None
    department_change = doc.departments.delete(1)  # IT: Ada's department, an enabler
    assert doc.owners.get(1).department_id is None
    assert [p.role for p in doc.participations.for_initiative(1)] == [Role.LEAD]
    vendor_change = doc.vendors.delete(1)
    assert doc.vendor_uses.all() == []
    for change in (vendor_change, department_change, owner_change):
        doc.undo(change)
    assert doc.snapshot() == before


def test_ids_are_not_reused_after_a_delete(doc: Document) -> None:
    created = doc.initiatives.create(title="Temp").rows[0].key
    doc.initiatives.delete(created)
    assert doc.initiatives.create(title="Next").rows[0].key == created + 1


def test_reschedule_is_one_change_checked_before_anything_moves(doc: Document) -> None:
    change = doc.initiatives.reschedule({1: (D(2027, 2, 1), D(2027, 7, 31)),
                                         2: (D(2027, 8, 1), D(2028, 1, 31))})
    assert change.label == "Auto-schedule" and len(change.rows) == 2
    before = doc.snapshot()
    with pytest.raises(ValidationError) as caught:
        doc.initiatives.reschedule({1: (D(2027, 3, 1), D(2027, 9, 1)),
                                    2: (D(2027, 9, 1), D(2027, 1, 1))})
    assert caught.value.field == "end" and doc.snapshot() == before


def test_set_role_creates_then_updates_and_undoes(doc: Document) -> None:
    before = doc.snapshot()
    created = doc.participations.set_role(2, 2, Role.CONTRIBUTOR)
    changed = doc.participations.set_role(2, 2, "lead")
    assert created.label == "Add Department Role"
    assert changed.rows[0].before == {"role": Role.CONTRIBUTOR}
    assert doc.initiatives.get(2).participations[0].role is Role.LEAD
    doc.undo(changed)
    assert doc.initiatives.get(2).participations[0].role is Role.CONTRIBUTOR
    doc.undo(created)
    assert doc.snapshot() == before


def test_moving_a_milestone_refreshes_both_initiatives(doc: Document) -> None:
    doc.initiatives.get(1).milestones  # noqa: B018 (load the collection first)
    doc.milestones.update(1, initiative_id=2, name="Moved")
    assert doc.initiatives.get(1).milestones == []
    assert [m.name for m in doc.initiatives.get(2).milestones] == ["Moved"]


def test_settings_acceptances_positions_and_decisions(doc: Document) -> None:
    before = doc.snapshot()
    changes = [
        doc.settings.put("CR301.max_overlapping", 5),
        doc.settings.put("CR303.max_share", 40),
    ]
    assert doc.settings.value("cr303.MAX_SHARE") == "40"
    assert doc.settings.as_dict() == {"CR301.max_overlapping": "5", "CR303.max_share": "40"}
    changes.append(doc.settings.reset("CR303.max_share"))
    assert doc.settings.value("CR303.max_share", "default") == "default"
    assert doc.settings.reset("never.set").is_empty
    changes.append(doc.acceptances.accept("CR104", "initiative:2", "New reason", "Bo"))
    assert doc.acceptances.lookup("CR104", "initiative:2").reason == "New reason"
    changes.append(doc.acceptances.revoke("CR104", "initiative:2"))
    assert doc.acceptances.as_dict() == {}
    first, owner = NodeKey.initiative(1), NodeKey(NodeKind.OWNER, 1)
    changes.append(doc.positions.place("graph", {first: (1, 2), owner: (3, 4)}))
    assert doc.positions.for_layout("graph") == {first: (1.0, 2.0), owner: (3.0, 4.0)}
    assert {r.node for r in doc.all(NodePosition)} == {"initiative:1", "owner:1"}
    changes.append(doc.positions.clear("graph"))
    assert doc.positions.for_layout("graph") == {}
    changes.append(doc.decisions.record("Cut scope", "Delete Initiative", 2))
    for change in reversed(changes):
        doc.undo(change)
    assert doc.snapshot() == before
    assert isinstance(doc.all(Acceptance)[0].accepted_at, dt.datetime)


# --- batches --------------------------------------------------------------------


def test_a_batch_is_one_change_and_one_notification(doc: Document) -> None:
    heard: list[Change] = []
    doc.subscribe(heard.append)
    before = doc.snapshot()
    with doc.batch("Add workstream") as batch:
        key = doc.initiatives.create(title="Workstream").rows[0].key
        doc.dependencies.link(key, 1)
        doc.participations.set_role(key, 2, Role.LEAD)
    assert [c.label for c in heard] == ["Add workstream"]
    assert len(batch.change.rows) == 3
    doc.undo(batch.change)
    assert doc.snapshot() == before
    doc.apply(batch.change)
    assert doc.initiatives.get(key).title == "Workstream"


def test_a_failing_batch_leaves_nothing(doc: Document) -> None:
    heard: list[Change] = []
    doc.subscribe(heard.append)
    before, revision = doc.snapshot(), doc.revision
    with pytest.raises(CycleError), doc.batch("Bad import"):
        key = doc.initiatives.create(title="Will vanish").rows[0].key
        doc.dependencies.link(key, 2)
        doc.dependencies.link(1, key)  # 1 -> key -> 2 -> 1
    assert doc.snapshot() == before and doc.revision == revision and heard == []
    with pytest.raises(RuntimeError, match="do not nest"), doc.batch("a"), doc.batch("b"):
        pass


def test_successive_keystrokes_merge_into_one_edit(doc: Document) -> None:
    first = doc.initiatives.update(1, title="S")
    second = doc.initiatives.update(1, title="St")
    merged = first.merged_with(second)
    assert merged.rows[0].before == {"title": "Replatform storefront"}
    assert merged.rows[0].after == {"title": "St"}
    back = merged.merged_with(doc.initiatives.update(1, title="Replatform storefront"))
    assert back.is_empty, "typing back to the first value leaves nothing to undo"


def test_merging_keeps_other_fields_and_creations(doc: Document) -> None:
    before = doc.snapshot()
    budget = doc.initiatives.update(1, budget=3)
    title = doc.initiatives.update(1, title="Other")
    merged = budget.merged_with(title)
    assert [(r.before, r.after) for r in merged.rows] == [
        ({"budget": before["initiative"][0]["budget"], "title": "Replatform storefront"},
         {"budget": 3, "title": "Other"})]
    created = doc.owners.create(name="Zed")
    with_create = merged.merged_with(created)
    assert with_create.rows == merged.rows + created.rows
    doc.undo(with_create)
    assert doc.snapshot() == before


def test_reading_services(doc: Document) -> None:
    assert doc.vendors.by_name(" shopify ").category is VendorCategory.COMMERCE_PLATFORM
    assert doc.departments.by_name("nobody") is None
    assert doc.dependencies.pairs() == [(2, 1)]
    assert [m.name for m in doc.milestones.for_initiative(1)] == ["Go live"]
    assert {type(i) for i in doc.initiatives.all()} == {Initiative}


def test_bulk_dependencies_are_not_refused_for_a_cycle_the_roadmap_already_has() -> None:
    """An imported file may carry a cycle; new links that do not touch it still go in."""
    from roadmap.services.changes import RowChange

    doc = Document.in_memory()
    ids = [int(doc.initiatives.create(title=f"I{n}").rows[0].key) for n in range(5)]
    doc.dependencies.link(ids[1], ids[0])
    stored = {"id": 99, "initiative_id": ids[0], "depends_on_id": ids[1]}
    doc.apply(Change("Imported cycle", (RowChange("dependency", 99, None, stored),)))

    doc.dependencies.create_many([{"initiative_id": ids[3], "depends_on_id": ids[2]}])
    assert (ids[3], ids[2]) in doc.dependencies.pairs()

    with pytest.raises(CycleError) as refused:
        doc.dependencies.create_many([
            {"initiative_id": ids[4], "depends_on_id": ids[3]},
            {"initiative_id": ids[2], "depends_on_id": ids[4]},
        ])
    assert set(refused.value.cycle) == {ids[2], ids[3], ids[4]}
