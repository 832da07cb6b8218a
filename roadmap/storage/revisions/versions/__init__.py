"""The Alembic revisions, one per .roadmap format (0001 is format 1)."""
