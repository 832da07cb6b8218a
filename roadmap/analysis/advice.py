"""The concrete advice rules give: who should lead, what to measure, what the market sells."""

from __future__ import annotations

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.enums import BenefitArea, VendorCategory
from roadmap.model.wording import join_names

from ..graph import Attrs
from .context import Context

MARKET_PRODUCTS: dict[VendorCategory, str] = {
    VendorCategory.COMMERCE_PLATFORM:
        "Shopify, Adobe Commerce (Magento), BigCommerce or Salesforce Commerce Cloud",
    VendorCategory.PAYMENTS: "Adyen, Stripe or PayPal",
    VendorCategory.CRM: "Salesforce, HubSpot or Microsoft Dynamics",
    VendorCategory.SEARCH: "Algolia, Elastic or Bloomreach",
    VendorCategory.EMAIL_MARKETING: "Klaviyo, Mailchimp or Braze",
}
"""Well-known products per commodity capability, named when the roadmap knows no vendor."""

MEASURE_ADVICE: dict[BenefitArea | None, str] = {
    BenefitArea.SALES: QT_TRANSLATE_NOOP("Advice", "revenue or conversion rate (Revenue / ROI)"),
    BenefitArea.MARKETING: QT_TRANSLATE_NOOP(
        "Advice", "revenue per campaign or customer acquisition cost (Revenue / ROI)"),
    BenefitArea.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP(
        "Advice", "customer satisfaction (NPS, contact rate)"),
    BenefitArea.OPERATIONS: QT_TRANSLATE_NOOP(
        "Advice", "cost per order or fulfilment cost (Cost saving)"),
    BenefitArea.FINANCE_ADMIN: QT_TRANSLATE_NOOP("Advice", "cost or days saved (Cost saving)"),
    BenefitArea.INFRASTRUCTURE: QT_TRANSLATE_NOOP(
        "Advice", "cost saved or incidents avoided (Cost saving)"),
    None: QT_TRANSLATE_NOOP("Advice", "revenue, cost saved or customer satisfaction"),
}
"""A success measure that shows return, by benefit area (English; translate("Advice", ...) it)."""


def departments_for(ctx: Context, area: BenefitArea | None) -> list[Attrs]:
    """Business departments whose benefit areas include `area`, in id order."""
    if area is None:
        return []
    return [
        d for d in ctx.departments.values()
        if not d["is_it"] and area in (d.get("benefit_areas") or ())
    ]


def who_should_lead(ctx: Context, initiative: Attrs) -> str:
    """'Marketing should lead (it drives marketing)', or what to do when nobody matches."""
    area = initiative.get("benefit_area")
    if area is None:
        business = [d["name"] for d in ctx.departments.values() if not d["is_it"]]
        if business:
            return translate("Advice", "State its benefit area, then let the business "
                             "department it serves lead ({departments}).").format(
                departments=join_names(business))
        return translate("Advice", "State its benefit area and name the business department "
                         "that benefits to lead it.")
    matches = departments_for(ctx, area)
    if matches:
        names = join_names([d["name"] for d in matches])
        if len(matches) == 1:
            text = translate("Advice", "{departments} should lead it (benefit area {area}); IT "
                             "advises and builds.")
        else:
            text = translate("Advice", "{departments} could lead it (benefit area {area}); IT "
                             "advises and builds.")
        return text.format(departments=names, area=area.label)
    return translate("Advice", "No department drives {area}: add it to the benefit areas of the "
                     "business department that gains, and make that department lead.").format(
        area=area.label)


def business_home(ctx: Context, initiative: Attrs) -> str | None:
    """The business department that should own an initiative: its business lead, else the
    first department whose benefit areas match, else None."""
    lead = initiative.get("lead_department")
    if lead in ctx.departments and not ctx.departments[lead]["is_it"]:
        return str(ctx.departments[lead]["name"])
    matches = departments_for(ctx, initiative.get("benefit_area"))
    return str(matches[0]["name"]) if matches else None


def known_vendors(ctx: Context, category: VendorCategory) -> list[str]:
    """Names of the roadmap's vendors of one category, in id order."""
    return [v["name"] for v in ctx.vendors.values() if v.get("category") == category]
