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


def test_the_command_and_its_headless_paths_load_no_qt(tmp_path) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parent.parent / "resources/samples/northwind-2027.roadmap"
    script = (f"import sys, main; main.main(['check', {str(sample)!r}, '--fail-on', 'never']); "
              "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))])")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, env=env)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert main.main is __import__("ui.launch", fromlist=["main"]).main


def test_the_command_line_returns_the_status_and_skips_the_exit_collection(tmp_path) -> None:
    """What a process exits with is main's status; its objects are frozen out of the last GC."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    sample = Path(__file__).resolve().parent.parent / "resources/samples/northwind-2027.roadmap"
    script = ("import gc, sys, main; sys.argv = ['crossroads', *sys.argv[1:]]; "
              "status = main.command_line(); print(status, gc.get_freeze_count() > 0)")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    for argv, status in ((["check", str(sample), "--fail-on", "never"], "0"),
                         (["check", str(tmp_path / "missing.roadmap")], "2")):
        done = subprocess.run([sys.executable, "-c", script, *argv], capture_output=True,
                              text=True, env=env)
        assert done.stdout.strip().splitlines()[-1] == f"{status} True", done.stderr
