"""A comparison in words and as JSON: one line per change, each naming its initiative.

The command line prints `as_text` or `as_json`; the app's Changes dock lists
`change_lines`, whose initiative ids select the initiative. Weeks are days
divided by seven, shown whole when whole ('+6 weeks', '-1.5 weeks').
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from roadmap import formats
from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.snapshots.compare import Added, BudgetChange, Comparison, FindingChange, Moved


@dataclass(frozen=True)
class ChangeLine:
    """One line of a comparison: its section, its words and the initiative it is about."""

    section: str
    text: str
    initiative_id: int | None = None
    """The initiative to select (None for a removed one or a finding about none)."""


SECTIONS = (QT_TRANSLATE_NOOP("Changes", "Added"), QT_TRANSLATE_NOOP("Changes", "Removed"),
            QT_TRANSLATE_NOOP("Changes", "Moved"), QT_TRANSLATE_NOOP("Changes", "Budget"),
            QT_TRANSLATE_NOOP("Changes", "Ownership"), QT_TRANSLATE_NOOP("Changes", "Status"),
            QT_TRANSLATE_NOOP("Changes", "Findings opened"),
            QT_TRANSLATE_NOOP("Changes", "Findings resolved"),
            QT_TRANSLATE_NOOP("Changes", "Findings accepted"))
"""The sections of a comparison, in the order they are shown (keys; `section_title` is the
heading a person reads)."""


def section_title(section: str) -> str:
    """A section's heading in the reader's language: 'Findings opened' -> 'Neue Befunde'."""
    return translate("Changes", section)


def weeks(days: int | None) -> str:
    """'+6 weeks', '-1.5 weeks', '+1 week', 'no change'; '' for unknown."""
    if days is None:
        return ""
    if days == 0:
        return translate("Changes", "no change")
    value = days / 7
    number = f"{value:+.0f}" if days % 7 == 0 else f"{value:+.1f}"
    if formats.locale() is not None:
        number = ("+" if value > 0 else "-") + formats.number(abs(value), 0 if days % 7 == 0 else 1)
    if abs(value) == 1:
        return translate("Changes", "{number} week").format(number=number)
    return translate("Changes", "{number} weeks").format(number=number)


def money(amount: int | None, currency: str) -> str:
    """'1,200,000 EUR', or 'no budget'."""
    if amount is None:
        return translate("Changes", "no budget")
    return formats.amount_code(amount, currency)


def _date(day: dt.date | None) -> str:
    return formats.iso_day(day) if day is not None else translate("Changes", "undated")


def _move_text(m: Moved) -> str:
    parts = []
    if m.old_end != m.new_end:
        shift = weeks(m.end_days)
        parts.append(translate("Changes", "end {old} -> {new}").format(
            old=_date(m.old_end), new=_date(m.new_end)) + (f" ({shift})" if shift else ""))
    if m.old_start != m.new_start:
        shift = weeks(m.start_days)
        parts.append(translate("Changes", "start {old} -> {new}").format(
            old=_date(m.old_start), new=_date(m.new_start)) + (f" ({shift})" if shift else ""))
    if m.is_slip:
        text = translate("Changes", "{initiative}: slipped, {changes}")
    else:
        text = translate("Changes", "{initiative}: moved, {changes}")
    return text.format(initiative=m.title, changes="; ".join(parts))


def _finding_text(f: FindingChange) -> str:
    about = f.initiative or f.subject
    severity = f.severity.label.lower() if formats.locale() is None else f.severity.label
    return f"{f.code} ({severity}) {translate('Rules', f.title)}: {about}"


def _value(text: str) -> str:
    """A field's old or new value: a label translated, 'none' for nothing."""
    return translate("Labels", text) if text else translate("Changes", "none")


def change_lines(c: Comparison) -> list[ChangeLine]:
    """Every change as one line, section by section in SECTIONS order."""
    currency = c.new.currency
    new = translate("Changes", "{initiative}: new")
    lines = [ChangeLine("Added", new.format(initiative=a.title) + _span(a), a.id)
             for a in c.added]
    removed = translate("Changes", "{initiative}: removed")
    lines += [ChangeLine("Removed", removed.format(initiative=a.title), None) for a in c.removed]
    lines += [ChangeLine("Moved", _move_text(m), m.id) for m in c.moved]
    lines += [ChangeLine("Budget", _budget_text(b, currency), b.id) for b in c.budget]
    field = translate("Changes", "{initiative}: {field} {old} -> {new}")
    lines += [ChangeLine("Ownership", field.format(
        initiative=o.title, field=translate("Changes", o.field),
        old=o.old or translate("Changes", "none"), new=o.new or translate("Changes", "none")),
        o.id) for o in c.ownership]
    names = {"status": translate("Changes", "status"), "health": translate("Changes", "health")}
    lines += [ChangeLine("Status", field.format(
        initiative=s.title, field=names.get(s.field, s.field), old=_value(s.old),
        new=_value(s.new)), s.id) for s in c.status]
    for section, found in (("Findings opened", c.findings_opened),
                           ("Findings resolved", c.findings_resolved),
                           ("Findings accepted", c.findings_accepted)):
        ids = set(c.new.initiatives)
        lines += [ChangeLine(section, _finding_text(f),
                             f.initiative_id if f.initiative_id in ids else None)
                  for f in found]
    return lines


def _span(a: Added) -> str:
    if a.start is None or a.end is None:
        return translate("Changes", ", undated")
    return translate("Changes", ", {start} to {end}").format(start=formats.iso_day(a.start),
                                                             end=formats.iso_day(a.end))


def _budget_text(b: BudgetChange, currency: str) -> str:
    sign = "+" if b.delta > 0 else "-"
    return translate("Changes", "{initiative}: budget {old} -> {new} ({delta})").format(
        initiative=b.title, old=money(b.old, currency), new=money(b.new, currency),
        delta=sign + formats.number(abs(b.delta)))


def as_text(c: Comparison) -> str:
    """The comparison as plain text, one heading per non-empty section."""
    since = c.old.label if c.old.taken_at is None else \
        f"{c.old.label} ({formats.iso_day(c.old.taken_at.date())})"
    if c.new.taken_at is None:
        title = translate("Changes", "Changes since {since}").format(since=since)
    else:
        title = translate("Changes", "Changes since {since} until {until}").format(
            since=since, until=c.new.label)
    out = [title, "=" * len(title)]
    lines = change_lines(c)
    if not lines:
        out.append(translate("Changes", "Nothing changed."))
    for section in SECTIONS:
        group = [line for line in lines if line.section == section]
        if group:
            out += ["", f"{section_title(section)} ({len(group)})"]
            out += [f"  {line.text}" for line in group]
    return "\n".join(out) + "\n"


def _initiative(a: Added) -> dict[str, Any]:
    return {"start": _iso(a.start), "end": _iso(a.end), "budget": a.budget,
            "status": a.status.value}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _finding_json(f: FindingChange, old: str | None, new: str | None) -> dict[str, Any]:
    return {"initiative": f.initiative or None, "code": f.code,
            "severity": f.severity.value, "title": f.title, "subject": f.subject,
            "old": old, "new": new}


def as_json(c: Comparison) -> dict[str, Any]:
    """The comparison as JSON: lists added, removed, moved, budget, ownership, status,
    findings_opened, findings_resolved (and findings_accepted, decisions); every entry
    names its initiative by title with its old and new values."""
    return {
        "since": {"name": c.old.label, "taken_at": _stamp(c.old.taken_at)},
        "until": {"name": c.new.label, "taken_at": _stamp(c.new.taken_at)},
        "added": [{"initiative": a.title, "id": a.id, "old": None, "new": _initiative(a)}
                  for a in c.added],
        "removed": [{"initiative": a.title, "id": a.id, "old": _initiative(a), "new": None}
                    for a in c.removed],
        "moved": [{"initiative": m.title, "id": m.id,
                   "old": {"start": _iso(m.old_start), "end": _iso(m.old_end)},
                   "new": {"start": _iso(m.new_start), "end": _iso(m.new_end)},
                   "start_weeks": _weeks(m.start_days), "end_weeks": _weeks(m.end_days),
                   "slip": m.is_slip} for m in c.moved],
        "budget": [{"initiative": b.title, "id": b.id, "old": b.old, "new": b.new,
                    "delta": b.delta, "currency": c.new.currency} for b in c.budget],
        "ownership": [{"initiative": o.title, "id": o.id, "field": o.field,
                       "old": o.old or None, "new": o.new or None} for o in c.ownership],
        "status": [{"initiative": s.title, "id": s.id, "field": s.field, "old": s.old,
                    "new": s.new} for s in c.status],
        "findings_opened": [_finding_json(f, None, "open") for f in c.findings_opened],
        "findings_resolved": [_finding_json(f, "accepted" if f.accepted else "open", None)
                              for f in c.findings_resolved],
        "findings_accepted": [_finding_json(f, "open", "accepted")
                              for f in c.findings_accepted],
        "decisions": [{"text": d.text, "change": d.change, "made_at": _stamp(d.made_at)}
                      for d in c.decisions],
    }


def _weeks(days: int | None) -> float | None:
    return None if days is None else round(days / 7, 1)


def _stamp(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(sep=" ")
