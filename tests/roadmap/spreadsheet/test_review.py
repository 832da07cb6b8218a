"""The value review: what the import dialog asks the user to confirm, and what it feeds."""

from __future__ import annotations

from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, apply_plan, build_plan
from roadmap.spreadsheet.reading import read_csv_bytes
from roadmap.spreadsheet.review import NEW, review_values, value_mapping

SHEET = (b"Title,Benefit area,Status,Departments,Owner,Vendors\n"
         b"A,Finanse,WIP,Marketng (lead); IT,Ann Lee,Adyen\n"
         b"B,Finance,done,marketing,Ann Lee,adyen\n"
         b"C,xyz,Done,IT,Anne Lee,Shopify\n")


def _doc() -> Document:
    doc = Document.in_memory(title="Plan")
    doc.departments.create(name="Marketing")
    doc.vendors.create(name="Adyen")
    return doc


def test_values_that_are_not_exact_are_listed_with_a_proposal() -> None:
    doc = _doc()
    plan = build_plan(doc, read_csv_bytes(SHEET))
    found = {(c.key, c.text): c for c in review_values(doc, plan)}
    assert set(found) == {("benefit_area", "Finanse"), ("benefit_area", "Finance"),
                          ("benefit_area", "xyz"), ("status", "WIP"),
                          ("departments", "Marketng"), ("departments", "IT"),
                          ("owner", "Ann Lee"), ("owner", "Anne Lee"),
                          ("vendors", "Shopify")}  # exact: done, Done, marketing, Adyen
    finanse = found[("benefit_area", "Finanse")]
    assert finanse.question() == "'Finanse' → Finance and administration?"
    assert (finanse.how, finanse.current, finanse.rows) == ("close", None, [2])
    assert found[("benefit_area", "Finance")].current == "finance_admin"  # a synonym
    assert found[("benefit_area", "xyz")].question() == "'xyz': no close match; choose one"
    marketng = found[("departments", "Marketng")]
    assert (marketng.proposed, marketng.current) == ("Marketing", NEW)
    assert marketng.question() == "'Marketng' → Marketing?"
    assert found[("departments", "IT")].question() == "'IT' → new department?"
    # The name on more rows is proposed for the rarer spelling, never the other way round.
    assert found[("owner", "Anne Lee")].proposed == "Ann Lee"
    assert found[("owner", "Ann Lee")].proposed == NEW
    assert found[("owner", "Ann Lee")].column == "'Owner' (E)"


def test_choices_feed_the_same_value_mappings_as_the_command_line() -> None:
    doc = _doc()
    plan = build_plan(doc, read_csv_bytes(SHEET))
    assert not plan.ok
    found = {(c.key, c.text): c for c in review_values(doc, plan)}
    values = dict(entry for entry in (
        value_mapping(found[("benefit_area", "Finanse")], "finance_admin"),
        value_mapping(found[("benefit_area", "xyz")], "sales"),
        value_mapping(found[("departments", "Marketng")], "Marketing"),
        value_mapping(found[("owner", "Anne Lee")], "Ann Lee"),
        value_mapping(found[("departments", "IT")], NEW)) if entry is not None)
    assert values[("departments", "IT")] == "IT"  # a new name maps to itself
    assert values[("benefit_area", "Finanse")] == "finance_admin"
    plan = build_plan(doc, read_csv_bytes(SHEET), ImportOptions(values=values))
    assert plan.ok, plan.report()
    again = {(c.key, c.text): c for c in review_values(doc, plan)}
    assert again[("benefit_area", "Finanse")].how == "mapped"
    assert again[("departments", "Marketng")].current == "Marketing"
    assert again[("departments", "IT")].current == NEW
    apply_plan(doc, plan)
    assert sorted(d.name for d in doc.departments.all()) == ["IT", "Marketing"]
    assert [o.name for o in doc.owners.all()] == ["Ann Lee"]
