"""Tests of roadmap/boardpack/, one module per source module."""
