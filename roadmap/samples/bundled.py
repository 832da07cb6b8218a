"""The bundled sample roadmap: built by code, so tests and the app share one truth.

`build_sample()` turns the records of `roadmap.samples.bundled_data` into a document
through the service layer, the same path every user edit takes, so the
sample is checked by the same rules. It is deterministic: fixed dates and
timestamps, no randomness, no "today", and therefore identical ids and rows
on every run. `write_sample(path)` saves it as a .roadmap file; the bundled
copy in resources/samples/ is written by `python main.py sample` and a test
checks it still equals what `build_sample()` gives.
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Any

from roadmap.model.palette import department_colour
from roadmap.model.validation import clean_fields
from roadmap.samples import bundled_data as data
from roadmap.services.changes import Change, RowChange
from roadmap.services.document import Document

SAMPLE_FILE_NAME = "northwind-2027.roadmap"
"""Name of the bundled sample in resources/samples/."""

_LINK_FIELDS = ("key", "owner", "sponsor", "roles", "vendors", "milestones", "depends_on")


def build_sample() -> Document:
    """The Northwind Home & Garden 2027-2028 roadmap, in memory, fully built."""
    doc = Document.in_memory(**clean_fields("roadmap", data.ROADMAP))
    ids: dict[str, dict[str, int]] = {"department": {}, "owner": {}, "vendor": {},
                                      "initiative": {}}

    def created(table: str, key: str, change: Change) -> None:
        ids[table][key] = change.rows[-1].key

    for index, (key, name, is_it, areas) in enumerate(data.DEPARTMENTS):
        created("department", key, doc.departments.create(
            name=name, colour=department_colour(index), is_it=is_it, benefit_areas=areas))
    for key, name, role, department in data.OWNERS:
        created("owner", key, doc.owners.create(
            name=name, role=role,
            department_id=ids["department"][department] if department else None))
    for key, name, category, contract_end, notes in data.VENDORS:
        created("vendor", key, doc.vendors.create(
            name=name, category=category, contract_end=contract_end, notes=notes))

    owner_ids = ids["owner"]
    for record in data.INITIATIVES:
        fields: dict[str, Any] = {k: v for k, v in record.items() if k not in _LINK_FIELDS}
        fields["owner_id"] = owner_ids[record["owner"]] if record["owner"] else None
        fields["sponsor_id"] = owner_ids[record["sponsor"]] if record["sponsor"] else None
        created("initiative", record["key"], doc.initiatives.create(**fields))

    for record in data.INITIATIVES:
        initiative = ids["initiative"][record["key"]]
        for department, role in record["roles"].items():
            doc.participations.set_role(initiative, ids["department"][department], role)
        for vendor in record["vendors"]:
            doc.vendor_uses.link(initiative, ids["vendor"][vendor])
        for name, date in record["milestones"]:
            doc.milestones.create(initiative_id=initiative, name=name, date=date)
        for prerequisite in record["depends_on"]:
            doc.dependencies.link(initiative, ids["initiative"][prerequisite])

    for dependent, prerequisite in data.IMPORTED_DEPENDENCIES:
        _insert_imported_dependency(
            doc, ids["initiative"][dependent], ids["initiative"][prerequisite])

    for code, initiative_key, reason, accepted_by, accepted_at in data.ACCEPTANCES:
        doc.acceptances.accept(
            code, f"initiative:{ids['initiative'][initiative_key]}", reason, accepted_by,
            at=dt.datetime.fromisoformat(accepted_at))

    doc.mark_saved()
    return doc


def _insert_imported_dependency(doc: Document, initiative_id: int, depends_on_id: int) -> None:
    """Add a dependency as a raw row, bypassing the service's cycle check.

    The service refuses links that close a cycle, but a file imported from
    elsewhere can carry one; the sample does too, so the analysis (CR201)
    has a cycle to name.
    """
    key = doc.next_id("dependency")
    row = {"id": key, "initiative_id": initiative_id, "depends_on_id": depends_on_id}
    doc.apply(Change("Import Dependency", (RowChange("dependency", key, None, row),)))


def write_sample(path: Path | str) -> Path:
    """Build the sample and save it as a .roadmap file at `path`; return the path."""
    from roadmap.services.files import save_document

    doc = build_sample()
    try:
        return Path(save_document(doc, Path(path)))
    finally:
        doc.close()


def bundled_sample_path() -> Path:
    """Where the installed copy of the bundled sample file lives."""
    return Path(str(resources.files("resources") / "samples" / SAMPLE_FILE_NAME))
