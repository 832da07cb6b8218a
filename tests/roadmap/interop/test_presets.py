"""Planning tools' CSV exports import without mapping columns.

Jira, MS Project, Aha! and ProductPlan, each from a realistic export the test writes.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from main import main
from roadmap.interop.presets import PRESETS, detect, preset_by_name
from roadmap.model.entities import Dependency, Initiative
from roadmap.model.enums import Status
from roadmap.services.files import new_document, open_document
from roadmap.spreadsheet import ImportOptions, ImportPlan, apply_plan, build_plan, read_sheet


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Working copies go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """Write rows as a CSV file the way the tools do (UTF-8, comma-separated)."""
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream).writerows(rows)
    return path


def plan_of(path: Path, options: ImportOptions | None = None) -> ImportPlan:
    """The import plan for `path` against a new, empty roadmap."""
    return build_plan(new_document(title="t"), read_sheet(path), options)


LINKS: dict[str, set[str]] = {}
"""The titles each imported initiative depends on, filled by `imported`."""


def imported(path: Path, options: ImportOptions | None = None) -> dict[str, Initiative]:
    """Import `path` into a new roadmap; its initiatives by title (links in LINKS)."""
    doc = new_document(title="t")
    plan = build_plan(doc, read_sheet(path), options)
    assert plan.ok, plan.report()
    apply_plan(doc, plan)
    by_id = {i.id: i for i in doc.all(Initiative)}
    LINKS.clear()
    for link in doc.all(Dependency):
        LINKS.setdefault(by_id[link.initiative_id].title, set()).add(
            by_id[link.depends_on_id].title)
    return {i.title: i for i in by_id.values()}


def depends(initiative: Initiative) -> set[str]:
    """The titles an initiative depends on, in the roadmap last imported."""
    return LINKS.get(initiative.title, set())


JIRA_HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
               "Project name", "Priority", "Assignee", "Reporter", "Created", "Due date",
               "Description", "Component/s", "Component/s", "Labels", "Parent",
               "Custom field (Start date)", "Custom field (Team)",
               "Inward issue link (Blocks)", "Inward issue link (Blocks)",
               "Outward issue link (Blocks)", "Inward issue link (Relates)"]
JIRA_ROWS = [
    ["Checkout revamp", "SHOP-1", "10001", "Epic", "In Progress", "SHOP", "Shop", "High",
     "Ana Ruiz", "Ben Ode", "01/Dec/26 9:15 AM", "30/Jun/27 12:00 AM", "", "", "", "", "",
     "01/Jan/27", "", "", "", "", ""],
    ["Payment provider switch", "SHOP-2", "10002", "Story", "To Do", "SHOP", "Shop", "Highest",
     "Ana Ruiz", "Ben Ode", "01/Dec/26 9:20 AM", "31/Mar/27 12:00 AM", "Move to Adyen",
     "Payments", "Backend", "q1", "10001", "04/Jan/27", "Payments", "", "", "SHOP-3", ""],
    ["One-page checkout", "SHOP-3", "10003", "Story", "Backlog", "SHOP", "Shop", "Medium",
     "Carl Lind", "Ben Ode", "02/Dec/26 10:00 AM", "30/Jun/27 12:00 AM", "", "Frontend", "",
     "", "10001", "01/Apr/27", "Web", "", "", "SHOP-4", "SHOP-2"],
    ["Loyalty points", "SHOP-4", "10004", "Story", "Done", "SHOP", "Shop", "Low",
     "Dana Pike", "Ben Ode", "02/Dec/26 11:00 AM", "15/Sep/27 12:00 AM", "", "", "", "", "",
     "01/Jul/27", "Web", "SHOP-2", "", "", ""],
]


def test_jira_export_is_recognised_and_imported(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "jira.csv", [JIRA_HEADER, *JIRA_ROWS])
    plan = plan_of(path)
    report = plan.report()
    assert "Recognised a Jira export" in report
    assert "theme of the rows under them" in report  # the epic with children is a theme
    by_title = imported(path)
    assert set(by_title) == {"Payment provider switch", "One-page checkout", "Loyalty points"}
    switch, one_page, loyalty = (by_title[t] for t in (
        "Payment provider switch", "One-page checkout", "Loyalty points"))
    assert switch.theme == "Checkout revamp" and one_page.theme == "Checkout revamp"
    assert (switch.start, switch.end) == (dt.date(2027, 1, 4), dt.date(2027, 3, 31))
    assert switch.status is Status.PLANNED and loyalty.status is Status.DONE
    assert one_page.status is Status.IDEA
    assert switch.priority == 1 and loyalty.priority == 4
    assert switch.owner is not None and switch.owner.name == "Ana Ruiz"
    assert {p.department.name for p in switch.participations} == {"Payments"}
    # SHOP-2 blocks SHOP-3 (outward), SHOP-2 blocks SHOP-4 (inward on SHOP-4),
    # SHOP-3 blocks SHOP-4 (outward on SHOP-3); the 'Relates' link is not a dependency.
    assert depends(one_page) == {"Payment provider switch"}
    assert depends(loyalty) == {"Payment provider switch", "One-page checkout"}
    assert depends(switch) == set()


def test_jira_link_to_an_issue_not_in_the_sheet_is_reported_by_row_and_column(
        tmp_path: Path) -> None:
    rows = [list(r) for r in JIRA_ROWS]
    rows[3][19] = "SHOP-99"
    rows[2][11] = "31/Feb/27 12:00 AM"
    plan = plan_of(write_csv(tmp_path / "jira.csv", [JIRA_HEADER, *rows]))
    assert not plan.ok
    problems = {(p.row, p.column): p.message for p in plan.all_problems()}
    assert any("SHOP-99" in m and "neither a title" in m for m in problems.values())
    link = next(k for k, m in problems.items() if "SHOP-99" in m)
    assert link == (5, "'Inward issue link (Blocks)' (T)")
    due = next(k for k, m in problems.items() if "31/Feb/27" in m)
    assert due == (4, "'Due date' (L)")


MSP_HEADER = ["ID", "Unique ID", "Name", "Duration", "Start", "Finish", "Predecessors",
              "Outline Level", "Summary", "Resource Names", "% Complete", "Notes"]
MSP_ROWS = [
    ["1", "1", "Digital platform", "130 days", "Mon 1/4/27", "Fri 7/2/27", "", "1", "Yes",
     "", "20%", ""],
    ["2", "2", "Cloud landing zone", "40 days", "Mon 1/4/27", "Fri 2/26/27", "", "2", "No",
     "Eva Stone[50%],Finn Roe", "100%", "AWS accounts"],
    ["3", "3", "Data warehouse", "60 days", "Mon 3/1/27", "Fri 5/21/27", "2FS+5 days", "2",
     "No", "Gus Hale", "0%", ""],
    ["4", "4", "Customer apps", "100 days", "Mon 3/1/27", "Fri 7/16/27", "", "1", "Yes", "",
     "0%", ""],
    ["5", "5", "Mobile app", "70 days", "January 3, 2027 8:00 AM",
     "April 9, 2027 5:00 PM", "2,3SS", "2", "No", "Hana Kim", "0%", ""],
    ["6", "6", "Go-live", "0 days", "Fri 7/16/27", "Fri 7/16/27", "5;1", "2", "No", "", "0%",
     ""],
]


def test_ms_project_export_summary_tasks_become_themes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "msp.csv", [MSP_HEADER, *MSP_ROWS])
    assert "Recognised a MS Project export" in plan_of(path).report()
    by_title = imported(path)
    assert set(by_title) == {"Cloud landing zone", "Data warehouse", "Mobile app", "Go-live"}
    cloud, warehouse, mobile, live = (by_title[t] for t in (
        "Cloud landing zone", "Data warehouse", "Mobile app", "Go-live"))
    assert cloud.theme == "Digital platform" and mobile.theme == "Customer apps"
    assert (cloud.start, cloud.end) == (dt.date(2027, 1, 4), dt.date(2027, 2, 26))
    assert (mobile.start, mobile.end) == (dt.date(2027, 1, 3), dt.date(2027, 4, 9))
    assert cloud.owner is not None and cloud.owner.name == "Eva Stone"
    assert cloud.description == "AWS accounts"
    assert depends(warehouse) == {"Cloud landing zone"}
    assert depends(mobile) == {"Cloud landing zone", "Data warehouse"}
    assert depends(live) == {"Mobile app"}  # the link to summary task 1 is left out


def test_ms_project_bad_predecessor_and_wrong_weekday_are_reported(tmp_path: Path) -> None:
    rows = [list(r) for r in MSP_ROWS]
    rows[2][6] = "17"
    rows[1][5] = "Thu 2/26/27"  # 26 February 2027 is a Friday
    plan = plan_of(write_csv(tmp_path / "msp.csv", [MSP_HEADER, *rows]))
    problems = {(p.row, p.column): p.message for p in plan.all_problems()}
    assert "'17' is neither a title" in problems[(4, "'Predecessors' (G)")]
    assert "weekday does not match" in problems[(3, "'Finish' (F)")]


def test_outward_links_to_other_issues_and_unset_dates(tmp_path: Path) -> None:
    rows = [list(r) for r in JIRA_ROWS]
    rows[3][21] = "OPS-7"  # Loyalty points blocks an issue of another project
    plan = plan_of(write_csv(tmp_path / "jira.csv", [JIRA_HEADER, *rows]))
    assert plan.ok, plan.report()
    assert "1 link(s) to rows this sheet does not hold" in plan.report()
    msp = [list(r) for r in MSP_ROWS]
    msp[5][4] = msp[5][5] = "NA"  # MS Project's unscheduled task
    by_title = imported(write_csv(tmp_path / "msp.csv", [MSP_HEADER, *msp]))
    assert by_title["Go-live"].start is None and by_title["Go-live"].end is None


AHA_HEADER = ["Feature reference #", "Feature name", "Feature status", "Release name",
              "Feature start date", "Feature due date", "Assigned to", "Feature tags",
              "Initiative name"]
AHA_ROWS = [
    ["SHOP-12", "Guest checkout", "In development", "2027 Q1", "2027-01-11", "2027-03-26",
     "Ana Ruiz", "checkout", "Frictionless checkout"],
    ["SHOP-13", "Saved carts", "Ready to develop", "2027 Q2", "2027-04-05", "2027-06-25",
     "Carl Lind", "", "Frictionless checkout"],
    ["SHOP-14", "Gift cards", "Shipped", "2027 Q1", "2027-01-04", "2027-02-19", "", "", ""],
    ["SHOP-15", "Voice search", "Will not implement", "Parking lot", "", "", "", "", ""],
]


def test_aha_export_imports_statuses_releases_and_owners(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "aha.csv", [AHA_HEADER, *AHA_ROWS])
    assert "Recognised a Aha! export" in plan_of(path).report()
    by_title = imported(path)
    assert len(by_title) == 4
    guest = by_title["Guest checkout"]
    assert guest.status is Status.IN_PROGRESS and guest.theme == "Frictionless checkout"
    assert (guest.start, guest.end) == (dt.date(2027, 1, 11), dt.date(2027, 3, 26))
    assert guest.owner is not None and guest.owner.name == "Ana Ruiz"
    assert by_title["Saved carts"].status is Status.PLANNED
    assert by_title["Gift cards"].status is Status.DONE
    assert by_title["Voice search"].status is Status.CANCELLED
    # Without an initiative column, the release is the theme.
    rows = [r[:-1] for r in [AHA_HEADER, *AHA_ROWS]]
    by_title = imported(write_csv(tmp_path / "aha-releases.csv", rows))
    assert by_title["Guest checkout"].theme == "2027 Q1"


PP_HEADER = ["Lane", "Container", "Bar name", "Description", "Start Date", "End Date",
             "Legend", "Percent Complete", "Tags", "Budget"]
PP_ROWS = [
    ["Commerce", "", "Marketplace launch", "Third-party sellers", "01/11/2027", "06/30/2027",
     "In Progress", "10", "growth", "€250k"],
    ["Commerce", "", "Returns portal", "", "03/01/2027", "05/28/2027", "Planned", "0", "", ""],
    ["Data", "", "Customer 360", "", "02/01/2027", "09/30/2027", "Planned", "0", "", "1,200,000"],
]


def test_productplan_export_lanes_become_themes(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "pp.csv", [PP_HEADER, *PP_ROWS])
    assert "Recognised a ProductPlan export" in plan_of(path).report()
    by_title = imported(path)
    market = by_title["Marketplace launch"]
    assert market.theme == "Commerce" and by_title["Customer 360"].theme == "Data"
    assert (market.start, market.end) == (dt.date(2027, 1, 11), dt.date(2027, 6, 30))
    assert market.status is Status.IN_PROGRESS
    assert market.description == "Third-party sellers"
    assert market.budget == 250_000  # a column the tool lacks is matched as in any sheet
    assert by_title["Customer 360"].budget == 1_200_000


def test_dates_with_weekdays_and_clock_times() -> None:
    from roadmap.spreadsheet.dates import read_date, resolve

    assert resolve(read_date("Mon 3/1/27"), None) == dt.date(2027, 3, 1)  # Monday 1 March
    assert resolve(read_date("Sun 3/1/27"), None) == dt.date(2027, 1, 3)  # Sunday 3 January
    assert resolve(read_date("January 3, 2027 8:00 AM"), None) == dt.date(2027, 1, 3)
    assert resolve(read_date("15/Mar/27 9:00 AM"), None) == dt.date(2027, 3, 15)
    assert resolve(read_date("2027-03-01 10:30"), None) == dt.date(2027, 3, 1)
    with pytest.raises(ValueError, match="weekday does not match"):
        read_date("Tue 3/1/27")


def test_detect_names_one_preset_or_none() -> None:
    assert detect(JIRA_HEADER) is PRESETS["jira"]
    assert detect(MSP_HEADER) is PRESETS["msproject"]
    assert detect(AHA_HEADER) is PRESETS["aha"]
    assert detect(PP_HEADER) is PRESETS["productplan"]
    assert detect(["Title", "Start", "End", "Depends on", "Owner", "Status"]) is None
    with pytest.raises(KeyError, match="jira, msproject, aha, productplan"):
        preset_by_name("asana")


def test_cli_forces_a_preset_and_refuses_an_unknown_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without its signature columns the sheet is not recognised, but --preset reads it.
    rows = [["Summary", "Status", "Assignee", "Custom field (Start date)", "Due date"],
            ["Search relaunch", "In Progress", "Ana Ruiz", "01/Feb/27", "30/Apr/27"]]
    sheet = write_csv(tmp_path / "issues.csv", rows)
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--preset", "asana"]) == 2
    err = capsys.readouterr().err
    assert "unknown preset" in err and "jira, msproject, aha, productplan" in err
    assert main(["import", str(target), str(sheet), "--preset", "Jira"]) == 0
    out = capsys.readouterr().out
    assert "Read as a Jira export (--preset jira)" in out
    doc = open_document(target)
    try:
        (only,) = doc.all(Initiative)
        assert only.title == "Search relaunch" and only.status is Status.IN_PROGRESS
        assert (only.start, only.end) == (dt.date(2027, 2, 1), dt.date(2027, 4, 30))
    finally:
        doc.close()


def test_cli_map_overrides_a_preset_and_none_turns_it_off(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_csv(tmp_path / "pp.csv", [PP_HEADER, *PP_ROWS])
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--dry-run", "--map", "Tags=theme"]) == 0
    out = capsys.readouterr().out
    assert "Theme ← 'Tags' (I)" in out
    assert main(["import", str(target), str(sheet), "--dry-run", "--preset", "none"]) == 1
    assert "Recognised" not in capsys.readouterr().out
