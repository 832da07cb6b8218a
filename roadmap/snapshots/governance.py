"""The four governance measures a board follows from one snapshot to the next.

Whether the thesis is winning: IT-alone work shrinking, more of the budget
led by the business and carrying a measure of return, fewer open high
findings. Computed from an analysis when a snapshot is taken (and stored in
it), so an old snapshot keeps the figures of its own day.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from roadmap.analysis.engine import Analysis
from roadmap.model.enums import MeasureKind, Severity, Status

RETURN_MEASURES = frozenset({MeasureKind.REVENUE, MeasureKind.COST_SAVING})
"""Success measures that state a return on the money (Revenue / ROI, cost saving)."""


@dataclass(frozen=True)
class Governance:
    """The governance measures of one roadmap state; shares in percent of live budget."""

    it_alone_share: float = 0.0
    """Budget of IT-alone initiatives (no business department leads or contributes)."""
    business_led_share: float = 0.0
    """Budget of initiatives a business department leads."""
    roi_share: float = 0.0
    """Budget of initiatives whose success measure is a return (revenue or cost saving)."""
    open_high: int = 0
    """High-severity findings not accepted."""

    def as_json(self) -> dict[str, Any]:
        """The measures as plain JSON values (rounded shares)."""
        values = asdict(self)
        return {k: round(v, 1) if isinstance(v, float) else v for k, v in values.items()}

    @classmethod
    def from_json(cls, data: Any) -> Governance:
        """Read stored measures back; ValueError when they are not numbers."""
        if not isinstance(data, dict):
            raise ValueError("governance is not a record")
        shares = {k: float(data.get(k, 0.0)) for k in
                  ("it_alone_share", "business_led_share", "roi_share")}
        open_high = data.get("open_high", 0)
        if type(open_high) is not int:
            raise ValueError("open_high is not a whole number")
        return cls(open_high=open_high, **shares)


def governance_of(analysis: Analysis) -> Governance:
    """The governance measures of an analysed roadmap."""
    figures = analysis.figures
    total = roi = 0
    for _key, attrs in analysis.graph.nodes(data=True):
        if attrs.get("kind") != "initiative" or attrs.get("status") is Status.CANCELLED:
            continue
        budget = max(attrs.get("budget") or 0, 0)
        total += budget
        if attrs.get("measure_kind") in RETURN_MEASURES:
            roi += budget
    high = figures.findings_by_severity.get(Severity.HIGH)
    return Governance(
        it_alone_share=figures.it_alone_share,
        business_led_share=figures.business_led_share,
        roi_share=100.0 * roi / total if total > 0 else 0.0,
        open_high=0 if high is None else high.open,
    )
