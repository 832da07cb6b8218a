"""Fallback fonts from the system: whatever fontconfig answers, the board pack still prints.

A character no shipped font has is looked up with fc-match; a machine
without fontconfig, an fc-match that fails, or an answer that is no usable
TrueType file leaves the character uncovered (the pre-flight reports it),
never an error.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from roadmap.boardpack import fonts
from roadmap.boardpack.renderer import register_fonts

UNCOVERED = "\U0001d11e"  # MUSICAL SYMBOL G CLEF: in neither DejaVu nor the shipped fallbacks


@pytest.fixture(autouse=True)
def fresh_lookups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test asks fontconfig afresh and registers nothing for good."""
    register_fonts()
    monkeypatch.setattr(fonts, "_asked", {})
    monkeypatch.setattr(fonts, "_fallbacks", list(fonts.fallbacks()))


def _answer(monkeypatch: pytest.MonkeyPatch, result: Any) -> list[list[str]]:
    """fc-match exists and answers `result` (a file name, or an exception to raise)."""
    calls: list[list[str]] = []
    monkeypatch.setattr(fonts.shutil, "which", lambda name: "/usr/bin/fc-match")

    def run(command: list[str], **_kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append(command)
        if isinstance(result, BaseException):
            raise result
        return subprocess.CompletedProcess(command, 0, stdout=result, stderr="")

    monkeypatch.setattr(fonts.subprocess, "run", run)
    return calls


def test_without_fontconfig_the_character_stays_uncovered(monkeypatch: Any) -> None:
    monkeypatch.setattr(fonts.shutil, "which", lambda name: None)
    assert fonts.ensure_fallbacks([UNCOVERED]) == [UNCOVERED]


@pytest.mark.parametrize("failure", [OSError("exec failed"),
                                     subprocess.TimeoutExpired("fc-match", 5)])
def test_a_failing_fc_match_is_no_error(monkeypatch: Any, failure: Exception) -> None:
    calls = _answer(monkeypatch, failure)
    assert fonts.ensure_fallbacks([UNCOVERED]) == [UNCOVERED]
    assert calls and calls[0][-1] == f":charset={ord(UNCOVERED):x}"


def test_answers_that_are_no_truetype_file_are_skipped(monkeypatch: Any,
                                                       tmp_path: Path) -> None:
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a font at all")
    for answer in ("/usr/share/fonts/Some.otf", str(tmp_path / "missing.ttf"),
                   str(not_a_font)):
        monkeypatch.setattr(fonts, "_asked", {})
        _answer(monkeypatch, answer)
        assert fonts.ensure_fallbacks([UNCOVERED]) == [UNCOVERED], answer
    assert not any(name.startswith("Crossroads-System-broken") for name in fonts.fallbacks())


def test_each_character_is_asked_once_and_the_questions_are_bounded(monkeypatch: Any) -> None:
    calls = _answer(monkeypatch, "")
    fonts.ensure_fallbacks([UNCOVERED, UNCOVERED])
    assert len(calls) == 1
    many = [chr(0x1D100 + k) for k in range(fonts.MAX_FONTCONFIG_QUERIES + 10)]
    fonts.ensure_fallbacks(many)
    assert len(calls) == fonts.MAX_FONTCONFIG_QUERIES


def test_a_system_font_that_has_the_character_is_used(monkeypatch: Any) -> None:
    # fontconfig answers with a TrueType file that has 'ā' (the shipped DejaVu will do).
    _answer(monkeypatch, str(fonts.shipped_path("DejaVuSans.ttf")))
    assert fonts.ensure_fallbacks(["ā"]) == []
    assert "Crossroads-System-DejaVuSans" in fonts.fallbacks()
