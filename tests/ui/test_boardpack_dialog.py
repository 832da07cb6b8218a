"""File ▸ Export Board Pack: the dialog offers exactly the options' enums, and each works."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QLabel

from roadmap.boardpack.options import BoardPackOptions, PageSize, Sections
from roadmap.samples.bundled import build_sample
from roadmap.views.timeline.model import LaneMode
from ui.context import AppContext
from ui.dialogs.boardpack import BoardPackDialog


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> BoardPackDialog:
    widget = BoardPackDialog(AppContext(build_sample()))
    qtbot.addWidget(widget)
    widget.output.setText(str(tmp_path / "pack.pdf"))
    return widget


def _members(box: QComboBox) -> list[object]:
    return [box.itemData(i) for i in range(box.count())]


def test_the_dialog_lists_exactly_the_members_of_each_enum(dialog: BoardPackDialog) -> None:
    assert _members(dialog.sections) == list(Sections)
    assert _members(dialog.page) == list(PageSize)
    assert _members(dialog.lanes) == list(LaneMode)
    assert [dialog.sections.itemText(i) for i in range(dialog.sections.count())] == [
        s.label for s in Sections]


def test_every_label_is_a_mnemonic_with_a_buddy(dialog: BoardPackDialog) -> None:
    labels = [label for label in dialog.findChildren(QLabel) if "&" in label.text()]
    assert len(labels) == 8
    assert all(label.buddy() is not None for label in labels)
    keys = [label.text()[label.text().index("&") + 1].lower() for label in labels]
    assert len(set(keys)) == len(keys)  # no two labels share a mnemonic


@pytest.mark.parametrize("sections", list(Sections))
def test_each_choice_of_sections_exports(dialog: BoardPackDialog, tmp_path: Path,
                                         sections: Sections) -> None:
    dialog.sections.setCurrentIndex(dialog.sections.findData(sections))
    dialog.page.setCurrentIndex(dialog.page.findData(PageSize.LETTER))
    dialog.lanes.setCurrentIndex(dialog.lanes.findData(LaneMode.THEME))
    dialog.as_of.setDate(QDate(2027, 3, 15))
    assert dialog.options() == BoardPackOptions(sections, PageSize.LETTER, LaneMode.THEME,
                                                dt.date(2027, 3, 15), None, since=None)
    dialog.accept()
    assert dialog.result() == BoardPackDialog.DialogCode.Accepted, dialog.error.text()
    reader = PdfReader(tmp_path / "pack.pdf")
    text = reader.pages[0].extract_text()
    assert "15 March 2027" in text
    width, height = (round(float(v)) for v in reader.pages[0].mediabox.upper_right)
    assert (width, height) == (792, 612)
    if sections is Sections.FULL:
        assert len(reader.pages) > 5
    elif sections is Sections.SUMMARY:
        assert len(reader.pages) == 1 and "Executive summary" in text
    else:
        assert "Roadmap timeline" in text and "by theme" in " ".join(text.split())


def test_a_bad_logo_is_explained_and_the_dialog_stays_open(dialog: BoardPackDialog,
                                                          tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_text("not an image")
    dialog.logo.setText(str(logo))
    dialog.accept()
    assert dialog.result() != BoardPackDialog.DialogCode.Accepted
    assert "logo" in dialog.error.text().lower()
    assert not (tmp_path / "pack.pdf").exists()


def test_the_deck_is_written_off_the_gui_thread_with_the_same_options(
        qtbot, tmp_path: Path) -> None:
    from pptx import Presentation

    widget = BoardPackDialog(AppContext(build_sample()), deck=True)
    qtbot.addWidget(widget)
    assert widget.suffix == ".pptx" and not widget.sections.isEnabled()
    assert not widget.logo.isEnabled() and widget.lanes.isEnabled()
    assert not widget.since.isEnabled()  # the sample has no snapshot
    widget.output.setText(str(tmp_path / "deck"))
    widget.accept()
    assert widget.result() == BoardPackDialog.DialogCode.Accepted, widget.error.text()
    assert widget.written == tmp_path / "deck.pptx"
    assert len(Presentation(str(tmp_path / "deck.pptx")).slides) >= 5
    widget.output.setText(str(tmp_path / "deck.pptx"))
    widget.format.setCurrentIndex(0)
    assert widget.output.text().endswith("deck.pdf") and widget.sections.isEnabled()


def test_cancel_stops_the_export_and_keeps_the_old_file(qtbot, tmp_path: Path) -> None:
    from ui import export_job

    target = tmp_path / "pack.pdf"
    target.write_bytes(b"old pack")
    widget = BoardPackDialog(AppContext(build_sample()))
    qtbot.addWidget(widget)
    widget.output.setText(str(target))
    original = export_job.ExportJob._progress

    def cancelled(job: export_job.ExportJob, what: str, done: float | None) -> None:
        job.cancel()  # as if Cancel was pressed at the first step
        original(job, what, done)

    export_job.ExportJob._progress = cancelled  # type: ignore[method-assign]
    try:
        widget.accept()
    finally:
        export_job.ExportJob._progress = original  # type: ignore[method-assign]
    assert widget.result() != BoardPackDialog.DialogCode.Accepted
    assert "cancelled" in widget.error.text()
    assert target.read_bytes() == b"old pack"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_progress_dialog_reports_and_returns_the_result(qtbot) -> None:
    from ui.export_job import run_with_progress

    seen: list[str] = []

    def work(progress) -> int:
        progress("Step one", 0.5)
        progress("Step two", None)
        seen.append("ran")
        return 42

    assert run_with_progress(None, "Testing", work) == 42
    assert seen == ["ran"]
    with pytest.raises(ValueError):
        run_with_progress(None, "Testing", lambda _progress: int("x"))
