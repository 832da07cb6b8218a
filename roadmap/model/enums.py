"""The closed vocabularies of the domain.

Each is a StrEnum so that values read naturally in files, JSON and
spreadsheets, and a `label` gives the text a person sees.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from roadmap.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a human label derived from the value."""

    @property
    def label(self) -> str:
        """The text shown to a person, in their language: 'cart_checkout' -> 'Cart and checkout'."""
        return translate("Labels", self.english_label)

    @property
    def english_label(self) -> str:
        """The label in English, whatever the language: what files and spreadsheets carry."""
        found = _LABELS.get(self._value_)  # looked up tens of thousands of times by a large pack
        return found if found is not None else self._value_.replace("_", " ").capitalize()

    @classmethod
    def parse(cls, value: object, field: str = "") -> Self:
        """Accept a member, its value or its label (any case); raise ValueError naming choices."""
        if isinstance(value, cls):
            return value
        text = str(value).strip().lower().replace("-", "_")
        for member in cls:
            for label in {member.english_label.lower(), member.label.lower()}:
                if text in (member.value, label, label.replace(" ", "_")):
                    return member
        choices = ", ".join(m.value for m in cls)
        where = f"{field}: " if field else ""
        raise ValueError(where + translate("Validation", "unknown value {value}; expected one of "
                                           "{choices}").format(value=repr(value), choices=choices))


_LABELS = {
    # Every label, marked for the catalogue; LabelledEnum.label translates it.
    "idea": QT_TRANSLATE_NOOP("Labels", "Idea"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "green": QT_TRANSLATE_NOOP("Labels", "Green"),
    "amber": QT_TRANSLATE_NOOP("Labels", "Amber"),
    "red": QT_TRANSLATE_NOOP("Labels", "Red"),
    "sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
    "marketing": QT_TRANSLATE_NOOP("Labels", "Marketing"),
    "customer_service": QT_TRANSLATE_NOOP("Labels", "Customer service"),
    "operations": QT_TRANSLATE_NOOP("Labels", "Operations"),
    "finance_admin": QT_TRANSLATE_NOOP("Labels", "Finance and administration"),
    "infrastructure": QT_TRANSLATE_NOOP("Labels", "Infrastructure"),
    "revenue": QT_TRANSLATE_NOOP("Labels", "Revenue / ROI"),
    "cost_saving": QT_TRANSLATE_NOOP("Labels", "Cost saving"),
    "satisfaction": QT_TRANSLATE_NOOP("Labels", "Customer satisfaction"),
    "traffic": QT_TRANSLATE_NOOP("Labels", "Traffic"),
    "none": QT_TRANSLATE_NOOP("Labels", "None"),
    "build": QT_TRANSLATE_NOOP("Labels", "Build"),
    "buy": QT_TRANSLATE_NOOP("Labels", "Buy"),
    "partner": QT_TRANSLATE_NOOP("Labels", "Partner"),
    "commerce_platform": QT_TRANSLATE_NOOP("Labels", "Commerce platform"),
    "payments": QT_TRANSLATE_NOOP("Labels", "Payments"),
    "crm": QT_TRANSLATE_NOOP("Labels", "CRM"),
    "search": QT_TRANSLATE_NOOP("Labels", "Search"),
    "email_marketing": QT_TRANSLATE_NOOP("Labels", "Email marketing"),
    "logistics": QT_TRANSLATE_NOOP("Labels", "Logistics"),
    "analytics": QT_TRANSLATE_NOOP("Labels", "Analytics"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "discover": QT_TRANSLATE_NOOP("Labels", "Discover"),
    "browse": QT_TRANSLATE_NOOP("Labels", "Browse"),
    "cart_checkout": QT_TRANSLATE_NOOP("Labels", "Cart and checkout"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "Delivery"),
    "returns": QT_TRANSLATE_NOOP("Labels", "Returns"),
    "service": QT_TRANSLATE_NOOP("Labels", "Service"),
    "now": QT_TRANSLATE_NOOP("Labels", "Now"),
    "next": QT_TRANSLATE_NOOP("Labels", "Next"),
    "later": QT_TRANSLATE_NOOP("Labels", "Later"),
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "contributor": QT_TRANSLATE_NOOP("Labels", "Contributor"),
    "enabler": QT_TRANSLATE_NOOP("Labels", "Enabler"),
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
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
