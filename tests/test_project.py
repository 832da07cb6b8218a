"""Project-wide rules checked on every run: lint clean, core free of Qt, app off the session."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt_or_ui() -> None:
    offenders = []
    for path in (ROOT / "roadmap").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}" for n in names
                if n.split(".")[0] in ("PySide6", "ui", "shiboken6")
            ]
    assert offenders == []


def _session_uses(source: str, where: str) -> list[str]:
    """Where a module reads an attribute named `session` or imports SQLAlchemy, as 'file:line'."""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        if isinstance(node, ast.Attribute) and node.attr == "session":
            found.append(f"{where}:{node.lineno}: .session")
        elif isinstance(node, ast.Import):
            found += [f"{where}:{node.lineno}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] == "sqlalchemy"]
        elif (isinstance(node, ast.ImportFrom) and node.level == 0
              and (node.module or "").split(".")[0] == "sqlalchemy"):
            found.append(f"{where}:{node.lineno}: from {node.module} import")
    return found


def test_the_app_never_touches_the_sqlalchemy_session() -> None:
    """The UI reads the document through the core's services, never its ORM session."""
    offenders = [
        hit for path in sorted((ROOT / "ui").rglob("*.py"))
        for hit in _session_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert offenders == [], "the app reaches the session:\n" + "\n".join(offenders)


def test_the_session_check_names_file_and_line() -> None:
    """The check above catches each form it looks for (an attribute, both imports)."""
    source = "import sqlalchemy.orm\nfrom sqlalchemy import select\nrows = doc.session.get(1)\n"
    assert sorted(_session_uses(source, "ui/probe.py")) == [
        "ui/probe.py:1: import sqlalchemy.orm",
        "ui/probe.py:2: from sqlalchemy import",
        "ui/probe.py:3: .session",
    ]


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "check", "--quiet", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
