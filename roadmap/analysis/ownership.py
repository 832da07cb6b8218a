"""Ownership rules CR100-CR107: departments drive, IT enables; sponsor, budget, return.

Done and cancelled initiatives are skipped: their ownership, budget and
measures can no longer be changed, so a finding would be noise.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.model.enums import (
    COMMODITY_CATEGORIES,
    BenefitArea,
    MeasureKind,
    Role,
    Severity,
    Sourcing,
)
from roadmap.model.wording import join_names

from .advice import (
    MARKET_PRODUCTS,
    MEASURE_ADVICE,
    business_home,
    known_vendors,
    who_should_lead,
)
from .context import Context
from .registry import Found, about, rule


@rule("CR100", Severity.HIGH, "Nobody owns it",
      "No department takes part and no accountable owner is named.")
def nobody_owns(ctx: Context) -> Iterator[Found]:
    """An initiative with no participating department and no accountable owner."""
    for i in ctx.open_initiatives():
        if ctx.participations.get(i["id"]) or i["owner_id"] in ctx.owners:
            continue
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} has no department and no accountable owner: no one "
            "answers for its business result.",
            "Name an accountable owner and the department that leads it. "
            + who_should_lead(ctx, i),
        )


@rule("CR101", Severity.HIGH, "IT alone",
      "IT is involved and no business department leads or contributes.")
def it_alone(ctx: Context) -> Iterator[Found]:
    """IT (a department or a person) is involved and no business department leads or contributes.

    The accountable owner's department counts as leading, the sponsor's as
    contributing; a business department that only enables does not count.
    """
    for i in ctx.open_initiatives():
        if not i["it_alone"]:
            continue
        enablers = [
            ctx.department_name(d) for d, role in i["departments"].items()
            if role is Role.ENABLER and not ctx.departments[d]["is_it"]
        ]
        note = (f" ({join_names(enablers)} only enable{'s' if len(enablers) == 1 else ''}, "
                "which is not ownership)") if enablers else ""
        yield about(
            i["id"],
            f"No business department leads or contributes to {ctx.title(i['id'])}{note}: "
            "e-commerce run by IT alone gets skimpy budgets and meets no business objective.",
            who_should_lead(ctx, i),
        )


@rule("CR102", Severity.MEDIUM, "IT leads business work",
      "An IT department leads an initiative whose benefit is not infrastructure.")
def it_leads(ctx: Context) -> Iterator[Found]:
    """An IT department has the lead role (directly or through the owner) outside infrastructure."""
    for i in ctx.open_initiatives():
        area = i["benefit_area"]
        if area is BenefitArea.INFRASTRUCTURE:
            continue
        it_leads = [
            d for d, role in i["departments"].items()
            if role is Role.LEAD and ctx.departments[d]["is_it"]
        ]
        if not it_leads:
            continue
        benefit = f"whose benefit is {area.label}" if area else "with no stated benefit area"
        yield about(
            i["id"],
            f"{join_names([ctx.department_name(d) for d in it_leads])} leads "
            f"{ctx.title(i['id'])} {benefit}: departments drive, IT enables.",
            who_should_lead(ctx, i) + " Keep IT as contributor or enabler.",
        )


@rule("CR103", Severity.MEDIUM, "No executive sponsor",
      "The initiative has no executive sponsor.")
def no_sponsor(ctx: Context) -> Iterator[Found]:
    """An initiative without an executive sponsor."""
    sponsors_by_department: dict[str, list[str]] = {}
    for key in sorted({i["sponsor_id"] for i in ctx.initiatives.values()
                       if i["sponsor_id"] in ctx.owners}):
        person = ctx.owners[key]
        if person["department_id"] in ctx.departments:
            department = ctx.department_name(person["department_id"])
            sponsors_by_department.setdefault(department, []).append(person["name"])
    for i in ctx.open_initiatives():
        if i["sponsor_id"] in ctx.owners:
            continue
        home = business_home(ctx, i)
        candidates = sponsors_by_department.get(home, []) if home is not None else []
        if candidates:
            verb = "sponsors" if len(candidates) == 1 else "sponsor"
            advice = (f"Ask an executive of {home} to sponsor it, e.g. "
                      f"{join_names(candidates[:3])}, who already {verb} other work.")
        elif home is not None:
            advice = f"Ask an executive of {home} to sponsor it."
        else:
            advice = "Ask the executive of the business department that benefits to sponsor it."
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} has no executive sponsor: work without executive support "
            "loses every budget round.",
            advice,
        )


@rule("CR104", Severity.LOW, "No budget", "The initiative has no budget.")
def no_budget(ctx: Context) -> Iterator[Found]:
    """An initiative whose budget is missing or zero."""
    for i in ctx.open_initiatives():
        if i["budget"] is not None and i["budget"] > 0:
            continue
        sponsor = ctx.owners.get(i["sponsor_id"])
        who = sponsor["name"] if sponsor else business_home(ctx, i) or "its executive sponsor"
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} has no budget: every initiative needs one, or it runs on "
            "IT's leftovers.",
            f"Agree a budget with {who} and record it.",
        )


@rule("CR105", Severity.MEDIUM, "Traffic is not return",
      "Success is measured by traffic alone, or not measured.")
def weak_measure(ctx: Context) -> Iterator[Found]:
    """Measure kind traffic or none, or no success measure written."""
    for i in ctx.open_initiatives():
        kind = i["measure_kind"]
        text = (i["success_measure"] or "").strip()
        if kind is MeasureKind.TRAFFIC:
            why = "is measured by traffic alone; site visits are not a success measure"
        elif kind is MeasureKind.NONE or not kind:
            why = "has no kind of success measure; measure return, not activity"
        elif not text:
            why = f"states no success measure (kind {kind.label}); measure return, not activity"
        else:
            continue
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} {why}.",
            f"Measure {MEASURE_ADVICE.get(i['benefit_area'], MEASURE_ADVICE[None])}, "
            "with a target and a date.",
        )


@rule("CR106", Severity.MEDIUM, "Home-grown commodity",
      "Sourcing is build for a capability the market sells.")
def home_grown(ctx: Context) -> Iterator[Found]:
    """Sourcing build for a commodity capability (commerce platform, payments, CRM, ...)."""
    for i in ctx.open_initiatives():
        capability = i["capability"]
        if i["sourcing"] is not Sourcing.BUILD or capability not in COMMODITY_CATEGORIES:
            continue
        vendors = known_vendors(ctx, capability)
        if vendors:
            advice = (f"Buy or partner: the roadmap already knows {join_names(vendors)} "
                      f"({capability.label}); IT vets, integrates and manages the vendor.")
        else:
            advice = (f"Buy or partner: the market sells {capability.label} "
                      f"({MARKET_PRODUCTS[capability]}); IT vets and integrates the vendor.")
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} builds its own {_lower(capability.label)}: do not build "
            "what the market sells.",
            advice,
        )


@rule("CR107", Severity.LOW, "No customer value",
      "Customer-facing work without a stated customer value.")
def no_customer_value(ctx: Context) -> Iterator[Found]:
    """A customer-facing initiative whose customer value is blank."""
    for i in ctx.open_initiatives():
        if not i["customer_facing"] or (i["customer_value"] or "").strip():
            continue
        yield about(
            i["id"],
            f"{ctx.title(i['id'])} faces customers but states no value for them: align "
            "with customers, not with the org chart.",
            "Write in one sentence what the customer gets (faster checkout, delivery "
            "choice, easier returns).",
        )


def _lower(label: str) -> str:
    # 'Email marketing' -> 'email marketing', but 'CRM' stays 'CRM'.
    return label if label[:2].isupper() else label[:1].lower() + label[1:]
