"""Terminal progress: shown only on a terminal and only once a run passes a second."""

from __future__ import annotations

import io

import pytest

from roadmap.cli import progress as progress_module
from roadmap.cli.progress import TerminalProgress


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_nothing_is_printed_off_a_terminal_or_within_the_first_second(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = io.StringIO()
    TerminalProgress(pipe, show_after=0)("Laying out page 3", None)
    assert pipe.getvalue() == ""
    clock = iter([100.0, 100.5])
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: next(clock))
    tty = _Tty()
    TerminalProgress(tty)("Analysing", 0.0)
    assert tty.getvalue() == ""


def test_a_long_run_rewrites_one_line_and_clears_it() -> None:
    tty = _Tty()
    shown = TerminalProgress(tty, show_after=0)
    shown("Preparing timeline", 0.25)
    shown("Laying out page 12", None)
    assert tty.getvalue().endswith("\r\x1b[KLaying out page 12…")
    assert "Preparing timeline… 25%" in tty.getvalue()
    shown.finish()
    assert tty.getvalue().endswith("\r\x1b[K")
