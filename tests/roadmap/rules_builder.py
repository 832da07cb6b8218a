"""A small builder of roadmaps for the analysis tests: a clean baseline, then one flaw at a time.

`RoadmapBuilder().initiative("Checkout")` makes an initiative no rule
complains about (Sales leads it, a Sales owner and sponsor, a budget, a
revenue measure, bought, inside the horizon); tests then change one field
or link and check that exactly the expected rule fires.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from roadmap.analysis import Analysis, Finding, analyse
from roadmap.model.enums import BenefitArea, MeasureKind, Role, Sourcing, Status, VendorCategory
from roadmap.services.document import Document

D = dt.date
HORIZON = (D(2027, 1, 1), D(2028, 12, 31))


class RoadmapBuilder:
    """Builds an in-memory roadmap through the service layer, with sensible defaults."""

    def __init__(self, **roadmap: Any) -> None:
        fields = {"title": "Test roadmap", "horizon_start": HORIZON[0],
                  "horizon_end": HORIZON[1], **roadmap}
        self.doc = Document.in_memory(**fields)
        self.sales = self.department("Sales", areas=(BenefitArea.SALES,))
        self.it = self.department("IT", it=True, areas=(BenefitArea.INFRASTRUCTURE,))
        self.seller = self.person("Sam Seller", self.sales)
        self.chief = self.person("Cleo Chief", self.sales)
        self.techie = self.person("Ivo Tech", self.it)

    def department(self, name: str, *, it: bool = False,
                   areas: tuple[BenefitArea, ...] = ()) -> int:
        """Add a department; returns its id."""
        change = self.doc.departments.create(name=name, is_it=it, benefit_areas=areas)
        return change.rows[-1].key

    def person(self, name: str, department: int | None = None) -> int:
        """Add an owner (a person); returns the id."""
        return self.doc.owners.create(name=name, department_id=department).rows[-1].key

    def vendor(self, name: str, category: VendorCategory = VendorCategory.OTHER,
               contract_end: dt.date | None = None) -> int:
        """Add a vendor; returns the id."""
        return self.doc.vendors.create(
            name=name, category=category, contract_end=contract_end).rows[-1].key

    def initiative(self, title: str, *, lead: int | bool | None = True,
                   **fields: Any) -> int:
        """Add a clean initiative (overridable fields); `lead` True: Sales leads it."""
        values: dict[str, Any] = {
            "start": D(2027, 3, 1), "end": D(2027, 8, 31), "status": Status.PLANNED,
            "budget": 100_000, "benefit_area": BenefitArea.SALES,
            "success_measure": "Online revenue +5% within a year",
            "measure_kind": MeasureKind.REVENUE, "sourcing": Sourcing.BUY,
            "capability": VendorCategory.COMMERCE_PLATFORM,
            "customer_facing": True, "customer_value": "Faster checkout",
            "owner_id": self.seller, "sponsor_id": self.chief,
        }
        values.update(fields)
        key = self.doc.initiatives.create(title=title, **values).rows[-1].key
        if lead is True:
            self.role(key, self.sales, Role.LEAD)
        elif isinstance(lead, int) and lead is not False:
            self.role(key, lead, Role.LEAD)
        return key

    def role(self, initiative: int, department: int, role: Role) -> None:
        """Involve a department in an initiative."""
        self.doc.participations.set_role(initiative, department, role)

    def depends(self, initiative: int, *prerequisites: int) -> None:
        """Make `initiative` depend on each prerequisite."""
        for other in prerequisites:
            self.doc.dependencies.link(initiative, other)

    def analyse(self, **kwargs: Any) -> Analysis:
        """Analyse the roadmap as built so far."""
        return analyse(self.doc, **kwargs)


def codes(analysis: Analysis, initiative_id: int | None = None) -> set[str]:
    """The codes found (about one initiative's subject when given)."""
    return {
        f.code for f in analysis.findings
        if initiative_id is None or f.subject == f"initiative:{initiative_id}"
    }


def only(analysis: Analysis, code: str) -> Finding:
    """The single finding of a code (fails when there is not exactly one)."""
    found = analysis.by_code(code)
    assert len(found) == 1, [f.subject for f in found]
    return found[0]
