"""The bundled import template: written by `write_templates`, read back by the real importer.

A user's first import starts from resources/templates; if the committed files
drifted from what the exporter writes, or did not import cleanly, the first
thing a user tries would fail.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from roadmap.model.entities import Department, Initiative, Owner, Vendor
from roadmap.model.enums import Role, Status
from roadmap.services.document import Document
from roadmap.spreadsheet import apply_plan, build_plan, read_sheet
from roadmap.spreadsheet.template import NAMES, write_templates

COMMITTED = Path(__file__).resolve().parents[3] / "resources" / "templates"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("templates")
    paths = write_templates(folder)
    return {path.name: path for path in paths}


def test_write_templates_writes_both_files_into_the_folder(written: dict[str, Path]) -> None:
    assert sorted(written) == sorted(NAMES)
    for path in written.values():
        assert path.parent.name.startswith("templates") and path.stat().st_size > 0


@pytest.mark.parametrize("name", NAMES)
def test_each_template_imports_cleanly_into_an_empty_roadmap(
        written: dict[str, Path], name: str) -> None:
    doc = Document.in_memory()
    plan = build_plan(doc, read_sheet(written[name]))
    assert plan.ok, plan.report()
    assert (plan.to_add, plan.to_update) == (3, 0)
    apply_plan(doc, plan)
    by_title = {i.title: i for i in doc.all(Initiative)}
    assert sorted(by_title) == ["Loyalty programme", "New commerce platform",
                                "One-page checkout"]
    platform, checkout = by_title["New commerce platform"], by_title["One-page checkout"]
    loyalty = by_title["Loyalty programme"]
    assert (platform.start, platform.end) == (dt.date(2027, 1, 4), dt.date(2027, 6, 30))
    assert platform.budget == 1_200_000 and platform.status is Status.PLANNED
    assert loyalty.start is None and loyalty.bucket == "later"
    assert sorted(doc.dependencies.pairs()) == sorted([(checkout.id, platform.id),
                                                      (loyalty.id, checkout.id)])
    roles = {p.department.name: p.role for p in platform.participations}
    assert roles == {"E-commerce & Sales": Role.LEAD, "IT": Role.ENABLER}
    assert [(m.name, m.date) for m in platform.milestones] == [
        ("Pilot", dt.date(2027, 4, 1)), ("Go-live", dt.date(2027, 6, 30))]
    assert {d.name: d.is_it for d in doc.all(Department)} == {
        "E-commerce & Sales": False, "Marketing": False, "IT": True}
    assert platform.owner is not None and platform.owner.name == "Anna Berger"
    assert len(doc.all(Owner)) == 3
    assert sorted(v.name for v in doc.all(Vendor)) == ["Adyen", "Shopify Plus"]
    doc.close()


def test_committed_csv_template_is_byte_for_byte_what_write_templates_writes(
        written: dict[str, Path]) -> None:
    name = "initiatives-template.csv"
    assert (COMMITTED / name).read_bytes() == written[name].read_bytes(), (
        "run `python -m roadmap.spreadsheet.template resources/templates`")


def test_committed_xlsx_template_holds_the_cells_write_templates_writes(
        written: dict[str, Path]) -> None:
    # A workbook stores its creation time, so the bytes differ; the cells must not.
    name = "initiatives-template.xlsx"
    committed, fresh = read_sheet(COMMITTED / name), read_sheet(written[name])
    assert committed.headers == fresh.headers
    assert committed.rows == fresh.rows, (
        "run `python -m roadmap.spreadsheet.template resources/templates`")
