"""One state of the roadmap as comparison reads it: initiatives, findings, decisions.

Built the same way for the roadmap as it is now and for a snapshot: from the
stored values of its tables (plain SQL values, or the JSON of a payload) and
the findings as computed then. Values that do not read (a damaged or foreign
payload) raise PayloadError, never anything else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from roadmap.graph import involvement
from roadmap.i18n import translate
from roadmap.model.enums import Health, LabelledEnum, Role, Severity, Status
from roadmap.model.errors import RoadmapError
from roadmap.snapshots.governance import Governance

E = TypeVar("E", bound=LabelledEnum)

COMPARED_TABLES = (
    "roadmap", "department", "owner", "vendor", "initiative", "participation", "vendor_use",
    "decision",
)
"""The tables a state is built from (a snapshot keeps more: milestones, links, settings)."""


class PayloadError(RoadmapError):
    """A snapshot's payload cannot be read: damaged, or from a newer Crossroads."""


@dataclass(frozen=True)
class InitiativeState:
    """What comparison looks at in one initiative."""

    id: int
    title: str
    start: dt.date | None = None
    end: dt.date | None = None
    budget: int | None = None
    status: Status = Status.PLANNED
    health: Health = Health.GREEN
    lead: str = ""
    """The lead department's name ('' when none)."""
    owner: str = ""
    sponsor: str = ""
    vendors: tuple[str, ...] = ()
    """Names of the vendors it uses, sorted."""


@dataclass(frozen=True)
class FindingState:
    """One finding as it stood: its rule, subject, severity and whether it was accepted."""

    code: str
    severity: Severity
    subject: str
    title: str
    initiative_ids: tuple[int, ...] = ()
    accepted: bool = False


@dataclass(frozen=True)
class DecisionState:
    """A decision taken in a workshop, with when."""

    text: str
    change: str
    initiative_id: int | None
    made_at: dt.datetime


@dataclass(frozen=True)
class RoadmapState:
    """The roadmap at one moment: now, or when a snapshot was taken."""

    label: str
    """'now' or the snapshot's name."""
    taken_at: dt.datetime | None = None
    """When the snapshot was taken; None for the roadmap as it is now."""
    currency: str = "EUR"
    initiatives: Mapping[int, InitiativeState] = field(default_factory=dict)
    findings: Mapping[tuple[str, str], FindingState] = field(default_factory=dict)
    """By (code, subject), the key acceptances are stored under."""
    decisions: tuple[DecisionState, ...] = ()
    governance: Governance = field(default_factory=Governance)


def build_state(label: str, taken_at: dt.datetime | None, tables: Mapping[str, Any],
                findings: Any, governance: Any) -> RoadmapState:
    """A state from captured tables ({table: {columns, rows}}), finding records and measures.

    Raises PayloadError when anything does not read as what it should be.
    """
    try:
        return _build(label, taken_at, tables, findings, governance)
    except PayloadError:
        raise
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as error:
        raise PayloadError(f"{type(error).__name__}: {error}") from None


def _records(tables: Mapping[str, Any], table: str) -> list[dict[str, Any]]:
    entry = tables.get(table, {"columns": [], "rows": []})
    columns = entry["columns"]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise PayloadError(translate("Snapshots", "the columns of {table} do not read").format(
            table=table))
    rows = entry["rows"]
    if not isinstance(rows, list):
        raise PayloadError(translate("Snapshots", "the rows of {table} do not read").format(
            table=table))
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(translate("Snapshots", "{value} is not text").format(value=repr(value)))
    return value


def _int(value: Any, *, nullable: bool = True) -> int | None:
    if value is None and nullable:
        return None
    if type(value) is not int:
        raise ValueError(translate("Validation", "{value} is not a whole number").format(
            value=repr(value)))
    return value


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(_text(value)[:10])


def _datetime(value: Any) -> dt.datetime:
    return dt.datetime.fromisoformat(_text(value)).replace(microsecond=0)


def _enum(cls: type[E], value: Any, default: E) -> E:
    if value is None:
        return default
    member = cls._value2member_map_.get(value) if isinstance(value, str) else None
    if member is None:
        raise ValueError(f"{value!r} is not a {cls.__name__} value")
    return member  # type: ignore[return-value]


def _build(label: str, taken_at: dt.datetime | None, tables: Mapping[str, Any],
           findings: Any, governance: Any) -> RoadmapState:
    departments = {_int(d["id"], nullable=False): d for d in _records(tables, "department")}
    is_it = {k: bool(d["is_it"]) for k, d in departments.items() if k is not None}
    dept_names = {k: _text(d["name"]) for k, d in departments.items()}
    owners = {_int(o["id"], nullable=False): o for o in _records(tables, "owner")}
    owner_names = {k: _text(o["name"]) for k, o in owners.items()}
    owner_dept = {k: _int(o.get("department_id")) for k, o in owners.items()}
    vendor_names = {_int(v["id"], nullable=False): _text(v["name"])
                    for v in _records(tables, "vendor")}
    parts: dict[int, list[tuple[int, Role]]] = {}
    for p in sorted(_records(tables, "participation"), key=lambda r: _int(r["id"]) or 0):
        key, dept = _int(p["initiative_id"], nullable=False), _int(p["department_id"])
        if key is not None and dept is not None:
            parts.setdefault(key, []).append((dept, _enum(Role, p["role"], Role.CONTRIBUTOR)))
    uses: dict[int, list[str]] = {}
    for u in _records(tables, "vendor_use"):
        key, vendor = _int(u["initiative_id"], nullable=False), _int(u["vendor_id"])
        if key is not None and vendor in vendor_names:
            uses.setdefault(key, []).append(vendor_names[vendor])

    initiatives: dict[int, InitiativeState] = {}
    for row in _records(tables, "initiative"):
        key = _int(row["id"], nullable=False)
        assert key is not None
        owner, sponsor = _int(row.get("owner_id")), _int(row.get("sponsor_id"))
        who = involvement(parts.get(key, ()), owner_dept.get(owner) if owner else None,
                          owner_dept.get(sponsor) if sponsor else None, is_it)
        initiatives[key] = InitiativeState(
            id=key, title=_text(row["title"]), start=_date(row.get("start")),
            end=_date(row.get("end")), budget=_int(row.get("budget")),
            status=_enum(Status, row.get("status"), Status.PLANNED),
            health=_enum(Health, row.get("health"), Health.GREEN),
            lead=dept_names.get(who.lead_id, "") if who.lead_id is not None else "",
            owner=owner_names.get(owner, "") if owner is not None else "",
            sponsor=owner_names.get(sponsor, "") if sponsor is not None else "",
            vendors=tuple(sorted(uses.get(key, []), key=str.casefold)),
        )

    found: dict[tuple[str, str], FindingState] = {}
    if not isinstance(findings, list):
        raise PayloadError(translate("Snapshots", "the findings do not read"))
    for record in findings:
        code, severity, subject, title, ids, accepted = record
        finding = FindingState(
            code=_text(code), severity=Severity(_text(severity)), subject=_text(subject),
            title=_text(title), initiative_ids=tuple(int(i) for i in ids),
            accepted=bool(accepted),
        )
        found[(finding.code, finding.subject)] = finding

    decisions = tuple(
        DecisionState(_text(d["text"]), _text(d.get("change")), _int(d.get("initiative_id")),
                      _datetime(d["made_at"]))
        for d in _records(tables, "decision")
    )
    info = _records(tables, "roadmap")
    currency = _text(info[0].get("currency")) if info else "EUR"
    return RoadmapState(
        label=label, taken_at=taken_at, currency=currency or "EUR", initiatives=initiatives,
        findings=found, decisions=decisions, governance=Governance.from_json(governance),
    )
