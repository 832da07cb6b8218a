"""Milestones, vendor contract ends and board dates as an iCalendar (RFC 5545) file.

`crossroads export plan.roadmap -o plan.ics` writes one all-day event per
milestone, per vendor contract end, per snapshot (the day a roadmap was shown
to the board) and per finding follow-up with a due date, so that a calendar
program shows the roadmap's dates next to the rest of the week. The text is
made by the icalendar library (escaping, line folding, CRLF); each event's
UID is derived from the roadmap and the row, so importing the file again
updates the events instead of doubling them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

from roadmap.i18n import translate
from roadmap.model.atomic import write_atomically
from roadmap.model.entities import FindingAction, Initiative, Milestone, Snapshot, Vendor
from roadmap.services.document import Document

PRODUCT_ID = "-//Crossroads//Roadmap calendar//EN"
_NAMESPACE = uuid.UUID("6f1c5e1e-8a7b-4a55-9a0e-2f3c7d1a6b10")


@dataclass(frozen=True)
class CalendarEvent:
    """One all-day event: its stable id, day, title, description and category."""

    uid: str
    day: dt.date
    summary: str
    description: str
    category: str


def calendar_events(doc: Document) -> list[CalendarEvent]:
    """Every dated fact of the roadmap a calendar should show, by day then title."""
    info = doc.info
    scope = f"{info.title}\n{info.organisation}"
    titles = {i.id: i.title for i in doc.all(Initiative)}
    events: list[CalendarEvent] = []

    def add(kind: str, key: object, day: dt.date, summary: str, description: str,
            category: str) -> None:
        name = "\n".join((scope, kind, str(key)))
        uid = f"{uuid.uuid5(_NAMESPACE, name)}@crossroads"
        events.append(CalendarEvent(uid, day, summary, description, category))

    for milestone in doc.all(Milestone):
        title = titles.get(milestone.initiative_id, "")
        add("milestone", milestone.id, milestone.date, f"{milestone.name}: {title}",
            translate("Calendar", "Milestone of the initiative {title} ({roadmap}).").format(
                title=repr(title), roadmap=info.title), translate("Calendar", "Milestone"))
    for vendor in doc.all(Vendor):
        if vendor.contract_end is not None:
            add("contract", vendor.id, vendor.contract_end,
                translate("Calendar", "Contract ends: {vendor}").format(vendor=vendor.name),
                translate("Calendar", "The contract with {vendor} ({category}) ends; initiatives "
                          "that use it must be done or renewed by then.").format(
                    vendor=vendor.name, category=vendor.category.label),
                translate("Calendar", "Contract end"))
    for snapshot in doc.all(Snapshot):
        add("board", snapshot.id, snapshot.taken_at.date(),
            translate("Calendar", "Board: {name}").format(name=snapshot.name),
            translate("Calendar", "The roadmap as shown to the board ({name}).").format(
                name=snapshot.name), translate("Calendar", "Board"))
    for action in doc.all(FindingAction):
        if action.due is not None:
            who = f" ({action.owner})" if action.owner else ""
            add("follow-up", action.id, action.due,
                translate("Calendar", "Due: {code} {subject}{who}").format(
                    code=action.code, subject=action.subject, who=who),
                action.note or translate("Calendar", "Follow-up of finding {code} agreed with "
                                         "the board.").format(code=action.code),
                translate("Calendar", "Board follow-up"))
    events.sort(key=lambda e: (e.day, e.summary.casefold()))
    return events


def ical_bytes(doc: Document, *, stamp: dt.datetime | None = None) -> bytes:
    """The roadmap's calendar as iCalendar text (CRLF lines, folded at 75 octets)."""
    from icalendar import Calendar, Event

    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", doc.info.title)
    for item in calendar_events(doc):
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", item.description)
        event.add("categories", [item.category])
        event.add("transp", "TRANSPARENT")  # a date to know, not time taken
        calendar.add_component(event)
    return bytes(calendar.to_ical())


def export_ical(doc: Document, path: str | Path) -> int:
    """Write the calendar to `path` (atomically); return the number of events."""
    data = ical_bytes(doc)
    write_atomically(path, lambda stream: stream.write(data))
    return data.count(b"BEGIN:VEVENT")
