"""Every headless command refuses a bad argument or file in one line on stderr, exit status 2.

Checks made before any work (output folders, suffixes, inputs, stage names)
and failures while writing (a read-only folder, simulated: the tests may run
as root) are worded the same way by every command, never as a traceback.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from main import main
from roadmap.samples.bundled import write_sample


@pytest.fixture(autouse=True)
def _private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Working copies go to a temporary folder, never the user's."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture(scope="module")
def roadmap_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "plan.roadmap"
    write_sample(path)
    return path


def refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the command, check it failed cleanly, and return its one line of error."""
    assert main(argv) == 2
    captured = capsys.readouterr()
    error = captured.err.strip()
    assert error.startswith("crossroads: ") and "\n" not in error, captured.err
    assert "Traceback" not in captured.err + captured.out
    return error.removeprefix("crossroads: ")


def read_only(*_args: object, **_kwargs: object) -> None:
    raise PermissionError(errno.EACCES, "Permission denied")


def test_export_refuses_bad_outputs_before_any_work(
        tmp_path: Path, roadmap_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "board.pdf"
    folder.mkdir()
    assert refused(["export", str(roadmap_file), "-o", str(folder)], capsys) == (
        f"{folder} is a folder; name the file to write")
    text = tmp_path / "board.txt"
    assert refused(["export", str(roadmap_file), "-o", str(text)], capsys) == (
        f"{text}: the output should end in .pdf or .pptx or .ics or .xml")
    nowhere = tmp_path / "missing" / "board.pdf"
    assert refused(["export", str(roadmap_file), "-o", str(nowhere)], capsys) == (
        f"folder {nowhere.parent} does not exist")
    out = str(tmp_path / "x.pdf")
    assert refused(["export", str(roadmap_file), "-o", out, "--logo", str(tmp_path)],
                   capsys) == f"logo {tmp_path} is a folder, not a file"
    assert refused(["export", str(roadmap_file), "-o", out, "--logo", str(tmp_path / "no.png")],
                   capsys) == f"logo {tmp_path / 'no.png'} does not exist"
    assert not (tmp_path / "x.pdf").exists()


def test_export_reports_a_folder_it_cannot_write_to(
        tmp_path: Path, roadmap_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from roadmap.model import atomic

    monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    out = tmp_path / "board.pdf"
    assert refused(["export", str(roadmap_file), "-o", str(out), "--sections", "summary"],
                   capsys) == f"Cannot write {out}: Permission denied"


def test_inputs_that_are_not_roadmaps(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    for argv in (["check", str(tmp_path / "missing.roadmap")], ["check", str(tmp_path)],
                 ["check", str(text)],
                 ["export", str(text), "-o", str(tmp_path / "x.pdf")],
                 ["export-sheet", str(tmp_path), str(tmp_path / "x.csv")]):
        assert refused(argv, capsys).startswith("Cannot open ")


def test_export_sheet_outputs(tmp_path: Path, roadmap_file: Path,
                              capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "out.csv"
    folder.mkdir()
    assert refused(["export-sheet", str(roadmap_file), str(folder), "--force"], capsys) == (
        f"{folder} is a folder; name the file to write")
    wrong = tmp_path / "out.txt"
    assert refused(["export-sheet", str(roadmap_file), str(wrong)], capsys) == (
        f"{wrong}: the output should end in .csv or .xlsx")
    existing = tmp_path / "old.csv"
    existing.write_text("keep me")
    assert refused(["export-sheet", str(roadmap_file), str(existing)], capsys) == (
        f"{existing} already exists; use --force to overwrite it")
    assert existing.read_text() == "keep me"
    monkeypatch.setattr("roadmap.spreadsheet.export._write_csv", read_only)
    out = tmp_path / "new.csv"
    assert refused(["export-sheet", str(roadmap_file), str(out)], capsys) == (
        f"Cannot write {out}: Permission denied")


def test_import_needs_a_sheet_file(tmp_path: Path, roadmap_file: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert refused(["import", str(roadmap_file), str(tmp_path)], capsys) == (
        f"sheet {tmp_path} is a folder, not a file")
    missing = tmp_path / "missing.csv"
    assert refused(["import", str(roadmap_file), str(missing)], capsys) == (
        f"sheet {missing} does not exist")


def test_new_roadmap_files_never_replace_a_folder(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "plan.roadmap"
    folder.mkdir()
    for argv in (["sample", str(folder), "--force"],
                 ["generate", "-n", "3", str(folder), "--force"]):
        assert refused(argv, capsys) == f"{folder} is a folder; name the file to write"


def test_bench_refuses_bad_options_before_running(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    error = refused(["bench", "--sizes", "1", "--stages", "open,nonsense"], capsys)
    assert error.startswith("--stages: unknown stage nonsense; stages are cold-start, ")
    assert refused(["bench", "--sizes", "1", "--repeat", "0"], capsys) == (
        "--repeat must be between 1 and 20")
    afile = tmp_path / "notes.txt"
    afile.write_text("")
    assert refused(["bench", "--sizes", "1", "--keep", str(afile)], capsys) == (
        f"--keep {afile} is a file, not a folder")
    assert refused(["bench", "--sizes", "1", "--json", str(tmp_path)], capsys) == (
        f"{tmp_path} is a folder; name the file to write")
    assert capsys.readouterr().out == ""  # refused before the benchmark began


def test_unwritable_recovery_folder_is_one_clear_line(
        tmp_path: Path, roadmap_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    error = refused(["check", str(roadmap_file)], capsys)
    assert error.startswith(f"Cannot open {roadmap_file}: no working copy can be made in ")
    assert error.endswith("set XDG_STATE_HOME to a folder you can write to")


@pytest.mark.parametrize(("option", "value", "choices"), [
    ("--sections", "everything", "full, summary, timeline"),
    ("--page-size", "a3", "a4, letter"),
    ("--lanes", "colour", "department, theme, status"),
])
def test_export_names_the_choices_of_an_option_it_does_not_know(
        tmp_path: Path, roadmap_file: Path, capsys: pytest.CaptureFixture[str],
        option: str, value: str, choices: str) -> None:
    out = tmp_path / "board.pdf"
    with pytest.raises(SystemExit) as exited:
        main(["export", str(roadmap_file), "-o", str(out), option, value])
    assert exited.value.code == 2
    error = capsys.readouterr().err.strip()
    assert f"argument {option}: invalid choice: '{value}' (choose from {choices})" in error
    assert "\n" not in error and "Traceback" not in error and not out.exists()


def test_export_takes_an_option_in_any_case(tmp_path: Path, roadmap_file: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "board.pdf"
    assert main(["export", str(roadmap_file), "-o", str(out), "--sections", "Summary",
                 "--page-size", "LETTER"]) == 0
    assert "Wrote 1 page to" in capsys.readouterr().out and out.exists()
