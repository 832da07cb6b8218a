"""The import's cycle check: networkx on the links that can hold a cycle finds what it finds
on all of them."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, build_plan
from roadmap.spreadsheet.plan import _cycle_candidates
from roadmap.spreadsheet.reading import Sheet


def _sheet(seed: int) -> Sheet:
    """A dozen rows whose 'Depends on' cells name random other rows (cycles likely)."""
    rng = random.Random(seed)
    titles = [f"T{number}" for number in range(12)]
    rows = []
    for title in titles:
        targets = rng.sample([t for t in titles if t != title], rng.choice([0, 0, 1, 1, 2]))
        rows.append([title, "; ".join(targets)])
    return Sheet("s.csv", ["Title", "Depends on"], rows, list(range(2, 2 + len(rows))))


def _links(sheet: Sheet) -> nx.DiGraph[str]:
    graph: nx.DiGraph[str] = nx.DiGraph()
    for title, targets in sheet.rows:
        for target in filter(None, (t.strip() for t in str(targets).split(";"))):
            graph.add_edge(str(title), target)
    return graph


@pytest.mark.parametrize("seed", range(40))
def test_every_cycle_among_all_links_is_reported_and_each_report_is_a_cycle(seed: int) -> None:
    sheet = _sheet(seed)
    plan = build_plan(Document.in_memory(title="P"), sheet)
    assert plan.ok, plan.report()
    graph = _links(sheet)
    for cycle in plan.cycles:
        assert all(graph.has_edge(a, b) for a, b in zip(cycle, [*cycle[1:], cycle[0]],
                                                        strict=True))
    components = [c for c in nx.strongly_connected_components(graph) if len(c) > 1]
    reported = [next(c for c in components if set(cycle) <= c) for cycle in plan.cycles]
    assert all(component in reported for component in components)
    again = build_plan(Document.in_memory(title="P"), sheet)
    assert again.cycles == plan.cycles and again.notes == plan.notes
    refused = build_plan(Document.in_memory(title="P"), sheet,
                         ImportOptions(refuse_cycles=True))
    assert refused.ok is not bool(plan.cycles)
    assert {p.row for p in refused.all_problems()} == {
        row for row, (title, _targets) in zip(sheet.row_numbers, sheet.rows, strict=True)
        if any(title in cycle for cycle in plan.cycles)}


def test_a_cycle_keeps_only_its_links_and_a_wide_acyclic_plan_none() -> None:
    layers = [(layer * 100 + a, (layer + 1) * 100 + b)
              for layer in range(6) for a in range(100) for b in (a, (a + 7) % 100)]
    assert _cycle_candidates(layers) == []
    chain = [(number, number + 1) for number in range(20_000)]
    assert chain[1:-1] == _cycle_candidates(chain)  # a pass drops too little: networkx's
    tails = [("in", "a"), ("a", "b"), ("b", "c"), ("c", "a"), ("c", "out"), ("out", "end")]
    assert _cycle_candidates(tails) == [("a", "b"), ("b", "c"), ("c", "a")]


def test_cycles_are_reported_in_the_order_of_their_first_row() -> None:
    rows = [["Lead-in", "B1"], ["A1", "A2"], ["A2", "A1"], ["B1", "B2"], ["B2", "B1"]]
    sheet = Sheet("s.csv", ["Title", "Depends on"], rows, [2, 3, 4, 5, 6])
    plan = build_plan(Document.in_memory(title="P"), sheet)
    assert [sorted(cycle) for cycle in plan.cycles] == [["A1", "A2"], ["B1", "B2"]]
