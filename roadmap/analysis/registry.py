"""The rule registry: every finding rule, by code, with its severity and title.

A rule is a function `check(ctx) -> Iterable[Found]` registered with the
`@rule(...)` decorator in one of the theme modules (ownership,
dependencies, portfolio). The engine adds code, severity, title and
acceptance to each `Found` to make a `Finding`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from roadmap.i18n import translate
from roadmap.model.enums import Severity

from .context import Context


@dataclass(frozen=True)
class Found:
    """What a rule reports about one subject, before the engine makes it a Finding."""

    subject: str
    message: str
    suggestion: str
    initiative_ids: tuple[int, ...] = ()


Check = Callable[[Context], Iterable[Found]]


@dataclass(frozen=True)
class Rule:
    """One finding rule: stable code, severity, short title, what it checks, and the check."""

    code: str
    severity: Severity
    title: str
    summary: str
    check: Check
    per_initiative: bool = False
    """Each finding is about one initiative (its subject) and depends only on that
    initiative, its links and the initiatives at their other ends, the departments,
    people and vendors, the horizon, the settings and today: run over a Context
    whose `scope` names some initiatives, the check reports exactly what it
    would report about those in a full run. The incremental analysis relies on it."""

    @property
    def display_title(self) -> str:
        """The title in the reader's language (`title` stays English, as files carry it)."""
        return translate("Rules", self.title)

    @property
    def display_summary(self) -> str:
        """What the rule checks, in the reader's language."""
        return translate("Rules", self.summary)


RULES: dict[str, Rule] = {}
"""Every rule by code, in code order once the theme modules are imported."""


def rule(code: str, severity: Severity, title: str, summary: str, *,
         per_initiative: bool = False) -> Callable[[Check], Check]:
    """Register the decorated check as rule `code`.

    `title` and `summary` are English, marked with QT_TRANSLATE_NOOP("Rules", ...);
    the engine gives findings the translated title. `per_initiative`: see Rule.
    """

    def register(check: Check) -> Check:
        if code in RULES:
            raise RuntimeError(f"rule {code} is registered twice")
        RULES[code] = Rule(code, severity, title, summary, check, per_initiative)
        ordered = dict(sorted(RULES.items()))
        RULES.clear()
        RULES.update(ordered)
        return check

    return register


def about(initiative_id: int, message: str, suggestion: str, *others: int) -> Found:
    """A Found whose subject is one initiative (others: further initiatives concerned)."""
    return Found(f"initiative:{initiative_id}", message, suggestion, (initiative_id, *others))
