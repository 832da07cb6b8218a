"""Named import mappings: saved, listed, reused, and damaged files refused by name."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from main import main
from roadmap.services.document import Document
from roadmap.spreadsheet import ImportOptions, build_plan
from roadmap.spreadsheet.dates import DateOrder
from roadmap.spreadsheet.mappings import (
    MappingError,
    SavedMapping,
    apply_mapping,
    default_folder,
    file_name,
    from_options,
    list_mappings,
    load_mapping,
    read_mapping,
    save_mapping,
)
from roadmap.spreadsheet.reading import read_csv_bytes

SHEET = (b"Initiative label,Lead,Benefit,From,Until\n"
         b"Checkout,Ann Lee,Finanse,03/04/2027,05/06/2027\n")


def test_a_mapping_is_saved_by_header_and_read_back(tmp_path: Path) -> None:
    options = ImportOptions(mapping={0: "title", "Lead": "owner", 4: None},
                            values={("benefit_area", "Finanse"): "finance_admin"},
                            date_order=DateOrder.DAY_FIRST)
    headers = ["Initiative label", "Lead", "Benefit", "From", "Until"]
    path = save_mapping(tmp_path / "new", from_options("  PMO   monthly ", options, headers))
    assert path == tmp_path / "new" / "pmo-monthly.json"
    saved = load_mapping(tmp_path / "new", "PMO monthly")
    assert saved.name == "PMO monthly"
    assert saved.columns == {"Initiative label": "title", "Lead": "owner", "Until": None}
    assert saved.values == {("benefit_area", "Finanse"): "finance_admin"}
    assert saved.date_order is DateOrder.DAY_FIRST
    assert [m.name for m in list_mappings(tmp_path / "new")[0]] == ["PMO monthly"]


def test_a_saved_mapping_makes_a_sheet_import_and_what_is_given_wins(tmp_path: Path) -> None:
    saved = SavedMapping("PMO", {"Initiative label": "title", "Lead": "owner",
                                 "Gone": "budget"},
                         {("benefit_area", "Finanse"): "finance_admin"}, DateOrder.DAY_FIRST)
    sheet = read_csv_bytes(SHEET)
    options, notes = apply_mapping(ImportOptions(mapping={"Lead": "sponsor"}), saved,
                                   sheet.headers)
    assert options.mapping["Lead"] == "sponsor" and "Gone" not in options.mapping
    assert notes == ["Used the saved mapping 'PMO'.", "The saved mapping 'PMO' names "
                     "column(s) this sheet does not have, skipped: 'Gone'."]
    plan = build_plan(Document.in_memory(title="P"), sheet, options)
    assert plan.ok, plan.report()
    row = plan.rows[0]
    assert (row.title, row.sponsor, row.fields["benefit_area"].value) == (
        "Checkout", "Ann Lee", "finance_admin")
    assert row.fields["start"].isoformat() == "2027-04-03"  # day first, as saved


@pytest.mark.parametrize(("text", "fault"), [
    ("{not json", "not JSON (line 1, column 2"),
    ('{"name": "x"}', "not a Crossroads import mapping"),
    ('{"format": "crossroads-import-mapping", "version": 9, "name": "x"}', "version 9"),
    ('{"format": "crossroads-import-mapping", "version": 1, "name": "x", '
     '"columns": {"Lead": "boss"}}', "column 'Lead' maps to 'boss', which is not a field"),
    ('{"format": "crossroads-import-mapping", "version": 1, "name": "x", '
     '"values": [{"column": "status"}]}', "value mapping 1 needs a column, a text and a value"),
    ('{"format": "crossroads-import-mapping", "version": 1, "name": "x", '
     '"date_order": "sideways"}', "date order 'sideways'"),
    ("[1, 2]", "not a Crossroads import mapping"),
])
def test_a_damaged_file_is_refused_naming_it(tmp_path: Path, text: str, fault: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(MappingError) as caught:
        read_mapping(path)
    assert str(caught.value).startswith(f"the mapping file {path} is damaged: ")
    assert fault in str(caught.value)
    saved, broken = list_mappings(tmp_path)
    assert saved == [] and broken == [str(caught.value)]


def test_names_files_and_the_per_user_folder(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    assert file_name("Jira / Team Ä") == "jira-team-ä.json"
    assert file_name("***") == "mapping.json"
    with pytest.raises(MappingError, match="needs a name"):
        from_options("  ", ImportOptions(), [])
    with pytest.raises(MappingError, match=r"no saved mapping 'PMO' in .* none"):
        load_mapping(tmp_path, "PMO")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(sys, "platform", "linux")
    assert default_folder() == tmp_path / "config" / "crossroads" / "mappings"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert default_folder() == tmp_path / "Roaming" / "Crossroads" / "mappings"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert default_folder() == (Path.home() / "Library" / "Application Support"
                                / "Crossroads" / "mappings")


def test_the_command_saves_a_mapping_and_reuses_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    sheet = tmp_path / "pmo.csv"
    sheet.write_bytes(SHEET)
    target = tmp_path / "plan.roadmap"
    assert main(["import", str(target), str(sheet), "--dry-run", "--day-first",
                 "--map", "Initiative label=title", "--map", "Lead=owner",
                 "--value", "Benefit:Finanse=finance", "--save-mapping", "PMO"]) == 0
    out = capsys.readouterr().out
    saved = tmp_path / "config" / "crossroads" / "mappings" / "pmo.json"
    assert f"Saved the mapping 'PMO' to {saved}." in out
    assert main(["import", str(target), str(sheet), "--mapping", "pmo"]) == 0
    out = capsys.readouterr().out
    assert "Used the saved mapping 'PMO'." in out and "Created" in out
    saved.write_text("{broken", encoding="utf-8")
    assert main(["import", str(target), str(sheet), "--mapping", "PMO"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"crossroads: the mapping file {saved} is damaged: not JSON")
    assert "Traceback" not in err
    assert main(["import", str(target), str(sheet), "--mapping", "Other"]) == 2
    assert "no saved mapping 'Other'" in capsys.readouterr().err
