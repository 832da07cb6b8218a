"""The analysis settings: rule switches and thresholds, read from the roadmap's settings.

Each setting is declared once here with its key, type, default and
description; the roadmap stores only the values the user changed
(`doc.settings.put("CR301.max_overlapping", 5)`). A value that cannot be
read never stops the analysis: the default is used and a warning names the
key and the bad value.

Keys:
- ``rules.<CODE>.enabled`` (yes/no, default yes): switch one rule off, e.g.
  ``rules.CR105.enabled = no``.
- ``CR301.max_overlapping`` (whole number >= 1, default 3): most initiatives
  one owner may be accountable for at the same moment.
- ``CR303.max_share_percent`` (number 1..100, default 40): most of the
  vendor-using budget one vendor may carry.
- ``CR201.max_cycles`` (whole number >= 1, default 25): most dependency
  cycles named one by one (a hostile file could hold millions).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from roadmap.i18n import QT_TRANSLATE_NOOP, translate

_TRUE = {"1", "true", "yes", "on", "y"}
_FALSE = {"0", "false", "no", "off", "n"}


@dataclass(frozen=True)
class SettingSpec:
    """One declared setting: key, type (int, float or bool), default, bounds and meaning."""

    key: str
    kind: type
    default: int | float | bool
    description: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def display_description(self) -> str:
        """What the setting means, in the reader's language (`description` stays English)."""
        code = self.key.removeprefix("rules.").removesuffix(".enabled")
        if self.key != code:
            return translate("Settings", "Run rule {code}.").format(code=code)
        return translate("Settings", self.description)


THRESHOLDS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec("CR301.max_overlapping", int, 3,
                    QT_TRANSLATE_NOOP("Settings", "Most initiatives one owner may be accountable "
                                      "for at the same moment."),
                    minimum=1),
        SettingSpec("CR303.max_share_percent", float, 40.0,
                    QT_TRANSLATE_NOOP("Settings", "Most of the vendor-using budget (%) one vendor "
                                      "may carry."),
                    minimum=1, maximum=100),
        SettingSpec("CR201.max_cycles", int, 25,
                    QT_TRANSLATE_NOOP("Settings", "Most dependency cycles named one by one."),
                    minimum=1, maximum=10_000),
    )
}


def enabled_key(code: str) -> str:
    """The switch of one rule: enabled_key("CR105") -> "rules.CR105.enabled"."""
    return f"rules.{code}.enabled"


def declared_settings(codes: list[str]) -> list[SettingSpec]:
    """Every analysis setting: one switch per rule code, then the thresholds."""
    switches = [
        SettingSpec(enabled_key(code), bool, True, f"Run rule {code}.") for code in codes
    ]
    return [*switches, *THRESHOLDS.values()]


@dataclass(frozen=True)
class RuleSettings:
    """The effective settings of one analysis run, with warnings about unreadable values."""

    values: Mapping[str, int | float | bool]
    warnings: tuple[str, ...] = field(default=())

    def enabled(self, code: str) -> bool:
        """True unless the rule was switched off."""
        return bool(self.values.get(enabled_key(code), True))

    def threshold(self, key: str) -> int | float:
        """A threshold's effective value (the default when unset or unreadable)."""
        value = self.values.get(key, THRESHOLDS[key].default)
        return value


def read_settings(stored: Mapping[str, str], codes: list[str]) -> RuleSettings:
    """Turn the roadmap's stored strings into typed values; bad ones fall back to defaults."""
    values: dict[str, int | float | bool] = {}
    warnings: list[str] = []
    for spec in declared_settings(codes):
        raw = stored.get(spec.key)
        if raw is None:
            values[spec.key] = spec.default
            continue
        try:
            values[spec.key] = _parse(spec, raw)
        except ValueError as error:
            values[spec.key] = spec.default
            warnings.append(translate("Settings", "setting {key}: {error}; using {value}").format(
                key=spec.key, error=error, value=_show(spec.default)))
    return RuleSettings(values, tuple(warnings))


def _parse(spec: SettingSpec, raw: str) -> int | float | bool:
    text = str(raw).strip().lower()
    if spec.kind is bool:
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(translate("Validation", "{value} is not yes or no").format(
            value=repr(raw)))
    try:
        number: int | float = int(text) if spec.kind is int else float(text)
    except ValueError:
        if spec.kind is int:
            raise ValueError(translate("Validation", "{value} is not a whole number").format(
                value=repr(raw))) from None
        raise ValueError(translate("Validation", "{value} is not a number").format(
            value=repr(raw))) from None
    if number != number:  # NaN
        raise ValueError(translate("Validation", "{value} is not a number").format(
            value=repr(raw)))
    if spec.minimum is not None and number < spec.minimum:
        raise ValueError(translate("Settings", "{value} is below the minimum {minimum}").format(
            value=repr(raw), minimum=_show(spec.minimum)))
    if spec.maximum is not None and number > spec.maximum:
        raise ValueError(translate("Settings", "{value} is above the maximum {maximum}").format(
            value=repr(raw), maximum=_show(spec.maximum)))
    return number


def _show(value: object) -> str:
    if isinstance(value, bool):
        return translate("Settings", "yes") if value else translate("Settings", "no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
