"""The MS Project XML export: tasks, summary themes, milestones, links and resources."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from defusedxml import ElementTree

from roadmap.interop.mspdi_write import NAMESPACE, export_project, working_days
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document

NS = {"p": NAMESPACE}


def small() -> Document:
    doc = Document.in_memory(title="Plan")
    ann = doc.owners.create(name="Ann Lee", role="CMO").rows[0].key
    a = doc.initiatives.create(title="Platform", theme="Core", start=dt.date(2027, 1, 4),
                               end=dt.date(2027, 1, 15), owner_id=ann).rows[0].key
    b = doc.initiatives.create(title="Checkout", theme="Core", start=dt.date(2027, 1, 18),
                               end=dt.date(2027, 3, 31), status="done").rows[0].key
    doc.initiatives.create(title="Idea", bucket="later")
    doc.dependencies.link(b, a)
    doc.milestones.create(initiative_id=b, name="Go-live", date=dt.date(2027, 3, 31))
    return doc


def test_tasks_themes_milestones_links_and_resources(tmp_path: Path) -> None:
    path = tmp_path / "plan.xml"
    result = export_project(small(), path)
    assert (result.tasks, result.milestones, result.links, result.resources) == (2, 1, 1, 1)
    assert result.undated == ["Idea"]
    root = ElementTree.parse(path).getroot()
    assert root.tag == f"{{{NAMESPACE}}}Project"
    tasks = {t.findtext("p:Name", namespaces=NS): t for t in root.iterfind("p:Tasks/p:Task", NS)}
    assert list(tasks) == ["Plan", "Core", "Platform", "Checkout", "Go-live"]
    core, platform, checkout, live = (tasks[n] for n in ("Core", "Platform", "Checkout",
                                                         "Go-live"))
    assert core.findtext("p:Summary", namespaces=NS) == "1"
    assert platform.findtext("p:OutlineNumber", namespaces=NS) == "1.1"
    assert platform.findtext("p:Start", namespaces=NS) == "2027-01-04T08:00:00"
    assert platform.findtext("p:Finish", namespaces=NS) == "2027-01-15T17:00:00"
    assert platform.findtext("p:Duration", namespaces=NS) == "PT80H0M0S"
    assert checkout.findtext("p:PercentComplete", namespaces=NS) == "100"
    link = checkout.find("p:PredecessorLink", NS)
    assert link is not None and link.findtext("p:Type", namespaces=NS) == "1"
    assert link.findtext("p:PredecessorUID", namespaces=NS) == \
        platform.findtext("p:UID", namespaces=NS)
    assert live.findtext("p:Milestone", namespaces=NS) == "1"
    [resource] = root.iterfind("p:Resources/p:Resource", NS)
    assert resource.findtext("p:Name", namespaces=NS) == "Ann Lee"
    [assignment] = root.iterfind("p:Assignments/p:Assignment", NS)
    assert assignment.findtext("p:TaskUID", namespaces=NS) == \
        platform.findtext("p:UID", namespaces=NS)


def test_the_samples_cycle_loses_one_link_with_a_warning(tmp_path: Path) -> None:
    result = export_project(build_sample(), tmp_path / "sample.xml")
    assert len(result.cut_links) == 1
    assert any("closes a dependency cycle (CR201)" in w for w in result.warnings())
    assert result.tasks + len(result.undated) == 29


def test_working_days_skip_weekends() -> None:
    assert working_days(dt.date(2027, 1, 4), dt.date(2027, 1, 10)) == 5
    assert working_days(dt.date(2027, 1, 9), dt.date(2027, 1, 10)) == 1  # never zero
