"""Import and export of initiatives as spreadsheets (CSV and .xlsx).

The pipeline has one job per module: `reading` turns a file into a `Sheet`
of raw cells, `columns` matches its headers to fields, `dates` and `cells`
parse the values, `plan` checks every row against the roadmap and builds an
`ImportPlan` (nothing is written), `apply` writes a clean plan as one
undoable change, and `export` writes initiatives in the same shape.
"""

from __future__ import annotations

from .apply import apply_plan
from .columns import COLUMNS, Column, column_by_key
from .export import export_sheet
from .plan import ImportOptions, ImportPlan, Problem, build_plan
from .reading import Sheet, SheetError, read_sheet

__all__ = [
    "COLUMNS",
    "Column",
    "ImportOptions",
    "ImportPlan",
    "Problem",
    "Sheet",
    "SheetError",
    "apply_plan",
    "build_plan",
    "column_by_key",
    "export_sheet",
    "read_sheet",
]
