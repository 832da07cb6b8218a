"""Hand-made mutants of the rule functions mutmut cannot reach, and whether the tests kill them.

mutmut 3 does not mutate decorated functions, and every rule check is
registered with `@rule(...)` (roadmap/analysis/registry.py). This script
applies each textual mutant below, one at a time, to a copy of the project
in a temporary folder, runs the rule tests there (`python -m pytest -q -x`,
with PYTHONPATH pointing to the copy first) and reports killed or survived.

    .venv/bin/python tests/mutation/hand_mutants.py [--only CR10]

Exit status 1 when a mutant survives. Each mutant's `old` text must occur
exactly once in its module, so a refactoring that moves the code makes the
script fail loudly instead of silently testing nothing. Not run by CI.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COPIED = ("roadmap", "tests", "resources", "main.py", "setup.cfg", "pyproject.toml")
TESTS = {
    "roadmap/analysis/ownership.py": ["tests/roadmap/test_rules_ownership.py",
                                      "tests/roadmap/test_rules_acceptance.py",
                                      "tests/roadmap/analysis/test_ownership.py"],
    "roadmap/analysis/dependencies.py": ["tests/roadmap/test_rules_dependencies.py",
                                         "tests/roadmap/test_schedule.py",
                                         "tests/roadmap/test_schedule_cycles.py",
                                         "tests/roadmap/analysis/test_dependencies.py"],
    "roadmap/analysis/portfolio.py": ["tests/roadmap/test_rules_portfolio.py",
                                      "tests/roadmap/analysis/test_portfolio.py"],
}


@dataclass(frozen=True)
class Mutant:
    """Replace `old` (which must occur once) by `new` in `module`."""

    name: str
    module: str
    old: str
    new: str


def _own(name: str, old: str, new: str) -> Mutant:
    return Mutant(name, "roadmap/analysis/ownership.py", old, new)


def _dep(name: str, old: str, new: str) -> Mutant:
    return Mutant(name, "roadmap/analysis/dependencies.py", old, new)


def _port(name: str, old: str, new: str) -> Mutant:
    return Mutant(name, "roadmap/analysis/portfolio.py", old, new)


MUTANTS: list[Mutant] = [
    # CR100 nobody owns it
    _own("CR100 or->and", 'if ctx.participations.get(i["id"]) or i["owner_id"] in ctx.owners:',
         'if ctx.participations.get(i["id"]) and i["owner_id"] in ctx.owners:'),
    _own("CR100 drop owner", 'if ctx.participations.get(i["id"]) or i["owner_id"] in ctx.owners:',
         'if ctx.participations.get(i["id"]):'),
    _own("CR100 drop departments",
         'if ctx.participations.get(i["id"]) or i["owner_id"] in ctx.owners:',
         'if i["owner_id"] in ctx.owners:'),
    # CR101 IT alone
    _own("CR101 not it_alone", 'if not i["it_alone"]:', 'if i["it_alone"]:'),
    # (Dropping `role is Role.ENABLER` is equivalent: in IT-alone work every business
    # department that takes part only enables.)
    _own("CR101 enablers include IT",
         'if role is Role.ENABLER and not ctx.departments[d]["is_it"]',
         'if role is Role.ENABLER'),
    _own("CR101 enabler plural", "only enable{'s' if len(enablers) == 1 else ''}",
         "only enable{'s' if len(enablers) != 1 else ''}"),
    # CR102 IT leads
    _own("CR102 infra is not", "if area is BenefitArea.INFRASTRUCTURE:",
         "if area is not BenefitArea.INFRASTRUCTURE:"),
    _own("CR102 any role", 'if role is Role.LEAD and ctx.departments[d]["is_it"]',
         'if ctx.departments[d]["is_it"]'),
    _own("CR102 and->or", 'if role is Role.LEAD and ctx.departments[d]["is_it"]',
         'if role is Role.LEAD or ctx.departments[d]["is_it"]'),
    _own("CR102 no area text", 'if area else "with no stated benefit area"',
         'if not area else "with no stated benefit area"'),
    # CR103 no sponsor
    _own("CR103 sponsor check", 'if i["sponsor_id"] in ctx.owners:\n            continue',
         'if i["sponsor_id"] not in ctx.owners:\n            continue'),
    _own("CR103 sponsor's department",
         'if person["department_id"] in ctx.departments:',
         'if person["department_id"] not in ctx.departments:'),
    _own("CR103 verb", 'verb = "sponsors" if len(candidates) == 1 else "sponsor"',
         'verb = "sponsors" if len(candidates) > 1 else "sponsor"'),
    _own("CR103 candidates cap", "join_names(candidates[:3])", "join_names(candidates[:2])"),
    _own("CR103 no home advice", 'elif home is not None:', 'elif home is None:'),
    # CR104 no budget
    _own("CR104 > to >=", 'if i["budget"] is not None and i["budget"] > 0:',
         'if i["budget"] is not None and i["budget"] >= 0:'),
    _own("CR104 and->or", 'if i["budget"] is not None and i["budget"] > 0:',
         'if i["budget"] is not None or i["budget"] > 0:'),
    _own("CR104 who sponsor", 'who = sponsor["name"] if sponsor else',
         'who = sponsor["name"] if not sponsor else'),
    # CR105 weak measure
    _own("CR105 traffic is not", "if kind is MeasureKind.TRAFFIC:",
         "if kind is not MeasureKind.TRAFFIC:"),
    _own("CR105 drop none kind", "elif kind is MeasureKind.NONE or not kind:",
         "elif not kind:"),
    # (Dropping `or not kind` is equivalent: measure_kind is a required field.)
    _own("CR105 empty text", "elif not text:", "elif text:"),
    _own("CR105 strip", '(i["success_measure"] or "").strip()', '(i["success_measure"] or "")'),
    # CR106 home-grown
    _own("CR106 or->and",
         'if i["sourcing"] is not Sourcing.BUILD or capability not in COMMODITY_CATEGORIES:',
         'if i["sourcing"] is not Sourcing.BUILD and capability not in COMMODITY_CATEGORIES:'),
    _own("CR106 drop commodity",
         'if i["sourcing"] is not Sourcing.BUILD or capability not in COMMODITY_CATEGORIES:',
         'if i["sourcing"] is not Sourcing.BUILD:'),
    _own("CR106 vendors known", "        if vendors:\n", "        if not vendors:\n"),
    # CR107 customer value
    _own("CR107 or->and", 'if not i["customer_facing"] or (i["customer_value"] or "").strip():',
         'if not i["customer_facing"] and (i["customer_value"] or "").strip():'),
    _own("CR107 drop strip", 'or (i["customer_value"] or "").strip():',
         'or (i["customer_value"] or ""):'),
    _own("CR107 facing", 'if not i["customer_facing"] or', 'if i["customer_facing"] or'),
    # every ownership rule skips closed work
    _own("CR104 all initiatives",
         'def no_budget(ctx: Context) -> Iterator[Found]:\n    """An initiative whose budget is '
         'missing or zero."""\n    for i in ctx.open_initiatives():',
         'def no_budget(ctx: Context) -> Iterator[Found]:\n    """An initiative whose budget is '
         'missing or zero."""\n    for i in ctx.initiatives.values():'),
    # CR201 cycles
    _dep("CR201 chain not closed", "for k in [*cycle, cycle[0]])", "for k in cycle)"),
    _dep("CR201 cut reversed", "f\"Cut the link '{ctx.initiatives[a]['title']}' depends on \"",
         "f\"Cut the link '{ctx.initiatives[b]['title']}' depends on \""),
    # CR202 starts too early
    _dep("CR202 >= to >", "if dependent_start >= prerequisite_end:",
         "if dependent_start > prerequisite_end:"),
    _dep("CR202 cancelled prerequisite", "or prerequisite_status == Status.CANCELLED:",
         "or prerequisite_status == Status.DONE:"),
    _dep("CR202 closed dependent", "if dependent_status in CLOSED_STATUSES or",
         "if dependent_status not in CLOSED_STATUSES or"),
    _dep("CR202 worst is min", 'worst_end = max(ctx.initiatives[b]["end"] for b, _ in broken)',
         'worst_end = min(ctx.initiatives[b]["end"] for b, _ in broken)'),
    _dep("CR202 order by least", "key=lambda item: (-item[1], item[0])",
         "key=lambda item: (item[1], item[0])"),
    _dep("CR202 cycle advice", "        if in_cycle:\n", "        if not in_cycle:\n"),
    _dep("CR202 it/them", "{'it' if len(broken) == 1 else 'them'}",
         "{'it' if len(broken) != 1 else 'them'}"),
    _dep("CR202 last group only",
         "        by_dependent.setdefault(a, []).append((b, days))",
         "        by_dependent[a] = [(b, days)]"),
    # CR203 cancelled prerequisites
    _dep("CR203 is not cancelled", 'if ctx.initiatives[b]["status"] is Status.CANCELLED',
         'if ctx.initiatives[b]["status"] is not Status.CANCELLED'),
    _dep("CR203 all initiatives",
         '"""An open initiative waiting for one that will never be delivered."""\n'
         '    for i in ctx.open_initiatives():',
         '"""An open initiative waiting for one that will never be delivered."""\n'
         '    for i in ctx.initiatives.values():'),
    # CR204 horizon
    _dep("CR204 start < to <=", "if start < first:", "if start <= first:"),
    _dep("CR204 end > to >=", "if end > last:", "if end >= last:"),
    _dep("CR204 or->and in horizon check", "if first is None or last is None:\n        return",
         "if first is None and last is None:\n        return"),
    _dep("CR204 sides joined", "it {' and '.join(sides)}", "it {' or '.join(sides)}"),
    _dep("CR204 advice or->and", 'if i["end"] < first or i["start"] > last:',
         'if i["end"] < first and i["start"] > last:'),
    _dep("CR204 advice < to <=", 'if i["end"] < first or', 'if i["end"] <= first or'),
    # CR301 overloaded owner
    _port("CR301 <= to <", "if peak <= limit or moment is None:",
          "if peak < limit or moment is None:"),
    _port("CR301 running <= to <", "if start <= moment <= end]", "if start < moment <= end]"),
    _port("CR301 running end", "if start <= moment <= end]", "if start <= moment < end]"),
    _port("CR301 extra count", "extra = by_priority[: peak - limit]",
          "extra = by_priority[: peak - limit + 1]"),
    _port("CR301 priority order", '-ctx.initiatives[k]["priority"], -ctx.initiatives[k]["id"]',
          'ctx.initiatives[k]["priority"], -ctx.initiatives[k]["id"]'),
    _port("CR301 open only",
          '    for i in ctx.open_initiatives():\n        if i["owner_id"] in ctx.owners and',
          '    for i in ctx.initiatives.values():\n        if i["owner_id"] in ctx.owners and'),
    _port("CR301 undated", 'and i["start"] is not None and i["end"] is not None:',
          ':'),
    # CR302 contract ends
    _port("CR302 > to >=", 'and ctx.initiatives[k]["end"] > ends',
          'and ctx.initiatives[k]["end"] >= ends'),
    _port("CR302 closed", 'if ctx.initiatives[k]["status"] not in CLOSED_STATUSES',
          'if ctx.initiatives[k]["status"] in CLOSED_STATUSES'),
    _port("CR302 renew to earliest", 'last = max(ctx.initiatives[k]["end"] for k in late)',
          'last = min(ctx.initiatives[k]["end"] for k in late)'),
    _port("CR302 verb", "that use{'s' if len(late) == 1 else ''}",
          "that use{'s' if len(late) != 1 else ''}"),
    # CR303 vendor concentration
    _port("CR303 <= to <", "        if share <= limit:\n", "        if share < limit:\n"),
    _port("CR303 users include cancelled",
          'if ctx.initiatives[k]["status"] is not Status.CANCELLED\n            and',
          'if True\n            and'),
    _port("CR303 others include itself", 'if n != vendor["name"]]', "]"),
]


def _copy_project(into: Path) -> None:
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name,
                            ignore=shutil.ignore_patterns("__pycache__", "mutants"))
        else:
            shutil.copy2(source, into / name)


def _run_tests(copy: Path, tests: list[str]) -> bool:
    """True when the tests pass (the mutant survives)."""
    env = {**os.environ, "PYTHONPATH": str(copy), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", *tests], cwd=copy,
                            env=env, capture_output=True, text=True, check=False)
    return result.returncode == 0


def main(argv: list[str] | None = None) -> int:
    """Apply each mutant in turn; print killed/survived; 1 if any survived or failed to apply."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run the mutants whose name starts so")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTANTS if m.name.startswith(args.only)]
    survived: list[str] = []
    with tempfile.TemporaryDirectory(prefix="hand-mutants-") as folder:
        copy = Path(folder)
        _copy_project(copy)
        probe = subprocess.run([sys.executable, "-c", "import roadmap; print(roadmap.__file__)"],
                               cwd=copy, env={**os.environ, "PYTHONPATH": str(copy)},
                               capture_output=True, text=True, check=True).stdout.strip()
        if not probe.startswith(str(copy)):
            print(f"the copy is not what gets imported ({probe})", file=sys.stderr)
            return 2
        for module in sorted({m.module for m in chosen}):
            if not _run_tests(copy, TESTS[module]):
                print(f"the tests of {module} fail without any mutant", file=sys.stderr)
                return 2
        for mutant in chosen:
            target = copy / mutant.module
            original = target.read_text(encoding="utf-8")
            if original.count(mutant.old) != 1:
                print(f"NOT APPLIED  {mutant.name}: the text occurs "
                      f"{original.count(mutant.old)} times in {mutant.module}")
                survived.append(mutant.name)
                continue
            target.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
            started = time.monotonic()
            try:
                lived = _run_tests(copy, TESTS[mutant.module])
            finally:
                target.write_text(original, encoding="utf-8")
            verdict = "SURVIVED" if lived else "killed"
            print(f"{verdict:12} {mutant.name} ({time.monotonic() - started:.0f} s)", flush=True)
            if lived:
                survived.append(mutant.name)
    killed = len(chosen) - len(survived)
    print(f"{killed}/{len(chosen)} hand-made mutants killed"
          + (f"; survived: {', '.join(survived)}" if survived else ""))
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
