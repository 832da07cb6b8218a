"""The field cleaners every service, loader and importer shares: each refusal names the field."""

from __future__ import annotations

import datetime as dt

import pytest

from roadmap.model import validation as v
from roadmap.model.enums import BenefitArea, Status
from roadmap.model.errors import ValidationError


def _refused(cleaner: v.Cleaner, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        cleaner("field_x", value)
    assert caught.value.field == "field_x"


def test_dates_take_dates_datetimes_and_iso_text() -> None:
    clean = v.date()
    assert clean("start", dt.datetime(2027, 3, 1, 10, 30)) == dt.date(2027, 3, 1)
    assert clean("start", dt.date(2027, 3, 1)) == dt.date(2027, 3, 1)
    assert clean("start", " 2027-03-01 ") == dt.date(2027, 3, 1)
    assert clean("start", "") is None
    _refused(v.date(required=True), None, "a date is required")
    _refused(clean, "1 March", "not a date")


def test_integers_refuse_booleans_fractions_and_bounds() -> None:
    clean = v.integer(minimum=0, maximum=10)
    assert clean("n", "7") == 7 and clean("n", 4.0) == 4
    assert v.integer(nullable=True)("n", "") is None
    _refused(clean, None, "a number is required")
    _refused(clean, True, "not a number")
    _refused(clean, 2.5, "not a whole number")
    _refused(clean, "seven", "not a whole number")
    _refused(clean, -1, "negative")
    _refused(v.integer(minimum=5), 3, "below 5")
    _refused(clean, 11, "above the maximum 10")


def test_reals_must_be_finite_numbers() -> None:
    clean = v.real()
    assert clean("x", "1.5") == 1.5
    _refused(clean, "wide", "not a number")
    _refused(clean, None, "not a number")
    _refused(clean, float("nan"), "finite")
    _refused(clean, "inf", "finite")


def test_booleans_take_the_usual_words() -> None:
    clean = v.boolean()
    assert clean("b", True) is True
    assert [clean("b", w) for w in ("yes", "Y", "1", "no", "", "FALSE")] == [
        True, True, True, False, False, False]
    _refused(clean, "maybe", "not yes or no")


def test_choices_by_value_or_label_distinct_and_in_order() -> None:
    one = v.choice(Status)
    assert one("status", "planned") is Status.PLANNED
    assert v.choice(Status, nullable=True)("status", "") is None
    _refused(one, "", "a value is required")
    _refused(one, "someday", "unknown value 'someday'; expected one of idea")
    many = v.choices(BenefitArea)
    assert many("benefit", "sales, ,marketing,sales") == (BenefitArea.SALES,
                                                          BenefitArea.MARKETING)
    assert many("benefit", None) == ()


def test_colours_datetimes_and_blobs() -> None:
    assert v.colour()("colour", " #4477aa ") == "#4477AA"
    _refused(v.colour(), "blue", "not a colour")
    when = v.datetime_value()
    assert when("at", dt.datetime(2027, 1, 5, 9, 0, 0, 123)) == dt.datetime(2027, 1, 5, 9, 0)
    assert when("at", "2027-01-05T09:00:00.5") == dt.datetime(2027, 1, 5, 9, 0)
    _refused(when, "Tuesday", "not a date and time")
    blob = v.blob(4)
    assert blob("payload", bytearray(b"abc")) == b"abc"
    assert blob("payload", memoryview(b"ab")) == b"ab"
    _refused(blob, "text", "str is not bytes")
    _refused(blob, b"12345", "5 bytes long; at most 4")
