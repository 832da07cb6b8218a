"""Format 2: finding actions and snapshots, two new tables; nothing else changes."""

from __future__ import annotations

from roadmap.storage.revisions.steps import execute_frozen, only_sqlite, set_format

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create finding_action and snapshot exactly as schema_v2.sql states them."""
    only_sqlite(revision)
    execute_frozen(2, ("finding_action", "snapshot"))
    set_format(2)
