"""Workbooks that unpack to far more than a roadmap needs are refused before they are parsed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from roadmap.interop import safety
from roadmap.spreadsheet import SheetError, read_sheet


def zip_with(path: Path, name: str, size: int, fill: bytes = b" ") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, fill * size)
    return path


def test_a_workbook_unpacking_past_the_limit_is_refused_with_its_sizes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "MAX_UNPACKED", 2 * 2**20)
    path = zip_with(tmp_path / "big.xlsx", "xl/worksheets/sheet1.xml", 3 * 2**20, b"<x/>")
    opened: list[object] = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: opened.append(a))
    with pytest.raises(SheetError) as caught:
        read_sheet(path)
    message = str(caught.value)
    assert "workbook unpacks to 12 MB" in message and "at most 2 MB is read" in message
    assert "KB workbook" in message and opened == []


def test_a_zip_bomb_member_is_refused_for_its_ratio(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety, "RATIO_FLOOR", 2**20)
    path = zip_with(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", 8 * 2**20)
    with pytest.raises(SheetError, match=r"xl/worksheets/sheet1.xml packs 8 MB into 8 KB "
                                         r"\([\d,]+ to 1; sheets pack about 10 to 1\): it "
                                         "looks like a zip bomb"):
        read_sheet(path)


def test_an_ordinary_workbook_passes(tmp_path: Path) -> None:
    from roadmap.samples.bundled import build_sample
    from roadmap.spreadsheet import export_sheet

    path = tmp_path / "plan.xlsx"
    export_sheet(build_sample(), path)
    safety.check_archive(path.read_bytes())
    assert len(read_sheet(path).rows) == 29


def test_entity_expansion_in_a_workbook_is_not_expanded(tmp_path: Path) -> None:
    from roadmap.samples.bundled import build_sample
    from roadmap.spreadsheet import export_sheet

    good = tmp_path / "plan.xlsx"
    export_sheet(build_sample(), good)
    laughs = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
                        for p, c in zip("abcdefgh", "bcdefghi", strict=True))
              + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&i;</t></is></c></row>'
              "</sheetData></worksheet>")
    bad = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = laughs.encode()
            target.writestr(item, data)
    with pytest.raises(SheetError, match=r"damaged|not a readable"):
        read_sheet(bad)


def test_size_text() -> None:
    assert [safety.size_text(n) for n in (100, 412 * 2**10, 400 * 2**20, 3 * 2**30)] == [
        "1 KB", "412 KB", "400 MB", "3.0 GB"]
