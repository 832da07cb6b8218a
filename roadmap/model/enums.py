"""The closed vocabularies of the domain.

Each is a StrEnum so that values read naturally in files, JSON and
spreadsheets, and a `label` gives the text a person sees.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a human label derived from the value."""

    @property
    def label(self) -> str:
        """The text shown to a person: 'cart_checkout' -> 'Cart and checkout'."""
        return _LABELS.get(self.value, self.value.replace("_", " ").capitalize())

    @classmethod
    def parse(cls, value: object, field: str = "") -> Self:
        """Accept a member, its value or its label (any case); raise ValueError naming choices."""
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace("-", "_")
        for member in cls:
            if text in (member.value, member.label.lower(), member.label.lower().replace(" ", "_")):
                return member
        choices = ", ".join(m.value for m in cls)
        where = f"{field}: " if field else ""
        raise ValueError(f"{where}unknown value {value!r}; expected one of {choices}")


_LABELS = {
    "it_alone": "IT alone",
    "cart_checkout": "Cart and checkout",
    "finance_admin": "Finance and administration",
    "customer_service": "Customer service",
    "revenue": "Revenue / ROI",
    "cost_saving": "Cost saving",
    "satisfaction": "Customer satisfaction",
    "commerce_platform": "Commerce platform",
    "crm": "CRM",
    "email_marketing": "Email marketing",
    "in_progress": "In progress",
}


class Status(LabelledEnum):
    """Where an initiative is in its life."""

    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


CLOSED_STATUSES = frozenset({Status.DONE, Status.CANCELLED})
"""Finished business: their dates are history, so rules skip them and auto-schedule keeps them."""


class Health(LabelledEnum):
    """The traffic-light health of an initiative."""

    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class BenefitArea(LabelledEnum):
    """Where an initiative's benefit lands; decides which department should lead."""

    SALES = "sales"
    MARKETING = "marketing"
    CUSTOMER_SERVICE = "customer_service"
    OPERATIONS = "operations"
    FINANCE_ADMIN = "finance_admin"
    INFRASTRUCTURE = "infrastructure"


class MeasureKind(LabelledEnum):
    """What kind of success measure an initiative states."""

    REVENUE = "revenue"
    COST_SAVING = "cost_saving"
    SATISFACTION = "satisfaction"
    TRAFFIC = "traffic"
    NONE = "none"


class Sourcing(LabelledEnum):
    """Whether a capability is built in-house, bought, or delivered with a partner."""

    BUILD = "build"
    BUY = "buy"
    PARTNER = "partner"


class VendorCategory(LabelledEnum):
    """What a vendor sells; also the capability an initiative delivers."""

    COMMERCE_PLATFORM = "commerce_platform"
    PAYMENTS = "payments"
    CRM = "crm"
    SEARCH = "search"
    EMAIL_MARKETING = "email_marketing"
    LOGISTICS = "logistics"
    ANALYTICS = "analytics"
    OTHER = "other"


# Capabilities the market sells as products: building them in-house is CR106.
COMMODITY_CATEGORIES = frozenset(
    {
        VendorCategory.COMMERCE_PLATFORM,
        VendorCategory.PAYMENTS,
        VendorCategory.CRM,
        VendorCategory.SEARCH,
        VendorCategory.EMAIL_MARKETING,
    }
)


class JourneyStage(LabelledEnum):
    """The customer-journey stage an initiative serves."""

    DISCOVER = "discover"
    BROWSE = "browse"
    CART_CHECKOUT = "cart_checkout"
    DELIVERY = "delivery"
    RETURNS = "returns"
    SERVICE = "service"


class Bucket(LabelledEnum):
    """The date-less horizon of an idea not yet scheduled."""

    NOW = "now"
    NEXT = "next"
    LATER = "later"


class Role(LabelledEnum):
    """The part a department plays in an initiative."""

    LEAD = "lead"
    CONTRIBUTOR = "contributor"
    ENABLER = "enabler"

    @property
    def rank(self) -> int:
        """0 for lead, 1 for contributor, 2 for enabler: the strongest role sorts first."""
        return ("lead", "contributor", "enabler").index(self.value)


class Severity(LabelledEnum):
    """How serious a finding is; ordered high to low by `rank`."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for high, 1 for medium, 2 for low: sorts the worst first."""
        return ("high", "medium", "low").index(self.value)
