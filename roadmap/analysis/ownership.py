"""Ownership rules CR100-CR107: departments drive, IT enables; sponsor, budget, return.

Done and cancelled initiatives are skipped: their ownership, budget and
measures can no longer be changed, so a finding would be noise.
"""

from __future__ import annotations

from collections.abc import Iterator

from roadmap.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, language, translate
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


@rule("CR100", Severity.HIGH, QT_TRANSLATE_NOOP("Rules", "Nobody owns it"),
      QT_TRANSLATE_NOOP("Rules", "No department takes part and no accountable owner is named."),
      per_initiative=True)
def nobody_owns(ctx: Context) -> Iterator[Found]:
    """An initiative with no participating department and no accountable owner."""
    for i in ctx.open_initiatives():
        if ctx.participations.get(i["id"]) or i["owner_id"] in ctx.owners:
            continue
        yield about(
            i["id"],
            translate("CR100", "{initiative} has no department and no accountable owner: no "
                      "one answers for its business result.").format(initiative=ctx.title(i["id"])),
            translate("CR100", "Name an accountable owner and the department that leads it. "
                      "{who_should_lead}").format(who_should_lead=who_should_lead(ctx, i)),
        )


@rule("CR101", Severity.HIGH, QT_TRANSLATE_NOOP("Rules", "IT alone"),
      QT_TRANSLATE_NOOP("Rules", "IT is involved and no business department leads or contributes."),
      per_initiative=True)
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
        if not enablers:
            note = ""
        elif len(enablers) == 1:
            note = translate("CR101", " ({names} only enables, which is not ownership)")
        else:
            note = translate("CR101", " ({names} only enable, which is not ownership)")
        yield about(
            i["id"],
            translate("CR101", "No business department leads or contributes to {initiative}"
                      "{note}: e-commerce run by IT alone gets skimpy budgets and meets no "
                      "business objective.").format(
                initiative=ctx.title(i["id"]), note=note.format(names=join_names(enablers))),
            who_should_lead(ctx, i),
        )


@rule("CR102", Severity.MEDIUM, QT_TRANSLATE_NOOP("Rules", "IT leads business work"),
      QT_TRANSLATE_NOOP("Rules", "An IT department leads an initiative whose benefit is not "
                        "infrastructure."),
      per_initiative=True)
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
        if area:
            message = translate("CR102", "{departments} leads {initiative} whose benefit is "
                                "{area}: departments drive, IT enables.")
        else:
            message = translate("CR102", "{departments} leads {initiative} with no stated "
                                "benefit area: departments drive, IT enables.")
        yield about(
            i["id"],
            message.format(departments=join_names([ctx.department_name(d) for d in it_leads]),
                           initiative=ctx.title(i["id"]), area=area.label if area else ""),
            translate("CR102", "{who_should_lead} Keep IT as contributor or enabler.").format(
                who_should_lead=who_should_lead(ctx, i)),
        )


@rule("CR103", Severity.MEDIUM, QT_TRANSLATE_NOOP("Rules", "No executive sponsor"),
      QT_TRANSLATE_NOOP("Rules", "The initiative has no executive sponsor."))
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
            if len(candidates) == 1:
                advice = translate("CR103", "Ask an executive of {department} to sponsor it, "
                                   "e.g. {names}, who already sponsors other work.")
            else:
                advice = translate("CR103", "Ask an executive of {department} to sponsor it, "
                                   "e.g. {names}, who already sponsor other work.")
            advice = advice.format(department=home, names=join_names(candidates[:3]))
        elif home is not None:
            advice = translate("CR103", "Ask an executive of {department} to sponsor it.").format(
                department=home)
        else:
            advice = translate("CR103", "Ask the executive of the business department that "
                               "benefits to sponsor it.")
        yield about(
            i["id"],
            translate("CR103", "{initiative} has no executive sponsor: work without executive "
                      "support loses every budget round.").format(initiative=ctx.title(i["id"])),
            advice,
        )


@rule("CR104", Severity.LOW, QT_TRANSLATE_NOOP("Rules", "No budget"),
      QT_TRANSLATE_NOOP("Rules", "The initiative has no budget."),
      per_initiative=True)
def no_budget(ctx: Context) -> Iterator[Found]:
    """An initiative whose budget is missing or zero."""
    for i in ctx.open_initiatives():
        if i["budget"] is not None and i["budget"] > 0:
            continue
        sponsor = ctx.owners.get(i["sponsor_id"])
        who = sponsor["name"] if sponsor else business_home(ctx, i) or translate(
            "CR104", "its executive sponsor")
        yield about(
            i["id"],
            translate("CR104", "{initiative} has no budget: every initiative needs one, or it "
                      "runs on IT's leftovers.").format(initiative=ctx.title(i["id"])),
            translate("CR104", "Agree a budget with {who} and record it.").format(who=who),
        )


@rule("CR105", Severity.MEDIUM, QT_TRANSLATE_NOOP("Rules", "Traffic is not return"),
      QT_TRANSLATE_NOOP("Rules", "Success is measured by traffic alone, or not measured."),
      per_initiative=True)
def weak_measure(ctx: Context) -> Iterator[Found]:
    """Measure kind traffic or none, or no success measure written."""
    for i in ctx.open_initiatives():
        kind = i["measure_kind"]
        text = (i["success_measure"] or "").strip()
        if kind is MeasureKind.TRAFFIC:
            why = translate("CR105", "{initiative} is measured by traffic alone; site visits "
                            "are not a success measure.")
        elif kind is MeasureKind.NONE or not kind:
            why = translate("CR105", "{initiative} has no kind of success measure; measure "
                            "return, not activity.")
        elif not text:
            why = translate("CR105", "{initiative} states no success measure (kind {kind}); "
                            "measure return, not activity.")
        else:
            continue
        measure = MEASURE_ADVICE.get(i["benefit_area"], MEASURE_ADVICE[None])
        yield about(
            i["id"],
            why.format(initiative=ctx.title(i["id"]), kind=kind.label if kind else ""),
            translate("CR105", "Measure {measure}, with a target and a date.").format(
                measure=translate("Advice", measure)),
        )


@rule("CR106", Severity.MEDIUM, QT_TRANSLATE_NOOP("Rules", "Home-grown commodity"),
      QT_TRANSLATE_NOOP("Rules", "Sourcing is build for a capability the market sells."),
      per_initiative=True)
def home_grown(ctx: Context) -> Iterator[Found]:
    """Sourcing build for a commodity capability (commerce platform, payments, CRM, ...)."""
    for i in ctx.open_initiatives():
        capability = i["capability"]
        if i["sourcing"] is not Sourcing.BUILD or capability not in COMMODITY_CATEGORIES:
            continue
        vendors = known_vendors(ctx, capability)
        if vendors:
            advice = translate("CR106", "Buy or partner: the roadmap already knows {vendors} "
                               "({capability}); IT vets, integrates and manages the "
                               "vendor.").format(vendors=join_names(vendors),
                                                 capability=capability.label)
        else:
            advice = translate("CR106", "Buy or partner: the market sells {capability} "
                               "({products}); IT vets and integrates the vendor.").format(
                capability=capability.label,
                products=MARKET_PRODUCTS[capability].replace(" or ", translate("CR106", " or ")))
        yield about(
            i["id"],
            translate("CR106", "{initiative} builds its own {capability}: do not build what the "
                      "market sells.").format(initiative=ctx.title(i["id"]),
                                              capability=_lower(capability.label)),
            advice,
        )


@rule("CR107", Severity.LOW, QT_TRANSLATE_NOOP("Rules", "No customer value"),
      QT_TRANSLATE_NOOP("Rules", "Customer-facing work without a stated customer value."),
      per_initiative=True)
def no_customer_value(ctx: Context) -> Iterator[Found]:
    """A customer-facing initiative whose customer value is blank."""
    for i in ctx.open_initiatives():
        if not i["customer_facing"] or (i["customer_value"] or "").strip():
            continue
        yield about(
            i["id"],
            translate("CR107", "{initiative} faces customers but states no value for them: "
                      "align with customers, not with the org chart.").format(
                initiative=ctx.title(i["id"])),
            translate("CR107", "Write in one sentence what the customer gets (faster "
                      "checkout, delivery choice, easier returns)."),
        )


def _lower(label: str) -> str:
    # 'Email marketing' -> 'email marketing', but 'CRM' stays 'CRM' (German nouns keep
    # their capital).
    if label[:2].isupper() or language() != SOURCE_LANGUAGE:
        return label
    return label[:1].lower() + label[1:]
