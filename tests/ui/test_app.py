"""Start-up pieces: the --screenshot rendering, argument checks, the exception dialog."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from roadmap.model.errors import RoadmapError
from ui.app import run_app
from ui.errors import ExceptionReporter


def test_screenshot_renders_the_chosen_view_at_the_chosen_size(
        qtbot: Any, sample_file: Path, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    shot = tmp_path / "shot.png"
    args = argparse.Namespace(file=sample_file, screenshot=shot, view="matrix", size="900x600")
    assert run_app(args) == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (900, 600)
    assert "window ready in" in capsys.readouterr().out


@pytest.mark.parametrize("size", ["big", "10x10"])
def test_a_bad_size_is_refused(sample_file: Path, tmp_path: Path, size: str) -> None:
    args = argparse.Namespace(file=sample_file, screenshot=tmp_path / "s.png", view=None,
                              size=size)
    with pytest.raises(RoadmapError, match="--size"):
        run_app(args)


def test_an_unexpected_error_is_logged_and_shown(window: Any, dialogs: Any,
                                                 tmp_path: Path) -> None:
    from ui.errors import log, setup_logging

    log_path = setup_logging(tmp_path / "logs")
    reporter = ExceptionReporter(lambda: window, log_path)
    before = window.ctx.doc.snapshot()
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError as error:
        reporter.handle(type(error), error, error.__traceback__)
    _kind, title, text = dialogs.shown[-1]
    assert title == "Unexpected Error"
    assert "your roadmap is unchanged" in text and "ZeroDivisionError" in text
    for handler in log.handlers:
        handler.flush()
    assert "division by zero in a slot" in log_path.read_text()
    assert window.ctx.doc.snapshot() == before
