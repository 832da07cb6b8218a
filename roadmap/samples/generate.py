"""Deterministic generator of large, realistic roadmaps (benchmarks, trying the app at scale).

`generate_roadmap(n, seed=...)` gives an in-memory document of `n`
initiatives with departments (8 to 12), owners (about n/8), vendors (15),
milestones, budgets and about 1.3 finish-to-start dependencies per
initiative. Dependencies always point to an initiative with a smaller id,
so the graph is acyclic, and mostly to work that ends before the dependent
starts; a small share is planted on purpose so every kind of finding shows
up in realistic proportions (IT alone about one in ten, no sponsor, no
budget, traffic-only measures, broken dependencies, ...).

Speed: per-row service calls cost about a millisecond each, which is tens
of seconds for 10,000 initiatives and their links. So the generator cleans
every row with the same field rules the services use (`validation.clean_fields`
and `check_row`) and then bulk-inserts each table with SQLAlchemy Core
(`insert()` with a list of rows: one executemany per table) into
`Document.in_memory()`, and expires the session so the ORM reads the new
rows. The result is an ordinary document: every later edit goes through the
services as usual.
"""

from __future__ import annotations

import bisect
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from roadmap.model.entities import (
    Base,
    Department,
    Dependency,
    Initiative,
    Milestone,
    Owner,
    Participation,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import (
    COMMODITY_CATEGORIES,
    BenefitArea,
    Bucket,
    JourneyStage,
    MeasureKind,
    Role,
    Sourcing,
    Status,
    VendorCategory,
)
from roadmap.model.errors import ValidationError
from roadmap.model.palette import department_colour
from roadmap.model.validation import check_row, clean_fields
from roadmap.services.document import Document

MIN_INITIATIVES = 1
MAX_INITIATIVES = 50_000

# (name, is_it, benefit areas); the first `n_departments` are used.
_DEPARTMENTS: list[tuple[str, bool, tuple[BenefitArea, ...]]] = [
    ("IT", True, (BenefitArea.INFRASTRUCTURE,)),
    ("E-commerce", False, (BenefitArea.SALES,)),
    ("Marketing", False, (BenefitArea.MARKETING,)),
    ("Customer Service", False, (BenefitArea.CUSTOMER_SERVICE,)),
    ("Operations", False, (BenefitArea.OPERATIONS,)),
    ("Finance", False, (BenefitArea.FINANCE_ADMIN,)),
    ("Merchandising", False, (BenefitArea.SALES, BenefitArea.MARKETING)),
    ("Digital Platforms", True, (BenefitArea.INFRASTRUCTURE,)),
    ("Logistics", False, (BenefitArea.OPERATIONS,)),
    ("Stores", False, (BenefitArea.SALES, BenefitArea.CUSTOMER_SERVICE)),
    ("Data and Analytics", True, (BenefitArea.INFRASTRUCTURE, BenefitArea.MARKETING)),
    ("Legal and Compliance", False, (BenefitArea.FINANCE_ADMIN,)),
]

_VENDORS: list[tuple[str, VendorCategory]] = [
    ("Shopify Plus", VendorCategory.COMMERCE_PLATFORM),
    ("Adobe Commerce", VendorCategory.COMMERCE_PLATFORM),
    ("Adyen", VendorCategory.PAYMENTS),
    ("Stripe", VendorCategory.PAYMENTS),
    ("Salesforce", VendorCategory.CRM),
    ("HubSpot", VendorCategory.CRM),
    ("Algolia", VendorCategory.SEARCH),
    ("Klaviyo", VendorCategory.EMAIL_MARKETING),
    ("Braze", VendorCategory.EMAIL_MARKETING),
    ("DHL eCommerce", VendorCategory.LOGISTICS),
    ("Sendcloud", VendorCategory.LOGISTICS),
    ("Google Analytics 4", VendorCategory.ANALYTICS),
    ("Contentsquare", VendorCategory.ANALYTICS),
    ("Akeneo", VendorCategory.OTHER),
    ("Zendesk", VendorCategory.OTHER),
]

_FIRST = ["Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
          "Kai", "Lena", "Marco", "Nadia", "Oskar", "Paula", "Quentin", "Rosa", "Sami",
          "Tara", "Umar", "Vera", "Wim", "Yara", "Zoe"]
_LAST = ["Berger", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Horvat", "Ito",
         "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "O'Brien", "Petrov", "Quinn",
         "Rossi", "Schmidt", "Tanaka", "Urban", "Varga", "Weber", "Yilmaz", "Zeller"]

# Initiative titles: an action on a subject, for a market or product range.
_ACTIONS = ["Launch", "Redesign", "Automate", "Personalise", "Consolidate", "Migrate",
            "Expand", "Optimise", "Integrate", "Pilot", "Modernise", "Standardise"]
_SUBJECTS: dict[BenefitArea, list[str]] = {
    BenefitArea.SALES: ["checkout", "product pages", "site search", "B2B ordering",
                        "bundles and upsell", "marketplace", "click and collect"],
    BenefitArea.MARKETING: ["email campaigns", "loyalty programme", "SEO content",
                            "social commerce", "affiliate programme", "promotions"],
    BenefitArea.CUSTOMER_SERVICE: ["live chat", "returns portal", "order tracking",
                                   "agent desktop", "help centre", "reviews"],
    BenefitArea.OPERATIONS: ["warehouse picking", "carrier selection", "stock sync",
                             "order routing", "supplier onboarding", "packaging"],
    BenefitArea.FINANCE_ADMIN: ["invoicing", "payment reconciliation", "fraud screening",
                                "VAT reporting", "budget tracking"],
    BenefitArea.INFRASTRUCTURE: ["hosting", "integration layer", "identity and access",
                                 "monitoring", "data warehouse", "security controls"],
}
_MARKETS = ["Germany", "France", "Nordics", "Benelux", "Iberia", "UK", "Italy", "Poland",
            "Austria", "Switzerland", "garden", "furniture", "kitchen", "outdoor", "DIY"]
_THEMES = {
    BenefitArea.SALES: "Conversion", BenefitArea.MARKETING: "Growth",
    BenefitArea.CUSTOMER_SERVICE: "Customer experience", BenefitArea.OPERATIONS: "Fulfilment",
    BenefitArea.FINANCE_ADMIN: "Back office", BenefitArea.INFRASTRUCTURE: "Platform",
}
_STAGES = {
    BenefitArea.SALES: [JourneyStage.BROWSE, JourneyStage.CART_CHECKOUT],
    BenefitArea.MARKETING: [JourneyStage.DISCOVER, JourneyStage.BROWSE],
    BenefitArea.CUSTOMER_SERVICE: [JourneyStage.SERVICE, JourneyStage.RETURNS],
    BenefitArea.OPERATIONS: [JourneyStage.DELIVERY, JourneyStage.RETURNS],
}
_MEASURES = {
    MeasureKind.REVENUE: "Online revenue +{p}% within a year",
    MeasureKind.COST_SAVING: "Cost per order -{p}%",
    MeasureKind.SATISFACTION: "Customer satisfaction +{p} points",
    MeasureKind.TRAFFIC: "Site visits +{p}%",
    MeasureKind.NONE: "",
}
_AREA_WEIGHTS = [(BenefitArea.SALES, 30), (BenefitArea.MARKETING, 20),
                 (BenefitArea.CUSTOMER_SERVICE, 15), (BenefitArea.OPERATIONS, 15),
                 (BenefitArea.FINANCE_ADMIN, 8), (BenefitArea.INFRASTRUCTURE, 12)]
# How many prerequisites an initiative asks for (mean 1.49; about 1.3 are found).
_DEPENDENCY_COUNTS = ([0, 1, 2, 3, 4], [20, 35, 27, 12, 6])


@dataclass(frozen=True)
class Shares:
    """How often the generator plants each kind of weak spot (fractions of initiatives)."""

    idea: float = 0.03
    cancelled: float = 0.03
    it_alone: float = 0.10
    it_leads: float = 0.04
    nobody: float = 0.01
    no_sponsor: float = 0.06
    no_budget: float = 0.04
    home_grown: float = 0.05
    no_customer_value: float = 0.06
    broken_dependency: float = 0.04


def horizon_years(n_initiatives: int) -> int:
    """Years of the planning horizon: bigger portfolios plan further ahead (2 to 5)."""
    return 2 if n_initiatives < 500 else 3 if n_initiatives < 3000 else 5


def generate_roadmap(n_initiatives: int, seed: int = 2027, *,
                     shares: Shares | None = None) -> Document:
    """A generated roadmap of `n_initiatives` initiatives; the same seed gives the same rows."""
    if not MIN_INITIATIVES <= n_initiatives <= MAX_INITIATIVES:
        raise ValidationError(
            "initiatives",
            f"{n_initiatives} is out of range ({MIN_INITIATIVES} to {MAX_INITIATIVES:,})")
    builder = _Builder(n_initiatives, random.Random(seed), shares or Shares())
    return builder.build()


class _Builder:
    """Draws every row of one generated roadmap, then bulk-inserts them."""

    def __init__(self, n: int, rng: random.Random, shares: Shares) -> None:
        self.n = n
        self.rng = rng
        self.shares = shares
        self.first_day = dt.date(2027, 1, 1)
        self.last_day = dt.date(2027 + horizon_years(n) - 1, 12, 31)
        # "As of" date that decides done / in progress / planned.
        self.as_of = dt.date(2027, 7, 1)
        self.rows: dict[type, list[dict[str, Any]]] = {}

    # --- building ------------------------------------------------------------

    def build(self) -> Document:
        """Draw all rows, insert them table by table, return the document."""
        doc = Document.in_memory(
            title=f"Generated roadmap ({self.n:,} initiatives)",
            organisation="Generated Retail Group",
            horizon_start=self.first_day, horizon_end=self.last_day,
            currency="EUR", author="Crossroads generator",
            confidentiality="Test data", version="1.0",
        )
        self._departments()
        self._owners()
        self._vendors()
        self._initiatives()
        with doc.engine.begin() as conn:
            for cls in (Department, Owner, Vendor, Initiative, Milestone, Dependency,
                        Participation, VendorUse):
                rows = self.rows.get(cls, [])
                if rows:
                    conn.execute(insert(cls), rows)
        doc.session.expire_all()
        return doc

    def _add(self, cls: type, table: str, row: dict[str, Any]) -> dict[str, Any]:
        """Clean a row with the services' field rules and queue it for insertion."""
        key = row.pop("id")
        cleaned = clean_fields(table, row)
        check_row(table, cleaned)
        cleaned["id"] = key
        self.rows.setdefault(cls, []).append(cleaned)
        return cleaned

    def _departments(self) -> None:
        count = min(len(_DEPARTMENTS), 8 + self.n // 2500)
        self.departments = _DEPARTMENTS[:count]
        self.it_departments: list[int] = []
        self.business_by_area: dict[BenefitArea, list[int]] = {}
        for index, (name, is_it, areas) in enumerate(self.departments):
            key = index + 1
            self._add(Department, "department", {
                "id": key, "name": name, "colour": department_colour(index),
                "is_it": is_it, "benefit_areas": areas,
            })
            if is_it:
                self.it_departments.append(key)
            else:
                for area in areas:
                    self.business_by_area.setdefault(area, []).append(key)
        self.business_departments = sorted(
            {k for keys in self.business_by_area.values() for k in keys})

    def _owners(self) -> None:
        count = max(10, self.n // 8)
        self.owners_by_department: dict[int, list[int]] = {}
        self.executives: list[int] = []
        for index in range(count):
            key = index + 1
            department = index % len(self.departments) + 1
            dept_name = self.departments[department - 1][0]
            executive = index < len(self.departments)
            role = (f"Chief {dept_name} Officer" if executive
                    else self.rng.choice(["Head of", "Lead,", "Manager,"]) + f" {dept_name}")
            first = _FIRST[index % len(_FIRST)]
            last = _LAST[(index // len(_FIRST) + index) % len(_LAST)]
            suffix = f" {index // (len(_FIRST) * len(_LAST)) + 1}" if index >= 600 else ""
            self._add(Owner, "owner", {
                "id": key, "name": f"{first} {last}{suffix}", "role": role,
                "department_id": department,
            })
            self.owners_by_department.setdefault(department, []).append(key)
            if executive:
                self.executives.append(key)

    def _vendors(self) -> None:
        self.vendors_by_category: dict[VendorCategory, list[int]] = {}
        for index, (name, category) in enumerate(_VENDORS):
            key = index + 1
            # Most contracts outlast the horizon; a few end inside it (CR302).
            months = self.rng.randint(6, 12 * horizon_years(self.n) + 24)
            end = _add_days(self.first_day, months * 30)
            self._add(Vendor, "vendor", {
                "id": key, "name": name, "category": category, "contract_end": end,
                "notes": f"Generated {category.english_label.lower()} contract.",
            })
            self.vendors_by_category.setdefault(category, []).append(key)
        self.all_vendors = list(range(1, len(_VENDORS) + 1))

    def _initiatives(self) -> None:
        rng, shares = self.rng, self.shares
        span = (self.last_day - self.first_day).days
        areas = [a for a, _ in _AREA_WEIGHTS]
        weights = [w for _, w in _AREA_WEIGHTS]
        starts = sorted(rng.randrange(0, span - 60) for _ in range(self.n))
        self.ends: dict[int, dt.date] = {}
        self.dated: list[int] = []
        self.dated_starts: list[dt.date] = []
        counters: dict[str, int] = {}
        for index in range(self.n):
            key = index + 1
            area = rng.choices(areas, weights)[0]
            idea = rng.random() < shares.idea
            kind = self._ownership_kind(area)
            title = self._title(area, counters)
            start = end = None
            bucket = None
            if idea:
                bucket = rng.choice(list(Bucket))
                status = Status.IDEA
            else:
                start = _add_days(self.first_day, starts[index])
                # A few runs past the horizon (CR204); the rest end inside it.
                longest = 330 if rng.random() < 0.02 else min(330, span - starts[index])
                end = _add_days(start, rng.randint(30, max(30, longest)))
                status = (Status.CANCELLED if rng.random() < shares.cancelled
                          else Status.DONE if end < self.as_of
                          else Status.IN_PROGRESS if start <= self.as_of
                          else Status.PLANNED)
            measure = self._measure(area)
            capability, sourcing = self._sourcing(area)
            customer_facing = area is not BenefitArea.INFRASTRUCTURE and rng.random() < 0.6
            value = ("" if rng.random() < shares.no_customer_value
                     else f"Customers get better {title.split(' ', 1)[1].lower()}.")
            owner, sponsor, roles = self._people(area, kind)
            self._add(Initiative, "initiative", {
                "id": key, "title": title,
                "description": f"Generated initiative {key}: {title.lower()}.",
                "theme": _THEMES[area], "start": start, "end": end, "bucket": bucket,
                "status": status,
                "health": rng.choices(["green", "amber", "red"], [70, 20, 10])[0],
                "budget": (None if rng.random() < shares.no_budget
                           else max(10_000, int(round(rng.lognormvariate(12.3, 0.8), -4)))),
                "benefit_area": area,
                "success_measure": _MEASURES[measure].format(p=rng.randint(2, 30)),
                "measure_kind": measure, "sourcing": sourcing, "capability": capability,
                "customer_facing": customer_facing,
                "customer_value": value if customer_facing else "",
                "owner_id": owner, "sponsor_id": sponsor, "priority": rng.randint(1, 5),
                "journey_stage": (rng.choice(_STAGES[area]) if area in _STAGES else None),
            })
            for department, role in roles.items():
                self._add(Participation, "participation", {
                    "id": len(self.rows.get(Participation, [])) + 1,
                    "initiative_id": key, "department_id": department, "role": role,
                })
            self._vendor_uses(key, capability)
            if start is not None and end is not None:
                self._milestones(key, start, end)
                self._dependencies(key, start)
                self.dated.append(key)
                self.ends[key] = end
                self.dated_starts.append(start)

    # --- one initiative's parts ---------------------------------------------

    def _ownership_kind(self, area: BenefitArea) -> str:
        roll = self.rng.random()
        s = self.shares
        if roll < s.nobody:
            return "nobody"
        if roll < s.nobody + s.it_alone:
            return "it_alone"
        if roll < s.nobody + s.it_alone + s.it_leads and area is not BenefitArea.INFRASTRUCTURE:
            return "it_leads"
        return "business"

    def _title(self, area: BenefitArea, counters: dict[str, int]) -> str:
        base = (f"{self.rng.choice(_ACTIONS)} {self.rng.choice(_SUBJECTS[area])} "
                f"({self.rng.choice(_MARKETS)})")
        counters[base] = counters.get(base, 0) + 1
        return base if counters[base] == 1 else f"{base}, wave {counters[base]}"

    def _measure(self, area: BenefitArea) -> MeasureKind:
        kinds = {
            BenefitArea.SALES: MeasureKind.REVENUE, BenefitArea.MARKETING: MeasureKind.REVENUE,
            BenefitArea.CUSTOMER_SERVICE: MeasureKind.SATISFACTION,
        }.get(area, MeasureKind.COST_SAVING)
        roll = self.rng.random()
        if roll < 0.06:
            return MeasureKind.TRAFFIC
        if roll < 0.10:
            return MeasureKind.NONE
        return kinds

    def _sourcing(self, area: BenefitArea) -> tuple[VendorCategory, Sourcing]:
        rng = self.rng
        capability = rng.choice(list(VendorCategory))
        if capability in COMMODITY_CATEGORIES:
            commodity_share = len(COMMODITY_CATEGORIES) / len(VendorCategory)
            sourcing = (Sourcing.BUILD if rng.random() < self.shares.home_grown / commodity_share
                        else rng.choice([Sourcing.BUY, Sourcing.PARTNER]))
        else:
            sourcing = rng.choice(list(Sourcing))
        return capability, sourcing

    def _people(self, area: BenefitArea,
                kind: str) -> tuple[int | None, int | None, dict[int, Role]]:
        rng = self.rng
        if kind == "nobody":
            return None, rng.choice(self.executives), {}
        it = rng.choice(self.it_departments)
        sponsor_pool = self.executives
        if kind == "it_alone":
            roles = {it: Role.LEAD}
            other_it = [d for d in self.it_departments if d != it]
            if other_it and rng.random() < 0.5:
                roles[rng.choice(other_it)] = Role.CONTRIBUTOR
            lead = it
            sponsor_pool = [e for e in self.executives if e in self._it_owners()]
        else:
            business = self.business_by_area.get(area) or self.business_departments
            candidate = rng.choice(business)
            if kind == "it_leads":
                roles = {it: Role.LEAD, candidate: Role.CONTRIBUTOR}
                lead = it
            else:
                lead = candidate
                roles = {lead: Role.LEAD, it: Role.ENABLER}
                if rng.random() < 0.5:
                    other = rng.choice(self.business_departments)
                    roles.setdefault(other, Role.CONTRIBUTOR)
        owner = rng.choice(self.owners_by_department[lead])
        sponsor = None if rng.random() < self.shares.no_sponsor else rng.choice(sponsor_pool)
        return owner, sponsor, roles

    def _it_owners(self) -> set[int]:
        return {o for d in self.it_departments for o in self.owners_by_department[d]}

    def _vendor_uses(self, key: int, capability: VendorCategory) -> None:
        rng = self.rng
        if rng.random() >= 0.55:
            return
        chosen = list(self.vendors_by_category.get(capability, []))[:1]
        if rng.random() < 0.4:
            chosen.append(rng.choice(self.all_vendors))
        for vendor in dict.fromkeys(chosen):
            self._add(VendorUse, "vendor_use", {
                "id": len(self.rows.get(VendorUse, [])) + 1,
                "initiative_id": key, "vendor_id": vendor,
            })

    def _milestones(self, key: int, start: dt.date, end: dt.date) -> None:
        length = (end - start).days
        names = ["Design approved", "Pilot live", "Rollout complete"]
        for number in range(self.rng.choice([0, 1, 2, 2, 3, 3])):
            day = _add_days(start, length * (number + 1) // 4)
            self._add(Milestone, "milestone", {
                "id": len(self.rows.get(Milestone, [])) + 1,
                "initiative_id": key, "name": names[number], "date": day,
            })

    def _dependencies(self, key: int, start: dt.date) -> None:
        """Prerequisites among earlier dated initiatives, mostly finished before `start`."""
        rng = self.rng
        if not self.dated:
            return
        wanted = rng.choices(*_DEPENDENCY_COUNTS)[0]
        # Candidates started between 500 and 30 days before: most have ended by `start`.
        low = bisect.bisect_left(self.dated_starts, start - dt.timedelta(days=500))
        high = bisect.bisect_right(self.dated_starts, start - dt.timedelta(days=30))
        if high <= low:
            low, high = 0, len(self.dated)
        chosen: list[int] = []
        for _ in range(wanted * 6):
            if len(chosen) == wanted:
                break
            other = self.dated[rng.randrange(low, high)]
            broken = rng.random() < self.shares.broken_dependency
            if other in chosen or (self.ends[other] >= start and not broken):
                continue
            chosen.append(other)
        for other in chosen:
            self._add(Dependency, "dependency", {
                "id": len(self.rows.get(Dependency, [])) + 1,
                "initiative_id": key, "depends_on_id": other,
            })


def _add_days(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


def summary(doc: Document) -> dict[str, int]:
    """Row counts of a document by table (what `generate` prints)."""
    tables: Sequence[type[Base]] = (Department, Owner, Vendor, Initiative, Milestone, Dependency,
                              Participation, VendorUse)
    return {
        cls.__tablename__: int(doc.session.scalar(select(func.count()).select_from(cls)) or 0)
        for cls in tables
    }
