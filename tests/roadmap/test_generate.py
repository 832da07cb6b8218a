"""The roadmap generator: deterministic, realistic, valid, and usable like any document."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from main import main
from roadmap.analysis import analyse
from roadmap.model.entities import Department, Initiative, Milestone, Owner, Vendor
from roadmap.model.errors import CycleError, ValidationError
from roadmap.samples.generate import generate_roadmap, summary
from roadmap.services.document import Document
from roadmap.services.files import open_document

N = 400


@pytest.fixture(scope="module")
def generated() -> Document:
    """One generated roadmap shared by the read-only tests of this module."""
    return generate_roadmap(N, seed=7)


def test_generator_is_deterministic(generated: Document) -> None:
    assert generate_roadmap(N, seed=7).snapshot() == generated.snapshot()
    assert generate_roadmap(N, seed=8).snapshot() != generated.snapshot()


def test_generated_roadmap_has_realistic_proportions(generated: Document) -> None:
    counts = summary(generated)
    assert counts["initiative"] == N
    assert 8 <= counts["department"] <= 12
    assert counts["owner"] == N // 8
    assert counts["vendor"] == 15
    assert 1.15 <= counts["dependency"] / N <= 1.5
    assert 1.0 <= counts["milestone"] / N <= 2.5
    departments = generated.all(Department)
    assert any(d.is_it for d in departments) and not all(d.is_it for d in departments)
    assert len({o.name for o in generated.all(Owner)}) == counts["owner"]
    assert len({v.name for v in generated.all(Vendor)}) == 15
    budgets = [i.budget for i in generated.all(Initiative) if i.budget]
    assert min(budgets) >= 10_000 and max(budgets) > 10 * min(budgets)


def test_generated_dates_span_the_horizon(generated: Document) -> None:
    info = generated.info
    dated = [i for i in generated.all(Initiative) if i.start is not None]
    ideas = [i for i in generated.all(Initiative) if i.start is None]
    assert ideas and all(i.bucket is not None for i in ideas)
    assert min(i.start for i in dated) < info.horizon_start.replace(month=4)
    assert max(i.end for i in dated) > info.horizon_end.replace(month=9, day=1)
    outside = [i for i in dated if i.end > info.horizon_end]
    assert len(outside) < N * 0.05
    by_id = {i.id: i for i in dated}
    for milestone in generated.all(Milestone):
        initiative = by_id[milestone.initiative_id]
        assert initiative.start <= milestone.date <= initiative.end


def test_generated_dependencies_are_acyclic_and_mostly_kept(generated: Document) -> None:
    pairs = generated.dependencies.pairs()
    assert nx.is_directed_acyclic_graph(nx.DiGraph(pairs))
    assert all(prerequisite < dependent for dependent, prerequisite in pairs)
    by_id = {i.id: i for i in generated.all(Initiative)}
    broken = [(a, b) for a, b in pairs if by_id[a].start <= by_id[b].end]
    assert 0 < len(broken) < len(pairs) * 0.15


def test_generated_roadmap_shows_a_realistic_mix_of_findings(generated: Document) -> None:
    analysis = analyse(generated)
    codes = {f.code for f in analysis.findings}
    assert {"CR101", "CR102", "CR103", "CR104", "CR105", "CR106", "CR107",
            "CR202", "CR203", "CR301"} <= codes
    assert "CR201" not in codes
    assert 0.05 * N <= len(analysis.it_alone) <= 0.2 * N


def test_generated_document_edits_through_the_services() -> None:
    doc = generate_roadmap(60, seed=3)
    change = doc.initiatives.create(title="Added after generation")
    assert change.rows[0].key == 61
    first, last = doc.dependencies.pairs()[0]
    with pytest.raises(CycleError):
        doc.dependencies.link(last, first)
    doc.undo(change)
    assert summary(doc)["initiative"] == 60


def test_generator_refuses_a_silly_size() -> None:
    with pytest.raises(ValidationError, match="initiatives"):
        generate_roadmap(0)


def test_generate_command_writes_a_file_that_opens(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "big.roadmap"
    assert main(["generate", "--initiatives", "120", "--seed", "5", str(target)]) == 0
    assert "120 initiative" in capsys.readouterr().out
    doc = open_document(target, recovery_dir=tmp_path / "recovery")
    try:
        assert doc.snapshot() == generate_roadmap(120, seed=5).snapshot()
    finally:
        doc.close()
    assert main(["generate", "--initiatives", "120", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert main(["generate", "--initiatives", "0", str(tmp_path / "x.roadmap")]) == 2
    assert "--initiatives" in capsys.readouterr().err
