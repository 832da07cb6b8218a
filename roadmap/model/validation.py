"""Field rules of every entity: turn user input into clean values or refuse it.

Each cleaner takes the proposed fields and the row's current values, and
returns normalised values or raises ValidationError naming the field. The
same rules guard the service layer, the file loader and the importers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    LabelledEnum,
    MeasureKind,
    Role,
    Sourcing,
    Status,
    VendorCategory,
)
from roadmap.model.errors import ValidationError

Cleaner = Callable[[str, Any], Any]

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def text(max_length: int, *, required: bool = False) -> Cleaner:
    """A string field, stripped; required ones may not be empty."""

    def clean(name: str, value: Any) -> str:
        text = "" if value is None else str(value)
        text = text.strip() if required else text
        if required and not text:
            raise ValidationError(name, "must not be empty")
        if len(text) > max_length:
            raise ValidationError(name, f"is {len(text)} characters long; at most {max_length}")
        if "\x00" in text:
            raise ValidationError(name, "contains a NUL character")
        return text

    return clean


def date(*, required: bool = False) -> Cleaner:
    """A calendar date, from a date or an ISO string (YYYY-MM-DD)."""

    def clean(name: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            if required:
                raise ValidationError(name, "a date is required")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(name, f"{value!r} is not a date (use YYYY-MM-DD)") from None

    return clean


def integer(*, minimum: int | None = None, maximum: int | None = None,
            nullable: bool = False) -> Cleaner:
    """A whole number within bounds; empty means None where nullable."""

    def clean(name: str, value: Any) -> int | None:
        if value is None or value == "":
            if nullable:
                return None
            raise ValidationError(name, "a number is required")
        if isinstance(value, bool):
            raise ValidationError(name, f"{value!r} is not a number")
        try:
            number = int(value) if not isinstance(value, float) or value.is_integer() else None
        except (TypeError, ValueError):
            number = None
        if number is None:
            raise ValidationError(name, f"{value!r} is not a whole number")
        if minimum is not None and number < minimum:
            word = "negative" if minimum == 0 else f"below {minimum}"
            raise ValidationError(name, f"{number} is {word}; it must be at least {minimum}")
        if maximum is not None and number > maximum:
            raise ValidationError(name, f"{number} is above the maximum {maximum}")
        return number

    return clean


def real() -> Cleaner:
    """A finite floating-point number (graph coordinates)."""

    def clean(name: str, value: Any) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(name, f"{value!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValidationError(name, "must be a finite number")
        return number

    return clean


def boolean() -> Cleaner:
    """A yes/no field; accepts booleans and the usual words."""

    def clean(name: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in ("1", "true", "yes", "y"):
            return True
        if word in ("0", "false", "no", "n", ""):
            return False
        raise ValidationError(name, f"{value!r} is not yes or no")

    return clean


def choice(enum_class: type[LabelledEnum], *, nullable: bool = False) -> Cleaner:
    """One member of an enumeration, by member, value or label."""

    def clean(name: str, value: Any) -> LabelledEnum | None:
        if value is None or value == "":
            if nullable:
                return None
            raise ValidationError(name, "a value is required")
        try:
            return enum_class.parse(value)
        except ValueError:
            choices = ", ".join(m.value for m in enum_class)
            raise ValidationError(
                name, f"unknown value {value!r}; expected one of {choices}"
            ) from None

    return clean


def choices(enum_class: type[LabelledEnum]) -> Cleaner:
    """A tuple of distinct enumeration members, in the order given."""

    def clean(name: str, value: Any) -> tuple[LabelledEnum, ...]:
        items = value.split(",") if isinstance(value, str) else list(value or ())
        members: list[LabelledEnum] = []
        for item in items:
            if isinstance(item, str) and not item.strip():
                continue
            member = choice(enum_class)(name, item)
            if member not in members:
                members.append(member)
        return tuple(members)

    return clean


def colour() -> Cleaner:
    """A colour as #RRGGBB."""

    def clean(name: str, value: Any) -> str:
        text = str(value or "").strip()
        if not _COLOUR.match(text):
            raise ValidationError(name, f"{text!r} is not a colour like #4477AA")
        return text.upper()

    return clean


def reference(*, nullable: bool = True) -> Cleaner:
    """The id of another row (existence is checked by the service)."""
    return integer(minimum=1, nullable=nullable)


def datetime_value() -> Cleaner:
    """A timestamp, from a datetime or an ISO string."""

    def clean(name: str, value: Any) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value.replace(microsecond=0)
        try:
            return dt.datetime.fromisoformat(str(value)).replace(microsecond=0)
        except ValueError:
            raise ValidationError(name, f"{value!r} is not a date and time") from None

    return clean


def blob(max_length: int) -> Cleaner:
    """Bytes of at most `max_length` (a snapshot's compressed payload)."""

    def clean(name: str, value: Any) -> bytes:
        if not isinstance(value, bytes | bytearray | memoryview):
            raise ValidationError(name, f"{type(value).__name__} is not bytes")
        data = bytes(value)
        if len(data) > max_length:
            raise ValidationError(name, f"is {len(data)} bytes long; at most {max_length}")
        return data

    return clean


SNAPSHOT_NAME_LENGTH = 120
"""The longest snapshot name: what the snapshot table's name column holds."""

FIELDS: dict[str, dict[str, Cleaner]] = {
    "roadmap": {
        "title": text(200, required=True),
        "organisation": text(200),
        "horizon_start": date(required=True),
        "horizon_end": date(required=True),
        "fiscal_year_start_month": integer(minimum=1, maximum=12),
        "currency": text(3, required=True),
        "author": text(200),
        "confidentiality": text(200),
        "version": text(40),
    },
    "department": {
        "name": text(120, required=True),
        "colour": colour(),
        "is_it": boolean(),
        "benefit_areas": choices(BenefitArea),
    },
    "owner": {
        "name": text(120, required=True),
        "role": text(120),
        "department_id": reference(),
    },
    "vendor": {
        "name": text(120, required=True),
        "category": choice(VendorCategory),
        "contract_end": date(),
        "notes": text(4000),
    },
    "initiative": {
        "title": text(200, required=True),
        "description": text(8000),
        "theme": text(120),
        "start": date(),
        "end": date(),
        "bucket": choice(Bucket, nullable=True),
        "status": choice(Status),
        "health": choice(Health),
        "budget": integer(minimum=0, maximum=10**15, nullable=True),
        "benefit_area": choice(BenefitArea, nullable=True),
        "success_measure": text(2000),
        "measure_kind": choice(MeasureKind),
        "sourcing": choice(Sourcing, nullable=True),
        "capability": choice(VendorCategory, nullable=True),
        "customer_facing": boolean(),
        "customer_value": text(2000),
        "owner_id": reference(),
        "sponsor_id": reference(),
        "priority": integer(minimum=1, maximum=5),
        "journey_stage": choice(JourneyStage, nullable=True),
    },
    "milestone": {
        "initiative_id": reference(nullable=False),
        "name": text(200, required=True),
        "date": date(required=True),
    },
    "dependency": {
        "initiative_id": reference(nullable=False),
        "depends_on_id": reference(nullable=False),
    },
    "participation": {
        "initiative_id": reference(nullable=False),
        "department_id": reference(nullable=False),
        "role": choice(Role),
    },
    "vendor_use": {
        "initiative_id": reference(nullable=False),
        "vendor_id": reference(nullable=False),
    },
    "setting": {
        "key": text(120, required=True),
        "value": text(200),
    },
    "acceptance": {
        "code": text(10, required=True),
        "subject": text(200, required=True),
        "reason": text(2000, required=True),
        "accepted_by": text(120),
        "accepted_at": datetime_value(),
    },
    "node_position": {
        "layout": text(40, required=True),
        "node": text(60, required=True),
        "x": real(),
        "y": real(),
    },
    "decision": {
        "text": text(500, required=True),
        "change": text(200),
        "initiative_id": reference(),
        "made_at": datetime_value(),
    },
    "finding_action": {
        "code": text(10, required=True),
        "subject": text(200, required=True),
        "owner": text(120),
        "due": date(),
        "note": text(2000),
        "recorded_at": datetime_value(),
    },
    "snapshot": {
        "name": text(SNAPSHOT_NAME_LENGTH, required=True),
        "taken_at": datetime_value(),
        "payload": blob(500_000_000),
    },
}


def clean_fields(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Clean each given field of `table`; unknown field names are refused."""
    rules = FIELDS[table]
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in rules:
            raise ValidationError(name, f"is not a field of {table.replace('_', ' ')}")
        cleaned[name] = rules[name](name, value)
    return cleaned


ROW_RULE_TABLES = frozenset({"initiative", "roadmap", "dependency"})
"""The tables `check_row` has rules for (a bulk reader may skip the rest)."""


def check_row(table: str, row: dict[str, Any]) -> None:
    """Rules that involve several fields of one complete row."""
    if table == "initiative":
        start, end = row.get("start"), row.get("end")
        if start is not None and end is not None and end < start:
            raise ValidationError("end", f"end date {end} is before start date {start}")
        if (start is None) != (end is None):
            missing = "end" if end is None else "start"
            raise ValidationError(missing, "give both a start and an end date, or neither")
    elif table == "roadmap":
        if row["horizon_end"] < row["horizon_start"]:
            raise ValidationError(
                "horizon_end",
                f"the horizon ends ({row['horizon_end']}) before it starts "
                f"({row['horizon_start']})",
            )
    elif table == "dependency" and row["initiative_id"] == row["depends_on_id"]:
        raise ValidationError("depends_on_id", "an initiative cannot depend on itself")
