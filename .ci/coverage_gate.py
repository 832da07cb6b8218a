"""Fail unless roadmap/'s line and branch coverage both reach their floors.

coverage.py's own --fail-under checks one figure that mixes lines and
branches; the floors here are separate. Reads the JSON report that
`pytest --cov --cov-report=json:PATH` wrote.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LINE_FLOOR = 95.0
BRANCH_FLOOR = 92.0


def main(report: str) -> int:
    """Print both figures; exit 1 when either is under its floor."""
    totals = json.loads(Path(report).read_text(encoding="utf-8"))["totals"]
    line = 100.0 * totals["covered_lines"] / max(1, totals["num_statements"])
    branch = 100.0 * totals["covered_branches"] / max(1, totals["num_branches"])
    print(f"roadmap/ coverage: {line:.1f} % of lines (floor {LINE_FLOOR:.0f} %), "
          f"{branch:.1f} % of branches (floor {BRANCH_FLOOR:.0f} %)")
    return 0 if line >= LINE_FLOOR and branch >= BRANCH_FLOOR else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "coverage.json"))
