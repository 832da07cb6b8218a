"""Field rules of every entity: turn user input into clean values or refuse it.

Each cleaner takes the proposed fields and the row's current values, and
returns normalised values or raises ValidationError naming the field. The
same rules guard the service layer, the file loader and the importers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
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


class TextRule:
    """A string field's rule: stripped when required, at most `max_length`, no NUL.

    Called as a Cleaner on one value; `all_pass` checks a whole column of
    stored strings at once, for a reader that needs only a yes or no.
    """

    def __init__(self, max_length: int, required: bool) -> None:
        self.max_length = max_length
        self.required = required

    def __call__(self, name: str, value: Any) -> str:
        text = "" if value is None else str(value)
        text = text.strip() if self.required else text
        if self.required and not text:
            raise ValidationError(name, translate("Validation", "must not be empty"))
        if len(text) > self.max_length:
            raise ValidationError(name, translate(
                "Validation", "is {length} characters long; at most {limit}").format(
                length=len(text), limit=self.max_length))
        if "\x00" in text:
            raise ValidationError(name, translate("Validation", "contains a NUL character"))
        return text

    def all_pass(self, values: Iterable[str]) -> bool:
        """True when this rule accepts every one of these strings (as `__call__` would)."""
        texts = [value.strip() for value in values] if self.required else list(values)
        if not texts:
            return True
        if self.required and not all(texts):
            return False
        return max(map(len, texts)) <= self.max_length and "\x00" not in "".join(texts)


def text(max_length: int, *, required: bool = False) -> Cleaner:
    """A string field, stripped; required ones may not be empty."""
    return TextRule(max_length, required)


def date(*, required: bool = False) -> Cleaner:
    """A calendar date, from a date or an ISO string (YYYY-MM-DD)."""

    def clean(name: str, value: Any) -> dt.date | None:
        if value is None or value == "":
            if required:
                raise ValidationError(name, translate("Validation", "a date is required"))
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(name, translate(
                "Validation", "{value} is not a date (use YYYY-MM-DD)").format(
                value=repr(value))) from None

    return clean


class IntegerRule:
    """A whole number within bounds; empty means None where nullable.

    Called as a Cleaner on one value; `all_pass` checks a whole column of
    stored integers at once, for a reader that needs only a yes or no.
    """

    def __init__(self, minimum: int | None, maximum: int | None, nullable: bool) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.nullable = nullable

    def __call__(self, name: str, value: Any) -> int | None:
        minimum, maximum = self.minimum, self.maximum
        if value is None or value == "":
            if self.nullable:
                return None
            raise ValidationError(name, translate("Validation", "a number is required"))
        if isinstance(value, bool):
            raise ValidationError(name, translate("Validation", "{value} is not a number").format(
                value=repr(value)))
        try:
            number = int(value) if not isinstance(value, float) or value.is_integer() else None
        except (TypeError, ValueError):
            number = None
        if number is None:
            raise ValidationError(name, translate("Validation", "{value} is not a whole "
                                                  "number").format(value=repr(value)))
        if minimum is not None and number < minimum:
            if minimum == 0:
                text = translate("Validation", "{number} is negative; it must be at least "
                                 "{minimum}")
            else:
                text = translate("Validation", "{number} is below {minimum}; it must be at least "
                                 "{minimum}")
            raise ValidationError(name, text.format(number=number, minimum=minimum))
        if maximum is not None and number > maximum:
            raise ValidationError(name, translate("Validation", "{number} is above the maximum "
                                                  "{maximum}").format(number=number,
                                                                      maximum=maximum))
        return number

    def all_pass(self, values: list[int]) -> bool:
        """True when this rule accepts every one of these ints (not bools), as `__call__` would."""
        if not values:
            return True
        return ((self.minimum is None or min(values) >= self.minimum)
                and (self.maximum is None or max(values) <= self.maximum))


def integer(*, minimum: int | None = None, maximum: int | None = None,
            nullable: bool = False) -> Cleaner:
    """A whole number within bounds; empty means None where nullable."""
    return IntegerRule(minimum, maximum, nullable)


def real() -> Cleaner:
    """A finite floating-point number (graph coordinates)."""

    def clean(name: str, value: Any) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValidationError(name, translate("Validation", "{value} is not a number").format(
                value=repr(value))) from None
        if number != number or number in (float("inf"), float("-inf")):
            raise ValidationError(name, translate("Validation", "must be a finite number"))
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
        raise ValidationError(name, translate("Validation", "{value} is not yes or no").format(
            value=repr(value)))

    return clean


def choice(enum_class: type[LabelledEnum], *, nullable: bool = False) -> Cleaner:
    """One member of an enumeration, by member, value or label."""

    def clean(name: str, value: Any) -> LabelledEnum | None:
        if value is None or value == "":
            if nullable:
                return None
            raise ValidationError(name, translate("Validation", "a value is required"))
        try:
            return enum_class.parse(value)
        except ValueError:
            choices = ", ".join(m.value for m in enum_class)
            raise ValidationError(
                name, translate("Validation", "unknown value {value}; expected one of "
                                "{choices}").format(value=repr(value), choices=choices)
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
            raise ValidationError(name, translate("Validation", "{value} is not a colour like "
                                                  "#4477AA").format(value=repr(text)))
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
            raise ValidationError(name, translate("Validation", "{value} is not a date and "
                                                  "time").format(value=repr(value))) from None

    return clean


def blob(max_length: int) -> Cleaner:
    """Bytes of at most `max_length` (a snapshot's compressed payload)."""

    def clean(name: str, value: Any) -> bytes:
        if not isinstance(value, bytes | bytearray | memoryview):
            raise ValidationError(name, translate("Validation", "{type} is not bytes").format(
                type=type(value).__name__))
        data = bytes(value)
        if len(data) > max_length:
            raise ValidationError(name, translate("Validation", "is {length} bytes long; at "
                                                  "most {limit}").format(length=len(data),
                                                                         limit=max_length))
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


FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "accepted_at"), QT_TRANSLATE_NOOP("Fields", "accepted_by"),
    QT_TRANSLATE_NOOP("Fields", "author"), QT_TRANSLATE_NOOP("Fields", "benefit_area"),
    QT_TRANSLATE_NOOP("Fields", "benefit_areas"), QT_TRANSLATE_NOOP("Fields", "bucket"),
    QT_TRANSLATE_NOOP("Fields", "budget"), QT_TRANSLATE_NOOP("Fields", "capability"),
    QT_TRANSLATE_NOOP("Fields", "category"), QT_TRANSLATE_NOOP("Fields", "change"),
    QT_TRANSLATE_NOOP("Fields", "code"), QT_TRANSLATE_NOOP("Fields", "colour"),
    QT_TRANSLATE_NOOP("Fields", "confidentiality"), QT_TRANSLATE_NOOP("Fields", "contract_end"),
    QT_TRANSLATE_NOOP("Fields", "currency"), QT_TRANSLATE_NOOP("Fields", "customer_facing"),
    QT_TRANSLATE_NOOP("Fields", "customer_value"), QT_TRANSLATE_NOOP("Fields", "date"),
    QT_TRANSLATE_NOOP("Fields", "department_id"), QT_TRANSLATE_NOOP("Fields", "depends_on_id"),
    QT_TRANSLATE_NOOP("Fields", "description"), QT_TRANSLATE_NOOP("Fields", "due"),
    QT_TRANSLATE_NOOP("Fields", "end"), QT_TRANSLATE_NOOP("Fields", "fiscal_year_start_month"),
    QT_TRANSLATE_NOOP("Fields", "health"), QT_TRANSLATE_NOOP("Fields", "horizon_end"),
    QT_TRANSLATE_NOOP("Fields", "horizon_start"), QT_TRANSLATE_NOOP("Fields", "initiative_id"),
    QT_TRANSLATE_NOOP("Fields", "is_it"), QT_TRANSLATE_NOOP("Fields", "journey_stage"),
    QT_TRANSLATE_NOOP("Fields", "key"), QT_TRANSLATE_NOOP("Fields", "layout"),
    QT_TRANSLATE_NOOP("Fields", "made_at"), QT_TRANSLATE_NOOP("Fields", "measure_kind"),
    QT_TRANSLATE_NOOP("Fields", "name"), QT_TRANSLATE_NOOP("Fields", "node"),
    QT_TRANSLATE_NOOP("Fields", "note"), QT_TRANSLATE_NOOP("Fields", "notes"),
    QT_TRANSLATE_NOOP("Fields", "organisation"), QT_TRANSLATE_NOOP("Fields", "owner"),
    QT_TRANSLATE_NOOP("Fields", "owner_id"), QT_TRANSLATE_NOOP("Fields", "payload"),
    QT_TRANSLATE_NOOP("Fields", "priority"), QT_TRANSLATE_NOOP("Fields", "reason"),
    QT_TRANSLATE_NOOP("Fields", "recorded_at"), QT_TRANSLATE_NOOP("Fields", "role"),
    QT_TRANSLATE_NOOP("Fields", "sourcing"), QT_TRANSLATE_NOOP("Fields", "sponsor_id"),
    QT_TRANSLATE_NOOP("Fields", "start"), QT_TRANSLATE_NOOP("Fields", "status"),
    QT_TRANSLATE_NOOP("Fields", "subject"), QT_TRANSLATE_NOOP("Fields", "success_measure"),
    QT_TRANSLATE_NOOP("Fields", "taken_at"), QT_TRANSLATE_NOOP("Fields", "text"),
    QT_TRANSLATE_NOOP("Fields", "theme"), QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "value"), QT_TRANSLATE_NOOP("Fields", "vendor_id"),
    QT_TRANSLATE_NOOP("Fields", "version"), QT_TRANSLATE_NOOP("Fields", "x"),
    QT_TRANSLATE_NOOP("Fields", "y"),
)
"""Every field name a ValidationError may carry, marked for the catalogue: an error
reads 'Budget: ...' in the reader's language (`roadmap.model.errors.field_label`)."""


def clean_fields(table: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Clean each given field of `table`; unknown field names are refused."""
    rules = FIELDS[table]
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in rules:
            raise ValidationError(name, translate("Validation", "is not a field of {table}").format(
                table=table.replace("_", " ")))
        cleaned[name] = rules[name](name, value)
    return cleaned


ROW_RULE_FIELDS: dict[str, tuple[str, ...]] = {
    "initiative": ("start", "end"),
    "roadmap": ("horizon_start", "horizon_end"),
    "dependency": ("initiative_id", "depends_on_id"),
}
"""The tables `check_row` has rules for and the fields those rules read (a bulk
reader may skip the other tables and pass only these fields)."""

ROW_RULE_TABLES = frozenset(ROW_RULE_FIELDS)
"""The tables `check_row` has rules for (a bulk reader may skip the rest)."""


def check_row(table: str, row: dict[str, Any]) -> None:
    """Rules that involve several fields of one complete row."""
    if table == "initiative":
        start, end = row.get("start"), row.get("end")
        if start is not None and end is not None and end < start:
            raise ValidationError("end", translate("Validation", "end date {end} is before start "
                                                   "date {start}").format(end=end, start=start))
        if (start is None) != (end is None):
            missing = "end" if end is None else "start"
            raise ValidationError(missing, translate("Validation", "give both a start and an end "
                                                     "date, or neither"))
    elif table == "roadmap":
        if row["horizon_end"] < row["horizon_start"]:
            raise ValidationError(
                "horizon_end",
                translate("Validation", "the horizon ends ({end}) before it starts "
                          "({start})").format(end=row["horizon_end"], start=row["horizon_start"]),
            )
    elif table == "dependency" and row["initiative_id"] == row["depends_on_id"]:
        raise ValidationError("depends_on_id", translate("Validation", "an initiative cannot "
                                                         "depend on itself"))
