"""The bundled sample: realistic, deterministic, triggering every finding, never stale."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from main import main
from roadmap.analysis import analyse
from roadmap.model.entities import (
    Acceptance,
    Department,
    Dependency,
    Initiative,
    Milestone,
    Owner,
    Vendor,
)
from roadmap.model.enums import Bucket, Status, VendorCategory
from roadmap.samples.bundled import build_sample, bundled_sample_path, write_sample
from roadmap.services.document import Document
from roadmap.services.files import open_document

ALL_CODES = {
    "CR100", "CR101", "CR102", "CR103", "CR104", "CR105", "CR106", "CR107",
    "CR201", "CR202", "CR203", "CR204", "CR301", "CR302", "CR303",
}


@pytest.fixture(scope="module")
def sample() -> Document:
    """One built sample shared by the read-only tests of this module."""
    return build_sample()


def open_roadmap(path: Path, recovery_dir: Path) -> Document:
    """Open a .roadmap file the way the app does (working copy under `recovery_dir`)."""
    return open_document(path, recovery_dir=recovery_dir)


def by_title(doc: Document, title: str) -> Initiative:
    """The initiative with this exact title."""
    matches = [i for i in doc.all(Initiative) if i.title == title]
    assert len(matches) == 1, title
    return matches[0]


def test_sample_has_the_size_the_brief_asks_for(sample: Document) -> None:
    initiatives = sample.all(Initiative)
    dated = [i for i in initiatives if i.start is not None]
    ideas = [i for i in initiatives if i.start is None]
    assert len(sample.all(Department)) >= 7
    assert len(sample.all(Owner)) >= 10
    assert len(sample.all(Vendor)) >= 6
    assert 22 <= len(dated) <= 28
    assert 2 <= len(ideas) <= 3
    assert all(i.bucket in set(Bucket) and i.end is None for i in ideas)
    assert 25 <= len(sample.all(Dependency)) <= 35
    with_milestones = [i for i in dated if len(i.milestones) >= 2]
    assert len(with_milestones) >= len(dated) * 2 // 3
    assert len(sample.all(Milestone)) >= 40


def test_sample_describes_a_retailer_over_eight_quarters(sample: Document) -> None:
    info = sample.info
    assert info.organisation == "Northwind Home & Garden"
    assert (info.horizon_start.isoformat(), info.horizon_end.isoformat()) == (
        "2027-01-01", "2028-12-31")
    assert info.currency == "EUR" and info.author and info.confidentiality
    quarters = {(i.start.year, (i.start.month - 1) // 3) for i in sample.all(Initiative)
                if i.start is not None}
    assert len(quarters) >= 6
    names = {d.name for d in sample.all(Department)}
    assert {"IT", "Marketing", "Customer Service", "Finance", "Merchandising"} <= names
    assert any(d.is_it for d in sample.all(Department))
    categories = {v.category for v in sample.all(Vendor)}
    assert {VendorCategory.COMMERCE_PLATFORM, VendorCategory.PAYMENTS, VendorCategory.CRM,
            VendorCategory.SEARCH, VendorCategory.EMAIL_MARKETING,
            VendorCategory.LOGISTICS} <= categories
    roles = {o.role for o in sample.all(Owner)}
    assert {"Chief Executive Officer", "Chief Information Officer",
            "Head of Customer Service"} <= roles


def test_sample_has_healthy_business_led_initiatives(sample: Document) -> None:
    healthy = []
    for initiative in sample.all(Initiative):
        leads = [p.department for p in initiative.participations if p.role == "lead"]
        if (initiative.health == "green" and initiative.sponsor_id and initiative.budget
                and initiative.measure_kind == "revenue" and leads
                and not any(d.is_it for d in leads)):
            healthy.append(initiative.title)
    assert len(healthy) >= 5, healthy


def test_sample_carries_one_imported_dependency_cycle(sample: Document) -> None:
    graph = nx.DiGraph(sample.dependencies.pairs())
    cycles = list(nx.simple_cycles(graph))
    assert len(cycles) == 1
    titles = {sample.initiatives.get(k).title for k in cycles[0]}
    assert titles == {"Order management system", "Real-time store stock on the web",
                      "Click & collect in 40 stores"}


def test_sample_is_deterministic() -> None:
    first, second = build_sample(), build_sample()
    assert first.snapshot() == second.snapshot()
    assert not first.is_modified


def test_sample_triggers_every_finding_code(sample: Document) -> None:
    analysis = analyse(sample)
    codes = {f.code for f in analysis.findings}
    assert codes >= ALL_CODES, sorted(ALL_CODES - codes)


def test_sample_findings_land_on_the_intended_initiatives(sample: Document) -> None:
    analysis = analyse(sample)
    expected = {
        "CR100": "Marketplace for partner garden brands",
        "CR101": "Customer data platform",
        "CR103": "Handheld scanning in the warehouse",
        "CR104": "Digital gift cards",
        "CR105": "Homepage and navigation redesign",
        "CR106": "Home-grown newsletter engine",
        "CR107": "Homepage and navigation redesign",
        "CR203": "Garden inspiration hub",
        "CR204": "ERP upgrade to SAP S/4HANA",
        "CR302": "Self-service returns portal",
    }
    for code, title in expected.items():
        initiative = by_title(sample, title)
        found = {f.code for f in analysis.findings if initiative.id in f.initiative_ids}
        assert code in found, (code, title)
    mobile = by_title(sample, "Native mobile app")
    assert any(f.code == "CR202" and mobile.id in f.initiative_ids for f in analysis.findings)


def test_sample_accepted_risk_is_marked(sample: Document) -> None:
    (acceptance,) = sample.all(Acceptance)
    assert acceptance.subject == f"initiative:{by_title(sample, 'Digital gift cards').id}"
    accepted = [f for f in analyse(sample).findings if f.accepted is not None]
    assert [(f.code, f.subject) for f in accepted] == [("CR104", acceptance.subject)]


def test_sample_round_trips_through_a_file(tmp_path: Path, sample: Document) -> None:
    path = write_sample(tmp_path / "northwind.roadmap")
    reopened = open_roadmap(path, tmp_path / "recovery")
    try:
        assert reopened.snapshot() == sample.snapshot()
    finally:
        reopened.close()


def test_bundled_sample_file_is_not_stale(tmp_path: Path, sample: Document) -> None:
    path = bundled_sample_path()
    assert path.is_file(), "run: python main.py sample --force " + str(path)
    bundled = open_roadmap(path, tmp_path)
    try:
        assert bundled.snapshot() == sample.snapshot(), (
            "the bundled sample is stale; run: python main.py sample --force " + str(path))
    finally:
        bundled.close()


def test_sample_command_writes_and_refuses_to_overwrite(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sample.roadmap"
    assert main(["sample", str(target)]) == 0
    assert target.stat().st_size > 0
    assert main(["sample", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    reopened = open_roadmap(target, tmp_path / "recovery")
    try:
        statuses = {i.status for i in reopened.all(Initiative)}
        assert {Status.DONE, Status.CANCELLED, Status.IDEA} <= statuses
    finally:
        reopened.close()
