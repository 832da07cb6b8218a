"""Findings about a roadmap: rules CR100-CR303, accepting them, figures.

    analysis = analyse(doc)            # or analyse(doc, today=date(2027, 1, 1))
    for finding in analysis.open_findings(): ...
    doc.acceptances.accept(finding.code, finding.subject, "reason", "who")

Rules live in the theme modules (ownership, dependencies, portfolio) and
register themselves in RULES; thresholds and switches are read from the
roadmap's settings (see `settings`).
"""

from __future__ import annotations

from ..graph import departments_involved, is_it_alone, lead_department
from . import dependencies, ownership, portfolio  # noqa: F401  (registers the rules)
from .engine import Analysis, analyse, analyse_graph
from .finding import Accepted, Finding
from .registry import RULES, Rule
from .settings import THRESHOLDS, declared_settings, enabled_key

__all__ = [
    "RULES",
    "THRESHOLDS",
    "Accepted",
    "Analysis",
    "Finding",
    "Rule",
    "analyse",
    "analyse_graph",
    "declared_settings",
    "departments_involved",
    "enabled_key",
    "is_it_alone",
    "lead_department",
]
