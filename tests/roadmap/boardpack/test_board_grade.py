"""The pack a board reads: type sizes, outlook, findings with owners, pages kept whole."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from roadmap.analysis import analyse
from roadmap.boardpack import BoardPackOptions, Sections
from roadmap.boardpack.export import export_board_pack, prepare
from roadmap.boardpack.outlook import (
    UNSCHEDULED,
    board_asks,
    budget_by_fiscal_year,
    it_alone_budget_share,
    next_milestones,
    plan_by_quarter,
)
from roadmap.boardpack.sections.timeline_plan import TimelinePlan
from roadmap.model.enums import Status
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document

AS_OF = dt.date(2027, 3, 1)


def _sizes(pdf: bytes) -> set[float]:
    sizes: set[float] = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text: str, cm: list[float], tm: list[float], _fd: object,
                  size: float) -> None:
            if text.strip():
                scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
                sizes.add(round(size * scale, 1))
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.fixture(scope="module")
def sample() -> Document:
    return build_sample()


def test_no_text_under_seven_points_and_footers_only_at_seven(sample: Document) -> None:
    buffer = io.BytesIO()
    export_board_pack(sample, buffer, BoardPackOptions(as_of=AS_OF))
    sizes = _sizes(buffer.getvalue())
    assert min(sizes) == 7.0
    assert not {s for s in sizes if 7.0 < s < 8.0}


def test_budget_is_phased_by_fiscal_year_and_adds_up(sample: Document) -> None:
    r = prepare(sample, BoardPackOptions(as_of=AS_OF))
    years = budget_by_fiscal_year(r.facts)
    live = sum(max(i.budget or 0, 0) for i in r.facts.initiatives
               if i.status is not Status.CANCELLED)
    assert sum(amount for _, amount in years) == live
    labels = [label for label, _ in years]
    assert labels[0] == "2027" and labels == [*sorted(labels[:-1]), UNSCHEDULED]


def test_a_budget_over_two_years_splits_by_days() -> None:
    doc = Document.in_memory(title="Split")
    doc.initiatives.create(title="Across", budget=365_000, start=dt.date(2027, 7, 2),
                           end=dt.date(2028, 6, 30))
    r = prepare(doc, BoardPackOptions(as_of=AS_OF))
    assert budget_by_fiscal_year(r.facts) == [("2027", 183_000), ("2028", 182_000)]


def test_outlook_names_quarters_milestones_asks_and_the_it_alone_share(sample: Document) -> None:
    r = prepare(sample, BoardPackOptions(as_of=AS_OF))
    quarters = plan_by_quarter(r.facts)
    assert [q.label for q in quarters][:2] == ["Q1 2027", "Q2 2027"]
    assert sum(q.current for q in quarters) == 1 and quarters[0].current
    milestones = next_milestones(r.facts, 5)
    assert len(milestones) == 5
    assert all(m.date >= AS_OF for m in milestones)
    assert [m.date for m in milestones] == sorted(m.date for m in milestones)
    asks = board_asks(r.facts)
    assert 1 <= len(asks) <= 4 and asks[0].startswith("Name a business lead for 3 IT-alone")
    amount, share = it_alone_budget_share(r.facts)
    assert amount > 0 and share is not None and 0 < share < 1


def test_every_finding_has_an_owner_and_due_date_and_a_recorded_action_wins(
        sample: Document) -> None:
    r = prepare(sample, BoardPackOptions(as_of=AS_OF))
    assert all(f.owner and f.due is not None for f in r.facts.findings)
    assert not any(f.recorded for f in r.facts.findings)
    first = r.facts.findings[0]
    doc = build_sample()
    doc.finding_actions.set(first.code, first.raw_subject, owner="Ana Board",
                            due=dt.date(2027, 4, 15), note="Report at the April meeting")
    again = prepare(doc, BoardPackOptions(as_of=AS_OF))
    found = next(f for f in again.facts.findings
                 if (f.code, f.raw_subject) == (first.code, first.raw_subject))
    assert (found.owner, found.due, found.recorded) == ("Ana Board", dt.date(2027, 4, 15), True)
    buffer = io.BytesIO()
    export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF))
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "Ana Board" in text and "Report at the April meeting" in " ".join(text.split())
    assert "(proposed)" in text


def test_a_timeline_that_nearly_fits_stays_on_one_page() -> None:
    doc = build_sample()
    doc.initiatives.create(title="One more", start=dt.date(2027, 5, 1), end=dt.date(2027, 9, 30))
    r = prepare(doc, BoardPackOptions(as_of=AS_OF))
    assert len(TimelinePlan(r, r.lanes_by).pages()) == 1
    buffer = io.BytesIO()
    result = export_board_pack(doc, buffer, BoardPackOptions(as_of=AS_OF,
                                                             sections=Sections.TIMELINE))
    assert result.pages == 1


def test_a_timeline_too_long_for_a_page_still_splits() -> None:
    doc = build_sample()
    for k in range(40):
        doc.initiatives.create(title=f"Extra {k}", start=dt.date(2027, 5, 1),
                               end=dt.date(2027, 9, 30))
    r = prepare(doc, BoardPackOptions(as_of=AS_OF), analyse(doc, today=AS_OF))
    assert len(TimelinePlan(r, r.lanes_by).pages()) > 1
