"""The bundled import template: a few example initiatives showing every column.

resources/templates/initiatives-template.csv and .xlsx are written by
`write_templates` (run `python -m roadmap.spreadsheet.template FOLDER`),
so the template always has the exact shape the exporter writes and the
importer reads; a test checks that it imports cleanly.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from roadmap.model.enums import (
    BenefitArea,
    Health,
    JourneyStage,
    MeasureKind,
    Role,
    Sourcing,
    Status,
    VendorCategory,
)
from roadmap.services.document import Document

from .export import export_sheet

NAMES = ("initiatives-template.csv", "initiatives-template.xlsx")


def template_document() -> Document:
    """Three linked example initiatives, with departments, people, vendors and milestones."""
    doc = Document.in_memory(title="Import template")
    sales = doc.departments.create(name="E-commerce & Sales").rows[0].key
    marketing = doc.departments.create(name="Marketing").rows[0].key
    it = doc.departments.create(name="IT", is_it=True).rows[0].key
    anna = doc.owners.create(name="Anna Berger", role="Head of E-commerce").rows[0].key
    marc = doc.owners.create(name="Marc Laurent", role="CMO").rows[0].key
    ceo = doc.owners.create(name="Claire Dubois", role="CEO").rows[0].key
    shop = doc.vendors.create(name="Shopify Plus",
                              category=VendorCategory.COMMERCE_PLATFORM).rows[0].key
    adyen = doc.vendors.create(name="Adyen", category=VendorCategory.PAYMENTS).rows[0].key
    platform = doc.initiatives.create(
        title="New commerce platform", description="Replace the home-grown shop.",
        theme="Platform", start=dt.date(2027, 1, 4), end=dt.date(2027, 6, 30),
        status=Status.PLANNED, health=Health.GREEN, budget=1_200_000,
        benefit_area=BenefitArea.SALES, success_measure="Online revenue +15% in 12 months",
        measure_kind=MeasureKind.REVENUE, sourcing=Sourcing.BUY,
        capability=VendorCategory.COMMERCE_PLATFORM, customer_facing=True,
        customer_value="Faster, mobile-friendly shopping", owner_id=anna, sponsor_id=ceo,
        priority=1, journey_stage=JourneyStage.BROWSE).rows[0].key
    checkout = doc.initiatives.create(
        title="One-page checkout", theme="Checkout", start=dt.date(2027, 7, 1),
        end=dt.date(2027, 10, 29), status=Status.IDEA, health=Health.AMBER, budget=250_000,
        benefit_area=BenefitArea.SALES, success_measure="Checkout conversion from 2.1% to 2.6%",
        measure_kind=MeasureKind.REVENUE, sourcing=Sourcing.PARTNER,
        capability=VendorCategory.PAYMENTS, customer_facing=True,
        customer_value="Pay in one step, with the wallet they already use", owner_id=anna,
        sponsor_id=ceo, priority=2, journey_stage=JourneyStage.CART_CHECKOUT).rows[0].key
    loyalty = doc.initiatives.create(
        title="Loyalty programme", description="Points and member prices.", theme="Loyalty",
        status=Status.IDEA, bucket=None, benefit_area=BenefitArea.MARKETING,
        success_measure="Repeat purchase rate +5 points", measure_kind=MeasureKind.REVENUE,
        owner_id=marc, sponsor_id=ceo, priority=3,
        journey_stage=JourneyStage.SERVICE).rows[0].key
    doc.initiatives.update(loyalty, bucket="later")
    for key, department, role in ((platform, sales, Role.LEAD), (platform, it, Role.ENABLER),
                                  (checkout, sales, Role.LEAD), (checkout, it, Role.ENABLER),
                                  (loyalty, marketing, Role.LEAD),
                                  (loyalty, sales, Role.CONTRIBUTOR)):
        doc.participations.set_role(key, department, role)
    doc.vendor_uses.link(platform, shop)
    doc.vendor_uses.link(checkout, adyen)
    doc.dependencies.link(checkout, platform)
    doc.dependencies.link(loyalty, checkout)
    doc.milestones.create(initiative_id=platform, name="Pilot", date=dt.date(2027, 4, 1))
    doc.milestones.create(initiative_id=platform, name="Go-live", date=dt.date(2027, 6, 30))
    return doc


def write_templates(folder: Path) -> list[Path]:
    """Write the CSV and .xlsx templates into `folder`; return their paths."""
    doc = template_document()
    paths = [folder / name for name in NAMES]
    for path in paths:
        export_sheet(doc, path)
    doc.close()
    return paths


if __name__ == "__main__":
    for written in write_templates(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(f"wrote {written}")
