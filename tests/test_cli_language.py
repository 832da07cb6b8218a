"""The command line in German, argparse's own words included; English stays as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.launch import main


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    from ui.translation import apply_language

    apply_language("en")


def test_a_missing_argument_is_explained_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--language", "de", "check"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "folgende Argumente sind erforderlich: file" in err
    assert "required" not in err


def test_help_reads_in_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--language", "de", "check", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: crossroads check")
    assert "diese Hilfe zeigen und beenden" in out and "show this help" not in out


def test_english_is_unchanged(capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CROSSROADS_LANGUAGE", "en")
    with pytest.raises(SystemExit):
        main(["check"])
    assert "the following arguments are required: file" in capsys.readouterr().err
