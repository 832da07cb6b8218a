"""Roadmaps for storage tests: a small one built through the services, a big one in bulk.

`small_roadmap()` touches every table through the service layer, so a
round-trip through a file exercises every column type. `bulk_roadmap(n)`
inserts rows directly (fast) to time opening a file of realistic size.
"""

from __future__ import annotations

import datetime as dt
import random

from roadmap.model.entities import (
    Acceptance,
    Decision,
    Department,
    Dependency,
    Initiative,
    Milestone,
    NodePosition,
    Owner,
    Participation,
    Setting,
    Vendor,
    VendorUse,
)
from roadmap.model.enums import (
    BenefitArea,
    Bucket,
    Health,
    JourneyStage,
    MeasureKind,
    Role,
    Sourcing,
    Status,
    VendorCategory,
)
from roadmap.model.keys import NodeKey
from roadmap.services.document import Document

START = dt.date(2027, 1, 1)
AT = dt.datetime(2026, 11, 2, 9, 30)


def small_roadmap() -> Document:
    """A document with rows in every table, built through the service layer."""
    doc = Document.in_memory(title="R&D <beta> roadmap", organisation="Northwind",
                             horizon_start=START, horizon_end=dt.date(2028, 12, 31))
    it = doc.departments.create(name="IT", is_it=True,
                                benefit_areas=[BenefitArea.INFRASTRUCTURE]).rows[0].key
    sales = doc.departments.create(name="Sales", colour="#EE6677",
                                   benefit_areas="sales,marketing").rows[0].key
    cio = doc.owners.create(name="Ada CIO", role="CIO", department_id=it).rows[0].key
    cso = doc.owners.create(name="Bo Sales", role="CSO", department_id=sales).rows[0].key
    shop = doc.vendors.create(name="Shopify", category=VendorCategory.COMMERCE_PLATFORM,
                              contract_end=dt.date(2028, 6, 30), notes="Plus plan").rows[0].key
    first = doc.initiatives.create(
        title="Replatform storefront", description="Move to a hosted platform",
        theme="Platform", start=START, end=dt.date(2027, 6, 30), status=Status.IN_PROGRESS,
        health=Health.AMBER, budget=1_200_000, benefit_area=BenefitArea.SALES,
        success_measure="Conversion +1 pt", measure_kind=MeasureKind.REVENUE,
        sourcing=Sourcing.BUY, capability=VendorCategory.COMMERCE_PLATFORM,
        customer_facing=True, customer_value="Faster checkout", owner_id=cso,
        sponsor_id=cio, priority=1, journey_stage=JourneyStage.CART_CHECKOUT,
    ).rows[0].key
    second = doc.initiatives.create(
        title="Loyalty programme", start=dt.date(2027, 7, 1), end=dt.date(2027, 12, 31),
        owner_id=cio,
    ).rows[0].key
    doc.initiatives.create(title="Voice search", bucket=Bucket.LATER, status=Status.IDEA)
    doc.milestones.create(initiative_id=first, name="Go live", date=dt.date(2027, 6, 1))
    doc.dependencies.link(second, first)
    doc.participations.set_role(first, sales, Role.LEAD)
    doc.participations.set_role(first, it, Role.ENABLER)
    doc.vendor_uses.link(first, shop)
    doc.settings.put("CR301.max_overlapping", 3)
    doc.acceptances.accept("CR104", f"initiative:{second}", "Funded from run budget",
                           "Ada CIO", at=AT)
    doc.positions.place("graph", {NodeKey.initiative(first): (10.5, -3.25)})
    doc.decisions.record("Go with Shopify Plus", "Add Vendor", first, at=AT)
    return doc


def bulk_roadmap(initiatives: int = 2000, seed: int = 7) -> Document:
    """A document of realistic size, inserted directly: about 1.3 dependencies,
    2.5 participations and 1.5 milestones per initiative."""
    rng = random.Random(seed)
    doc = Document.in_memory(title=f"Bulk {initiatives}", horizon_start=START,
                             horizon_end=dt.date(2029, 12, 31))
    departments = [
        {"id": k, "name": f"Department {k}", "colour": "#4477AA", "is_it": k <= 2,
         "benefit_areas": (rng.choice(list(BenefitArea)),)}
        for k in range(1, 13)
    ]
    owners = [{"id": k, "name": f"Owner {k}", "role": "Head", "department_id": 1 + k % 12}
              for k in range(1, 61)]
    vendors = [{"id": k, "name": f"Vendor {k}", "category": rng.choice(list(VendorCategory)),
                "contract_end": START + dt.timedelta(days=rng.randrange(900)), "notes": ""}
               for k in range(1, 21)]
    rows = []
    for k in range(1, initiatives + 1):
        start = START + dt.timedelta(days=rng.randrange(700))
        rows.append({
            "id": k, "title": f"Initiative {k}", "description": "Lorem ipsum " * 5,
            "theme": f"Theme {k % 9}", "start": start,
            "end": start + dt.timedelta(days=rng.randrange(30, 300)), "bucket": None,
            "status": rng.choice(list(Status)), "health": rng.choice(list(Health)),
            "budget": rng.choice([None, rng.randrange(10_000, 2_000_000)]),
            "benefit_area": rng.choice(list(BenefitArea)), "success_measure": "Revenue",
            "measure_kind": rng.choice(list(MeasureKind)),
            "sourcing": rng.choice(list(Sourcing)), "capability": None,
            "customer_facing": rng.random() < 0.5, "customer_value": "",
            "owner_id": rng.randrange(1, 61), "sponsor_id": rng.randrange(1, 61),
            "priority": rng.randrange(1, 6), "journey_stage": rng.choice(list(JourneyStage)),
        })
    pairs = {(k, rng.randrange(1, k)) for k in rng.choices(range(2, initiatives + 1),
                                                          k=int(initiatives * 1.3))}
    roles = {(k, d): rng.choice(list(Role)) for k in range(1, initiatives + 1)
             for d in rng.sample(range(1, 13), rng.choice([2, 2, 3]))}
    uses = {(k, rng.randrange(1, 21)) for k in range(1, initiatives + 1)}
    with doc.engine.begin() as conn:
        conn.execute(Department.__table__.insert(), departments)
        conn.execute(Owner.__table__.insert(), owners)
        conn.execute(Vendor.__table__.insert(), vendors)
        conn.execute(Initiative.__table__.insert(), rows)
        conn.execute(Milestone.__table__.insert(), [
            {"id": n, "initiative_id": 1 + n % initiatives, "name": f"M{n}",
             "date": START + dt.timedelta(days=n % 700)}
            for n in range(1, int(initiatives * 1.5) + 1)
        ])
        conn.execute(Dependency.__table__.insert(), [
            {"id": n, "initiative_id": a, "depends_on_id": b}
            for n, (a, b) in enumerate(sorted(pairs), start=1)
        ])
        conn.execute(Participation.__table__.insert(), [
            {"id": n, "initiative_id": k, "department_id": d, "role": role}
            for n, ((k, d), role) in enumerate(sorted(roles.items()), start=1)
        ])
        conn.execute(VendorUse.__table__.insert(), [
            {"id": n, "initiative_id": k, "vendor_id": v}
            for n, (k, v) in enumerate(sorted(uses), start=1)
        ])
        conn.execute(Setting.__table__.insert(), [{"id": 1, "key": "CR303.max_share",
                                                   "value": "40"}])
        conn.execute(Acceptance.__table__.insert(), [
            {"id": 1, "code": "CR104", "subject": "initiative:1", "reason": "ok",
             "accepted_by": "", "accepted_at": AT}])
        conn.execute(NodePosition.__table__.insert(), [
            {"id": 1, "layout": "graph", "node": "initiative:1", "x": 1.0, "y": 2.0}])
        conn.execute(Decision.__table__.insert(), [
            {"id": 1, "text": "Go", "change": "", "initiative_id": 1, "made_at": AT}])
    return doc
