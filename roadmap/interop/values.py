"""Match the values a sheet writes to the roadmap's own: 'Finance', 'Ops', 'WIP', 'Finanse'.

A benefit area, status, health, measure kind, sourcing, capability, journey
stage or bucket is matched case-insensitively by its code (finance_admin),
its label (Finance and administration) or a common synonym ("Finance",
"IT", "Customer Service", "Ops", "WIP", "At risk"). What still matches
nothing gets the closest value as a suggestion (rapidfuzz), shown in the
preview as "'Finanse' → Finance and administration?" and never applied
without the user's word: the user confirms it with a value mapping
(`--value 'Benefit area:Finanse=finance'` or the import dialog).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    LabelledEnum,
    MeasureKind,
    Sourcing,
    Status,
    VendorCategory,
)

ENUMS: dict[str, type[LabelledEnum]] = {
    "benefit_area": BenefitArea, "status": Status, "health": Health,
    "measure_kind": MeasureKind, "sourcing": Sourcing, "capability": VendorCategory,
    "journey_stage": JourneyStage, "bucket": Bucket,
}
"""The fields whose values come from a closed list, by column key."""

SYNONYMS: dict[str, dict[str, str]] = {
    "benefit_area": {
        "finance": "finance_admin", "fin": "finance_admin", "admin": "finance_admin",
        "administration": "finance_admin", "finance admin": "finance_admin",
        "finance & admin": "finance_admin", "hr": "finance_admin", "legal": "finance_admin",
        "it": "infrastructure", "tech": "infrastructure", "technology": "infrastructure",
        "platform": "infrastructure", "infra": "infrastructure",
        "customer service": "customer_service", "cs": "customer_service",
        "customer care": "customer_service", "support": "customer_service",
        "service": "customer_service", "ops": "operations", "logistics": "operations",
        "supply chain": "operations", "fulfilment": "operations", "fulfillment": "operations",
        "commerce": "sales", "e-commerce": "sales", "ecommerce": "sales", "revenue": "sales",
        "mkt": "marketing", "brand": "marketing", "growth": "marketing", "crm": "marketing",
    },
    "status": {
        "wip": "in_progress", "ongoing": "in_progress", "active": "in_progress",
        "started": "in_progress", "in flight": "in_progress", "doing": "in_progress",
        "in development": "in_progress", "complete": "done", "completed": "done",
        "closed": "done", "finished": "done", "delivered": "done", "shipped": "done",
        "resolved": "done", "released": "done", "canceled": "cancelled", "dropped": "cancelled",
        "rejected": "cancelled", "won't do": "cancelled", "wont do": "cancelled",
        "to do": "planned", "todo": "planned", "open": "planned", "scheduled": "planned",
        "committed": "planned", "not started": "planned", "backlog": "idea",
        "proposed": "idea", "new": "idea", "under consideration": "idea", "parked": "idea",
    },
    "health": {
        "g": "green", "on track": "green", "ok": "green", "good": "green",
        "a": "amber", "yellow": "amber", "at risk": "amber", "orange": "amber",
        "r": "red", "off track": "red", "blocked": "red", "critical": "red",
    },
    "measure_kind": {"roi": "revenue", "sales": "revenue", "savings": "cost_saving",
                     "cost": "cost_saving", "csat": "satisfaction", "nps": "satisfaction",
                     "visits": "traffic", "sessions": "traffic"},
    "sourcing": {"make": "build", "in-house": "build", "in house": "build",
                 "purchase": "buy", "saas": "buy", "vendor": "buy", "outsource": "partner"},
    "journey_stage": {"checkout": "cart_checkout", "cart": "cart_checkout",
                      "awareness": "discover", "search": "browse", "shipping": "delivery",
                      "after sales": "service", "support": "service"},
    "bucket": {"soon": "next", "future": "later"},
}
"""Common words for each value, lower case -> the value's code."""

SUGGEST_SCORE = 80
"""How close (0-100, rapidfuzz ratio) a text must be to a value to be suggested."""


def _fold(text: str) -> str:
    return " ".join(str(text).strip().casefold().replace("_", " ").split())


@lru_cache(maxsize=64)
def _names(key: str) -> dict[str, str]:
    """Every accepted spelling of `key`'s values (folded) -> the value's code."""
    names: dict[str, str] = {}
    for member in ENUMS[key]:
        names[_fold(member.value)] = member.value
        names[_fold(member.english_label)] = member.value
    for word, code in SYNONYMS.get(key, {}).items():
        names.setdefault(_fold(word), code)
    return names


def exact_value(key: str, text: str) -> str | None:
    """The code `text` names exactly (its code or label, in any case), or None.

    Synonyms and misspellings are not exact: the import dialog asks about them.
    """
    if key not in ENUMS:
        return None
    folded = _fold(text)
    return next((m.value for m in ENUMS[key] if folded in (_fold(m.value), _fold(m.english_label))),
                None)


def match_value(key: str, text: str, mapping: Mapping[tuple[str, str], str] | None = None
                ) -> str | None:
    """The code `text` means for column `key` (a mapping the user gave first), or None."""
    folded = _fold(text)
    if mapping:
        chosen = mapping.get((key, folded))
        if chosen is not None:
            return _names(key).get(_fold(chosen), chosen) if key in ENUMS else chosen
    if key not in ENUMS:
        return None
    return _names(key).get(folded)


@lru_cache(maxsize=4096)
def suggest(key: str, text: str) -> LabelledEnum | None:
    """The value `text` is probably a misspelling of ('Finanse' -> Finance and administration)."""
    from rapidfuzz import fuzz, process

    if key not in ENUMS:
        return None
    names = _names(key)
    candidates = [name for name in names if len(name) > 2]  # 'r' is close to everything
    found = process.extractOne(_fold(text), candidates, scorer=fuzz.ratio,
                               score_cutoff=SUGGEST_SCORE)
    if found is None:
        return None
    return ENUMS[key](names[found[0]])


def suggest_name(text: str, known: list[str]) -> str | None:
    """The existing name (department, owner, vendor) `text` is probably a misspelling of."""
    from rapidfuzz import fuzz, process

    if not known:
        return None
    found = process.extractOne(text.casefold(), [k.casefold() for k in known],
                               scorer=fuzz.ratio, score_cutoff=SUGGEST_SCORE + 5)
    return None if found is None or found[0] == text.casefold() else known[found[2]]
