"""Values as sheets write them: synonyms, codes, labels, suggestions, and the user's mapping."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from roadmap.interop.values import match_value, suggest, suggest_name
from roadmap.model.entities import Department, Initiative
from roadmap.model.enums import BenefitArea, Health, Status
from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, apply_plan, build_plan, read_sheet

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize(("key", "text", "code"), [
    ("benefit_area", "Finance", "finance_admin"), ("benefit_area", "IT", "infrastructure"),
    ("benefit_area", "customer SERVICE", "customer_service"), ("benefit_area", "Ops", "operations"),
    ("benefit_area", "finance_admin", "finance_admin"),
    ("benefit_area", "Finance and administration", "finance_admin"),
    ("status", "WIP", "in_progress"), ("status", "Completed", "done"),
    ("status", "canceled", "cancelled"), ("health", "At risk", "amber"), ("health", "R", "red"),
])
def test_codes_labels_and_synonyms_match_in_any_case(key: str, text: str, code: str) -> None:
    assert match_value(key, text) == code


def test_a_misspelling_is_suggested_never_guessed() -> None:
    assert match_value("benefit_area", "Finanse") is None
    assert suggest("benefit_area", "Finanse") is BenefitArea.FINANCE_ADMIN
    assert suggest("status", "in progres") is Status.IN_PROGRESS
    assert suggest("health", "purple") is None
    assert suggest_name("Marketting", ["Marketing", "Sales"]) == "Marketing"
    assert suggest_name("Legal", ["Marketing", "Sales"]) is None


def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "plan.csv"
    path.write_text("Title,Benefit area,Status,Health,Departments\n"
                    "A,Finance,WIP,At risk,Mktg (lead)\nB,Finanse,Completed,r,IT (enabler)\n"
                    "C,Customer Service,done,G,\n", encoding="utf-8")
    return path


def test_the_preview_offers_the_suggestion_and_refuses_the_row(tmp_path: Path) -> None:
    plan = build_plan(Document.in_memory(), read_sheet(sheet(tmp_path)))
    [problem] = plan.all_problems()
    assert (problem.row, problem.column, problem.text, problem.suggestion) == (
        3, "'Benefit area' (B)", "Finanse", "finance_admin")
    assert str(problem).startswith("Row 3, column 'Benefit area' (B): 'Finanse' → Finance and "
                                   "administration? (not applied until confirmed: --value "
                                   "'Benefit area:Finanse=finance_admin'")
    assert "expected one of sales, marketing" in problem.message


def test_a_value_mapping_applies_to_enumerations_and_names(tmp_path: Path) -> None:
    doc = Document.in_memory()
    options = ImportOptions(values={("benefit_area", "finanse"): "Finance",
                                    ("departments", "MKTG"): "Marketing"})
    plan = build_plan(doc, read_sheet(sheet(tmp_path)), options)
    assert plan.ok, plan.report()
    apply_plan(doc, plan)
    a, b, c = doc.all(Initiative)
    assert (a.benefit_area, a.status, a.health) == (BenefitArea.FINANCE_ADMIN,
                                                    Status.IN_PROGRESS, Health.AMBER)
    assert (b.benefit_area, b.status, b.health) == (BenefitArea.FINANCE_ADMIN, Status.DONE,
                                                    Health.RED)
    assert c.benefit_area is BenefitArea.CUSTOMER_SERVICE
    assert sorted(d.name for d in doc.all(Department)) == ["IT", "Marketing"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, check=False)


def test_the_cli_takes_value_mappings_and_refuses_until_given(tmp_path: Path) -> None:
    path, target = sheet(tmp_path), tmp_path / "plan.roadmap"
    refused = run("import", str(target), str(path))
    assert refused.returncode == 1 and not target.exists()
    assert "'Finanse' → Finance and administration?" in refused.stdout
    done = run("import", str(target), str(path), "--value", "Benefit area:Finanse=finance",
               "--value", "departments:mktg=Marketing")
    assert done.returncode == 0, done.stdout + done.stderr
    bad = run("import", str(target), str(path), "--value", "Nowhere:x=y")
    assert bad.returncode == 2 and "'Nowhere' is not a column the import reads" in bad.stderr


def test_the_cli_names_ambiguous_rows_and_the_options(tmp_path: Path) -> None:
    path = tmp_path / "dates.csv"
    path.write_text("Title,Start,End\nA,03/04/2027,05/06/2027\nB,2027-01-01,2027-02-01\n"
                    "C,01/02/2027,02/03/2027\n", encoding="utf-8")
    refused = run("import", str(tmp_path / "d.roadmap"), str(path))
    assert refused.returncode == 1
    assert "ambiguous on rows 2, 4: run again with --day-first (3 April) or --month-first" \
        in refused.stdout
    assert run("import", str(tmp_path / "d.roadmap"), str(path), "--day-first").returncode == 0
