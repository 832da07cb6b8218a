"""The entry point: bad arguments and files give one line on stderr, never a traceback."""

from __future__ import annotations

import pytest

import main


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["export"],
        ["check"],
        ["bench", "--sizes", "x"],
        ["check", "/nonexistent/plan.roadmap"],
        ["sample"],
    ],
)
def test_a_mistake_is_one_line_and_exit_2(argv: list[str], capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited:
        raise SystemExit(main.main(argv))
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    assert err.startswith("crossroads")


def test_version(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as exited:
        main.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("Crossroads ")
