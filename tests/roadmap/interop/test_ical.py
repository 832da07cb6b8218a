"""The iCalendar export: milestones, contract ends and board dates, readable by a calendar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from roadmap.interop.ical import calendar_events, export_ical, ical_bytes
from roadmap.model.entities import Milestone, Vendor
from roadmap.samples.bundled import build_sample
from roadmap.services.document import Document


def small() -> Document:
    doc = Document.in_memory(title="Plan; with, commas")
    key = doc.initiatives.create(title="Checkout", start=dt.date(2027, 1, 4),
                                 end=dt.date(2027, 6, 30)).rows[0].key
    doc.milestones.create(initiative_id=key, name="Go-live", date=dt.date(2027, 6, 30))
    doc.vendors.create(name="Pay, Ltd; EU", category="payments")
    doc.vendors.create(name="Adyen", category="payments", contract_end=dt.date(2028, 3, 31))
    doc.vendors.create(name="No end")
    doc.snapshots.add("Board March 2027", b"", at=dt.datetime(2027, 3, 15, 9, 0))
    return doc


def test_each_dated_fact_is_one_all_day_event() -> None:
    events = calendar_events(small())
    assert [(e.day, e.summary, e.category) for e in events] == [
        (dt.date(2027, 3, 15), "Board: Board March 2027", "Board"),
        (dt.date(2027, 6, 30), "Go-live: Checkout", "Milestone"),
        (dt.date(2028, 3, 31), "Contract ends: Adyen", "Contract end"),
    ]


def test_the_file_parses_back_with_dates_escaped_text_and_stable_uids(tmp_path: Path) -> None:
    doc = small()
    path = tmp_path / "plan.ics"
    assert export_ical(doc, path) == 3
    assert b"Ltd" not in path.read_bytes()  # no contract end, no event
    data = path.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and b"\r\nEND:VCALENDAR\r\n" in data
    assert b"SUMMARY:Contract ends: Adyen\r\n" in data
    calendar = Calendar.from_ical(data)
    parsed = [(str(e["SUMMARY"]), e.decoded("DTSTART"), e.decoded("DTEND"))
              for e in calendar.walk("VEVENT")]
    assert ("Go-live: Checkout", dt.date(2027, 6, 30), dt.date(2027, 7, 1)) in parsed
    assert ical_bytes(doc).count(b"UID:") == 3
    uids = [line for line in ical_bytes(doc).split(b"\r\n") if line.startswith(b"UID:")]
    assert uids == [line for line in data.split(b"\r\n") if line.startswith(b"UID:")]
    doc.milestones.create(initiative_id=1, name="Pilot, phase 1; EU", date=dt.date(2027, 2, 1))
    assert b"SUMMARY:Pilot\\, phase 1\\; EU: Checkout" in ical_bytes(doc)


def test_the_sample_calendar_has_every_milestone_and_contract_end() -> None:
    doc = build_sample()
    events = calendar_events(doc)
    ends = [v for v in doc.all(Vendor) if v.contract_end is not None]
    assert sum(e.category == "Milestone" for e in events) == len(doc.all(Milestone))
    assert sum(e.category == "Contract end" for e in events) == len(ends)
