"""Read a CSV or .xlsx file into a `Sheet`: a header row and rows of raw cells.

CSV files arrive in whatever encoding and delimiter the user's spreadsheet
program chose. The encoding is taken from a byte-order mark, else UTF-8,
else Windows-1252, else Latin-1, and the fallback is reported; the delimiter
is sniffed among , ; tab and |. Workbooks are read with openpyxl in
read-only mode, so dates arrive as real dates and big files stream.
A workbook whose parts unpack to far more than a roadmap needs is refused
before openpyxl reads it (`roadmap.interop.safety`). An MS Project XML file
(.xml) is read by `roadmap.interop.mspdi_read` into a sheet whose columns
the format fixes and whose rows are tasks, so the same checks apply to it.
Anything that is not a readable sheet raises `SheetError` with a clear reason.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roadmap.i18n import QT_TRANSLATE_NOOP, translate
from roadmap.model.errors import RoadmapFileError

Progress = Callable[[int, int], None]
"""progress(done, total): called now and then while a long step runs."""

DELIMITERS = ",;\t|"
_DELIMITER_NAMES = {",": QT_TRANSLATE_NOOP("Import", "comma"),
                    ";": QT_TRANSLATE_NOOP("Import", "semicolon"),
                    "\t": QT_TRANSLATE_NOOP("Import", "tab"),
                    "|": QT_TRANSLATE_NOOP("Import", "vertical bar")}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": QT_TRANSLATE_NOOP("Import", "UTF-8 (with byte-order mark)"),
    "utf-16": "UTF-16",
    "utf-16-le": QT_TRANSLATE_NOOP("Import", "UTF-16 LE (no byte-order mark)"),
    "utf-16-be": QT_TRANSLATE_NOOP("Import", "UTF-16 BE (no byte-order mark)"),
    "utf-32": "UTF-32",
    "cp1252": "Windows-1252",
    "latin-1": "Latin-1",
}
MAX_BYTES = 200 * 1024 * 1024


class SheetError(RoadmapFileError):
    """The file cannot be read as a sheet: empty, binary, unreadable, no header."""


@dataclass
class Sheet:
    """The raw content of one sheet: header cells and data rows as the file holds them.

    `row_numbers[i]` is the row number a spreadsheet program shows for
    `rows[i]` (the header is usually row 1), so reports point at the right line.
    """

    source: str
    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    header_row: int = 1
    kind: str = "csv"
    encoding: str | None = None
    delimiter: str | None = None
    notes: list[str] = field(default_factory=list)
    fields: dict[int, str | None] | None = None
    """The field each column feeds when the file format fixes it (MS Project XML), by
    column index; None for a sheet, whose headers are matched."""
    unit: str = "Row"
    """What a report calls one of the rows: 'Row', or 'Task' in a project file."""

    def describe(self) -> str:
        """'budget.csv (CSV, Windows-1252, semicolon-separated)' and the like."""
        if self.kind == "xlsx":
            return translate("Import", "{source} (Excel workbook)").format(source=self.source)
        if self.kind == "mspdi":
            return f"{self.source} (MS Project XML)"
        encoding = _ENCODING_NAMES.get(self.encoding or "", self.encoding or "?")
        delimiter = self.delimiter or ""
        if delimiter in _DELIMITER_NAMES:
            return translate("Import", "{source} (CSV, {encoding}, {delimiter}-separated)").format(
                source=self.source, encoding=translate("Import", encoding),
                delimiter=translate("Import", _DELIMITER_NAMES[delimiter]))
        return translate("Import", "{source} (CSV, {encoding}, {delimiter}-separated)").format(
            source=self.source, encoding=translate("Import", encoding),
            delimiter=repr(self.delimiter))


def read_sheet(path: str | Path, *, encoding: str | None = None,
               sheet_name: str | None = None, progress: Progress | None = None) -> Sheet:
    """Read `path` (.csv, .txt, .tsv, .xlsx or MS Project .xml) into a Sheet; SheetError
    when it cannot."""
    path = Path(path)
    if path.suffix.lower() == ".xml":
        return read_project_sheet(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SheetError(path, error.strerror or str(error)) from None
    if size > MAX_BYTES:
        raise SheetError(path, translate("Import", "the file is {size} MB; at most {limit} MB "
                                         "can be imported").format(size=size // 2**20,
                                                                   limit=MAX_BYTES // 2**20))
    if path.suffix.lower() == ".xls":
        raise SheetError(path, translate("Import", "old .xls workbooks are not supported; save "
                                         "it as .xlsx or CSV"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SheetError(path, error.strerror or str(error)) from None
    # A workbook is read as one whatever its name says (a .csv that holds a workbook).
    if path.suffix.lower() in (".xlsx", ".xlsm") or data.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, data, sheet_name, progress)
    return read_csv_bytes(data, source=path.name, encoding=encoding, path=path)


def read_project_sheet(path: Path) -> Sheet:
    """An MS Project XML (MSPDI) file as a Sheet of tasks; SheetError when it cannot be read."""
    from roadmap.interop.mspdi_read import COLUMNS, ProjectFileError, read_project
    from roadmap.interop.safety import TooBigError

    try:
        table = read_project(path)
    except (ProjectFileError, TooBigError) as error:
        raise SheetError(path, str(error)) from None
    except OSError as error:
        raise SheetError(path, error.strerror or str(error)) from None
    if not table.rows:
        raise SheetError(path, translate("Import", "the project has no tasks to import (summary "
                                         "tasks become themes, milestones belong to tasks)"))
    return Sheet(path.name, table.headers, table.rows, table.row_numbers, header_row=0,
                 kind="mspdi", notes=table.notes,
                 fields={i: key for i, (_h, key) in enumerate(COLUMNS)}, unit="Task")


def read_csv_bytes(data: bytes, *, source: str = "sheet.csv", encoding: str | None = None,
                   path: Path | None = None) -> Sheet:
    """Decode and parse CSV bytes into a Sheet (the encoding and delimiter detected)."""
    where = path or source
    if not data.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise SheetError(where, translate("Import", "the file is empty: there is no header row "
                                          "and no initiative"))
    text, used, notes = decode(data, encoding, where)
    delimiter = sniff_delimiter(text)
    del text
    # The bytes are decoded again as they are read, in the same encoding (which decoded
    # all of them): a StringIO of the text would hold four bytes per character, over
    # 100 MB for a 29 MB sheet.
    lines = io.TextIOWrapper(io.BytesIO(data), encoding=used, newline="")
    reader = csv.reader(lines, delimiter=delimiter)
    # Equal cells become one string object (a status, a department list, a date repeat
    # down a sheet): the importer then finds a column's distinct values among a few
    # objects whose hashes are known, instead of hashing a fresh string per cell, and a
    # big sheet takes less memory. Each row's cells are looked up in C while still fresh.
    cells: dict[str, str] = {}
    same = cells.setdefault
    try:
        records = [list(map(same, record, record)) for record in reader]
    except csv.Error as error:
        raise SheetError(where, f"line {reader.line_num}: {error}") from None
    sheet = _sheet_from_records(records, source, where)
    sheet.kind, sheet.encoding, sheet.delimiter = "csv", used, delimiter
    sheet.notes[:0] = notes
    return sheet


def decode(data: bytes, encoding: str | None, where: object) -> tuple[str, str, list[str]]:
    """The text of `data`, the encoding used, and notes about any fallback."""
    if encoding:
        try:
            return data.decode(encoding), encoding, []
        except LookupError:
            raise SheetError(where, translate("Import", "unknown encoding {encoding}").format(
                encoding=repr(encoding))) from None
        except UnicodeDecodeError as error:
            raise SheetError(where, translate("Import", "the file is not valid {encoding}: byte "
                                              "{byte} at offset {offset}").format(
                encoding=encoding, byte=f"0x{data[error.start]:02X}", offset=error.start)) \
                from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name, []
            except UnicodeDecodeError as error:
                raise SheetError(where, translate(
                    "Import", "the file starts with a {encoding} byte-order mark but is not "
                    "valid {encoding} (offset {offset})").format(encoding=name.upper(),
                                                                 offset=error.start)) from None
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16, []
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise SheetError(where, translate("Import", "this is not a text file (a NUL byte at "
                                          "offset {offset}); save the sheet as CSV (UTF-8) or "
                                          ".xlsx").format(offset=offset))
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        first_bad = error.start
    for fallback in ("cp1252", "latin-1"):
        try:
            text = data.decode(fallback)
        except UnicodeDecodeError:
            continue
        note = translate("Import", "The file is not valid UTF-8 (byte {byte} at offset {offset}); "
                         "read it as {encoding}. Check accented names in the preview, or save "
                         "the sheet as CSV UTF-8.").format(
            byte=f"0x{data[first_bad]:02X}", offset=first_bad,
            encoding=translate("Import", _ENCODING_NAMES[fallback]))
        return text, fallback, [note]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le' or '-be' when NUL bytes sit in every other byte, as in ASCII-ish UTF-16."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab and | that splits the first lines most consistently."""
    lines = [line for line in _first_lines(text, 50) if line.strip()]
    sample = "\n".join(lines)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    if sniffed and _columns(lines[:1], sniffed) > 1:
        return sniffed
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        widths = [_columns([line], candidate) for line in lines[:20]]
        header_width = widths[0] if widths else 1
        agree = sum(1 for w in widths if w == header_width)
        score = (agree if header_width > 1 else 0, header_width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _first_lines(text: str, count: int) -> list[str]:
    """`text.splitlines()[:count]`, from as much of the start of `text` as it takes."""
    size = 1 << 16
    while True:
        lines = text[:size].splitlines()
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 4


def _columns(lines: list[str], delimiter: str) -> int:
    if not lines:
        return 0
    try:
        return len(next(csv.reader(lines, delimiter=delimiter)))
    except (csv.Error, StopIteration):
        return 0


def _sheet_from_records(records: list[list[Any]], source: str, where: object) -> Sheet:
    """Find the header (first non-blank row), drop blank rows, keep spreadsheet row numbers."""
    header_at = next((i for i, r in enumerate(records) if not _blank(r)), None)
    if header_at is None:
        raise SheetError(where, translate("Import", "the file is empty: there is no header row "
                                          "and no initiative"))
    headers = [_text(c) for c in records[header_at]]
    while headers and not headers[-1]:
        headers.pop()
    rows, numbers = [], []
    for index in range(header_at + 1, len(records)):
        record = records[index]
        if _blank(record):
            continue
        rows.append(list(record))
        numbers.append(index + 1)
    return Sheet(source, headers, rows, numbers, header_row=header_at + 1)


def _blank(record: list[Any] | tuple[Any, ...]) -> bool:
    try:  # a row of text (every CSV row): its cells joined in C
        return not "".join(record).strip()
    except TypeError:  # a workbook row with numbers or empty cells
        return all(c is None or (isinstance(c, str) and not c.strip()) for c in record)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _read_xlsx(path: Path, data: bytes, sheet_name: str | None,
               progress: Progress | None) -> Sheet:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from roadmap.interop.safety import TooBigError, check_archive

    try:
        check_archive(data)  # before openpyxl unpacks anything
    except TooBigError as error:
        raise SheetError(path, str(error)) from None
    try:
        # From the bytes, not the name: openpyxl refuses a workbook by its suffix.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
            TypeError) as error:
        raise SheetError(path, translate(
            "Import", "not a readable .xlsx workbook ({error})").format(error=error)) from None
    try:
        names = book.sheetnames
        if sheet_name is not None:
            if sheet_name not in names:
                raise SheetError(path, translate("Import", "the workbook has no sheet {name}; it "
                                                 "has {names}").format(
                    name=repr(sheet_name), names=", ".join(repr(n) for n in names)))
            chosen = sheet_name
        else:
            chosen = next((n for n in names if n.casefold() == "initiatives"), names[0])
        sheet = book[chosen]
        total = sheet.max_row or 0
        records: list[list[Any]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            records.append(list(values))
            if progress is not None and number % 2000 == 0:
                progress(number, max(total, number))
        if progress is not None:
            progress(len(records), len(records))
    except SheetError:
        raise
    except Exception as error:  # openpyxl raises many kinds on damaged parts
        raise SheetError(path, translate(
            "Import", "the workbook is damaged ({kind}: {error})").format(
            kind=type(error).__name__, error=error)) from None
    finally:
        book.close()
    result = _sheet_from_records(records, path.name, path)
    result.kind = "xlsx"
    if len(names) > 1:
        result.notes.append(translate("Import", "Read sheet {name} of the workbook's {count} "
                                      "sheets.").format(name=repr(chosen), count=len(names)))
    return result
