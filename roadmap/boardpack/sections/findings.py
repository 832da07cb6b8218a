"""Findings and recommendations: what to fix, worst first, and the risks accepted.

An overview names each rule that fired with its count; the detail lists
every open finding with its recommendation and who acts on it by when (an
action recorded on the finding, else the accountable owner and a proposed
date); accepted risks stay visible,
marked ACCEPTED with the reason, who accepted them and when.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from roadmap.i18n import translate
from roadmap.model import palette
from roadmap.model.enums import Severity

from ..facts import FindingFact
from ..flowables import (
    Cell,
    Column,
    GridRow,
    GridTable,
    Group,
    Heading,
    make_room,
    subsection,
)
from ..format import day
from ..styles import colour, tint

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer


def build(r: BoardPackRenderer) -> list[Flowable]:
    """Overview, open findings by severity, accepted risks."""
    findings = r.facts.findings
    open_ = [f for f in findings if f.accepted is None]
    accepted = [f for f in findings if f.accepted is not None]
    counts = Counter(f.severity for f in open_)
    message = translate("Findings", "{open} open: {high} high, {medium} medium, {low} low · "
                        "{accepted} accepted as known risks").format(
        open=len(open_), high=counts[Severity.HIGH], medium=counts[Severity.MEDIUM],
        low=counts[Severity.LOW], accepted=len(accepted))
    title = translate("Findings", "Findings and recommendations")
    story: list[Flowable] = [
        r.section_start("findings", title),
        Heading(r, title, message),
    ]
    if not findings:
        story.append(Paragraph(translate("Findings", "The analysis found nothing to report."),
                               r.styles["Body"]))
        return story
    story.append(overview(r, findings))
    if open_:
        story += subsection(r, _subheading(r, translate("Findings", "Open findings")),
                            detail(r, open_), 120)
    if accepted:
        story += subsection(r, _subheading(r, translate("Findings", "Accepted risks")),
                            accepted_table(r, accepted),
                            120)
    return story


def _subheading(r: BoardPackRenderer, text: str) -> Paragraph:
    return Paragraph(text, r.styles["H2"])


def _severity_cell(severity: Severity) -> Cell:
    fill = palette.SEVERITY[severity]
    return Cell([(severity.label.upper(), "bold")], fill=colour(fill),
                ink=colour(palette.text_on(fill)), align="center")


def overview(r: BoardPackRenderer, findings: list[FindingFact]) -> GridTable:
    """One row per rule that fired: severity, code, what it means, counts."""
    by_code: dict[str, list[FindingFact]] = {}
    for f in findings:
        by_code.setdefault(f.code, []).append(f)
    rows: list[GridRow] = []
    for code, items in sorted(by_code.items(), key=lambda kv: (kv[1][0].severity.rank, kv[0])):
        first = items[0]
        open_count = sum(1 for f in items if f.accepted is None)
        rows.append([
            _severity_cell(first.severity),
            Cell([(code, "bold")]),
            Cell([(first.title, "bold"), (first.suggestion, "muted")]),
            Cell([(str(open_count), "bold")], align="right"),
            Cell([(str(len(items) - open_count), "normal")], align="right"),
        ])
    columns = [Column(translate("Findings", "Severity"), 16, max_lines=1),
               Column(translate("Findings", "Code"), 13, max_lines=1),
               Column(translate("Findings", "Rule, and what to do (first case)"), 170,
                      max_lines=3),
               Column(translate("Findings", "Open"), 14, align="right", max_lines=1),
               Column(translate("Findings", "Accepted"), 16, align="right", max_lines=1)]
    return GridTable(r, columns, rows, where="findings overview")


def detail(r: BoardPackRenderer, findings: list[FindingFact]) -> GridTable:
    """Every open finding, grouped by severity."""
    rows: list[GridRow] = []
    for severity in Severity:
        items = [f for f in findings if f.severity is severity]
        if not items:
            continue
        rows.append(Group(translate("Findings", "{severity} severity").format(
            severity=severity.label), colour(palette.SEVERITY[severity]),
            translate("Findings", "{count} open").format(count=len(items))))
        for f in items:
            rows.append([
                Cell([(f.code, "bold")]),
                Cell([(f.subject, "bold")]),
                Cell([(f.message, "normal")]),
                Cell([(f.suggestion, "normal")]),
                action_cell(f),
            ])
    columns = [Column(translate("Findings", "Code"), 13, max_lines=1),
               Column(translate("Findings", "About"), 48, max_lines=3),
               Column(translate("Findings", "Finding"), 92, max_lines=36),
               Column(translate("Findings", "Recommendation"), 78, max_lines=16),
               Column(translate("Findings", "Who acts, by when"), 46, max_lines=6)]
    return GridTable(r, columns, rows, where="findings")


def action_cell(f: FindingFact) -> Cell:
    """The accountable owner, the due date (recorded, or proposed) and any note."""
    due = day(f.due) if f.due is not None else translate("Findings", "no due date")
    parts = [(f.owner or translate("Findings", "not named"), "bold"),
             (translate("Findings", "due {date}").format(date=due) if f.recorded else
              translate("Findings", "due {date} (proposed)").format(date=due), "normal")]
    if f.note:
        parts.append((f.note, "muted"))
    return Cell(parts)


def accepted_table(r: BoardPackRenderer, findings: list[FindingFact]) -> GridTable:
    """Accepted risks: the finding, why it was accepted, by whom, when."""
    rows: list[GridRow] = []
    for f in findings:
        assert f.accepted is not None
        rows.append([
            Cell([(translate("Findings", "ACCEPTED"), "bold")],
                 fill=tint(palette.SEVERITY[f.severity], 0.75),
                 align="center"),
            Cell([(f.code, "bold"), (f.severity.label, "muted")]),
            Cell([(f.subject, "bold"), (f.message, "normal")]),
            Cell([(f.accepted.reason, "normal")]),
            Cell([(f.accepted.by or translate("Findings", "not recorded"), "normal"),
                  (day(f.accepted.at), "muted")]),
        ])
    columns = [Column(translate("Findings", "Status"), 18, max_lines=1),
               Column(translate("Findings", "Code"), 14, max_lines=2),
               Column(translate("Findings", "Finding"), 90, max_lines=5),
               Column(translate("Findings", "Reason given"), 100, max_lines=6),
               Column(translate("Findings", "Accepted by"), 34, max_lines=3)]
    make_room(columns, 0, [translate("Findings", "ACCEPTED")], r.frame_width, donor=3)
    return GridTable(r, columns, rows, where="accepted risks")
