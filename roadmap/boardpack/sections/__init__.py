"""The sections of the board pack, each a function returning flowables.

Every section module has `build(renderer) -> list[Flowable]`; the first
flowable is the section's start mark (outline entry, header name).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable

from . import appendix, changes, cover, dependency_map, findings, ownership, summary, timeline

if TYPE_CHECKING:
    from ..renderer import BoardPackRenderer

Section = Callable[["BoardPackRenderer"], list[Flowable]]

ALL_SECTIONS: dict[str, Section] = {
    "cover": cover.build,
    "summary": summary.build,
    "changes": changes.build,
    "timeline": timeline.build,
    "dependency_map": dependency_map.build,
    "ownership": ownership.build,
    "findings": findings.build,
    "appendix": appendix.build,
}
