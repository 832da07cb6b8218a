"""Format 1: the first .roadmap schema, as schema_v1.sql freezes it.

A format-1 file is stamped at this revision before its upgrade, so this step
runs only on an empty SQLite database (building format 1 from nothing, as
the tests do to check the chain end to end).
"""

from __future__ import annotations

from roadmap.storage.revisions.steps import execute_frozen, only_sqlite, set_format

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every format-1 table from the frozen text."""
    only_sqlite(revision)
    execute_frozen(1, None)
    set_format(1)
