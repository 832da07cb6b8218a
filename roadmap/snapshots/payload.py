"""Take a snapshot and read one back: the payload's format, compressed JSON.

A payload holds every captured table as columns and rows of stored values
(roadmap.services.snapshots.capture_rows), the findings as computed when it
was taken (accepted or open) and the governance measures of that day, as
zlib-compressed JSON: 2,000 initiatives take about a tenth of a second and
some 150 kB. Reading one checks everything; a damaged or newer payload is a
PayloadError naming the snapshot, and it spoils only that snapshot.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import Any

from roadmap.analysis.engine import Analysis, analyse
from roadmap.analysis.registry import RULES
from roadmap.graph import no_gc
from roadmap.i18n import translate
from roadmap.services.changes import Change
from roadmap.services.document import Document
from roadmap.services.snapshots import SnapshotInfo, capture_rows
from roadmap.snapshots.governance import governance_of
from roadmap.snapshots.state import COMPARED_TABLES, PayloadError, RoadmapState, build_state

PAYLOAD_FORMAT = 1
"""The version of what a payload holds; a newer one is read as 'from a newer Crossroads'."""

MAX_PAYLOAD_TEXT = 512 * 1024 * 1024
"""The most a payload may grow to when decompressed (a compression bomb is refused)."""


def finding_records(analysis: Analysis) -> list[list[Any]]:
    """The findings of an analysis as [code, severity, subject, title, ids, accepted]."""
    return [
        [f.code, f.severity.value, f.subject, _english_title(f.code, f.title),
         list(f.initiative_ids),
         not f.is_open]
        for f in analysis.findings
    ]


def _english_title(code: str, title: str) -> str:
    """A rule's English title, whatever the language (a snapshot reads the same in any)."""
    rule = RULES.get(code)
    return rule.title if rule is not None else title


def build_payload(doc: Document, analysis: Analysis) -> dict[str, Any]:
    """What a snapshot of `doc` keeps: its tables, its findings and its governance."""
    return {
        "format": PAYLOAD_FORMAT,
        "today": analysis.today.isoformat(),
        "tables": capture_rows(doc),
        "findings": finding_records(analysis),
        "governance": governance_of(analysis).as_json(),
    }


def encode(payload: dict[str, Any]) -> bytes:
    """A payload as compressed JSON bytes (dates and times written as ISO text)."""
    text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, default=_iso)
    return zlib.compress(text.encode("utf-8"), 6)


def _iso(value: Any) -> str:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be kept in a snapshot")


def decode(data: bytes) -> dict[str, Any]:
    """The payload of stored bytes; PayloadError when they are not a readable payload."""
    if not data:
        raise PayloadError(translate("Snapshots", "it holds no data"))
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(data, MAX_PAYLOAD_TEXT)
        if inflater.unconsumed_tail:
            raise PayloadError(translate("Snapshots", "it is too large to read"))
        if not inflater.eof:
            raise PayloadError(translate("Snapshots", "its data is cut short"))
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as error:
        if isinstance(error, PayloadError):
            raise
        raise PayloadError(translate("Snapshots", "its data does not read ({kind})").format(
            kind=type(error).__name__)) from None
    if not isinstance(payload, dict) or type(payload.get("format")) is not int:
        raise PayloadError(translate("Snapshots", "it is not a Crossroads snapshot"))
    if payload["format"] > PAYLOAD_FORMAT:
        raise PayloadError(
            translate("Snapshots", "it was taken by a newer Crossroads (snapshot format "
                      "{format})").format(format=payload["format"])
        )
    if not isinstance(payload.get("tables"), dict):
        raise PayloadError(translate("Snapshots", "it holds no tables"))
    return payload


def take_snapshot(doc: Document, name: str | None = None, *, analysis: Analysis | None = None,
                  at: dt.datetime | None = None) -> Change:
    """Store a snapshot of `doc` as it is now; returns the undoable change.

    `name` defaults to 'Board <date>'; an empty, too long or already used name
    is refused (ValidationError, DuplicateError) before anything is computed.
    Pass the `analysis` the caller already has to save running it again.
    """
    at = at or dt.datetime.now().replace(microsecond=0)
    chosen = doc.snapshots.check_name(
        doc.snapshots.default_name(at.date()) if name is None else name
    )
    analysis = analysis if analysis is not None else analyse(doc, today=at.date())
    with no_gc():
        payload = encode(build_payload(doc, analysis))
    return doc.snapshots.add(chosen, payload, at)


def load_state(doc: Document, snapshot: SnapshotInfo) -> RoadmapState:
    """The state a snapshot kept; PayloadError naming the snapshot when it is damaged."""
    try:
        with no_gc():  # many small lists and records, no cycles among them
            payload = decode(doc.snapshots.payload(snapshot.id))
            return build_state(snapshot.name, snapshot.taken_at, payload["tables"],
                               payload.get("findings", []), payload.get("governance", {}))
    except PayloadError as error:
        raise PayloadError(
            translate("Snapshots", "The snapshot {name} is damaged and cannot be read: "
                      "{error}").format(name=repr(snapshot.name), error=error)
        ) from None


def current_state(doc: Document, analysis: Analysis) -> RoadmapState:
    """The roadmap as it is now, read the way a snapshot is (so both compare like for like)."""
    with no_gc():
        return build_state("now", None, capture_rows(doc, COMPARED_TABLES),
                           finding_records(analysis), governance_of(analysis).as_json())
