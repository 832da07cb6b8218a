"""A finding: one rule's verdict about one subject, possibly accepted as a known risk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from roadmap.model.enums import Severity


@dataclass(frozen=True)
class Accepted:
    """Why, by whom and when a finding was accepted (a copy of the Acceptance row)."""

    reason: str
    accepted_by: str
    accepted_at: dt.datetime


@dataclass(frozen=True)
class Finding:
    """What a rule found: code, severity, why (message) and what to do (suggestion).

    `subject` is the stable key acceptances are stored under: "initiative:12",
    "owner:3", "vendor:2", "cycle:3,7,9" (ids in cycle order, smallest first)
    or "roadmap". `initiative_ids` lists every initiative the finding concerns,
    the subject's own first.
    """

    code: str
    severity: Severity
    title: str
    message: str
    suggestion: str
    subject: str
    initiative_ids: tuple[int, ...] = ()
    accepted: Accepted | None = None

    @property
    def is_open(self) -> bool:
        """True unless the finding was accepted with a reason."""
        return self.accepted is None

    @property
    def initiative_id(self) -> int | None:
        """The initiative the finding is about when its subject is one initiative, else None."""
        kind, _, number = self.subject.partition(":")
        return int(number) if kind == "initiative" and number.isdigit() else None

    @property
    def sort_key(self) -> tuple[int, str, tuple[int, ...], str]:
        """Worst first, then by code, then by the initiatives concerned."""
        return (self.severity.rank, self.code, self.initiative_ids, self.subject)
