"""Reading sheets: every file that is not a readable sheet is refused with what and where.

The import dialog and `crossroads import` show the SheetError's text as it
is, so each refusal must name the file and say what is wrong with it.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from roadmap.spreadsheet import reading
from roadmap.spreadsheet.reading import SheetError, read_csv_bytes, read_sheet


def _refusal(path: Path) -> str:
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    assert str(path) in str(caught.value), "the refusal names the file"
    return caught.value.reason


def test_a_missing_file_is_refused_with_the_system_reason(tmp_path: Path) -> None:
    assert "No such file" in _refusal(tmp_path / "gone.csv")


def test_a_folder_is_refused_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "sheet.csv"
    folder.mkdir()
    assert "directory" in _refusal(folder).lower()


def test_a_file_over_the_size_limit_is_refused_before_reading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Title\n" + b"x\n" * 2_000_000)
    monkeypatch.setattr(reading, "MAX_BYTES", 2 * 2**20)
    assert _refusal(path) == "the file is 3 MB; at most 2 MB can be imported"


def test_an_old_xls_workbook_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "legacy.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 60)
    assert "save it as .xlsx or CSV" in _refusal(path)


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_a_workbook_saved_as_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "really.xlsx", {"Initiatives": [["Title"], ["Checkout"]]})
    renamed = path.rename(tmp_path / "export.csv")
    sheet = read_sheet(renamed)
    assert (sheet.kind, sheet.headers, sheet.rows) == ("xlsx", ["Title"], [["Checkout"]])


def test_the_initiatives_sheet_is_chosen_and_the_choice_noted(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx", {"Notes": [["Hello"]],
                                              "initiatives": [["Title"], ["Loyalty"]]})
    sheet = read_sheet(path)
    assert sheet.rows == [["Loyalty"]]
    assert sheet.notes == ["Read sheet 'initiatives' of the workbook's 2 sheets."]


def test_a_named_sheet_is_read_and_a_missing_one_refused_with_the_sheets_there(
        tmp_path: Path) -> None:
    path = _workbook(tmp_path / "book.xlsx", {"2027": [["Title"], ["A"]],
                                              "2028": [["Title"], ["B"]]})
    assert read_sheet(path, sheet_name="2028").rows == [["B"]]
    with pytest.raises(SheetError) as caught:
        read_sheet(path, sheet_name="2029")
    assert caught.value.reason == "the workbook has no sheet '2029'; it has '2027', '2028'"


def test_a_long_workbook_reports_progress_up_to_its_last_row(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Title"], *([f"Initiative {n}"] for n in range(4500))]
    path = _workbook(tmp_path / "long.xlsx", {"Initiatives": rows})
    calls: list[tuple[int, int]] = []
    sheet = read_sheet(path, progress=lambda done, total: calls.append((done, total)))
    assert len(sheet.rows) == 4500
    assert [done for done, _total in calls] == [2000, 4000, 4501]
    assert calls[-1] == (4501, 4501)
    assert all(done <= total for done, total in calls)


def test_an_unparseable_csv_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "huge-cell.csv"
    path.write_text("Title,Description\nCheckout,\"" + "x" * 200_000 + "\"\n", encoding="utf-8")
    reason = _refusal(path)
    assert reason.startswith("line 2: ") and "field larger than field limit" in reason


def test_a_bom_that_lies_about_the_encoding_is_refused() -> None:
    with pytest.raises(SheetError) as caught:
        read_csv_bytes(codecs.BOM_UTF8 + b"Title\n\xff\xfe\xfd\n", source="lies.csv")
    assert "byte-order mark but is not valid UTF-8-SIG" in caught.value.reason
    assert "lies.csv" in str(caught.value)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_recognised(codec: str) -> None:
    sheet = read_csv_bytes("Title,Budget\nCafé,100\n".encode(codec))
    assert sheet.encoding == codec
    assert (sheet.headers, sheet.rows) == (["Title", "Budget"], [["Café", "100"]])


def test_truncated_utf16_is_refused_as_binary_not_misread() -> None:
    data = "Title\nCheckout\n".encode("utf-16-le") + b"!"  # an odd byte at the end
    with pytest.raises(SheetError) as caught:
        read_csv_bytes(data)
    assert caught.value.reason.startswith("this is not a text file (a NUL byte at offset 1)")


def test_a_tiny_file_is_read_as_utf8() -> None:
    sheet = read_csv_bytes(b"Ti\n")
    assert (sheet.encoding, sheet.headers, sheet.rows) == ("utf-8", ["Ti"], [])


def test_a_file_of_blank_cells_has_no_header_row() -> None:
    with pytest.raises(SheetError) as caught:
        read_csv_bytes(b" , ,\n\t,\n", source="blank.csv")
    assert caught.value.reason.startswith("the file is empty: there is no header row")


def test_empty_trailing_header_cells_are_dropped_and_data_kept() -> None:
    sheet = read_csv_bytes(b"Title,Budget,,\nCheckout,100,,\n")
    assert sheet.headers == ["Title", "Budget"]
    assert sheet.rows == [["Checkout", "100", "", ""]]


@given(st.text(alphabet=st.sampled_from(["a", ",", "\n", "\r", "\u2028", " "]), max_size=80),
       st.integers(min_value=0, max_value=12))
@settings(max_examples=200, deadline=None, database=None, derandomize=True)
def test_the_first_lines_are_those_of_the_whole_text(text: str, count: int) -> None:
    assert reading._first_lines(text * 800, count) == (text * 800).splitlines()[:count]


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_cells_are_read_in_the_detected_encoding_with_line_ends_kept_in_quotes(
        codec: str) -> None:
    text = 'Title,Notes\r\n"Café\r\nTwo lines",x\r\nÜber\u00e9,"a\rb"\nLast,\n'
    sheet = read_csv_bytes(text.encode(codec))
    assert sheet.rows == [["Café\r\nTwo lines", "x"], ["Über\u00e9", "a\rb"], ["Last", ""]]
